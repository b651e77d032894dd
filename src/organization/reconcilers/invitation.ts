// Invitations: InviteOrganizationMember for every entry this revision adds that is not a member yet, and (reconcile
// changes or all) again for every pending entry, declared before this revision and still not a member. The API has no
// call that lists, cancels or re-sends invitations: inviting again answers InvitationExist while the earlier one is
// open, and succeeds once it has lapsed or been declined.
import type { Diff, Entry } from '../../model/entries.js'
import type { Reconciliation, Since } from '../../model/reconcile.js'
import type { ReconcileLevel } from '../../model/run.js'
import type { MemberWrite, WriteResult } from '../../model/writes.js'
import { eachReported, type SendContext } from './context.js'
import { notSent, resultOf } from './results.js'

type Invite = MemberWrite & { action: 'invite' | 'reinvite' }

/**
 * `members`: the MemberUins the organization has (added entries among them are not invited). `newNodes`: paths of
 * nodes this run creates; an entry naming one is invited once it exists.
 */
export function planInvitations(
  diff: Diff,
  members: ReadonlySet<number>,
  rec: Reconciliation | undefined,
  level: ReconcileLevel,
  newNodes: ReadonlySet<string> = new Set()
): Invite[] {
  const out: Invite[] = []
  for (const entry of diff.added) {
    if (members.has(entry.member.MemberUin)) continue
    out.push({ ...base(entry), action: 'invite', entry, cause: 'change', ...(entry.node && newNodes.has(entry.node) ? { node: entry.node } : {}) })
  }
  if (level === 'none' || !rec) return out
  for (const s of rec.members) {
    if (s.states[0] !== 'pending' || !s.entry) continue
    out.push({ ...base(s.entry), action: 'reinvite', entry: s.entry, cause: 'reinvitation', ...(s.since ? { since: s.since } : {}) })
  }
  return out
}

function base(entry: Entry): { MemberUin: number; Name: string; line: number; changes: [] } {
  return { MemberUin: entry.member.MemberUin, Name: entry.member.Name, line: entry.line, changes: [] }
}

export function sendInvitations(writes: readonly Invite[], ctx: SendContext): Promise<WriteResult[]> {
  return eachReported(ctx, writes, async (w) => [await sendOne(w, ctx)])
}

async function sendOne(w: Invite, ctx: SendContext): Promise<WriteResult> {
  let member = w.entry.member
  if (w.action === 'invite' && w.node) {
    const nodeId = await ctx.nodeId(w.node)
    if (nodeId === undefined) return notSent(w, `Not sent: its node ${w.node} was not created (see that write).`, ctx.sender.cancelled)
    member = { ...member, NodeId: nodeId }
  }
  const o = await ctx.sender.call({ action: 'InviteOrganizationMember', what: `MemberUin ${w.MemberUin}`, send: () => ctx.api.invite(member) })
  const again = w.action === 'reinvite'
  if (o.kind === 'refused' && (o.info.action === 'already-invited' || o.info.action === 'already-member')) {
    const answer = { code: o.info.code, attempts: o.attempts, at: o.at, ...(o.error.requestId ? { requestId: o.error.requestId } : {}) }
    if (o.info.action === 'already-member') return { write: w, status: 'already-member', message: o.info.description, ...answer }
    if (again) return { write: w, status: 'still-pending', message: stillPending(w.since), ...answer }
    const lost = o.lostEarlier ? ' Most likely sent by an earlier attempt of this run whose answer was lost (timeout or reset).' : ''
    return { write: w, status: 'already-invited', message: `${o.info.description}${lost}`, ...answer }
  }
  const result = resultOf(w, o, again ? 'reinvited' : 'invited')
  return again && result.status === 'reinvited' ? { ...result, message: 'The earlier invitation had lapsed or was declined: a new one went out.' } : result
}

export function stillPending(since: Since | undefined): string {
  const when = since ? `since ${since.date.slice(0, 10)} (commit ${since.commit.slice(0, 12)})` : 'since a date the history does not show'
  return `Still pending ${when}: the invitation is open, nothing was re-sent.`
}

/** Re-sent invitations learn since when they were pending once the history is read (it is read while they go out). */
export function withSince(results: readonly WriteResult[], rec: Reconciliation): WriteResult[] {
  const since = new Map(rec.members.flatMap((s) => (s.since ? [[s.MemberUin, s.since] as const] : [])))
  return results.map((r) => {
    if (r.write.action !== 'reinvite') return r
    const s = since.get(r.write.MemberUin)
    const write = s ? { ...r.write, since: s } : r.write
    return { ...r, write, ...(r.status === 'still-pending' ? { message: stillPending(s) } : {}) }
  })
}
