// Walks the YAML node tree (not a plain JS object) so that every finding keeps the line and column of the
// value that caused it. The rules come from FIELDS in format.ts; nothing here restates them.
import { isAlias, isMap, isScalar, isSeq, visit, type Alias, type Document, type Node, type Pair, type YAMLMap } from './yaml.js'
import { byPosition, error as diag, type Diagnostic, type Position } from '../model/diagnostics.js'
import { suggest } from './suggest.js'
import { ValueChecks, describe, didYouMean, orList, type NodeReader } from './values.js'
import { FIELDS, FIELD_NAMES, FORMAT_VERSION, IDENTITY_FIELDS, NODE_FIELD, NODE_KEYS, TOP_LEVEL_KEYS, type FieldName, type FieldSpec } from './format.js'
import type { Entry, Manifest, Member, NodeEntry } from '../model/entries.js'
import { pathProblem } from './node-paths.js'
import { parseSource } from './parse.js'
import { excerpt } from '../text/untrusted.js'

type Value = Member[FieldName]
type Fields = Partial<Record<FieldName, { value: Value | undefined; at: Position }>>
/** A node named by path (`Node:`), where it is written. */
type NodeRef = { value: string | undefined; at: Position }
/** What defaults give every entry: fields, and a node by path. */
type Defaults = { fields: Fields; node?: NodeRef }
/** Keys of an entry (and of defaults): the API's fields and Node. */
const ENTRY_KEYS: readonly string[] = [...FIELD_NAMES, NODE_FIELD]

export const MAX_ERRORS = 1000

/** Parses and validates members.yaml. Entries are returned only when there is no error at all. */
export function readManifest(file: string, bytes: Buffer | string): Manifest {
  const parsed = parseSource(file, bytes)
  if (parsed.errors.length > 0 || !parsed.doc) return { entries: [], errors: parsed.errors }
  const v = new Validator(file, parsed.doc, parsed.at, bytes.length)
  const entries = v.run()
  const errors = v.errors.sort(byPosition)
  if (v.stopped) errors.push(v.stopped)
  if (errors.length > 0) return { entries: [], errors }
  return { entries, ...(v.nodes ? { nodes: v.nodes } : {}), errors }
}

class Validator implements NodeReader {
  readonly errors: Diagnostic[] = []
  /** The `nodes:` section, when the file has one. */
  nodes?: NodeEntry[]
  /** The file names nodes by path somewhere (a `nodes:` section, or Node in defaults). */
  private pathsUsed = false
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
    let defaults: Defaults = { fields: {} }
    let members: Node | undefined
    for (const pair of this.pairs(map)) {
      const key = this.keyOf(pair, TOP_LEVEL_KEYS)
      if (key === 'version') this.checkVersion(pair.value as Node)
      else if (key === 'defaults') defaults = this.readDefaults(pair.value as Node, pair)
      else if (key === 'nodes') this.nodes = this.readNodes(pair.value as Node | null, pair)
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
    this.pathsUsed = this.nodes !== undefined || defaults.node !== undefined || map.items.some((p) => this.plainKey(p) === 'nodes')
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
    this.checkDeclaredNodes(entries)
    return entries
  }

