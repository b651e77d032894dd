// Nodes: AddOrganizationNode for declared nodes that do not exist (parents first), UpdateOrganizationNode for a
// renamed pinned node or a Remark that differs, DeleteOrganizationNodes for nodes this revision takes out of `nodes:`,
// last and only when empty. The root is never touched; a node is never moved (the API cannot).
import { error, type Diagnostic } from '../../model/diagnostics.js'
import type { NodeStatus, Reconciliation } from '../../model/reconcile.js'
import type { ReconcileLevel } from '../../model/run.js'
import type { MemberWrite, NodeWrite, WriteResult } from '../../model/writes.js'
import { depthOf, nameOf, parentOf } from '../../manifest/node-paths.js'
import type { OrganizationApi } from '../api.js'
import { eachReported, type SendContext } from './context.js'
import { notSent, resultOf } from './results.js'

type Create = NodeWrite & { action: 'create-node' }
type Update = NodeWrite & { action: 'update-node' }
type Delete = NodeWrite & { action: 'delete-node' }

/**
 * The node writes `level` allows, parents before children. `rec`: the members' states, and `moves`: the moves this
 * run makes, so that a node to delete is checked empty after them. `anchor`: the line a deletion is reported on.
 */
export function planNodeWrites(
  nodes: readonly NodeStatus[],
  rec: Reconciliation,
  moves: readonly MemberWrite[],
  level: ReconcileLevel,
  file: string,
  anchor: number
): { writes: NodeWrite[]; diagnostics: Diagnostic[] } {
  const writes: NodeWrite[] = []
  const diagnostics: Diagnostic[] = []
  if (level === 'none') return { writes, diagnostics }
  for (const s of nodes) {
    if (s.state === 'create' && s.entry) {
      const changes = [{ field: 'Name', before: null, after: nameOf(s.path) }, ...(s.entry.Remark !== undefined ? [{ field: 'Remark', before: null, after: s.entry.Remark }] : [])]
      // Declared at the base revision and gone from the organization: creating it again undoes drift.
      writes.push({
        action: 'create-node',
        path: s.path,
        parent: parentOf(s.path),
        Name: nameOf(s.path),
        ...(s.entry.Remark !== undefined ? { Remark: s.entry.Remark } : {}),
        line: s.entry.line,
        changes,
        cause: s.before ? 'drift' : 'change'
      })
    }
    if (s.state === 'update' && s.entry && s.NodeId !== undefined) {
      const body: { Name?: string; Remark?: string } = {}
      for (const d of s.differences) body[d.field] = d.file ?? ''
      writes.push({
        action: 'update-node',
        NodeId: s.NodeId,
        path: s.path,
        body,
        line: s.entry.line,
        changes: s.differences.map((d) => ({ field: d.field, before: d.live, after: d.file })),
        cause: s.differences.some((d) => !d.underReview) ? 'drift' : 'change'
      })
    }
  }
  if (level !== 'all') return { writes: sorted(writes), diagnostics }
  const deleting = nodes.filter((s) => s.state === 'remove' && s.NodeId !== undefined)
  const gone = new Set(deleting.map((s) => s.NodeId!))
  const movedAway = new Map(moves.filter((w) => w.action === 'move').map((w) => [w.MemberUin, w]))
  for (const s of deleting) {
    // Empty after this run: no member stays in it (moves out count, removals of members count), no child that stays.
    const staying = rec.members.filter((m) => m.live?.NodeId === s.NodeId && !movedAway.has(m.MemberUin) && !(m.states[0] === 'remove' && m.before))
    const children = nodes.filter((c) => c.live?.ParentNodeId === s.NodeId && !gone.has(c.NodeId!))
    if (staying.length > 0 || children.length > 0) {
      const inside = [
        ...(staying.length > 0 ? [`member${staying.length === 1 ? '' : 's'} ${staying.map((m) => `${m.MemberUin} (${m.Name})`).join(', ')}`] : []),
        ...(children.length > 0 ? [`child node${children.length === 1 ? '' : 's'} ${children.map((c) => c.path).join(', ')}`] : [])
      ].join(' and ')
      diagnostics.push(
        error(
          file,
          { line: anchor, col: 1 },
          'Node not empty',
          `${s.path} (NodeId ${s.NodeId}, line ${s.before?.line ?? '?'} of the base revision) is taken out of nodes:, but after this run it would still hold ${inside}. Move them out (or take them out too) first, or keep the node.`
        )
      )
      continue
    }
    writes.push({ action: 'delete-node', NodeId: s.NodeId!, path: s.path, line: anchor, baseLine: s.before?.line ?? 0, changes: [], cause: 'change' })
  }
  return { writes: sorted(writes), diagnostics }
}

