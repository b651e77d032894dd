// Walks the YAML node tree (not a plain JS object) so that every finding keeps the line and column of the
// value that caused it. The rules come from FIELDS in format.ts; nothing here restates them.
import { isAlias, isMap, isScalar, isSeq, visit, type Alias, type Document, type Node, type Pair, type YAMLMap } from './yaml.js'
import { byPosition, error as diag, type Diagnostic, type Position } from '../model/diagnostics.js'
import { suggest } from './suggest.js'
import { ValueChecks, describe, didYouMean, orList, type NodeReader } from './values.js'
import { FIELDS, FIELD_NAMES, FORMAT_VERSION, IDENTITY_FIELDS, TOP_LEVEL_KEYS, type FieldName, type FieldSpec } from './format.js'
import type { Entry, Manifest, Member } from '../model/entries.js'
import { parseSource } from './parse.js'
import { excerpt } from '../text/untrusted.js'

type Value = Member[FieldName]
type Fields = Partial<Record<FieldName, { value: Value | undefined; at: Position }>>

export const MAX_ERRORS = 1000

/** Parses and validates members.yaml. Entries are returned only when there is no error at all. */
export function readManifest(file: string, bytes: Buffer | string): Manifest {
  const parsed = parseSource(file, bytes)
  if (parsed.errors.length > 0 || !parsed.doc) return { entries: [], errors: parsed.errors }
  const v = new Validator(file, parsed.doc, parsed.at, bytes.length)
  const entries = v.run()
  const errors = v.errors.sort(byPosition)
  if (v.stopped) errors.push(v.stopped)
  return { entries: errors.length === 0 ? entries : [], errors }
}

class Validator implements NodeReader {
  readonly errors: Diagnostic[] = []
  /** Set when validation gave up early; reported after every other finding. */
  stopped?: Diagnostic
  /** MemberUin and Name of every entry, valid or not, so a duplicate is found even next to other errors. */
  private readonly identities: Fields[] = []
  private readonly values: ValueChecks = new ValueChecks(this)
  /** Every node visit spends one unit: aliases that expand exponentially run out long before memory does. */
  private budget: number
  /** Each alias's anchored node, found in one walk: Alias.resolve() walks the whole document on every call. */
  private targets?: Map<Alias, Node>

  constructor(
    private readonly file: string,
    private readonly doc: Document.Parsed,
    private readonly at: (offset: number) => Position,
    size: number
  ) {
    this.budget = 10_000 + 4 * size
  }

  run(): Entry[] {
    const root = this.doc.contents
    if (root === null || (isScalar(root) && root.value === null)) {
      this.fail(root, 'Empty file', 'The file is empty: it needs a `members:` list.')
      return []
    }
    const map = this.deref(root)
    if (!isMap(map)) {
      this.fail(root, 'Root is not a mapping', `The file must be a mapping with a \`members:\` list, not ${describe(map)}.`)
      return []
    }
    let defaults: Fields = {}
    let members: Node | undefined
    for (const pair of this.pairs(map)) {
      const key = this.keyOf(pair, TOP_LEVEL_KEYS)
      if (key === 'version') this.checkVersion(pair.value as Node)
      else if (key === 'defaults') defaults = this.readDefaults(pair.value as Node, pair)
      else if (key === 'members') members = pair.value === null || isEmpty(pair.value as Node) ? undefined : (pair.value as Node)
    }
    if (members === undefined) {
      if (!map.items.some((p) => this.plainKey(p) === 'members')) {
        // A mistyped `members:` was already reported with its "did you mean"; saying it is missing too is noise.
        if (!map.items.some((p) => suggest(this.plainKey(p) ?? '', TOP_LEVEL_KEYS) === 'members')) {
          this.fail(map, 'Missing members', 'The file has no `members:` list.')
        }
      } else {
        this.fail(map.items.find((p) => this.plainKey(p) === 'members')!.key as Node, 'members is not a list', '`members` is empty: write a list of entries, or `members: []`.')
      }
      return []
    }
    const list = this.deref(members)
    if (!isSeq(list)) {
      this.fail(members, 'members is not a list', `\`members\` must be a list of entries, not ${describe(list)}.`)
      return []
    }
    const entries: Entry[] = []
    for (const item of list.items as Node[]) {
      const entry = this.readEntry(item, defaults)
      if (entry) entries.push(entry)
      if (this.budget < 0 || this.full) return []
    }
    this.checkUnique('MemberUin')
    this.checkUnique('Name')
    return entries
  }

  private checkVersion(node: Node): void {
    const n = this.deref(node)
    if (!isScalar(n) || n.value !== BigInt(FORMAT_VERSION)) {
      this.fail(node, 'Unknown format version', `\`version\` must be ${FORMAT_VERSION}, the only format this action reads.`)
    }
  }

