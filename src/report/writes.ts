// What reconcile sends, before it is sent: every write with each field's value before (the organization's) and
// after (the file's), so a reviewer sees on the pull request exactly what merging will do. File and organization
// text goes through code() (in shown()), so it renders as written.
import type { ReconcileLevel } from '../model/run.js'
import type { PlannedWrite } from '../model/writes.js'
import { shown } from './drift.js'
import { code, fold, raw, table, type Md } from './markdown.js'

const OPEN_ROWS = 20
const MAX_ROWS = 1000

/** The API call each write is. */
export const CALL: Record<PlannedWrite['action'], string> = {
  invite: 'InviteOrganizationMember',
  'create-node': 'AddOrganizationNode',
  'update-node': 'UpdateOrganizationNode',
  'delete-node': 'DeleteOrganizationNodes',
  update: 'UpdateOrganizationMember',
  move: 'MoveOrganizationNodeMembers',
  tags: 'ModifyResourceTags (Tag service)',
  reinvite: 'InviteOrganizationMember again',
  remove: 'DeleteOrganizationMembers'
}

/** `held`: writes apply held back as unreviewed (approvals): listed, and said not to be sent. */
export function writeSection(
  writes: readonly PlannedWrite[],
  level: ReconcileLevel,
  applying: boolean,
  lineUrl?: (line: number) => string,
  held?: ReadonlySet<PlannedWrite>
): string {
  const when = applying ? 'sent by this run' : 'sent on merge (apply)'
  const unreviewed = writes.filter((w) => held?.has(w)).length
  const sent = writes.length - unreviewed
  const title =
    `### Reconcile (${level}): ${sent} write${sent === 1 ? '' : 's'} ${when}` + (unreviewed > 0 ? `, ${unreviewed} held back as unreviewed (not in the reviewed plan)` : '')
  if (writes.length === 0) return `${title}\n\nThe organization already matches ${applying ? 'the file' : 'the file'}: nothing to send.`
  const link = (line: number): Md => raw(lineUrl ? `[${line}](${lineUrl(line)})` : String(line))
  const rows = writes.map((w) => [
    w.action,
    'MemberUin' in w ? w.MemberUin : code(w.path),
    'MemberUin' in w ? code(w.Name) : '',
    raw(change(w)),
    held?.has(w) ? `not sent (unreviewed): ${CALL[w.action]}` : CALL[w.action],
    link(w.line)
  ])
  const shownRows = rows.slice(0, MAX_ROWS)
  let body = table(['Write', 'MemberUin', 'Name', 'Before → after', 'Call', 'Line'], shownRows)
  if (rows.length > shownRows.length) body += `\n\n…and ${rows.length - shownRows.length} more (the \`plan\` output lists them all).`
  const note =
    '\n\nRelationAuthName and AuthFile count only at invitation: a change to them is reported, never sent. ' +
    'Members in protected-members and the management account are never changed.'
  return `${title}\n\n` + (rows.length > OPEN_ROWS ? fold(`${rows.length} writes`, body, rows.length <= 100) : body) + note
}

/** Each field as `Field: before → after`; a re-sent invitation says since when the entry waits. */
function change(w: PlannedWrite): string {
  if (w.action === 'invite') return 'not a member → invited'
  if (w.action === 'create-node') return `no node → created under ${w.parent ? code(w.parent).text : 'the root'}`
  if (w.action === 'delete-node') return `node (line ${w.baseLine} of the base revision) → deleted`
  if (w.action === 'remove') return `member (line ${w.baseLine} of the base revision) → out of the organization; the account stays`
  if (w.action === 'reinvite') return `not a member${w.since ? ` since ${w.since.date.slice(0, 10)}` : ''} → invited again (if the last invitation lapsed)`
  return w.changes.map((c) => `${c.field}: ${shown(c.field, c.before, false).text} → ${shown(c.field, c.after, true).text}`).join('<br>')
}