  /**
   * `nodes:` is the tree below the root: each item a Path, optionally pinned by NodeId, with a Remark when the file
   * manages it. Paths and pins are unique; a parent may come before or after its children.
   */
  private readNodes(node: Node | null, pair: Pair): NodeEntry[] {
    const list = node === null ? null : this.deref(node)
    if (list === null || (isScalar(list) && list.value === null)) return []
    if (!isSeq(list)) {
      this.fail(node ?? (pair.key as Node), 'nodes is not a list', `\`nodes\` must be a list of { Path, NodeId?, Remark? }, not ${describe(list)}.`)
      return []
    }
    const out: NodeEntry[] = []
    const paths = new Map<string, Position>()
    const pins = new Map<number, Position>()
    for (const item of list.items as Node[]) {
      if (this.full) break
      const map = this.deref(item)
      if (!isMap(map)) {
        this.fail(item, 'Node is not a mapping', `Each item of \`nodes\` must be a mapping with Path (and NodeId, Remark), not ${describe(map)}.`)
        continue
      }
      const at = this.pos(item)
      const entry: NodeEntry = { path: '', ...at, positions: {} }
      let ok = true
      for (const p of this.pairs(map)) {
        const key = this.keyOf(p, NODE_KEYS)
        if (!key) {
          ok = false
          continue
        }
        const raw = p.value as Node | null
        const value = this.derefOrNull(raw)
        const where = raw ?? (p.key as Node)
        entry.positions[key] = this.pos(where)
        if (key === 'NodeId') {
          const id = this.values.integer('NodeId', value, where)
          if (id === undefined) ok = false
          else entry.NodeId = id
        } else if (key === 'Remark') {
          const remark = this.values.string('Remark', { description: '' }, value, where)
          if (remark === undefined) ok = false
          else entry.Remark = remark
        } else {
          const path = this.path('Path', value, where)
          if (path === undefined) ok = false
          else entry.path = path
        }
      }
      if (entry.positions.Path === undefined) ok = this.fail(item, 'Missing field', 'This node needs a Path: the names from below the root, joined by "/".')
      if (!ok) continue
      const samePath = paths.get(entry.path)
      if (samePath) ok = this.report(entry.positions.Path!, 'Duplicate Path', `Path ${excerpt(entry.path)} is already declared at line ${samePath.line}.`)
      else paths.set(entry.path, entry.positions.Path!)
      if (entry.NodeId !== undefined) {
        const samePin = pins.get(entry.NodeId)
        if (samePin) ok = this.report(entry.positions.NodeId!, 'Duplicate NodeId', `NodeId ${entry.NodeId} is already pinned at line ${samePin.line}.`)
        else pins.set(entry.NodeId, entry.positions.NodeId!)
      }
      if (ok) out.push(entry)
    }
    return out
  }

  /** A node path's value: a string of names joined by "/", each a node name. */
  private path(name: string, value: Node | null, where: Node): string | undefined {
    const path = this.values.string(name, { description: '' }, value, where)
    if (path === undefined) return undefined
    const problem = pathProblem(path)
    if (problem) {
      this.fail(where, 'Invalid path', `${name} ${excerpt(path)} ${problem}.`)
      return undefined
    }
    return path
  }

  /**
   * With a `nodes:` section the file declares the tree: a member's Node must be one of its paths (checked here, without
   * the organization; a run that reads it also resolves every path against the live tree).
   */
  private checkDeclaredNodes(entries: readonly Entry[]): void {
    if (!this.nodes) return
    const declared = this.nodes.map((n) => n.path)
    const known = new Set(declared)
    for (const e of entries) {
      if (e.node === undefined || known.has(e.node)) continue
      this.report(
        e.positions.Node!,
        'Unknown node',
        `Node ${excerpt(e.node)} is not declared under nodes:.${didYouMean(e.node, declared)} Declare it there, or name a node that is.`
      )
    }
  }

  private checkVersion(node: Node): void {
    const n = this.deref(node)
    if (!isScalar(n) || n.value !== BigInt(FORMAT_VERSION)) {
      this.fail(node, 'Unknown format version', `\`version\` must be ${FORMAT_VERSION}, the only format this action reads.`)
    }
  }

