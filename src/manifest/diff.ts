// The diff of two revisions of members.yaml, by MemberUin, on effective entries (defaults merged).
import type { Diff, Entry, FieldName, Member } from '../model/entries.js'

export function diff(base: string | null, before: readonly Entry[], after: readonly Entry[]): Diff {
  const old = new Map(before.map((e) => [e.member.MemberUin, e]))
  const plan: Diff = { base, added: [], changed: [], removed: [], unchanged: 0 }
  for (const entry of after) {
    const previous = old.get(entry.member.MemberUin)
    if (!previous) {
      plan.added.push(entry)
      continue
    }
    old.delete(entry.member.MemberUin)
    const fields: Array<FieldName | 'Node'> = changedFields(previous.member, entry.member)
    // A node named by path: its path is what the file says (its NodeId is resolved later, against the organization).
    if (previous.node !== entry.node) fields.push('Node')
    if (fields.length > 0) plan.changed.push({ entry, before: previous, fields })
    else plan.unchanged++
  }
  plan.removed = [...old.values()]
  return plan
}

export function changedFields(a: Member, b: Member): FieldName[] {
  const names = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<FieldName>
  return [...names].filter((k) => canonical(a[k]) !== canonical(b[k]))
}

/** Key order in mappings and the order of PermissionIds (a set of IDs) carry no meaning: neither is a change. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (Array.isArray(v) && v.every((x) => typeof x === 'number')) return [...(v as number[])].sort((a, b) => a - b)
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
    }
    return v
  })
}
