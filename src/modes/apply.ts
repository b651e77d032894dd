// Mode apply: the plan, then its writes through the one send. Nodes this run creates come first (each announced the
// moment it exists); invitations, moves, updates, tags and removals go out side by side, each action under its own
// limit, a write into a new node waiting for that node alone; node deletions go last. Then what was written is read
// back, and the history (walked meanwhile) says since when re-invited entries waited.
import type { RunOutcome } from '../model/run.js'
import type { MemberWrite, PlannedWrite, WriteResult } from '../model/writes.js'
import { readBack } from '../organization/readback.js'
import type { SendContext } from '../organization/reconcilers/context.js'
import { sendInvitations, withSince } from '../organization/reconcilers/invitation.js'
import { sendMoves, sendTags, sendUpdates } from '../organization/reconcilers/member-changes.js'
import { sendRemovals } from '../organization/reconcilers/removal.js'
import { Sender } from '../organization/send.js'
import { applyFailure } from '../report/apply-failure.js'
import { finish, planWrites } from './plan.js'
import type { RunPorts, RunRequest } from './request.js'

export async function apply(request: RunRequest, ports: RunPorts, sender = new Sender(request.send)): Promise<RunOutcome> {
  const planned = await planWrites('apply', request, ports, sender)
  const { outcome, compared, api, org } = planned
  if (outcome.failure || !compared || !api || !org) return finish(planned)
  const diff = outcome.diff!
  const writes = compared.writes
  // Added entries found in the organization were read, not sent: their result says so.
  const already = compared.check.alreadyMembers.map((entry): WriteResult => ({
    write: { action: 'invite', MemberUin: entry.member.MemberUin, Name: entry.member.Name, line: entry.line, entry, changes: [], cause: 'change' },
    status: 'already-member',
    message: 'Already a member of the organization (read before sending): not invited.',
    attempts: 0
  }))
  if (writes.length === 0) return finish({ ...planned, outcome: { ...outcome, results: already } })

  const sent = await sendAll(writes, { sender, api, nodeId: () => Promise.resolve(undefined), onResult: ports.onResult ?? (() => undefined) })
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
    ...withDates.filter((r) => r.write.action !== 'invite')
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

/** Every write through the one send, each resource's its own way; results in the order of `writes`. */
async function sendAll(writes: readonly PlannedWrite[], ctx: SendContext): Promise<WriteResult[]> {
  const of = <A extends PlannedWrite['action']>(...actions: A[]) => writes.filter((w): w is Extract<PlannedWrite, { action: A }> => (actions as string[]).includes(w.action))
  const results = (
    await Promise.all([
      sendInvitations(of('invite', 'reinvite'), ctx),
      sendUpdates(of('update'), ctx),
      sendMoves(of('move'), ctx),
      sendTags(of('tags'), ctx),
      sendRemovals(of('remove'), ctx)
    ])
  ).flat()
  const order = new Map(writes.map((w, i) => [w, i]))
  return results.sort((a, b) => order.get(a.write)! - order.get(b.write)!)
}
