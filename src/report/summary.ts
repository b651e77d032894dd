// The job summary: counts first, then tables, long ones folded. The same Markdown serves the pull request
// comment, so it is built here as a plain string from a plain object.
import type { Diagnostic } from '../model/diagnostics.js'
import type { Diff } from '../model/entries.js'
import type { RunOutcome } from '../model/run.js'
import type { PlannedWrite } from '../model/writes.js'
import { capMarkdown, code, fold, raw, table, text, type Md } from './markdown.js'
import { allFindings } from './findings.js'
import { reconcileSections, stateCounts } from './drift.js'
import { runResult, undeclaredMembers, type RunRecord, type RunResult } from './outputs.js'
import type { OrgMember } from '../model/organization.js'
import { writeSection } from './writes.js'
import { removalSection } from './removals.js'
import { undeclaredSnippet } from './snippet.js'
import { nodeSection } from './nodes.js'
import { sentSection } from './sent.js'
import { approvalSection } from './approvals.js'

export interface SummaryView {
  /** Notes about the run itself that the outcome does not hold: why apply was not done. */
  notes?: string[]
  /** For apply: the commit, actor and run that caused the writes. */
  record?: RunRecord
  /** Link to a line of the file, when the repository is known. */
  lineUrl?: (line: number) => string
}

/** What the summary reads, gathered once from the outcome. */
interface RunReport {
  file: string
  mode: RunOutcome['mode']
  notes: string[]
  diagnostics: Diagnostic[]
  entries: number
  plan?: Diff
  organization?: { nodes: number; members: number; undeclared: OrgMember[]; alreadyMembers: RunOutcome['alreadyMembers'] }
  warnings: string[]
  record?: RunRecord
  results?: RunResult[]
  stops: NonNullable<RunOutcome['stops']>
  writePlan?: PlannedWrite[]
  /** Writes of the plan that apply held back as unreviewed (approvals). */
  held?: ReadonlySet<PlannedWrite>
  reconcileLevel: RunOutcome['reconcile']
  reconcile?: RunOutcome['reconciliation']
  cancelled?: string
  lineUrl?: (line: number) => string
  /** The file did not validate. */
  invalid: boolean
  /** Writes planned (plan) or sent (apply), when the plan got that far. */
  writeCount?: number
  /** Approvals and the reviewed plan, rendered. */
  approvals?: string
}

/** Tables past this many rows are folded; past MAX_ROWS they are cut, the outputs keep everything. */
const OPEN_ROWS = 20
const MAX_ROWS = 1000
/** Undeclared members shown as entries to paste; `tencent-org-members import` writes them all. */
const MAX_SNIPPET = 200
/**
 * The runner refuses a step summary over 1 MiB whole (nothing is shown but an error), so the summary stops
 * short of it, leaving room for a failure line appended after it.
 */
export const MAX_SUMMARY_BYTES = 1_000_000

const STATUS_ICON: Record<RunResult['status'], string> = {
  created: '✅ created',
  deleted: '✅ deleted',
  'not-applied': '❌ written, not applied',
  cancelled: '⏹️ cancelled: not sent',
  unknown: '❓ unknown: no answer',
  invited: '✅ invited',
  reinvited: '✅ invited again',
  updated: '✅ updated',
  moved: '✅ moved',
  tagged: '✅ tags set',
  removed: '✅ removed',
  'already-removed': '☑️ already removed',
  'already-invited': '☑️ already invited',
  'still-pending': '☑️ still pending',
  'already-member': '☑️ already a member',
  failed: '❌ failed',
  skipped: '⏭️ skipped',
  unreviewed: '🛑 unreviewed: not sent'
}

