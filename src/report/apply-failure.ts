// The one sentence an apply ends with when not everything went through: cancelled, stopped, failed, not applied.
import type { RunOutcome } from '../model/run.js'
import type { WriteResult } from '../model/writes.js'

export function applyFailure(o: RunOutcome): string | undefined {
  const results = o.results ?? []
  const count = (rs: readonly WriteResult[], ...statuses: Array<WriteResult['status']>) => rs.filter((r) => statuses.includes(r.status)).length
  const parts: string[] = []
  if (o.cancelled) {
    const done = results.length - count(results, 'cancelled', 'unknown', 'failed', 'skipped')
    const unknown = count(results, 'unknown')
    parts.push(
      `The run was cancelled (${o.cancelled}): ${done} write${done === 1 ? '' : 's'} went through, ${count(results, 'cancelled')} ${count(results, 'cancelled') === 1 ? 'was' : 'were'} not sent` +
        (unknown > 0 ? `, and ${unknown} got no answer before the run ended (unknown: a rerun reads the organization before sending them again)` : '') +
        '. Rerun to finish the rest.'
    )
  }
  const invites = results.filter((r) => r.write.action === 'invite')
  const inviteStop = o.stops?.find((s) => s.api === 'InviteOrganizationMember')
  if (inviteStop) {
    const skipped = count(invites, 'skipped')
    parts.push(
      `The run stopped on ${inviteStop.code}: ${inviteStop.description}${inviteStop.hint ? ' ' + inviteStop.hint : ''} ${skipped} entr${skipped === 1 ? 'y was' : 'ies were'} not sent.`
    )
  } else if (count(invites, 'failed') > 0) {
    parts.push(`${count(invites, 'failed')} of ${invites.length} invitations failed; the others went through.`)
  }
  // Unreviewed writes were held back on purpose (approvals): they are neither failed nor among the writes sent.
  const others = results.filter((r) => r.write.action !== 'invite' && r.status !== 'unreviewed')
  const failed = count(others, 'failed')
  const skipped = count(others, 'skipped')
  const stops = (o.stops ?? []).filter((s) => s.api !== 'InviteOrganizationMember').map((s) => `${s.api} stopped on ${s.code}: ${s.description}${s.hint ? ' ' + s.hint : ''}`)
  if (failed > 0 || skipped > 0 || stops.length > 0) {
    parts.push([`${failed} of ${others.length} reconcile writes failed${skipped ? `, ${skipped} not sent` : ''}; the others went through.`, ...stops].join(' '))
  }
  const missed = count(results, 'not-applied')
  if (missed > 0) {
    parts.push(
      `${missed} write${missed === 1 ? ' was' : 's were'} answered as done, but reading the member${missed === 1 ? '' : 's'} back shows the value${missed === 1 ? '' : 's'} unchanged (written, not applied): see ${missed === 1 ? 'its' : 'their'} line${missed === 1 ? '' : 's'}.`
    )
  }
  return parts.length > 0 ? parts.join(' ') : undefined
}
