// The file against the live organization, MemberUin by MemberUin, in the states of the contract ("Reconcile: the file
// is the organization"). Pure: the entries, the plan that says what this revision changed (none in mode drift) and
// the organization as read, in; every member's state and every field that differs, out. Nothing here writes.
//
// A field the file does not declare (in the entry or through defaults) is not managed: never compared, never sent.
// The API documents no default for IsAllowQuit, Remark, PayUin or Tags, so an absent one means "leave it as it is".
import type { Entry, Diff, Member } from '../model/entries.js'
import type { OrgMember, OrganizationState } from '../model/organization.js'
import type { Tag } from '../model/entries.js'
import { nodeDrift } from './node-tree.js'
import { COMPARED, STATES, type ComparedField, type Difference, type MemberStatus, type Reconciliation, type Since, type State, type Value } from '../model/reconcile.js'

/**
 * @param plan this revision's diff; undefined compares the whole file with nothing under review (mode drift), where
 *   every declared entry that is not a member is `pending` (it was merged, so it was invited, or should have been).
 */
export function classify(entries: readonly Entry[], plan: Diff | undefined, org: OrganizationState): Reconciliation {
  const live = new Map(org.members.map((m) => [m.MemberUin, m]))
  const added = new Set(plan?.added.map((e) => e.member.MemberUin) ?? [])
  const before = new Map(plan?.changed.map((c) => [c.entry.member.MemberUin, c.before]) ?? [])
  const members: MemberStatus[] = []
  for (const [i, entry] of entries.entries()) {
    const m = entry.member
    const member = live.get(m.MemberUin)
    const status: MemberStatus = { MemberUin: m.MemberUin, Name: m.Name, states: [], entry, differences: [] }
    const previous = before.get(m.MemberUin)
    if (previous) status.before = previous
    if (member) {
      status.live = member
      // An entry this revision adds is new as a whole; otherwise only the fields its diff changed are under review.
      status.differences = compare(entry, member, entries[i + 1]?.line ?? Infinity, !plan ? 'none' : added.has(m.MemberUin) ? 'all' : previous)
      status.states = status.differences.length === 0 ? ['in-sync'] : [...new Set(status.differences.map((d) => d.state))].sort(byState)
    } else {
      status.states = [plan && added.has(m.MemberUin) ? 'invite' : 'pending']
    }
    members.push(status)
  }
  const declared = new Set(entries.map((e) => e.member.MemberUin))
  const removed = new Map(plan?.removed.map((e) => [e.member.MemberUin, e]) ?? [])
  // The management account is the organization itself: never an entry, so never "undeclared" (import leaves it out).
  // Should the API list it and this revision take it out of the file, it is `remove`, so that the guard refuses it.
  const host = org.info?.HostUin
  const others = org.members.filter((m) => !declared.has(m.MemberUin) && (m.MemberUin !== host || removed.has(m.MemberUin))).sort((a, b) => a.MemberUin - b.MemberUin)
  for (const member of others) {
    const was = removed.get(member.MemberUin)
    members.push({
      MemberUin: member.MemberUin,
      Name: was?.member.Name ?? member.Name,
      states: [was ? 'remove' : 'undeclared'],
      ...(was ? { before: was } : {}),
      live: member,
      differences: []
    })
  }
  return {
    scope: plan ? 'diff' : 'whole-file',
    members,
    counts: count(members),
    ...(org.info?.HostUin !== undefined ? { managementUin: org.info.HostUin } : {})
  }
}

/**
 * What the history says of MemberUins the revision alone cannot place: when a pending entry was added, and whether an
 * undeclared member was ever declared (then it is `remove`: the file took it out, the organization kept it).
 */
export function withHistory(r: Reconciliation, history: { found: Map<number, { added?: Since; removed?: Since }>; unknown?: string; looked: Set<number> }): Reconciliation {
  const members = r.members.map((s): MemberStatus => {
    if (!history.looked.has(s.MemberUin)) return s
    const seen = history.found.get(s.MemberUin)
    if (s.states[0] === 'pending') {
      if (seen?.added) return { ...s, since: seen.added }
      return { ...s, sinceUnknown: history.unknown ?? 'the history of the file does not show it being added' }
    }
    if (s.states[0] === 'undeclared' && seen?.removed) return { ...s, states: ['remove'], since: seen.removed }
    if (s.states[0] === 'undeclared' && history.unknown) return { ...s, sinceUnknown: history.unknown }
    return s
  })
  return { ...r, members, counts: count(members) }
}

/** MemberUins whose history is worth a look: pending entries, undeclared members. */
export function needsHistory(r: Reconciliation): number[] {
  return r.members.filter((s) => s.states[0] === 'pending' || s.states[0] === 'undeclared').map((s) => s.MemberUin)
}

