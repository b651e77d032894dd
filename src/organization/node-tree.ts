// The organization's node tree, and the file's nodes against it: every path the file names resolved by names from the
// root (pins by id first), every declared node classified (create, update, remove, undeclared, in-sync), and every
// member named by path given its node's id. Pure: the file and the organization as read in, values out.
//
// Undocumented, so never assumed: whether a node name must be unique among its siblings or in the whole organization.
// Paths are resolved among siblings; two live siblings of one name make that path ambiguous (an error that asks for a
// pin); a new node whose name another node already has elsewhere is planned, with a warning that an organization-wide
// rule would refuse it (and the API's answer then says so).
import { error, warning, type Diagnostic } from '../model/diagnostics.js'
import type { Diff, Entry, NodeEntry } from '../model/entries.js'
import type { OrgNode, OrganizationState } from '../model/organization.js'
import type { NodeDifference, NodeStatus } from '../model/reconcile.js'
import type { ReconcileLevel } from '../model/run.js'
import { nameOf, parentOf, pathProblem } from '../manifest/node-paths.js'
import { suggest } from '../manifest/suggest.js'

export interface LiveTree {
  rootId: number | undefined
  byId: ReadonlyMap<number, OrgNode>
  /** The node's path from below the root ('' for the root); undefined when it is not in the tree. */
  pathOf(id: number): string | undefined
  childrenOf(id: number): OrgNode[]
}

export function liveTree(org: OrganizationState): LiveTree {
  const byId = new Map(org.nodes.map((n) => [n.NodeId, n]))
  const rootId = org.info?.RootNodeId ?? org.nodes.find((n) => !n.ParentNodeId)?.NodeId
  const children = new Map<number, OrgNode[]>()
  for (const n of org.nodes) if (n.ParentNodeId) children.set(n.ParentNodeId, [...(children.get(n.ParentNodeId) ?? []), n])
  const paths = new Map<number, string | undefined>()
  const pathOf = (id: number): string | undefined => {
    if (paths.has(id)) return paths.get(id)
    paths.set(id, undefined) // a cycle in a broken answer ends here
    const n = byId.get(id)
    let path: string | undefined
    if (n && id === rootId) path = ''
    else if (n?.ParentNodeId) {
      const parent = pathOf(n.ParentNodeId)
      path = parent === undefined ? undefined : parent === '' ? n.Name : `${parent}/${n.Name}`
    }
    paths.set(id, path)
    return path
  }
  return { rootId, byId, pathOf, childrenOf: (id) => children.get(id) ?? [] }
}

export interface NodeResolution {
  statuses: NodeStatus[]
  /** The entries, each named by path given its node's id (0 while its node is still to be created). */
  entries: Entry[]
  /** Paths of the nodes this run creates (with reconcile changes or all). */
  newNodes: Set<string>
  diagnostics: Diagnostic[]
}

/**
 * `diff`: this revision's (its base's `nodes:` tells which nodes it removes); none in mode drift, where nothing is under
 * review. `level`: creating and updating nodes needs `changes`, deleting them `all`.
 */
