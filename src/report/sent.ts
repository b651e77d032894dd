// What a reviewer approves, in one table at the top of the plan: every write a merge sends (or, on apply, sent), what
// kind of write it is (this pull request's change, undoing drift, a re-invitation), and the member or node before and
// after, with permissions and nodes by name. One unit of counting: writes. Values from the file or the organization go
// through code(), so they render as written.
import type { Entry } from '../model/entries.js'
import type { RunOutcome } from '../model/run.js'
import type { FieldChange, PlannedWrite, WriteCause, WriteResult } from '../model/writes.js'
import { code, fold, raw, table, text, type Md } from './markdown.js'
import { permissionNames } from './permissions.js'

const OPEN_ROWS = 25
const MAX_ROWS = 1000

const KIND: Record<WriteCause, string> = { change: 'this pull request', drift: 'undoing drift', reinvitation: 're-invitation' }

export interface SentView {
  /** Node paths by id, to name a member's node. */
  nodePaths?: Readonly<Record<number, string>>
  lineUrl?: (line: number) => string
}

/** Every write the outcome plans (plan) or made (apply): the lead section, or undefined when there is none. */
export function sentSection(o: RunOutcome, results: readonly WriteResult[] | undefined, view: SentView): string | undefined {
  const writes = results ? results.map((r) => r.write) : (o.writes ?? [])
  if (writes.length === 0 && !results) return undefined
  const status = new Map(results?.map((r) => [r.write, r]) ?? [])
  const applying = o.mode === 'apply'
  const by = (cause: WriteCause) => writes.filter((w) => w.cause === cause).length
  const kinds = (['change', 'drift', 'reinvitation'] as const)
    .filter((c) => by(c) > 0)
    .map((c) => `${by(c)} ${KIND[c]}`)
    .join(', ')
  const title = `### ${applying ? 'Sent by this run' : 'Sent on merge'}: ${writes.length} write${writes.length === 1 ? '' : 's'}${kinds ? ` (${kinds})` : ''}`
  if (writes.length === 0) return `${title}\n\nNothing to send: the organization already holds what the file says.`
  const link = (line: number): Md => raw(view.lineUrl ? `[${line}](${view.lineUrl(line)})` : String(line))
  const rows = writes.slice(0, MAX_ROWS).map((w) => {
    const r = status.get(w)
    return [
      w.action,
      'MemberUin' in w ? raw(`${w.MemberUin} ${code(w.Name).text}`) : code(w.path),
      raw(change(w, view)),
      KIND[w.cause],
      ...(results ? [r ? r.status : ''] : []),
      link(w.line)
    ]
  })
  let body = table(['Write', 'Member or node', 'Before → after', 'Why', ...(results ? ['Result'] : []), 'Line'], rows)
  if (writes.length > MAX_ROWS) body += `\n\n…and ${writes.length - MAX_ROWS} more (the outputs list them all).`
  const note = o.reconcile === 'none' && !applying ? '\n\nWith `reconcile: none` only invitations are sent; what else differs is reported below, not sent.' : ''
  return `${title}\n\n` + (rows.length > OPEN_ROWS ? fold(`${rows.length} writes`, body, true) : body) + note
}

/** A write's before and after, each field on its own line; permissions and nodes by name. */
function change(w: PlannedWrite, view: SentView): string {
  switch (w.action) {
    case 'invite':
      return `not a member → invited: ${entryFields(w.entry, view)}`
    case 'reinvite':
      return `not a member${w.since ? ` since ${w.since.date.slice(0, 10)}` : ''} → invited again if the last invitation lapsed: ${entryFields(w.entry, view)}`
    case 'remove':
      return `member of ${node(w.live.NodeId, view)}, ${text(permissionNames(w.live.PermissionIds ?? [])).text} → out of the organization (the account stays)`
    case 'create-node':
      return `no node → created under ${w.parent ? code(w.parent).text : 'the root'}${w.Remark !== undefined ? `, Remark ${code(w.Remark).text}` : ''}`
    case 'delete-node':
      return `node ${w.NodeId} → deleted (empty)`
    default:
      return w.changes.map((c) => fieldChange(c, view)).join('<br>')
  }
}

function fieldChange(c: FieldChange, view: SentView): string {
  return `${c.field}: ${value(c.field, c.before, view)} → ${value(c.field, c.after, view)}`
}

function value(field: string, v: unknown, view: SentView): string {
  if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) return '*none*'
  if (field === 'PermissionIds') return text(permissionNames(v as number[])).text
  if (field === 'NodeId') return node(v as number, view)
  if (field === 'Tags') return code((v as Array<{ TagKey: string; TagValue: string }>).map((t) => `${t.TagKey}=${t.TagValue}`).join(', ')).text
  return code(String(v)).text
}

function node(id: number | undefined, view: SentView): string {
  if (id === undefined) return 'no node'
  const path = view.nodePaths?.[id]
  return path ? `${code(path).text} (${id})` : String(id)
}

/** Everything an invitation sends, as a reviewer checks it. */
function entryFields(e: Entry, view: SentView): string {
  const m = e.member
  const parts = [
    `node ${e.node ? code(e.node).text : node(m.NodeId, view)}`,
    `permissions ${text(permissionNames(m.PermissionIds)).text}`,
    ...(m.PayUin !== undefined ? [`paid for by ${code(m.PayUin).text}`] : []),
    ...(m.IsAllowQuit !== undefined ? [`IsAllowQuit ${code(m.IsAllowQuit).text}`] : []),
    ...(m.Remark !== undefined ? [`Remark ${code(m.Remark).text}`] : []),
    ...(m.Tags?.length ? [`Tags ${code(m.Tags.map((t) => `${t.TagKey}=${t.TagValue}`).join(', ')).text}`] : [])
  ]
  return parts.join('; ')
}
