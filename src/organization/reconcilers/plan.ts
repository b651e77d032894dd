// What reconcile sends to members beyond the invitations of added entries, each resource's reconciler in turn, in the
// order the plan lists them: per MemberUin (file order, then members out of the file) its re-invitation or removal,
// then its update, move and tags.
import type { Reconciliation } from '../../model/reconcile.js'
import type { ReconcileLevel } from '../../model/run.js'
import type { MemberWrite } from '../../model/writes.js'
import { planInvitations } from './invitation.js'
import { planMoves, planTags, planUpdates } from './member-changes.js'
import { planRemovals } from './removal.js'

/** `anchor`: the line removals are reported on (their entries are gone). `newNodes`: paths this run creates. */
export function planMemberChanges(rec: Reconciliation, level: ReconcileLevel, anchor = 1, newNodes: ReadonlySet<string> = new Set()): MemberWrite[] {
  const none = { base: null, added: [], changed: [], removed: [], unchanged: 0 }
  const writes: MemberWrite[] = [
    ...planInvitations(none, new Set(), rec, level, newNodes),
    ...planUpdates(rec, level),
    ...planMoves(rec, level, newNodes),
    ...planTags(rec, level),
    ...planRemovals(rec, level, anchor)
  ]
  const position = new Map(rec.members.map((s, i) => [s.MemberUin, i]))
  const order = ['reinvite', 'remove', 'update', 'move', 'tags']
  return writes.sort((a, b) => position.get(a.MemberUin)! - position.get(b.MemberUin)! || order.indexOf(a.action) - order.indexOf(b.action))
}