export function renderSummary(o: RunOutcome, view: SummaryView = {}): string {
  const applied = o.mode === 'apply' && (o.results?.length ?? 0) > 0
  const r: RunReport = {
    file: o.file,
    mode: o.mode,
    notes: [...(view.notes ?? []), ...o.notes],
    diagnostics: allFindings(o),
    entries: o.entries.length,
    ...(o.diff ? { plan: o.diff } : {}),
    ...(o.organization ? { organization: { ...o.organization, undeclared: undeclaredMembers(o), alreadyMembers: o.alreadyMembers } } : {}),
    warnings: o.warnings,
    ...(applied && view.record ? { record: view.record } : {}),
    ...(applied ? { results: o.results!.map(runResult) } : {}),
    stops: o.stops ?? [],
    ...(o.writes && o.reconcile !== 'none' ? { writePlan: o.writes.filter((w) => w.action !== 'invite') } : {}),
    ...(o.results?.some((x) => x.status === 'unreviewed') ? { held: new Set(o.results.filter((x) => x.status === 'unreviewed').map((x) => x.write)) } : {}),
    reconcileLevel: o.reconcile,
    ...(o.reconciliation ? { reconcile: o.reconciliation } : {}),
    ...(o.cancelled ? { cancelled: o.cancelled } : {}),
    ...(view.lineUrl ? { lineUrl: view.lineUrl } : {}),
    invalid: o.invalid === true,
    ...(o.mode === 'apply' && o.results ? { writeCount: o.results.length } : o.writes ? { writeCount: o.writes.length } : {})
  }
  const lead =
    o.diff || o.results
      ? sentSection(o, o.mode === 'apply' ? o.results : undefined, {
          ...(o.organization?.nodePaths ? { nodePaths: o.organization.nodePaths } : {}),
          ...(view.lineUrl ? { lineUrl: view.lineUrl } : {})
        })
      : undefined
  const approvals = approvalSection(o)
  return render(approvals ? { ...r, approvals } : r, lead)
}

function render(r: RunReport, lead: string | undefined): string {
  const parts: string[] = [`## Tencent Cloud organization members: ${r.mode}`]
  const errors = r.diagnostics.filter((d) => d.severity === 'error')
  parts.push(headline(r, errors.length))
  // What a removal means comes first: it is the one write that cannot be undone from the file. Then what a reviewer
  // approves: every write, before and after. The rest of the plan folds under them.
  const removing = r.reconcile ? removalSection(r.reconcile, r.reconcileLevel ?? 'none', r.mode === 'apply') : undefined
  if (removing) parts.push(removing)
  if (lead && errors.length === 0) parts.push(lead)
  // What each tier needs and who approved stays in view: it decides whether the merge sends anything.
  if (r.approvals) parts.push(r.approvals)
  const rest = parts.length
  for (const note of r.notes) parts.push(`> ${text(note)}`)
  for (const warning of r.warnings ?? []) parts.push(`> **Warning:** ${text(warning)}`)

  if (errors.length > 0) {
    parts.push(
      section(
        `${errors.length} error${errors.length === 1 ? '' : 's'} in ${text(r.file)}`,
        ['Line', 'Problem', 'Message'],
        errors.map((d) => [d.fileLevel ? 'file' : link(r, d.line, `${d.line}:${d.col}`), d.title, d.message]),
        true
      )
    )
  }
  if (r.plan) parts.push(...planSections(r, r.plan))
  const nodes = r.reconcile ? nodeSection(r.reconcile, r.reconcileLevel, r.mode === 'apply', r.lineUrl) : undefined
  if (nodes) parts.push(nodes)
  if (r.writePlan) parts.push(writeSection(r.writePlan, r.reconcileLevel, r.mode === 'apply', r.lineUrl, r.held))
  if (r.reconcile) {
    const undeclared = r.plan ? undefined : r.organization?.undeclared
    parts.push(
      ...reconcileSections(r.reconcile, {
        file: r.file,
        ...(undeclared ? { undeclared } : {}),
        ...(r.lineUrl ? { lineUrl: r.lineUrl } : {}),
        ...(r.reconcileLevel ? { reconcile: r.reconcileLevel } : {})
      })
    )
  }
  if (r.results) parts.push(...resultSections(r, r.results))
  if (lead && errors.length === 0 && parts.length > rest) {
    const details = parts.splice(rest)
    parts.push(fold('The plan in full: the file, the organization, drift and what is not sent', details.join('\n\n'), false))
  }
  const markdown = parts.join('\n\n') + '\n'
  return capMarkdown(
    markdown,
    MAX_SUMMARY_BYTES,
    '**The summary is cut here**: the whole of it would pass the 1 MiB GitHub allows a job summary. Every entry and result is in the `plan` and `results` outputs.'
  )
}

