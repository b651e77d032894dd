// What an apply with `reconcile` sends, decided from the reconciliation alone: one write per member and kind of
// difference (update, move, tags), a re-sent invitation per pending entry. Pure: the caller guards and sends.
import type { Entry } from '../manifest/validate.js'
import type { MemberUpdate, OrgMember } from '../tencent/client.js'
import { tagChange, type TagPair } from '../tencent/tag.js'
import { comparedValue, liveValue, type ComparedField, type MemberStatus, type Reconciliation, type Since, type Value } from './classify.js'

/** Input `reconcile`: what apply does beyond inviting added entries. */
export const RECONCILE_LEVELS = ['none', 'changes', 'all'] as const
export type ReconcileLevel = (typeof RECONCILE_LEVELS)[number]

/** Every kind of write a run makes; `invite` is the added entries', the rest are reconcile's. */
export type WriteAction = 'invite' | 'reinvite' | 'update' | 'move' | 'tags' | 'remove'

/** One field as it is in the organization (before) and as the write leaves it (after: the file's value). */
export interface FieldChange {
  field: ComparedField
  before: Value
  after: Value
}

interface WriteBase {
  MemberUin: number
  Name: string
  /** The entry's line in the file. */
  line: number
  changes: FieldChange[]
}

export type PlannedWrite =
  | (WriteBase & { action: 'update'; body: MemberUpdate })
  | (WriteBase & { action: 'move'; nodeId: number })
  | (WriteBase & { action: 'tags'; replace: TagPair[]; remove: string[] })
  | (WriteBase & { action: 'reinvite'; entry: Entry; since?: Since })
  /** `line` is where the file's list starts (the entry is gone); `baseLine` its line at the base revision. */
  | (WriteBase & { action: 'remove'; baseLine: number; live: OrgMember })

/** Fields UpdateOrganizationMember changes; NodeId is a move, Tags the Tag service's. */
const UPDATED: readonly ComparedField[] = ['Name', 'Remark', 'PolicyType', 'PermissionIds', 'IsAllowQuit', 'PayUin']

/**
 * The writes `level` allows, in file order: per member its update, move and tags; pending entries re-invited; with
 * `all`, removals of the members this revision took out of the file (declared at the base revision, still members).
 * `anchor`: the line removals are reported on, since their entries are gone (the first entry's).
 */
export function planWrites(rec: Reconciliation, level: ReconcileLevel, anchor = 1): PlannedWrite[] {
  if (level === 'none') return []
  const out: PlannedWrite[] = []
  for (const s of rec.members) {
    // Only what this revision removed: a member the history says was removed earlier, or one the file never
    // declared, is never taken out by this run.
    if (level === 'all' && s.states[0] === 'remove' && s.before && s.live) {
      out.push({ action: 'remove', MemberUin: s.MemberUin, Name: s.Name, line: anchor, baseLine: s.before.line, live: s.live, changes: [] })
    }
    if (!s.entry) continue
    const base = { MemberUin: s.MemberUin, Name: s.Name, line: s.entry.line }
    if (s.states[0] === 'pending') {
      out.push({ ...base, action: 'reinvite', entry: s.entry, changes: [], ...(s.since ? { since: s.since } : {}) })
      continue
    }
    if (!s.live) continue
    const changes = (fields: readonly ComparedField[]): FieldChange[] =>
      s.differences.filter((d) => fields.includes(d.field)).map((d) => ({ field: d.field, before: d.live, after: d.file }))
    const update = changes(UPDATED)
    if (update.length > 0) out.push({ ...base, action: 'update', body: updateBody(s, update), changes: update })
    const move = changes(['NodeId'])
    if (move.length > 0) out.push({ ...base, action: 'move', nodeId: s.entry.member.NodeId, changes: move })
    const tags = changes(['Tags'])
    if (tags.length > 0) {
      const { replace, remove } = tagChange(s.entry.member.Tags ?? [], s.live.Tags ?? [])
      out.push({ ...base, action: 'tags', replace, remove, changes: tags })
    }
  }
  return out
}

/**
 * UpdateOrganizationMember's body: the fields that differ, with the file's values. PolicyType and PermissionIds go
 * together, as the API requires, and PayUin with them whenever the permissions hold 7 (pay on behalf), so that a
 * change of payer or of permissions always reaches the API as one consistent set. An absent optional field is the
 * API's default: no remark, may quit.
 */
export function updateBody(s: MemberStatus, changes: readonly FieldChange[]): MemberUpdate {
  const m = s.entry!.member
  const fields = new Set(changes.map((c) => c.field))
  const body: MemberUpdate = { MemberUin: m.MemberUin }
  if (fields.has('Name')) body.Name = m.Name
  if (fields.has('Remark')) body.Remark = m.Remark ?? ''
  if (fields.has('IsAllowQuit')) body.IsAllowQuit = m.IsAllowQuit ?? 'Allow'
  if (fields.has('PolicyType') || fields.has('PermissionIds') || fields.has('PayUin')) {
    body.PolicyType = m.PolicyType
    body.PermissionIds = [...m.PermissionIds]
    if (m.PermissionIds.includes(7) && m.PayUin !== undefined) body.PayUin = m.PayUin
  }
  return body
}

/** The writes, each re-sent invitation with its `since` from `rec`: the history completes a reconciliation after planning. */
export function withSince(writes: readonly PlannedWrite[], rec: Reconciliation): PlannedWrite[] {
  const since = new Map(rec.members.flatMap((s) => (s.since ? [[s.MemberUin, s.since] as const] : [])))
  return writes.map((w) => (w.action === 'reinvite' && since.has(w.MemberUin) ? { ...w, since: since.get(w.MemberUin)! } : w))
}

/**
 * Whether `member`, read back from the organization, already holds every value `w` sets: an attempt whose answer
 * was lost may have done the work, and then the write is not sent again.
 */
export function holds(w: PlannedWrite, member: OrgMember): boolean {
  return w.changes.length > 0 && w.changes.every((c) => comparedValue(c.field, c.after) === comparedValue(c.field, liveValue(member, c.field)))
}

/** How many writes of each kind, for guards and headlines. */
export function countWrites(writes: readonly PlannedWrite[]): Record<PlannedWrite['action'], number> {
  const counts = { update: 0, move: 0, tags: 0, reinvite: 0, remove: 0 }
  for (const w of writes) counts[w.action]++
  return counts
}
