// The compliance record in four forms: Markdown for people (the job summary), plain text for a terminal, CSV for
// spreadsheets and JSON for programs. CSV, text and Markdown have one row per entry change; JSON keeps one object per
// commit.
import { code, raw, table, text } from './markdown.js'
import { csvTable } from './csv.js'
import type { AuditRecord, History } from '../history/walk.js'
import type { Approval, RecordApprovals } from '../model/approvals.js'
import { notCountedText } from './approvals.js'

export type Change = 'added' | 'changed' | 'removed' | 'unparseable' | 'restored'

export interface Row {
  record: AuditRecord
  change: Change
  MemberUin?: number
  Name?: string
  /** Changed fields, or for an unparseable revision the error. */
  detail: string
}

/** A job summary is capped at 1 MiB; past this many rows the rest is in the JSON and CSV output. */
export const MARKDOWN_ROWS = 1000

export function rows(history: History): Row[] {
  const out: Row[] = []
  for (const record of history.records) {
    if (record.error !== undefined) out.push({ record, change: 'unparseable', detail: record.error })
    else if (record.restored) out.push({ record, change: 'restored', detail: 'valid again; the membership is as before' })
    for (const e of record.added) out.push({ record, change: 'added', MemberUin: e.MemberUin, Name: e.Name, detail: '' })
    for (const e of record.changed) out.push({ record, change: 'changed', MemberUin: e.MemberUin, Name: e.Name, detail: e.fields.join(', ') })
    for (const e of record.removed) out.push({ record, change: 'removed', MemberUin: e.MemberUin, Name: e.Name, detail: '' })
  }
  return out
}

export function markdown(history: History): string {
  const title = `## Membership history of ${code(history.file)}`
  const scope = describeRange(history)
  const all = rows(history)
  if (all.length === 0) return `${title}\n\nNo commit ${scope} changed the membership.\n`
  const broken = history.records.filter((r) => r.error !== undefined).length
  const counts =
    `${history.records.length} commit${history.records.length === 1 ? '' : 's'} ${scope} changed the membership` +
    (broken > 0 ? `; ${broken} of them left the file unparseable.` : '.')
  const shown = all.slice(0, MARKDOWN_ROWS).map((r) => [
    r.record.committer.date,
    r.record.commit.slice(0, 12),
    // A number parsed from the message: GitHub links it to the pull request. Everything else is escaped by table().
    prOf(r.record) === null ? '' : raw(`#${prOf(r.record)}`),
    by(r.record),
    r.change,
    r.MemberUin,
    r.Name,
    r.detail
  ])
  const head = ['date', 'commit', 'pull request', 'author', 'change', 'MemberUin', 'Name', 'fields']
  const cut = all.length > MARKDOWN_ROWS ? `\n\n${all.length - MARKDOWN_ROWS} more rows are in the JSON and CSV record.` : ''
  // Approvals: three more columns where they were read; where none were, one line says why instead.
  const read = history.records.some((r) => r.approvals?.read)
  const why = history.records.map((r) => r.approvals).find((a): a is Extract<RecordApprovals, { read: false }> => a !== undefined && !a.read)?.why
  const note = why && !read ? `\n\nApprovals were not read: ${text(why).text}.` : ''
  const approvalsHead = read ? ['approved by', 'merged by', 'flags'] : []
  const rowsShown = read ? shown.map((row, i) => [...row, ...approvalCells(all[i]!.record.approvals)]) : shown
  return `${title}\n\n${counts}${note}\n\n${table([...head, ...approvalsHead], rowsShown)}${cut}\n`
}

/**
 * For a terminal: a line saying what the record covers, then one line per entry change (date, commit, pull request,
 * author, what changed), every change there is: a terminal has no size limit to keep. No Markdown.
 */