function headline(r: RunReport, errorCount: number): string {
  const errors = `${errorCount} error${errorCount === 1 ? '' : 's'}`
  if (errorCount > 0 && r.invalid) return `**${text(r.file)} is invalid**: ${errors}; nothing was sent.`
  // A valid file the run refused (a guard, the organization, a truncation) is not called invalid.
  if (errorCount > 0) return `**Refused**: ${errors} below; nothing was sent.`
  const facts = [`**${r.entries}** entr${r.entries === 1 ? 'y' : 'ies'} in ${code(r.file)}`]
  if (r.writeCount !== undefined) facts.unshift(`**${r.writeCount}** write${r.writeCount === 1 ? '' : 's'} ${r.mode === 'apply' ? 'sent' : 'on merge'}`)
  if (r.plan) {
    const p = r.plan
    facts.push(`**${p.added.length}** added, **${p.changed.length}** changed, **${p.removed.length}** removed, **${p.unchanged}** unchanged`)
    facts.push(p.base ? `against ${code(p.base.slice(0, 12))}` : 'with no base revision')
    const o = r.organization
    facts.push(o ? `checked against the organization (${o.nodes} nodes, ${o.members} members)` : 'file checked on its own')
  }
  if (!r.plan && r.organization) facts.push(`compared with the organization (${r.organization.nodes} nodes, ${r.organization.members} members)`)
  if (r.reconcile) facts.push(stateCounts(r.reconcile))
  const invites = (r.results ?? []).filter((x) => x.action === 'invite')
  if (invites.length > 0) {
    const count = (...s: Array<RunResult['status']>) => invites.filter((x) => s.includes(x.status)).length
    facts.push(
      `**${count('invited')}** invited, **${count('already-invited', 'already-member')}** already done, **${count('failed', 'unknown')}** failed, **${count('skipped', 'cancelled')}** skipped`
    )
  }
  const writes = (r.results ?? []).filter((x) => x.action !== 'invite')
  if (writes.length > 0) {
    const count = (...s: Array<RunResult['status']>) => writes.filter((x) => s.includes(x.status)).length
    facts.push(
      `reconcile: **${count('updated', 'moved', 'tagged', 'reinvited', 'removed', 'created', 'deleted')}** written, **${count('still-pending', 'already-member', 'already-removed')}** already done, **${count('failed', 'not-applied', 'unknown')}** failed, **${count('skipped', 'cancelled')}** skipped`
    )
  }
  const unreviewed = (r.results ?? []).filter((x) => x.status === 'unreviewed').length
  if (unreviewed > 0) facts.push(`**${unreviewed}** held back as unreviewed (the reviewed plan did not show ${unreviewed === 1 ? 'it' : 'them'})`)
  return facts.join(' · ')
}

function planSections(r: RunReport, plan: Diff): string[] {
  const out: string[] = []
  if (plan.added.length > 0) {
    const members = new Set(r.organization?.alreadyMembers ?? [])
    out.push(
      section(
        `Added (${plan.added.length})${r.mode === 'apply' ? '' : ': to be invited on merge'}`,
        ['MemberUin', 'Name', 'NodeId', 'PermissionIds', 'Line', 'Note'],
        plan.added.map((e) => [
          e.member.MemberUin,
          text(e.member.Name),
          e.member.NodeId,
          e.member.PermissionIds,
          link(r, e.line),
          members.has(e) ? 'already a member: not invited' : ''
        ])
      )
    )
  }
  if (plan.changed.length > 0) {
    out.push(
      section(
        // With reconcile, what the organization still lacks of these changes is in the Reconcile section.
        `Changed (${plan.changed.length})${r.writePlan ? `: applied where the organization differs (reconcile: ${r.reconcileLevel})` : ': not applied'}`,
        ['MemberUin', 'Name', 'Fields', 'Line'],
        plan.changed.map((c) => [c.entry.member.MemberUin, text(c.entry.member.Name), c.fields, link(r, c.entry.line)])
      )
    )
  }
  if (plan.removed.length > 0) {
    out.push(
      section(
        `Removed (${plan.removed.length})${r.reconcileLevel === 'all' ? ': taken out of the organization on apply where still members (reconcile: all)' : ': not applied'}`,
        ['MemberUin', 'Name', 'Line in base'],
        plan.removed.map((e) => [e.member.MemberUin, text(e.member.Name), e.line])
      )
    )
  }
  if (plan.added.length + plan.changed.length + plan.removed.length === 0) out.push('No membership change.')
  const undeclared = r.organization?.undeclared ?? []
  if (undeclared.length > 0) {
    const shown = undeclared.slice(0, MAX_SNIPPET)
    const more =
      undeclared.length > shown.length
        ? `\n\n…and ${undeclared.length - shown.length} more: \`tencent-org-members import\` writes a members file with every member of the organization.`
        : ''
    const snippet = '```yaml\n' + undeclaredSnippet(shown) + '\n```' + more
    out.push(
      `### Not declared (${undeclared.length}): members of the organization that ${text(r.file)} does not list\n\n` +
        `They are left alone (this action never removes a member the file never declared). To keep them as code, add these entries under \`members:\`:\n\n` +
        (undeclared.length > OPEN_ROWS ? fold(`${undeclared.length} entries`, snippet, false) : snippet)
    )
  }
  return out
}