  private readDefaults(node: Node | null, pair: Pair): Fields {
    const map = node === null ? null : this.deref(node)
    if (!isMap(map)) {
      this.fail(node ?? (pair.key as Node), 'defaults is not a mapping', `\`defaults\` must be a mapping of fields, not ${describe(map)}.`)
      return {}
    }
    const fields: Fields = {}
    for (const p of this.pairs(map)) {
      const name = this.keyOf(p, FIELD_NAMES)
      if (!name) continue
      if (IDENTITY_FIELDS.includes(name)) {
        this.fail(p.key as Node, 'Not allowed in defaults', `${name} identifies one entry and cannot have a default.`)
        continue
      }
      fields[name] = { value: this.readField(name, p), at: this.pos(p.value as Node) }
    }
    return fields
  }

  private readEntry(node: Node, defaults: Fields): Entry | undefined {
    const map = this.deref(node)
    if (!isMap(map)) {
      this.fail(node, 'Entry is not a mapping', `Each entry of \`members\` must be a mapping with MemberUin, Name, ..., not ${describe(map)}.`)
      return undefined
    }
    const own: Fields = {}
    for (const p of this.pairs(map)) {
      const name = this.keyOf(p, FIELD_NAMES)
      if (name) own[name] = { value: this.readField(name, p), at: this.pos((p.value as Node) ?? p.key) }
    }
    this.identities.push({ MemberUin: own.MemberUin, Name: own.Name })
    const start = this.pos(node)
    const merged: Fields = { ...defaults, ...own }
    const absent = FIELD_NAMES.filter((name) => FIELDS[name].required && merged[name] === undefined)
    let ok = absent.length === 0 && Object.values(merged).every((f) => f.value !== undefined)
    // A mistyped key was already reported with its "did you mean"; saying the field is missing too is noise.
    // Only computed when something is missing: it is an edit distance per key, and most entries lack nothing.
    const typos = absent.length > 0 && !this.full ? new Set(map.items.map((p) => suggest(this.plainKey(p) ?? '', FIELD_NAMES))) : new Set()
    const missing = absent.filter((name) => !typos.has(name))
    if (missing.length > 0) {
      const fromDefaults = missing.some((name) => !IDENTITY_FIELDS.includes(name)) ? ' (in the entry or in defaults)' : ''
      this.report(start, 'Missing field', `This entry needs ${orList(missing, 'and', '')}${fromDefaults}.`)
    }
    for (const name of FIELD_NAMES) {
      const spec: FieldSpec = FIELDS[name]
      if (merged[name] !== undefined || spec.kind !== 'string' || !spec.requiredWhen) continue
      const list = merged[spec.requiredWhen.field]?.value as number[] | undefined
      if (list?.includes(spec.requiredWhen.contains)) {
        ok = false
        const inherited = own[spec.requiredWhen.field] ? '' : `; this entry inherits ${spec.requiredWhen.field} from defaults (line ${merged[spec.requiredWhen.field]!.at.line})`
        this.report(own[spec.requiredWhen.field]?.at ?? start, 'Missing field', `${name} is required because ${spec.requiredWhen.why}${inherited}.`)
      }
    }
    if (!ok) return undefined
    const member = {} as Record<string, Value>
    const positions: Entry['positions'] = {}
    for (const name of FIELD_NAMES) {
      const field = merged[name]
      if (field) {
        member[name] = field.value!
        positions[name] = field.at
      }
    }
    return { member: member as unknown as Member, ...start, positions }
  }

  /** Checks one field's value against its spec; undefined means it was wrong (and reported). */
  private readField(name: FieldName, pair: Pair): Value | undefined {
    const spec: FieldSpec = FIELDS[name]
    const raw = pair.value as Node | null
    const node = raw === null ? null : this.deref(raw)
    const where = raw ?? (pair.key as Node)
    switch (spec.kind) {
      case 'integer':
        return this.values.integer(name, node, where)
      case 'string':
        return this.values.string(name, spec, node, where)
      case 'integer-list':
        return this.values.integerList(name, spec, node, where)
      case 'object-list':
        return this.values.objectList(name, spec, node, where) as Value | undefined
    }
  }

  private checkUnique(field: 'MemberUin' | 'Name'): void {
    const first = new Map<unknown, Position>()
    for (const identity of this.identities) {
      const here = identity[field]
      if (here?.value === undefined) continue
      const there = first.get(here.value)
      if (!there) {
        first.set(here.value, here.at)
        continue
      }
      const shown = typeof here.value === 'string' ? excerpt(here.value) : String(here.value)
      this.report(here.at, `Duplicate ${field}`, `${field} ${shown} is already declared at line ${there.line}.`)
      this.report(there, `Duplicate ${field}`, `${field} ${shown} is declared again at line ${here.at.line}.`)
    }
  }