export function terminal(history: History): string {
  const all = rows(history)
  const scope = describeRange(history)
  if (all.length === 0) return `Membership history of ${history.file}: no commit ${scope} changed the membership.`
  const broken = history.records.filter((r) => r.error !== undefined).length
  const head =
    `Membership history of ${history.file}: ${history.records.length} commit${history.records.length === 1 ? '' : 's'} ${scope} changed the membership` +
    (broken > 0 ? `; ${broken} of them left the file unparseable.` : '.')
  const lines = all.map((r) => {
    const pr = r.record.pr === null ? '' : ` #${r.record.pr}`
    const who = r.MemberUin === undefined ? '' : ` ${r.MemberUin} ${r.Name ?? ''}`.trimEnd()
    const detail = r.detail ? `: ${r.detail}` : ''
    return `${r.record.committer.date} ${r.record.commit.slice(0, 12)}${pr} ${by(r.record)}: ${r.change}${who}${detail}`
  })
  return [head, ...lines].join('\n')
}

const CSV_HEAD = [
  'commit',
  'date',
  'author',
  'committer',
  'pr',
  'change',
  'MemberUin',
  'Name',
  'fields',
  'error',
  'approvals',
  'pr_author',
  'approvers',
  'merged_by',
  'merged_at',
  'flags'
]

/** One row per entry change; every text cell guarded (csv.ts), numbers as they are. */
export function csv(history: History): string {
  return csvTable(
    CSV_HEAD,
    rows(history).map((r) => [
      r.record.commit,
      r.record.committer.date,
      person(r.record.author),
      person(r.record.committer),
      prOf(r.record) ?? '',
      r.change,
      r.MemberUin ?? '',
      r.Name ?? '',
      r.change === 'changed' ? r.detail.split(', ').join(';') : '',
      r.change === 'unparseable' ? r.detail : '',
      ...approvalColumns(r.record.approvals)
    ])
  )
}

/** approvals, pr_author, approvers, merged_by, merged_at, flags: every value a cell of its own, or "not read" and why. */
function approvalColumns(a: RecordApprovals | undefined): string[] {
  if (!a || !a.read) return [`not read: ${a?.why ?? 'not asked'}`, '', '', '', '', '']
  const pr = a.pullRequest
  return ['read', pr?.author ?? '', pr ? pr.approvals.map(approverText).join('; ') : '', pr?.mergedBy ?? '', pr?.mergedAt ?? '', a.flags.join(';')]
}

/** `alice at 2024-01-02T10:00:00Z on the final head, counted`, or why it does not count. */
function approverText(a: Approval): string {
  const where = a.onFinalHead ? 'on the final head' : `on ${a.commit?.slice(0, 12) ?? 'an unknown commit'}`
  return `${a.login} at ${a.at ?? 'an unknown time'} ${where}, ${a.counted ? 'counted' : `not counted (${notCountedText(a)})`}`
}

function approvalCells(a: RecordApprovals | undefined): unknown[] {
  if (!a || !a.read) return ['not read', '', '']
  const pr = a.pullRequest
  const approvers = pr ? pr.approvals.map((x) => `@${x.login}${x.counted ? '' : ` (not counted: ${notCountedText(x)})`}`).join(', ') || 'nobody' : 'no pull request'
  const merged = pr?.mergedBy ? `@${pr.mergedBy} at ${pr.mergedAt ?? '?'}` : ''
  return [approvers, merged, a.flags.join(', ')]
}

export function json(history: History): string {
  return JSON.stringify(history, null, 2)
}

/** The pull request GitHub says was merged as the commit, where approvals were read; else the one its message names. */
function prOf(r: AuditRecord): number | null {
  return r.approvals?.read ? (r.approvals.pullRequest?.number ?? null) : r.pr
}

function person(p: { name: string; email: string }): string {
  return `${p.name} <${p.email}>`
}

function by(r: AuditRecord): string {
  return r.committer.name === r.author.name && r.committer.email === r.author.email ? r.author.name : `${r.author.name} (committed by ${r.committer.name})`
}

function describeRange(h: History): string {
  const parts: string[] = []
  if (h.range.from) parts.push(`after ${h.range.from.slice(0, 12)}`)
  parts.push(`up to ${h.range.to.slice(0, 12)}`)
  if (h.range.since) parts.push(`since ${h.range.since}`)
  if (h.range.until) parts.push(`until ${h.range.until}`)
  return parts.join(', ')
}
