// Mode apply: the plan, then its writes through the one send. Nodes this run creates come first (each announced the
// moment it exists); invitations, moves, updates, tags and removals go out side by side, each action under its own
// limit, a write into a new node waiting for that node alone; node deletions go last. Then what was written is read
// back, and the history (walked meanwhile) says since when re-invited entries waited. With `approvals` set, the writes
// pass approvals.ts's gate first: only what the reviewed plan showed, and only with each tier's approvals.
import type { RunOutcome } from '../model/run.js'
import type { MemberWrite, PlannedWrite, WriteResult } from '../model/writes.js'
import { readBack } from '../organization/readback.js'
import type { SendContext } from '../organization/reconcilers/context.js'
import { sendInvitations, withSince } from '../organization/reconcilers/invitation.js'
import { sendMoves, sendTags, sendUpdates } from '../organization/reconcilers/member-changes.js'
import { sendRemovals } from '../organization/reconcilers/removal.js'
import { Sender } from '../organization/send.js'
import { NodeIds, sendNodeCreations, sendNodeDeletions } from '../organization/reconcilers/node-reconciler.js'
import { applyFailure } from '../report/apply-failure.js'
import { finish, planWrites } from './plan.js'
import { gateWrites, startApplyApprovals } from './approvals.js'
import type { RunPorts, RunRequest } from './request.js'

export async function apply(request: RunRequest, ports: RunPorts, sender = new Sender(request.send)): Promise<RunOutcome> {
  // Handle: who approved the merged pull request is read from GitHub while the organization is read.
  const approvals = startApplyApprovals(request, ports)
  const planned = await planWrites('apply', request, ports, sender)
  const { outcome, compared, api, org } = planned
  if (outcome.failure || !compared || !api || !org) return finish(planned)
  const diff = outcome.diff!
  let writes = compared.writes
  let held: WriteResult[] = []
  if (approvals) {
    const gate = await gateWrites(request, ports, planned, await approvals)
    outcome.approvals = gate.status
    if (gate.reviewedFrom) outcome.reviewedFrom = gate.reviewedFrom
    outcome.diagnostics.push(...gate.diagnostics)
    if (gate.failure) return finish({ ...planned, outcome: { ...outcome, failure: gate.failure } })
    writes = gate.send
    held = gate.held
  }
  // Added entries found in the organization were read, not sent: their result says so.
  const already = compared.check.alreadyMembers.map((entry): WriteResult => ({
    write: { action: 'invite', MemberUin: entry.member.MemberUin, Name: entry.member.Name, line: entry.line, entry, changes: [], cause: 'change' },
    status: 'already-member',
    message: 'Already a member of the organization (read before sending): not invited.',
    attempts: 0
  }))
  if (writes.length === 0) return finish({ ...planned, outcome: { ...outcome, results: [...already, ...held] } })

  const ids = new NodeIds(compared.nodeIds, [...compared.newNodes])
  const ctx: SendContext = { sender, api, nodeId: (path) => ids.get(path), onResult: ports.onResult ?? (() => undefined) }
  const sent = await sendAll(writes, ctx, ids, compared.rootId)
  const checked = await readBack(sent, sender, api, org.members.length).catch((e: unknown) => {
    outcome.warnings.push(`What was written could not be read back to check it: ${(e as Error).message}`)
    return sent
  })
  // The history was read while the writes went out: now re-sent invitations learn since when they were pending.
  const reconciliation = await planned.history
  const withDates = reconciliation ? withSince(checked, reconciliation) : checked
  const invited = new Map(withDates.filter((r) => r.write.action === 'invite').map((r) => [(r.write as MemberWrite).MemberUin, r]))
  const results = [
    ...diff.added.flatMap((e) => {
      const r = invited.get(e.member.MemberUin) ?? already.find((a) => (a.write as MemberWrite).MemberUin === e.member.MemberUin)
      return r ? [r] : []
    }),
    ...withDates.filter((r) => r.write.action !== 'invite'),
    // Held back (approvals): each says why, and what sends it later.
    ...held
  ]
  const done: RunOutcome = {
    ...outcome,
    ...(reconciliation ? { reconciliation } : {}),
    results,
    stops: sender.stopped,
    ...(sender.cancelled ? { cancelled: String(request.send.cancel?.reason ?? 'cancelled') } : {})
  }
  const failure = applyFailure(done)
  return failure ? { ...done, failure } : done
}

/**
 * Every write through the one send, each resource its own way: node creations start first (a write into a new node
 * waits for that node alone), member writes go side by side, node deletions once everything else is done. Results in
 * the order of `writes`.
 */
async function sendAll(writes: readonly PlannedWrite[], ctx: SendContext, ids: NodeIds, root: number | undefined): Promise<WriteResult[]> {
  const of = <A extends PlannedWrite['action']>(...actions: A[]) => writes.filter((w): w is Extract<PlannedWrite, { action: A }> => (actions as string[]).includes(w.action))
  // Once every creation has its answer, a node still unsettled never comes (a cancelled run): its waiters end.
  const nodes = sendNodeCreations(of('create-node', 'update-node'), ctx, ids, root).finally(() => ids.settleAll())
  const members = await Promise.all([
    nodes,
    sendInvitations(of('invite', 'reinvite'), ctx),
    sendUpdates(of('update'), ctx),
    sendMoves(of('move'), ctx),
    sendTags(of('tags'), ctx),
    sendRemovals(of('remove'), ctx)
  ])
  const deletions = await sendNodeDeletions(of('delete-node'), ctx)
  const results = [...members.flat(), ...deletions]
  const order = new Map(writes.map((w, i) => [w, i]))
  return results.sort((a, b) => order.get(a.write)! - order.get(b.write)!)
}