/** A field's value as a comparable string: PermissionIds and Tags are sets; a missing live value is empty. */
export function comparedValue(field: ComparedField, v: Value | undefined): string {
  switch (field) {
    case 'PermissionIds':
      return JSON.stringify([...((v as number[] | null) ?? [])].sort((a, b) => a - b))
    case 'Tags':
      return JSON.stringify([...((v as Tag[] | null) ?? [])].map((t) => [t.TagKey, t.TagValue]).sort(([a], [b]) => (a! < b! ? -1 : a! > b! ? 1 : 0)))
    default:
      return String(v ?? '')
  }
}

/** Whether the file declares `field` for this entry (itself or through defaults): only then is it managed. */
export function declares(m: Member, field: ComparedField): boolean {
  return m[field] !== undefined
}

export function fileValue(m: Member, field: ComparedField): Value {
  return (m[field] as Value | undefined) ?? null
}

export function liveValue(m: OrgMember, field: ComparedField): Value {
  return (m[field] as Value | undefined) ?? null
}

/** Equal in effect (see comparedValue), without building strings for the common cases: this runs 8 times a member. */
function same(a: Value, b: Value, field: ComparedField): boolean {
  switch (field) {
    case 'PermissionIds': {
      const x = (a as number[] | null) ?? []
      const y = (b as number[] | null) ?? []
      if (x.length !== y.length) return false
      // Most often written in the API's own order: no sorting needed to see they agree.
      if (x.every((id, i) => id === y[i])) return true
      const sorted = [...y].sort((p, q) => p - q)
      return [...x].sort((p, q) => p - q).every((id, i) => id === sorted[i])
    }
    case 'Tags':
      if (((a as Tag[] | null) ?? []).length === 0 && ((b as Tag[] | null) ?? []).length === 0) return true
      return comparedValue(field, a) === comparedValue(field, b)
    default:
      return (a ?? '') === (b ?? '') || String(a ?? '') === String(b ?? '')
  }
}

/** `review`: which differences this revision made: none (drift), all (a new entry), or those where `before` differs. */
function compare(entry: Entry, member: OrgMember, next: number, review: 'none' | 'all' | Entry | undefined): Difference[] {
  const out: Difference[] = []
  const underReview = (field: ComparedField): boolean =>
    review === 'all' ||
    (typeof review === 'object' &&
      // A node named by path is compared by its path: the base revision's ids of paths were never resolved.
      (field === 'NodeId' && (review.node !== undefined || entry.node !== undefined)
        ? review.node !== entry.node
        : !same(fileValue(review.member, field), fileValue(entry.member, field), field)))
  for (const field of COMPARED) {
    if (!declares(entry.member, field)) continue
    const file = fileValue(entry.member, field)
    const live = liveValue(member, field)
    if (same(file, live, field)) continue
    const written = entry.positions[field]
    // A field from defaults is written above the entries; the difference belongs to the entry.
    const at = written && written.line >= entry.line && written.line < next ? written : { line: entry.line, col: entry.col }
    out.push({ field, state: field === 'NodeId' ? 'move' : field === 'Tags' ? 'tags' : 'update', file, live, underReview: underReview(field), at })
  }
  return out
}

function byState(a: State, b: State): number {
  return STATES.indexOf(a) - STATES.indexOf(b)
}

function count(members: readonly MemberStatus[]): Record<State, number> {
  const counts = Object.fromEntries(STATES.map((s) => [s, 0])) as Record<State, number>
  for (const m of members) for (const s of m.states) counts[s]++
  return counts
}

/**
 * Out of step in a way this revision did not cause: a difference it did not make, an entry that is not a member, a
 * member the file does not hold (except one this revision's diff takes out: that removal is under review).
 */
export function isDrift(s: MemberStatus): boolean {
  if (s.states[0] === 'remove') return s.before === undefined
  return s.differences.some((d) => !d.underReview) || s.states[0] === 'pending' || s.states[0] === 'undeclared'
}

/** How many MemberUins and nodes are out of step with the file in a way the revision did not cause. */
export function driftCount(r: Reconciliation): number {
  return r.members.filter(isDrift).length + (r.nodes ?? []).filter((n) => nodeDrift(n, r.scope)).length
}

/** "3 MemberUins", or "3 MemberUins and 1 node" when nodes drifted too. */
export function driftWords(r: Reconciliation): string {
  const members = r.members.filter(isDrift).length
  const nodes = (r.nodes ?? []).filter((n) => nodeDrift(n, r.scope)).length
  const m = `${members} MemberUin${members === 1 ? '' : 's'}`
  return nodes === 0 ? m : `${m} and ${nodes} node${nodes === 1 ? '' : 's'}`
}
