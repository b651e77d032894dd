// Removals (reconcile: all): DeleteOrganizationMembers for every member this revision takes out of the file that is
// still in the organization. Only what this revision removed: a member the history says was removed earlier, or one
// the file never declared, is never taken out by this run. The account stays; this action never calls DeleteAccount.
import type { Reconciliation } from '../../model/reconcile.js'
import type { ReconcileLevel } from '../../model/run.js'
import type { MemberWrite, WriteResult } from '../../model/writes.js'
import { eachReported, type SendContext } from './context.js'
import { resultOf } from './results.js'

type Removal = MemberWrite & { action: 'remove' }

/**
 * A removal whose member is already gone reached its goal: the answer to a retry after a lost answer, or to a member
 * that left meanwhile. Assumed (undocumented) to be ResourceNotFound.MemberNotExist, as UpdateOrganizationMember
 * answers; if the API instead succeeds, that is `removed`, just as safe.
 */
const ALREADY_REMOVED = new Set(['ResourceNotFound.MemberNotExist', 'FailedOperation.SomeUinsNotInOrganization'])

/** `anchor`: the line removals are reported on, since their entries are gone (where the file's list starts). */
export function planRemovals(rec: Reconciliation, level: ReconcileLevel, anchor: number): Removal[] {
  if (level !== 'all') return []
  return rec.members.flatMap((s): Removal[] =>
    s.states[0] === 'remove' && s.before && s.live
      ? [{ action: 'remove', MemberUin: s.MemberUin, Name: s.Name, line: anchor, baseLine: s.before.line, live: s.live, changes: [], cause: 'change' }]
      : []
  )
}

/**
 * One call per member, a batch of one: each refusal (a delegated administrator, a payer) is that member's own
 * answer, and the API's undocumented batch limit is never reached.
 */
export function sendRemovals(writes: readonly Removal[], ctx: SendContext): Promise<WriteResult[]> {
  return eachReported(ctx, writes, async (w) => {
    const o = await ctx.sender.call({ action: 'DeleteOrganizationMembers', what: `the removal of ${w.MemberUin}`, send: () => ctx.api.deleteMembers([w.MemberUin]) })
    if (o.kind === 'refused' && ALREADY_REMOVED.has(o.info.code)) {
      return [
        {
          write: w,
          status: 'already-removed',
          code: o.info.code,
          message: 'Not a member any more: already removed (by an earlier attempt whose answer was lost, or meanwhile).',
          attempts: o.attempts,
          at: o.at
        }
      ]
    }
    return [resultOf(w, o, 'removed')]
  })
}
