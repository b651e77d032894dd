// What reconcile's writes came to, in the terms a person reads: a re-sent invitation is `reinvited` or still
// pending since a date, a failed write is an error on its entry's line. Pure.
import { error, type Diagnostic } from '../diagnostics.js'
import type { InviteResult } from '../tencent/invite.js'
import type { WriteResult, WriteRun } from '../tencent/send-writes.js'
import type { PlannedWrite } from './writes.js'

export type ReinviteStatus = 'reinvited' | 'still-pending' | 'already-member' | 'failed' | 'skipped'
export type ReinviteResult = Omit<InviteResult, 'status'> & { action: 'reinvite'; status: ReinviteStatus }

/**
 * InviteOrganizationMember's answers for pending entries: success means the earlier invitation had lapsed or was
 * declined and a new one went out; InvitationExist means the earlier one is still open.
 */
export function reinviteResults(results: readonly InviteResult[], writes: ReadonlyArray<PlannedWrite & { action: 'reinvite' }>): ReinviteResult[] {
  const byUin = new Map(results.map((r) => [r.MemberUin, r]))
  return writes.flatMap((w): ReinviteResult[] => {
    const r = byUin.get(w.MemberUin)
    if (!r) return []
    const since = w.since ? `since ${w.since.date.slice(0, 10)} (commit ${w.since.commit.slice(0, 12)})` : 'since a date the history does not show'
    switch (r.status) {
      case 'invited':
        return [{ ...r, action: 'reinvite', status: 'reinvited', message: 'The earlier invitation had lapsed or was declined: a new one went out.' }]
      case 'already-invited':
        return [{ ...r, action: 'reinvite', status: 'still-pending', message: `Still pending ${since}: the invitation is open, nothing was re-sent.` }]
      default:
        return [{ ...r, action: 'reinvite', status: r.status }]
    }
  })
}

const TITLE: Record<WriteResult['action'] | 'reinvite', string> = {
  update: 'Update failed',
  move: 'Move failed',
  tags: 'Tag change failed',
  remove: 'Removal failed',
  reinvite: 'Re-invitation failed'
}

const DONE_TITLE: Record<string, string> = {
  updated: 'Updated',
  moved: 'Moved',
  tagged: 'Tags set',
  removed: 'Removed from the organization',
  'already-removed': 'Already removed',
  reinvited: 'Invited again',
  'still-pending': 'Invitation still pending',
  'already-member': 'Already a member',
  skipped: 'Not sent'
}

/**
 * One annotation per reconcile write on the entry's line: an error with its code, the catalogue's words and the
 * RequestId when it failed, a notice with the RequestId otherwise, so the record of what changed sits on the file.
 */
export function writeDiagnostics(file: string, results: ReadonlyArray<WriteResult | ReinviteResult>): Diagnostic[] {
  return results.map((r) => {
    const request = r.requestId ? ` RequestId: ${r.requestId}.` : ''
    const at = { line: r.line, col: 1 }
    if (r.status === 'failed') return error(file, at, `${TITLE[r.action]}: ${r.code}`, `MemberUin ${r.MemberUin} (${r.Name}): ${r.code}: ${r.message}${request}`)
    const fields = 'write' in r && r.write.changes.length > 0 ? ` ${r.write.changes.map((c) => c.field).join(', ')}.` : ''
    const message = `MemberUin ${r.MemberUin} (${r.Name}): ${r.action} ${r.status}.${fields}${r.message ? ' ' + r.message : ''}${request}`
    return { ...error(file, at, DONE_TITLE[r.status] ?? r.status, message), severity: r.status === 'skipped' ? 'warning' : 'notice' }
  })
}

/** The run's failure sentence for reconcile's writes, or undefined when all went through. */
export function writesFailure(run: WriteRun | undefined, reinvites: readonly ReinviteResult[]): string | undefined {
  const results = [...(run?.results ?? []), ...reinvites]
  const failed = results.filter((r) => r.status === 'failed').length
  const skipped = results.filter((r) => r.status === 'skipped').length
  const stops = (run?.stoppedBy ?? []).map((s) => `${s.api} stopped on ${s.code}: ${s.description}${s.hint ? ' ' + s.hint : ''}`)
  if (failed === 0 && skipped === 0 && stops.length === 0) return undefined
  return [`${failed} of ${results.length} reconcile writes failed${skipped ? `, ${skipped} not sent` : ''}; the others went through.`, ...stops].join(' ')
}