function resultSections(r: RunReport, results: readonly RunResult[]): string[] {
  const out: string[] = []
  if (r.cancelled) {
    out.push(
      `> **Cancelled (${text(r.cancelled)})**: nothing new was sent once the signal came; answers already on their way were waited for (5 s at most). Each write below says what became of it: ${code('cancelled')} was never sent, ${code('unknown')} was sent and got no answer. Rerun to finish the rest: a rerun reads the organization before sending.`
    )
  }
  const inviteStop = r.stops.find((s) => s.api === 'InviteOrganizationMember')
  if (inviteStop) {
    const stop = inviteStop
    out.push(`> **Stopped on ${text(stop.code)}**: ${text(`${stop.description}${stop.hint ? ' ' + stop.hint : ''} Entries not yet sent were skipped.`)}`)
  }
  if (r.record) {
    const { commit, actor, runUrl } = r.record
    out.push(
      `**Record**: commit ${code(commit.slice(0, 12) || 'unknown')} by @${actor || 'unknown'} · run ${runUrl ? `[${text(runUrl.split('/').pop())}](${runUrl})` : 'unknown'} · each write's RequestId and time below, and in the \`results\` output.`
    )
  }
  if (results.length > 0) {
    const failedFirst = [...results].sort((a, b) => rank(a) - rank(b))
    // The action column only when something besides invitations was sent: a run without reconcile reads as before.
    const actions = results.some((x) => x.action !== 'invite')
    out.push(
      section(
        `Results (${results.length})`,
        [...(actions ? ['Action'] : []), 'MemberUin', 'Name', 'Status', 'Code', 'RequestId', 'Time', 'Message'],
        failedFirst.map((x) => [...(actions ? [x.action] : []), x.MemberUin ?? x.Node, text(x.Name ?? ''), STATUS_ICON[x.status], x.code, x.requestId, x.at, x.message]),
        true
      )
    )
  }
  return out
}

function rank(x: RunResult): number {
  return [
    'failed',
    'not-applied',
    'unknown',
    'cancelled',
    'skipped',
    'unreviewed',
    'invited',
    'reinvited',
    'updated',
    'moved',
    'tagged',
    'removed',
    'already-invited',
    'still-pending',
    'already-member',
    'already-removed'
  ].indexOf(x.status)
}

function section(title: string, head: string[], rows: unknown[][], important = false): string {
  const shown = rows.slice(0, MAX_ROWS)
  let body = table(head, shown)
  if (rows.length > shown.length) body += `\n\n…and ${rows.length - shown.length} more (the action's outputs list them all).`
  return `### ${title}\n\n` + (rows.length > OPEN_ROWS ? fold(`${rows.length} rows`, body, important && rows.length <= 100) : body)
}

function link(r: RunReport, line: number, shown = String(line)): Md {
  return raw(r.lineUrl ? `[${shown}](${r.lineUrl(line)})` : shown)
}
