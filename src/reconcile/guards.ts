// The limits a reconcile run checks before it sends anything. Each refuses the whole run: a plan that breaks one
// is most likely a mistake (a mangled file, the wrong organization), and half of a mistake is worse than none.
// Pure: planned writes and the limits in, errors on lines and one sentence out.
import { error, type Diagnostic } from '../diagnostics.js'
import type { PlannedWrite } from './writes.js'

export interface GuardLimits {
  /** Added entries about to be invited (not already members). */
  invites: number
  maxInvites: number
  maxChanges: number
  /** Input protected-members. */
  protectedMembers: ReadonlySet<number>
  /** DescribeOrganization's HostUin, when it was read. */
  managementUin?: number
  /** Added entries (invited on apply): the management account among them is refused too. */
  added?: ReadonlyArray<{ MemberUin: number; Name: string; line: number }>
}

export interface GuardVerdict {
  diagnostics: Diagnostic[]
  /** Why nothing is sent; undefined when every guard passes. */
  failure?: string
}

/** Writes that change a member (re-invitations do not, and count toward max-invites instead). */
export function isChange(w: PlannedWrite): boolean {
  return w.action === 'update' || w.action === 'move' || w.action === 'tags'
}

export function guardWrites(file: string, writes: readonly PlannedWrite[], limits: GuardLimits): GuardVerdict {
  const diagnostics: Diagnostic[] = []
  const failures: string[] = []
  const at = (w: { line: number }) => ({ line: w.line, col: 1 })

  // Members that are never changed: one error per entry that would change one, on its line.
  const untouchable = new Set<number>()
  const invited = (limits.added ?? []).map((e) => ({ ...e, action: 'invite' as const, changes: [] }))
  for (const w of [...invited, ...writes]) {
    if (untouchable.has(w.MemberUin)) continue
    const management = limits.managementUin !== undefined && w.MemberUin === limits.managementUin
    if (!management && !(w.action !== 'invite' && isChange(w) && limits.protectedMembers.has(w.MemberUin))) continue
    untouchable.add(w.MemberUin)
    const why = management
      ? `is the organization's management account, which this action never changes or invites. Take the entry out of ${file}: the management account is the organization itself.`
      : `is in protected-members, so this action never changes it. Make the entry match the organization (the job summary shows its live values), or take the UIN out of the protected-members input.`
    diagnostics.push(error(file, at(w), 'Protected member', `MemberUin ${w.MemberUin} would get a ${w.action} write, but it ${why}`))
  }
  if (untouchable.size > 0) {
    failures.push(`${untouchable.size} entr${untouchable.size === 1 ? 'y' : 'ies'} would change a protected member or the management account`)
  }

  const changes = writes.filter(isChange)
  if (changes.length > limits.maxChanges) {
    const message = `The plan makes ${changes.length} changes to members (updates, moves, tag changes), more than max-changes (${limits.maxChanges}); nothing is sent. If this many changes are intended, raise the max-changes input of the workflow to at least ${changes.length}.`
    diagnostics.push(error(file, at(changes[limits.maxChanges]!), 'Too many changes', message))
    failures.push(`${changes.length} changes to members, more than max-changes (${limits.maxChanges}): raise max-changes to at least ${changes.length} if that is intended`)
  }

  const reinvites = writes.filter((w) => w.action === 'reinvite')
  const invitations = limits.invites + reinvites.length
  if (reinvites.length > 0 && invitations > limits.maxInvites) {
    const message = `The plan sends ${invitations} invitations (${limits.invites} new, ${reinvites.length} re-sent to pending entries), more than max-invites (${limits.maxInvites}); nothing is sent. If this many are intended, raise the max-invites input of the workflow to at least ${invitations}.`
    diagnostics.push(error(file, at(reinvites[Math.max(0, limits.maxInvites - limits.invites)] ?? reinvites[0]!), 'Too many invitations', message))
    failures.push(
      `${invitations} invitations with the re-sent ones, more than max-invites (${limits.maxInvites}): raise max-invites to at least ${invitations} if that is intended`
    )
  }
  return failures.length === 0 ? { diagnostics } : { diagnostics, failure: `Refused before sending anything: ${failures.join('; ')}.` }
}

/** Input protected-members: UINs separated by commas, newlines or spaces. */
export function parseProtectedMembers(text: string): number[] | string {
  const parts = text.split(/[\s,]+/).filter(Boolean)
  const bad = parts.find((p) => !/^\d{1,16}$/.test(p) || !Number.isSafeInteger(Number(p)))
  if (bad !== undefined) return bad
  return parts.map(Number)
}