  /**
   * The pairs of a mapping, with keys that are plain strings; other keys are reported and skipped, and so is a key
   * the mapping already had (one set per mapping: the YAML library's own check is quadratic).
   */
  pairs(map: YAMLMap): Pair[] {
    const out: Pair[] = []
    const seen = new Map<string, Node>()
    for (const p of map.items) {
      if (this.full) break
      const key = this.plainKey(p)
      if (key === undefined) {
        this.fail((p.key as Node | null) ?? map, 'Invalid key', `Keys must be plain names, not ${describe(p.key as Node | null)}.`)
        continue
      }
      const first = seen.get(key)
      if (first) {
        this.fail(p.key as Node, 'Duplicate key', `The key ${excerpt(key)} appears twice in this mapping (first at line ${this.pos(first).line}); each key may appear once.`)
        continue
      }
      seen.set(key, p.key as Node)
      out.push(p)
    }
    return out
  }

  plainKey(p: Pair): string | undefined {
    return isScalar(p.key) && typeof p.key.value === 'string' ? p.key.value : undefined
  }

  /** The key of a pair if the format knows it; otherwise an error with a "did you mean" hint. */
  keyOf<K extends string>(p: Pair, known: readonly K[]): K | undefined {
    const key = this.plainKey(p)!
    if ((known as readonly string[]).includes(key)) return key as K
    // Once the error limit is reached no message is kept, so none is composed ("did you mean" is the costly part).
    if (this.full) return undefined
    this.fail(p.key as Node, 'Unknown key', `Unknown key ${excerpt(key)}.${didYouMean(key, known)} Known keys: ${known.join(', ')}.`)
    return undefined
  }

  deref(node: Node): Node {
    this.budget--
    if (!isAlias(node)) return node
    const target = this.resolve(node)
    if (!target) return node
    const exhausted = this.budget < 0
    this.budget -= countNodes(target, this.budget, (a) => this.resolve(a))
    if (this.budget < 0 && !exhausted) {
      this.fail(node, 'Hostile YAML', 'Aliases expand this file beyond any members file (an alias bomb?); write the values out instead.')
    }
    return target
  }

  /** The node an alias stands for: the last node before it with its anchor, as YAML defines it. */
  private resolve(alias: Alias): Node | undefined {
    if (!this.targets) {
      const targets = new Map<Alias, Node>()
      const anchored = new Map<string, Node>()
      visit(this.doc, {
        Node: (_key, n) => {
          if (isAlias(n)) {
            const target = anchored.get(n.source)
            if (target) targets.set(n, target)
          } else if (n.anchor) {
            anchored.set(n.anchor, n)
          }
        }
      })
      this.targets = targets
    }
    return this.targets.get(alias)
  }

  derefOrNull(node: Node | null): Node | null {
    return node === null ? null : this.deref(node)
  }

  pos(node: Node | null | undefined): Position {
    return this.at(node?.range?.[0] ?? 0)
  }

  /** Past MAX_ERRORS findings help nobody and cost time (a generated or mangled file): every walk stops. */
  get full(): boolean {
    return this.stopped !== undefined
  }

  private report(at: Position, title: string, message: string): false {
    return this.add(diag(this.file, at, title, message))
  }

  fail(node: Node | null | undefined, title: string, message: string): false {
    if (this.budget < 0 && title !== 'Hostile YAML') return false
    const start = this.pos(node)
    const end = node?.range ? this.at(node.range[1]) : start
    return this.add({ ...diag(this.file, start, title, message), endLine: end.line, endCol: end.col })
  }

  private add(d: Diagnostic): false {
    if (this.full) return false
    this.errors.push(d)
    if (this.errors.length >= MAX_ERRORS) {
      this.stopped = diag(this.file, d, 'Too many errors', `Stopped after ${this.errors.length} errors; fix these and run again.`)
    }
    return false
  }
}

/** Counts nodes under `node`, aliases expanded, stopping early once `limit` is passed. */
function countNodes(node: Node, limit: number, resolve: (alias: Alias) => Node | undefined): number {
  let count = 0
  const stack: unknown[] = [node]
  while (stack.length > 0 && count <= limit) {
    const n = stack.pop()
    count++
    if (isMap(n)) for (const p of n.items) stack.push(p.key, p.value)
    else if (isSeq(n)) stack.push(...n.items)
    else if (isAlias(n)) stack.push(resolve(n))
  }
  return count
}

/** `members:` with nothing after it, or `members: null`. */
function isEmpty(node: Node): boolean {
  return isScalar(node) && node.value === null
}
