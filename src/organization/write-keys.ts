// Every planned write as a stable key: what it does, to whom, and each field as it was and as it will be
// (`update:710000000001:PermissionIds=[1,2]>[1,2,7]`). A plan on a pull request keeps the keys of what reviewers saw;
// apply sends a write only when its key is among them (modes/approvals.ts). The state before is part of the key:
// a write that would now undo a console edit made after the review is not the write reviewers approved, even when
// its request is the same.
import { createHash } from 'node:crypto'
import type { Entry } from '../model/entries.js'
import type { ComparedField } from '../model/reconcile.js'
import { isMemberWrite, type FieldChange, type PlannedWrite } from '../model/writes.js'
import { comparedValue } from './classify.js'

/** Details longer than this are kept as a hash: the keys live in a pull request comment, which GitHub caps. */
const MAX_DETAIL = 100

export function writeKey(w: PlannedWrite): string {
  return `${w.action}:${isMemberWrite(w) ? w.MemberUin : w.path}:${short(detail(w))}`
}

/** What binds a reviewed plan: its version, the file, the head commit, whether the organization was read, and the keys. */
export function planDigest(file: string, head: string, organization: boolean, keys: readonly string[]): string {
  return `sha256:${sha256(JSON.stringify([1, file, head, organization, [...keys].sort()]))}`
}

function detail(w: PlannedWrite): string {
  switch (w.action) {
    case 'invite':
    case 'reinvite':
      return invitation(w.entry)
    case 'remove':
      return ''
    case 'delete-node':
      return String(w.NodeId)
    case 'create-node':
      return JSON.stringify({ parent: w.parent, Name: w.Name, Remark: w.Remark ?? null })
    case 'update-node':
      return `${w.NodeId}:${changes(w.changes)}`
    case 'move':
      return changes(w.changes) + (w.node ? `@${w.node}` : '')
    default:
      return changes(w.changes)
  }
}

function changes(list: readonly FieldChange[]): string {
  const value = (field: string, v: FieldChange['before']) => comparedValue(field as ComparedField, v ?? undefined)
  return [...list]
    .sort((a, b) => (a.field < b.field ? -1 : a.field > b.field ? 1 : 0))
    .map((c) => `${c.field}=${value(c.field, c.before)}>${value(c.field, c.after)}`)
    .join(';')
}

/** The entry as the file declares it: its node by path where the file names it so (the id is the organization's). */
function invitation(entry: Entry): string {
  const { NodeId, ...rest } = entry.member
  const fields: Record<string, unknown> = { ...rest, ...(entry.node !== undefined ? { Node: entry.node } : { NodeId }) }
  fields.PermissionIds = [...entry.member.PermissionIds].sort((a, b) => a - b)
  if (entry.member.Tags) fields.Tags = JSON.parse(comparedValue('Tags', entry.member.Tags)) as unknown
  return JSON.stringify(Object.fromEntries(Object.entries(fields).sort(([a], [b]) => (a < b ? -1 : 1))))
}

function short(text: string): string {
  return text.length <= MAX_DETAIL ? text : `#${sha256(text).slice(0, 16)}`
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}
