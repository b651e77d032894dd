// The reconcile states in the job summary, the pull request comment and the outputs: counts first, then the
// differences, the pending entries and the members out of the file, each with its line. Every value that comes
// from the file or the organization goes through code(), so a name or remark can never become Markdown.
import { STATES, type ComparedField, type MemberStatus, type Reconciliation, type Value } from '../model/reconcile.js'
import type { OrgMember } from '../model/organization.js'
import type { ReconcileLevel } from '../model/run.js'
import { isDrift } from '../organization/classify.js'
import { code, fold, raw, table, type Md } from './markdown.js'
import { undeclaredSnippet } from './snippet.js'

const OPEN_ROWS = 20
const MAX_ROWS = 1000
const MAX_SNIPPET = 200

export interface DriftReportOptions {
  file: string
  /** Mode drift has no plan, whose section lists these otherwise: listed here then. */
  undeclared?: readonly OrgMember[]
  /** Link to a line of the file, when the repository is known. */
  lineUrl?: (line: number) => string
  /** Input reconcile: with `all`, the members this revision takes out are removed on apply. */
  reconcile?: ReconcileLevel
}

/** "**2** update · **1** pending · …": every state that occurs, in the order of STATES. */
export function stateCounts(rec: Reconciliation): string {
  const shown = STATES.filter((s) => rec.counts[s] > 0)
  return shown.length === 0 ? 'nothing to compare' : shown.map((s) => `**${rec.counts[s]}** ${s}`).join(', ')
}

export function reconcileSections(rec: Reconciliation, o: DriftReportOptions): string[] {
  const link = (line: number): Md => raw(o.lineUrl ? `[${line}](${o.lineUrl(line)})` : String(line))
  const drifted = rec.members.filter(isDrift).length
  const scope = rec.scope === 'diff' ? 'this revision of' : 'the whole of'
  const out = [
    `### Against the organization: ${stateCounts(rec)}\n\n` +
      (drifted === 0
        ? `No drift: ${scope} ${code(o.file)} and the organization agree, apart from changes under review.`
        : `**${drifted}** MemberUin${drifted === 1 ? '' : 's'} out of step with ${scope} ${code(o.file)} (drift).`) +
      (rec.managementUin !== undefined ? ` The management account is ${rec.managementUin}.` : '')
  ]

  const rows = rec.members.flatMap((s) =>
    s.differences.map((d) => [
      s.MemberUin,
      code(s.Name),
      d.state,
      d.field,
      shown(d.field, d.file, true),
      shown(d.field, d.live, false),
      d.underReview ? 'change under review' : raw('**drift**'),
      link(d.at.line)
    ])
  )
  if (rows.length > 0) {
    const review = rec.members.reduce((n, s) => n + s.differences.filter((d) => d.underReview).length, 0)
    out.push(
      section(
        `Differences (${rows.length}): ${rows.length - review} drift, ${review} under review`,
        ['MemberUin', 'Name', 'State', 'Field', 'File', 'Organization', 'Kind', 'Line'],
        rows
      )
    )
  }
  const pending = rec.members.filter((s) => s.states[0] === 'pending')
  if (pending.length > 0) {
    out.push(
      section(
        `Pending (${pending.length}): declared, not members`,
        ['MemberUin', 'Name', 'Declared since', 'Line'],
        pending.map((s) => [s.MemberUin, code(s.Name), since(s), s.entry ? link(s.entry.line) : ''])
      ) +
        '\n\nAn invitation stays open for about 14 days; the invitee may also decline it. Tencent Cloud does not list invitations, so an entry pending long after its commit most likely needs a new one.'
    )
  }
  const removed = rec.members.filter((s) => s.states[0] === 'remove')
  if (removed.length > 0) {
    out.push(
      section(
        `Removed from the file, still members (${removed.length})${o.reconcile === 'all' ? '' : ': not applied'}`,
        ['MemberUin', 'Name', 'Taken out', 'Line in base'],
        removed.map((s) => [s.MemberUin, code(s.Name), s.before ? 'by this revision' : since(s), s.before?.line ?? ''])
      ) + (o.reconcile === 'all' ? '\n\nThose this revision takes out are removed on apply (reconcile: all); those taken out earlier are reported only.' : '')
    )
  }
  if (o.undeclared?.length) {
    // Capped like the plan's: 8,000 members would pass the 1 MiB a summary may hold; `import` writes them all.
    const shownUndeclared = o.undeclared.slice(0, MAX_SNIPPET)
    const more =
      o.undeclared.length > shownUndeclared.length
        ? `\n\n…and ${o.undeclared.length - shownUndeclared.length} more: \`tencent-org-members import\` writes a members file with every member of the organization.`
        : ''
    const snippet = '```yaml\n' + undeclaredSnippet(shownUndeclared) + '\n```' + more
    out.push(
      `#### Not declared (${o.undeclared.length}): members of the organization that ${code(o.file)} never listed\n\n` +
        'They are left alone. To keep them as code, add these entries under `members:`:\n\n' +
        (o.undeclared.length > OPEN_ROWS ? fold(`${o.undeclared.length} entries`, snippet, false) : snippet)
    )
  }
  return out
}

function since(s: MemberStatus): Md | string {
  if (s.since) return raw(`${s.since.date.slice(0, 10)}, ${code(s.since.commit.slice(0, 12))} ${code(s.since.subject)}`)
  return s.sinceUnknown ? `unknown: ${s.sinceUnknown}` : 'not looked up'
}

/** A value in a cell: absent ones say so in words (and the default they stand for), present ones inert. */
export function shown(field: ComparedField | string, v: Value, inFile: boolean): Md {
  if (v === null || v === '' || (Array.isArray(v) && v.length === 0)) return raw(inFile ? '*not set*' : '*empty*')
  if (field === 'Tags') return code((v as Array<{ TagKey: string; TagValue: string }>).map((t) => `${t.TagKey}=${t.TagValue}`).join(', '))
  if (Array.isArray(v)) return code([...(v as number[])].sort((a, b) => a - b).join(', '))
  return code(String(v))
}

function section(title: string, head: string[], rows: unknown[][]): string {
  const kept = rows.slice(0, MAX_ROWS)
  let body = table(head, kept)
  if (rows.length > kept.length) body += `\n\n…and ${rows.length - kept.length} more (the action's outputs list them all).`
  return `#### ${title}\n\n` + (rows.length > OPEN_ROWS ? fold(`${rows.length} rows`, body, rows.length <= 100) : body)
}
