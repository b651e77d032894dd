// The limits a reconcile run checks before it sends anything. Each refuses the whole run: a plan that breaks one
// is most likely a mistake (a mangled file, the wrong organization), and half of a mistake is worse than none.
// Pure: planned writes and the limits in, errors on lines and one sentence out.
import { error, type Diagnostic } from '../model/diagnostics.js'
import { isMemberWrite, type PlannedWrite } from '../model/writes.js'

export interface GuardLimits {
  maxInvites: number
  maxChanges: number
  /** Input protected-members. */
  protectedMembers: ReadonlySet<number>
  /** DescribeOrganization's HostUin, when it was read. */
  managementUin?: number
  /** Why the management account is unknown (DescribeOrganization failed or was refused): then no member is changed. */
  managementUnknown?: string
  maxRemovals?: number
  /** Members the organization has (DescribeOrganizationMembers), for the quarter rule. */
  orgMembers?: number
}

export interface GuardVerdict {
  diagnostics: Diagnostic[]
  /** Why nothing is sent; undefined when every guard passes. */
  failure?: string
}

/**
 * Writes that count against max-changes: changes to members and to nodes. Invitations count toward max-invites
 * instead; removals of members and deletions of nodes against max-removals.
 */
export function isChange(w: PlannedWrite): boolean {
  return w.action === 'update' || w.action === 'move' || w.action === 'tags' || w.action === 'create-node' || w.action === 'update-node'
}

export function isRemoval(w: PlannedWrite): boolean {
  return w.action === 'remove' || w.action === 'delete-node'
}

export function guardWrites(file: string, writes: readonly PlannedWrite[], limits: GuardLimits): GuardVerdict {
  const diagnostics: Diagnostic[] = []
  const failures: string[] = []
  const at = (w: { line: number }) => ({ line: w.line, col: 1 })

  // Members that are never changed: one error per entry that would change one, on its line.
  const untouchable = new Set<number>()
  const members = writes.filter(isMemberWrite)
  // Without the management account, no write can be checked against it: none to members is sent.
  const touching = members.filter((w) => w.action !== 'invite' && w.action !== 'reinvite')
  if (limits.managementUnknown !== undefined && touching.length > 0) {
    const why = `The organization's management account is unknown (DescribeOrganization: ${limits.managementUnknown}), so no member is updated, moved, tagged or removed: this action never changes the management account, and cannot tell which it is. Check that the credentials may call organization:DescribeOrganization, then rerun.`
    diagnostics.push(error(file, at(touching[0]!), 'Management account unknown', why))
    failures.push('the management account is unknown (DescribeOrganization failed), so no member may be changed')
  }
  for (const w of members) {
    if (untouchable.has(w.MemberUin)) continue
    const management = limits.managementUin !== undefined && w.MemberUin === limits.managementUin
    const changes = w.action !== 'invite' && (isChange(w) || w.action === 'remove')
    if (!management && !(changes && limits.protectedMembers.has(w.MemberUin))) continue
    untouchable.add(w.MemberUin)
    const why = management
      ? `is the organization's management account, which this action never changes or invites. Take the entry out of ${file}: the management account is the organization itself.`
      : `is in protected-members, so this action never changes it. Make the entry match the organization (the job summary shows its live values), or take the UIN out of the protected-members input.`
    const where = w.action === 'remove' ? ` (line ${w.baseLine} of the base revision: declare it again to keep it)` : ''
    diagnostics.push(error(file, at(w), 'Protected member', `MemberUin ${w.MemberUin}${where} would get a ${w.action} write, but it ${why}`))
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
  const invites = writes.filter((w) => w.action === 'invite').length
  const invitations = invites + reinvites.length
  if (reinvites.length > 0 && invitations > limits.maxInvites) {
    const message = `The plan sends ${invitations} invitations (${invites} new, ${reinvites.length} re-sent to pending entries), more than max-invites (${limits.maxInvites}); nothing is sent. If this many are intended, raise the max-invites input of the workflow to at least ${invitations}.`
    diagnostics.push(error(file, at(reinvites[Math.max(0, limits.maxInvites - invites)] ?? reinvites[0]!), 'Too many invitations', message))
    failures.push(
      `${invitations} invitations with the re-sent ones, more than max-invites (${limits.maxInvites}): raise max-invites to at least ${invitations} if that is intended`
    )
  }
  const removals = writes.filter(isRemoval)
  const maxRemovals = limits.maxRemovals ?? 5
  if (removals.length > maxRemovals) {
    const what = removals.every((w) => w.action === 'remove') ? 'members from the organization' : 'members and nodes from the organization'
    const message = `The plan removes ${removals.length} ${what}, more than max-removals (${maxRemovals}); nothing is sent. If these removals are intended, raise the max-removals input of the workflow to at least ${removals.length}.`
    diagnostics.push(error(file, at(removals[0]!), 'Too many removals', message))
    failures.push(`${removals.length} removals, more than max-removals (${maxRemovals}): raise max-removals to at least ${removals.length} if that is intended`)
  }
  const leaving = removals.filter((w) => w.action === 'remove')
  if (limits.orgMembers !== undefined && leaving.length > 0 && leaving.length * 4 > limits.orgMembers) {
    const message = `The plan removes ${leaving.length} of the organization's ${limits.orgMembers} members, more than a quarter; nothing is sent. Remove them over several merges of at most ${Math.floor(limits.orgMembers / 4)} each, or set the reconcile input to changes for this merge to apply everything but the removals.`
    diagnostics.push(error(file, at(leaving[0]!), 'Too many removals', message))
    failures.push(
      `${leaving.length} of ${limits.orgMembers} members would be removed, more than a quarter: set reconcile to changes for this merge, or remove them over several merges`
    )
  }
  return failures.length === 0 ? { diagnostics } : { diagnostics, failure: `Refused before sending anything: ${failures.join('; ')}.` }
}

/**
 * A revision that lost more than a quarter of the base's entries is most likely a truncated or mangled file (a bad
 * merge, an editor that cut it short). With reconcile: all it is refused; otherwise it is a loud warning in the plan.
 */
export function truncationCheck(file: string, baseEntries: number, removed: number, level: 'none' | 'changes' | 'all'): GuardVerdict & { warning?: string } {
  if (removed === 0 || removed * 4 <= baseEntries) return { diagnostics: [] }
  const facts = `${file} lost ${removed} of its ${baseEntries} entries in this revision, more than a quarter: a truncated or mangled file?`
  if (level !== 'all') return { diagnostics: [], warning: `${facts} Check the file before merging: with reconcile: all this revision would be refused.` }
  const failure = `Refused before sending anything: ${facts} Check the file; if the entries really go, take them out over several merges of at most a quarter each, or set the reconcile input to changes for this merge (nothing is removed).`
  return { diagnostics: [error(file, { line: 1, col: 1 }, 'File lost a quarter of its entries', failure)], failure }
}

/** Input protected-members: UINs separated by commas, newlines or spaces. */
export function parseProtectedMembers(text: string): number[] | string {
  const parts = text.split(/[\s,]+/).filter(Boolean)
  const bad = parts.find((p) => !/^\d{1,16}$/.test(p) || !Number.isSafeInteger(Number(p)))
  if (bad !== undefined) return bad
  return parts.map(Number)
}