export function resolveNodes(
  file: string,
  entries: readonly Entry[],
  declared: readonly NodeEntry[] | undefined,
  diff: Diff | undefined,
  org: OrganizationState,
  level: ReconcileLevel
): NodeResolution {
  const tree = liveTree(org)
  const diagnostics: Diagnostic[] = []
  const pins = new Map((declared ?? []).filter((n) => n.NodeId !== undefined).map((n) => [n.path, n.NodeId!]))
  const ambiguous = new Map<string, number[]>()
  const memo = new Map<string, number | undefined>()
  /** The live id a path names: a pin, else the one child of that name under the parent's id. */
  const resolve = (path: string): number | undefined => {
    if (path === '') return tree.rootId
    if (memo.has(path)) return memo.get(path)
    let id: number | undefined
    const pinned = pins.get(path)
    if (pinned !== undefined) id = tree.byId.has(pinned) ? pinned : undefined
    else {
      const parent = resolve(parentOf(path))
      const named = parent === undefined ? [] : tree.childrenOf(parent).filter((c) => c.Name === nameOf(path))
      if (named.length > 1)
        ambiguous.set(
          path,
          named.map((n) => n.NodeId)
        )
      id = named.length === 1 ? named[0]!.NodeId : undefined
    }
    memo.set(path, id)
    return id
  }

  const statuses: NodeStatus[] = []
  const declaredPaths = new Set((declared ?? []).map((n) => n.path))
  const before = new Map((diff?.baseNodes ?? []).map((n) => [n.NodeId !== undefined ? `#${n.NodeId}` : n.path, n]))
  const baseOf = (n: NodeEntry): NodeEntry | undefined => before.get(n.NodeId !== undefined ? `#${n.NodeId}` : n.path) ?? before.get(n.path)
  const matched = new Set<number>()
  for (const n of declared ?? []) {
    const at = n.positions.Path ?? n
    if (n.NodeId !== undefined && !tree.byId.has(n.NodeId)) {
      diagnostics.push(
        error(
          file,
          n.positions.NodeId ?? n,
          'Unknown NodeId',
          `NodeId ${n.NodeId} (pinned for ${n.path}) does not exist in the organization. Take the pin out to create the node, or pin a node that exists.`
        )
      )
      continue
    }
    const id = resolve(n.path)
    const duplicates = ambiguous.get(n.path)
    if (duplicates) {
      diagnostics.push(error(file, at, 'Ambiguous path', `${n.path} names ${duplicates.length} live nodes (${duplicates.join(', ')}): pin the one meant with NodeId.`))
      continue
    }
    const base = diff ? baseOf(n) : undefined
    if (id === undefined) {
      const parent = parentOf(n.path)
      if (parent !== '' && resolve(parent) === undefined && !declaredPaths.has(parent)) {
        diagnostics.push(
          error(file, at, 'Unknown parent', `The parent ${parent} of ${n.path} is neither declared under nodes: nor a node of the organization.${near(parent, tree, org)}`)
        )
        continue
      }
      const elsewhere = org.nodes.filter((x) => x.Name === nameOf(n.path))
      if (elsewhere.length > 0) {
        diagnostics.push(
          warning(
            file,
            at,
            'Node name in use elsewhere',
            `A node named ${nameOf(n.path)} already exists (${elsewhere.map((x) => tree.pathOf(x.NodeId) ?? x.NodeId).join(', ')}). Whether node names must be unique in the whole organization is undocumented: if they must, creating ${n.path} is refused (FailedOperation.OrganizationNodeNameUsed).`
          )
        )
      }
      statuses.push({ path: n.path, state: 'create', entry: n, differences: [], ...(base ? { before: base } : {}) })
      continue
    }
    matched.add(id)
    const live = tree.byId.get(id)!
    const livePath = tree.pathOf(id)
    // A pinned node whose parent differs: Tencent Cloud cannot move a node (UpdateOrganizationNode has no parent).
    if (n.NodeId !== undefined && parentOf(n.path) !== '' && resolve(parentOf(n.path)) !== live.ParentNodeId) {
      diagnostics.push(
        error(
          file,
          at,
          'Node cannot move',
          `NodeId ${id} is ${livePath ?? live.Name} in the organization, and ${n.path} puts it under another parent. Tencent Cloud cannot move a node: declare a new node at ${n.path} (without this pin), move the members into it, then remove the old one.`
        )
      )
      continue
    }
    if (n.NodeId !== undefined && parentOf(n.path) === '' && live.ParentNodeId !== tree.rootId) {
      diagnostics.push(
        error(
          file,
          at,
          'Node cannot move',
          `NodeId ${id} is ${livePath ?? live.Name}, not a node right below the root: Tencent Cloud cannot move a node. Declare a new node at ${n.path} instead.`
        )
      )
      continue
    }
    const differences: NodeDifference[] = []
    const review = (field: 'Name' | 'Remark', value: string | undefined): boolean =>
      diff !== undefined && (base === undefined || (field === 'Name' ? nameOf(base.path) : base.Remark) !== value)
    if (live.Name !== nameOf(n.path)) differences.push({ field: 'Name', file: nameOf(n.path), live: live.Name, underReview: review('Name', nameOf(n.path)) })
    if (n.Remark !== undefined && (live.Remark ?? '') !== n.Remark)
      differences.push({ field: 'Remark', file: n.Remark, live: live.Remark ?? null, underReview: review('Remark', n.Remark) })
    statuses.push({
      path: n.path,
      state: differences.length > 0 ? 'update' : 'in-sync',
      NodeId: id,
      entry: n,
      live,
      ...(livePath !== undefined && livePath !== n.path ? { livePath } : {}),
      differences,
      ...(base ? { before: base } : {})
    })
  }

  // Removed: declared at the base revision, not any more, still live.
  if (diff?.baseNodes && declared) {
    const still = new Set(declared.flatMap((n) => [n.path, ...(n.NodeId !== undefined ? [`#${n.NodeId}`] : [])]))
    for (const n of diff.baseNodes) {
      if (still.has(n.path) || (n.NodeId !== undefined && still.has(`#${n.NodeId}`))) continue
      const id = n.NodeId !== undefined ? (tree.byId.has(n.NodeId) ? n.NodeId : undefined) : baseResolve(n.path, tree)
      if (id === undefined || matched.has(id)) continue
      matched.add(id)
      statuses.push({ path: tree.pathOf(id) ?? n.path, state: 'remove', NodeId: id, before: n, live: tree.byId.get(id)!, differences: [] })
    }
  }
  // Undeclared: live nodes below the root that `nodes:` does not hold (reported only). A node whose path the format
  // cannot write (a name the console allowed beyond AddOrganizationNode's rules) cannot be declared: not counted.
  if (declared) {
    for (const n of org.nodes) {
      if (n.NodeId === tree.rootId || matched.has(n.NodeId)) continue
      const path = tree.pathOf(n.NodeId)
      if (path !== undefined && pathProblem(path) !== undefined) continue
      statuses.push({ path: tree.pathOf(n.NodeId) ?? n.Name, state: 'undeclared', NodeId: n.NodeId, live: n, differences: [] })
    }
  }

  const creating = new Set(statuses.filter((s) => s.state === 'create').map((s) => s.path))
  const newNodes = level === 'none' ? new Set<string>() : creating
  const resolved = entries.map((e): Entry => {
    if (e.node === undefined) return e
    const id = resolve(e.node)
    const at = e.positions.Node ?? e
    if (ambiguous.has(e.node)) {
      diagnostics.push(
        error(
          file,
          at,
          'Ambiguous path',
          `${e.node} names ${ambiguous.get(e.node)!.length} live nodes (${ambiguous.get(e.node)!.join(', ')}): declare it under nodes: with the NodeId meant.`
        )
      )
      return e
    }
    if (id !== undefined) return { ...e, member: { ...e.member, NodeId: id } }
    if (creating.has(e.node)) {
      if (level === 'none') {
        diagnostics.push(
          error(file, at, 'Node not created', `Node ${e.node} does not exist yet: it is declared under nodes:, and creating nodes needs the reconcile input set to changes or all.`)
        )
      }
      return e
    }
    diagnostics.push(
      error(
        file,
        at,
        'Unknown node',
        `Node ${e.node} is not a node of the organization${declared ? '' : ' (and the file has no nodes: section to create it)'}.${near(e.node, tree, org)}`
      )
    )
    return e
  })
  return { statuses: order(statuses), entries: resolved, newNodes, diagnostics }
}