  private readDefaults(node: Node | null, pair: Pair): Defaults {
    const map = node === null ? null : this.deref(node)
    if (!isMap(map)) {
      this.fail(node ?? (pair.key as Node), 'defaults is not a mapping', `\`defaults\` must be a mapping of fields, not ${describe(map)}.`)
      return { fields: {} }
    }
    const fields: Fields = {}
    let nodeRef: NodeRef | undefined
    for (const p of this.pairs(map)) {
      const name = this.keyOf(p, ENTRY_KEYS) as FieldName | typeof NODE_FIELD | undefined
      if (!name) continue
      if (name === NODE_FIELD) {
        nodeRef = this.readNode(p)
        continue
      }
      if (IDENTITY_FIELDS.includes(name)) {
        this.fail(p.key as Node, 'Not allowed in defaults', `${name} identifies one entry and cannot have a default.`)
        continue
      }
      fields[name] = { value: this.readField(name, p), at: this.pos(p.value as Node) }
    }
    if (nodeRef && fields.NodeId) {
      this.report(nodeRef.at, 'Node and NodeId', 'defaults gives both Node and NodeId: name the node one way, by path (Node) or by id (NodeId).')
      nodeRef.value = undefined
    }
    return { fields, ...(nodeRef ? { node: nodeRef } : {}) }
  }

  private readNode(p: Pair): NodeRef {
    const raw = p.value as Node | null
    const where = raw ?? (p.key as Node)
    return { value: this.path(NODE_FIELD, this.derefOrNull(raw), where), at: this.pos(where) }
  }

  private readEntry(node: Node, defaults: Defaults): Entry | undefined {
    const map = this.deref(node)
    if (!isMap(map)) {
      this.fail(node, 'Entry is not a mapping', `Each entry of \`members\` must be a mapping with MemberUin, Name, ..., not ${describe(map)}.`)
      return undefined
    }
    const own: Fields = {}
    let ownNode: NodeRef | undefined
    for (const p of this.pairs(map)) {
      const name = this.keyOf(p, ENTRY_KEYS) as FieldName | typeof NODE_FIELD | undefined
      if (name === NODE_FIELD) ownNode = this.readNode(p)
      else if (name) own[name] = { value: this.readField(name, p), at: this.pos((p.value as Node) ?? p.key) }
    }
    this.identities.push({ MemberUin: own.MemberUin, Name: own.Name })
    const start = this.pos(node)
    let bothNodes = false
    if (ownNode && own.NodeId) {
      this.report(ownNode.at, 'Node and NodeId', 'This entry gives both Node and NodeId: name its node one way, by path (Node) or by id (NodeId).')
      bothNodes = true
    }
    // The entry's own node, either way it is named, wins over the one defaults give.
    const entryNames = ownNode !== undefined || own.NodeId !== undefined
    const nodeRef = entryNames ? ownNode : defaults.node
    const merged: Fields = { ...defaults.fields, ...(entryNames ? { NodeId: undefined } : {}), ...own }
    if (merged.NodeId === undefined) delete merged.NodeId
    const absent = FIELD_NAMES.filter((name) => FIELDS[name].required && merged[name] === undefined && !(name === 'NodeId' && nodeRef !== undefined))
    let ok = !bothNodes && absent.length === 0 && Object.values(merged).every((f) => f.value !== undefined) && (nodeRef === undefined || nodeRef.value !== undefined)
    // A mistyped key was already reported with its "did you mean"; saying the field is missing too is noise.
    // Only computed when something is missing: it is an edit distance per key, and most entries lack nothing.
    const typos = absent.length > 0 && !this.full ? new Set(map.items.map((p) => suggest(this.plainKey(p) ?? '', FIELD_NAMES))) : new Set()
    // Where the file names nodes by path, the message says that a path will do too.
    const byPath = this.pathsUsed || ownNode !== undefined
    const missing = absent.filter((name) => !typos.has(name)).map((name) => (name === 'NodeId' && byPath ? 'NodeId (or Node, a path)' : name))
    if (missing.length > 0) {
      const fromDefaults = missing.some((name) => !IDENTITY_FIELDS.includes(name as FieldName)) ? ' (in the entry or in defaults)' : ''
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
    // A node named by path has no id until the organization is read: 0 stands in (organization/node-tree.ts resolves it).
    if (nodeRef) {
      member.NodeId = 0
      positions.Node = nodeRef.at
    }
    return { member: member as unknown as Member, ...start, positions, ...(nodeRef ? { node: nodeRef.value! } : {}) }
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