/** Creations parents first; deletions children first; updates between. */
function sorted(writes: NodeWrite[]): NodeWrite[] {
  const rank = { 'create-node': 0, 'update-node': 1, 'delete-node': 2 }
  return writes.sort((a, b) => rank[a.action] - rank[b.action] || (a.action === 'delete-node' ? depthOf(b.path) - depthOf(a.path) : depthOf(a.path) - depthOf(b.path)))
}

/**
 * The id of every node a run's writes name by path: a live node's at once, a new node's once it is created (or
 * undefined, when its creation failed). Writes into a new node wait for that node alone.
 */
export class NodeIds {
  private readonly pending = new Map<string, { promise: Promise<number | undefined>; settle: (id: number | undefined) => void }>()

  constructor(
    private readonly live: ReadonlyMap<string, number>,
    creating: readonly string[]
  ) {
    for (const path of creating) {
      let settle!: (id: number | undefined) => void
      const promise = new Promise<number | undefined>((resolve) => (settle = resolve))
      this.pending.set(path, { promise, settle })
    }
  }

  get(path: string): Promise<number | undefined> {
    return this.pending.get(path)?.promise ?? Promise.resolve(this.live.get(path))
  }

  settle(path: string, id: number | undefined): void {
    this.pending.get(path)?.settle(id)
  }

  /** Whatever was not created by now never will be (a cancelled run): writes waiting for it end. */
  settleAll(): void {
    for (const [path] of this.pending) this.settle(path, undefined)
  }
}

/** Creations, each once its parent exists, announcing each new id; then updates. */
export async function sendNodeCreations(writes: readonly NodeWrite[], ctx: SendContext, ids: NodeIds, root: number | undefined): Promise<WriteResult[]> {
  const creates = writes.filter((w): w is Create => w.action === 'create-node')
  const results = await eachReported(ctx, creates, async (w) => {
    const parent = w.parent === '' ? root : await ids.get(w.parent)
    if (parent === undefined) {
      ids.settle(w.path, undefined)
      return [notSent(w, `Not sent: its parent ${w.parent || 'root'} was not created (see that write).`, ctx.sender.cancelled)]
    }
    let found: number | undefined
    const o = await ctx.sender.call({
      action: 'AddOrganizationNode',
      what: `the creation of node ${w.path}`,
      send: () => ctx.api.addNode(parent, w.Name, w.Remark),
      // After a lost answer: the node may exist already; creating it again would make a second one.
      verify: async () => (found = await childNamed(ctx, parent, w.Name)) !== undefined
    })
    const result = resultOf(w, o, 'created')
    const id = o.kind === 'answered' ? (o.verified ? found : (o.value as { nodeId: number }).nodeId) : undefined
    ids.settle(w.path, result.status === 'created' ? id : undefined)
    const requestId = o.kind === 'answered' && !o.verified ? (o.value as { requestId: string }).requestId : undefined
    return [{ ...result, ...(id !== undefined ? { NodeId: id } : {}), ...(requestId ? { requestId } : {}) }]
  })
  const updates = writes.filter((w): w is Update => w.action === 'update-node')
  return [
    ...results,
    ...(await eachReported(ctx, updates, async (w) => [
      resultOf(w, await ctx.sender.call({ action: 'UpdateOrganizationNode', what: `the update of node ${w.path}`, send: () => ctx.api.updateNode(w.NodeId, w.body) }), 'updated')
    ]))
  ]
}

/**
 * Deletions, children first, one node per call (the API's per-call maximum is undocumented). A node already gone
 * reached its goal.
 */
export async function sendNodeDeletions(writes: readonly NodeWrite[], ctx: SendContext): Promise<WriteResult[]> {
  const results: WriteResult[] = []
  for (const w of writes.filter((x): x is Delete => x.action === 'delete-node')) {
    const o = await ctx.sender.call({ action: 'DeleteOrganizationNodes', what: `the deletion of node ${w.path}`, send: () => ctx.api.deleteNodes([w.NodeId]) })
    const gone = o.kind === 'refused' && /NodeNotExist/.test(o.info.code)
    const result = gone
      ? {
          write: w,
          status: 'deleted' as const,
          code: o.info.code,
          message: 'Already gone: deleted by an earlier attempt whose answer was lost, or meanwhile.',
          attempts: o.attempts
        }
      : resultOf(w, o, 'deleted')
    ctx.onResult(result)
    results.push(result)
  }
  return results
}

/** The id of the child named `name` under `parent`, read from the organization's node pages. */
async function childNamed(ctx: SendContext, parent: number, name: string): Promise<number | undefined> {
  const api: OrganizationApi = ctx.api
  for (let offset = 0; ; offset += 50) {
    const page = await ctx.sender.read('DescribeOrganizationNodes', () => api.describeNodes(50, offset))
    const found = page.items.find((n) => n.ParentNodeId === parent && n.Name === name)
    if (found) return found.NodeId
    if (page.items.length < 50 || offset + 50 >= page.total) return undefined
  }
}
