// Which approvals a write needs (CONTRACT.md, Approvals). Sensitive: removals, node deletions, and grants of a
// sensitive permission (an invitation, re-invitation or update that gives a PermissionId of sensitive-permissions the
// member did not have). Every other write (invitations, updates, moves, tags, node creations and updates) is a change.
import type { ApprovalPolicy, Tier, TierStatus } from '../model/approvals.js'
import type { PlannedWrite } from '../model/writes.js'

/** The sensitive PermissionIds this write grants (none for a write that grants nothing). */
export function sensitiveGrants(w: PlannedWrite, sensitive: readonly number[]): number[] {
  if (w.action === 'invite' || w.action === 'reinvite') return w.entry.member.PermissionIds.filter((p) => sensitive.includes(p))
  if (w.action !== 'update') return []
  const change = w.changes.find((c) => c.field === 'PermissionIds')
  if (!change || !Array.isArray(change.after)) return []
  const had = new Set(Array.isArray(change.before) ? (change.before as unknown[]) : [])
  return (change.after as unknown[]).filter((p): p is number => typeof p === 'number' && sensitive.includes(p) && !had.has(p))
}

export function tierOf(w: PlannedWrite, sensitive: readonly number[]): Tier {
  if (w.action === 'remove' || w.action === 'delete-node') return 'sensitive'
  return sensitiveGrants(w, sensitive).length > 0 ? 'sensitive' : 'changes'
}

/** A sensitive write is a write too: it needs the changes tier's approvals at least. */
export function approvalsNeeded(tier: Tier, policy: ApprovalPolicy): number {
  return tier === 'sensitive' ? Math.max(policy.changes, policy.sensitive) : policy.changes
}

/** Each tier the writes touch, with what it needs and what it still lacks given `approvedBy` (the approvals that count). */
export function tierStatuses(writes: readonly PlannedWrite[], policy: ApprovalPolicy, approvedBy: readonly string[]): TierStatus[] {
  const count: Record<Tier, number> = { changes: 0, sensitive: 0 }
  for (const w of writes) count[tierOf(w, policy.sensitivePermissions)]++
  return (['changes', 'sensitive'] as const)
    .filter((tier) => count[tier] > 0)
    .map((tier) => {
      const needs = approvalsNeeded(tier, policy)
      return { tier, writes: count[tier], needs, approvedBy: [...approvedBy], missing: Math.max(0, needs - approvedBy.length) }
    })
}