/** A base revision's unpinned path, resolved against the live tree by names. */
function baseResolve(path: string, tree: LiveTree): number | undefined {
  let id = tree.rootId
  for (const name of path.split('/')) {
    if (id === undefined) return undefined
    const named = tree.childrenOf(id).filter((c) => c.Name === name)
    id = named.length === 1 ? named[0]!.NodeId : undefined
  }
  return id
}

/** The nearest live paths, for a path that resolves to nothing. */
function near(path: string, tree: LiveTree, org: OrganizationState): string {
  const all = org.nodes.map((n) => tree.pathOf(n.NodeId)).filter((p): p is string => p !== undefined && p !== '')
  const best = suggest(path, all)
  const siblings = all.filter((p) => parentOf(p) === parentOf(path) && p !== best).slice(0, 3)
  const shown = [...(best ? [best] : []), ...siblings]
  return shown.length > 0 ? ` Nearest: ${shown.join(', ')}.` : ''
}

/** Parents before children; then by path. */
function order(statuses: NodeStatus[]): NodeStatus[] {
  const rank = { create: 0, update: 1, remove: 2, undeclared: 3, 'in-sync': 4 }
  return statuses.sort((a, b) => rank[a.state] - rank[b.state] || a.path.split('/').length - b.path.split('/').length || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/** Whether a node is out of step in a way this revision did not cause. */
export function nodeDrift(s: NodeStatus, scope: 'diff' | 'whole-file'): boolean {
  if (s.state === 'undeclared') return true
  if (s.state === 'create') return scope === 'whole-file' || s.before !== undefined
  if (s.state === 'remove') return false
  return s.differences.some((d) => !d.underReview)
}
