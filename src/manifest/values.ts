// The checks of one value against its FieldSpec: integers, strings, lists of integers, lists of mappings. They
// report through the walk that owns the document (validate.ts), which keeps positions and the alias budget.
import { isAlias, isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from './yaml.js'
import type { Position } from '../model/diagnostics.js'
import type { FieldSpec, TextRules } from './format.js'
import { suggest } from './suggest.js'
import { excerpt } from '../text/untrusted.js'

/** What the value checks need from the walk: node access and a place to report. */
export interface NodeReader {
  deref(node: Node): Node
  derefOrNull(node: Node | null): Node | null
  pairs(map: YAMLMap): Pair[]
  keyOf<K extends string>(p: Pair, known: readonly K[]): K | undefined
  plainKey(p: Pair): string | undefined
  pos(node: Node | null | undefined): Position
  fail(node: Node | null | undefined, title: string, message: string): false
  /** True once the error limit is reached: a walk over a list stops there too. */
  readonly full: boolean
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER)

export class ValueChecks {
  constructor(private readonly r: NodeReader) {}

  integer(name: string, node: Node | null, where: Node): number | undefined {
    // Past the error limit nothing is reported, and composing messages ("did you mean") is the costly part.
    if (this.r.full) return undefined
    const v = isScalar(node) ? node.value : node
    if (typeof v === 'bigint') {
      if (v > MAX_SAFE || v < -MAX_SAFE) {
        this.r.fail(where, 'Integer out of range', `${name} ${v} is too large to send exactly (the limit is 2^53 - 1).`)
        return undefined
      }
      if (v <= 0n) {
        this.r.fail(where, 'Invalid value', `${name} must be a positive integer, got ${v}.`)
        return undefined
      }
      return Number(v)
    }
    const hint = typeof v === 'string' && /^\d+$/.test(v) ? ' (remove the quotes)' : ''
    this.r.fail(where, 'Wrong type', `${name} must be an integer, got ${describe(node)}${hint}.`)
    return undefined
  }

  string(name: string, spec: TextRules, node: Node | null, where: Node): string | undefined {
    if (this.r.full) return undefined
    const v = isScalar(node) ? node.value : undefined
    if (typeof v !== 'string') {
      const key = name.split('.').at(-1)
      const hint = isScalar(node) && (typeof v === 'bigint' || typeof v === 'number') ? ` (quote it: ${key}: ${excerpt(String(v))})` : ''
      this.r.fail(where, 'Wrong type', `${name} must be a string, got ${describe(node)}${hint}.`)
      return undefined
    }
    if (spec.enum && !spec.enum.includes(v)) {
      this.r.fail(where, 'Invalid value', `${name} must be ${orList(spec.enum)}, got ${excerpt(v)}.${didYouMean(v, spec.enum)}`)
      return undefined
    }
    const length = [...v].length
    if (spec.maxLength !== undefined && length > spec.maxLength) {
      this.r.fail(where, 'Too long', `${name} has ${length} characters; at most ${spec.maxLength} are allowed.`)
      return undefined
    }
    if (spec.minLength !== undefined && length < spec.minLength) {
      this.r.fail(where, 'Too short', length === 0 ? `${name} is empty.` : `${name} has ${length} characters; at least ${spec.minLength} are needed.`)
      return undefined
    }
    const reserved = spec.reservedPrefixes?.find((p) => v.toLowerCase().startsWith(p.toLowerCase()))
    if (reserved !== undefined) {
      this.r.fail(where, 'Reserved prefix', `${name} ${excerpt(v)} starts with ${excerpt(reserved)}, which Tencent Cloud keeps for its own ${name.split('.').at(-1)}s.`)
      return undefined
    }
    if (spec.noEdgeSpaces && (v.startsWith(' ') || v.endsWith(' '))) {
      this.r.fail(where, 'Invalid value', `${name} ${excerpt(v)} starts or ends with a space, which Tencent Cloud does not allow.`)
      return undefined
    }
    if (spec.pattern && !new RegExp(spec.pattern.source, 'u').test(v)) {
      const re = new RegExp(spec.pattern.source, 'u')
      // Ten are enough to see the mistake; looking further in an 8 MiB value costs time and says nothing more.
      const distinct = new Set<string>()
      for (const c of v) if (!re.test(c) && distinct.add(c).size > 10) break
      const wrong =
        [...distinct]
          .slice(0, 10)
          .map((c) => excerpt(c))
          .join(' ') + (distinct.size > 10 ? ' and more' : '')
      const bad = v === '' ? 'is empty' : `${excerpt(v)} has characters that are not allowed: ${wrong}`
      this.r.fail(where, 'Invalid value', `${name} ${bad}. Allowed: ${spec.pattern.hint}.`)
      return undefined
    }
    return v
  }

  integerList(name: string, spec: Extract<FieldSpec, { kind: 'integer-list' }>, node: Node | null, where: Node): number[] | undefined {
    if (this.r.full) return undefined
    if (!isSeq(node)) {
      this.r.fail(where, 'Wrong type', `${name} must be a list of integers, got ${describe(node)}.`)
      return undefined
    }
    const seen = new Set<number>()
    let ok = true
    for (const item of node.items as Node[]) {
      if (this.r.full) return undefined
      const n = this.integer(`${name} item`, this.r.deref(item), item)
      if (n === undefined) {
        ok = false
      } else if (n < spec.min || n > spec.max) {
        ok = this.r.fail(item, 'Invalid value', `${name} holds ${n}; valid IDs are ${spec.min} to ${spec.max}.`)
      } else if (seen.has(n)) {
        ok = this.r.fail(item, 'Duplicate value', `${name} holds ${n} more than once.`)
      }
      if (n !== undefined) seen.add(n)
    }
    const missing = spec.mustContain.filter((n) => !seen.has(n))
    if (ok && missing.length > 0) {
      ok = this.r.fail(where, 'Invalid value', `${name} must hold ${spec.mustContain.join(' and ')}; ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing.`)
    }
    return ok ? [...seen] : undefined
  }

  objectList(name: string, spec: Extract<FieldSpec, { kind: 'object-list' }>, node: Node | null, where: Node): Array<Record<string, string>> | undefined {
    if (this.r.full) return undefined
    if (!isSeq(node)) {
      this.r.fail(where, 'Wrong type', `${name} must be a list, got ${describe(node)}.`)
      return undefined
    }
    const keys = Object.keys(spec.item)
    const out: Array<Record<string, string>> = []
    let ok = true
    if (spec.maxItems !== undefined && node.items.length > spec.maxItems) {
      ok = this.r.fail(where, 'Too many items', `${name} has ${node.items.length} items; at most ${spec.maxItems} are allowed.`)
    }
    const firstAt = new Map<string, Position>()
    for (const item of node.items as Node[]) {
      if (this.r.full) return undefined
      const map = this.r.deref(item)
      if (!isMap(map)) {
        ok = this.r.fail(item, 'Wrong type', `Each ${name} item must be a mapping of ${keys.join(', ')}, got ${describe(map)}.`)
        continue
      }
      const obj: Record<string, string> = {}
      for (const p of this.r.pairs(map)) {
        const key = this.r.keyOf(p, keys)
        if (!key) {
          ok = false
          continue
        }
        const value = this.string(`${name}.${key}`, spec.item[key]!, this.r.derefOrNull(p.value as Node | null), (p.value as Node | null) ?? (p.key as Node))
        if (value === undefined) ok = false
        else obj[key] = value
      }
      if (this.r.full) return undefined
      // As for entries: a mistyped key already has its "did you mean", so it is not reported missing too.
      const absent = keys.filter((k) => !map.items.some((p) => this.r.plainKey(p) === k || suggest(this.r.plainKey(p) ?? '', keys) === k))
      if (absent.length > 0) {
        ok = this.r.fail(item, 'Missing field', `This ${name} item has no ${absent.join(' or ')}.`)
      }
      const unique = spec.uniqueBy ? obj[spec.uniqueBy] : undefined
      if (unique !== undefined) {
        const first = firstAt.get(unique)
        if (first) ok = this.r.fail(item, 'Duplicate value', `${name} has ${spec.uniqueBy} ${excerpt(unique)} twice (first at line ${first.line}).`)
        else firstAt.set(unique, this.r.pos(item))
      }
      out.push(obj)
    }
    return ok ? out : undefined
  }
}

export function describe(node: unknown): string {
  if (node === null || node === undefined) return 'nothing'
  if (isMap(node)) return 'a mapping'
  if (isSeq(node)) return 'a list'
  // Resolved aliases never get here: this one has no anchor before it.
  if (isAlias(node)) {
    const name = excerpt(node.source).slice(1, -1)
    return `the alias *${name}, which has no anchor &${name} before it`
  }
  if (!isScalar(node)) return 'an unknown node'
  const v = node.value
  if (v === null) return 'nothing'
  if (typeof v === 'bigint') return `the integer ${v}`
  if (typeof v === 'number') return `the number ${excerpt(node.source ?? String(v)).slice(1, -1)}`
  if (typeof v === 'boolean') return `the boolean ${v}`
  if (typeof v === 'string') return `the string ${excerpt(v)}`
  return 'an unknown value'
}

export function orList(values: readonly string[], word = 'or', quote = '"'): string {
  const q = values.map((v) => `${quote}${v}${quote}`)
  return q.length === 1 ? q[0]! : `${q.slice(0, -1).join(', ')} ${word} ${q.at(-1)}`
}

export function didYouMean(word: string, known: readonly string[]): string {
  const s = suggest(word, known)
  return s ? ` Did you mean ${excerpt(s)}?` : ''
}
