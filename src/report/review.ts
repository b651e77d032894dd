// An access review as evidence: canonical JSON (keys sorted, rows in a stable order) whose SHA-256 anyone can
// recompute, CSV for spreadsheets (every text cell guarded), Markdown that renders on GitHub and prints legibly with
// a place to sign, the comparison with the last review, and the issue a reviewer signs off in.
import { createHash } from 'node:crypto'
import type { AccessReview, ReviewChange, ReviewFact, ReviewRow } from '../model/review.js'
import { csvTable } from './csv.js'
import { code, table, text } from './markdown.js'

/** JSON with every object's keys sorted, two-space indented, a final newline: the same review, the same bytes. */
export function canonicalJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort)
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.keys(v as object)
          .sort()
          .map((k) => [k, sort((v as Record<string, unknown>)[k])])
      )
    return v
  }
  return JSON.stringify(sort(value), null, 2) + '\n'
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/** What changed since the previous review's JSON: rows added, removed, and changed (by their values, not provenance). */
export function compareReviews(previousJson: string, now: AccessReview): { date: string; digest: string; changes: ReviewChange[] } | string {
  let previous: AccessReview
  try {
    previous = JSON.parse(previousJson) as AccessReview
    if (previous.version !== 1 || !Array.isArray(previous.rows)) throw new Error('not an access review of this format')
  } catch (e) {
    return `The previous review could not be read (${(e as Error).message}): no comparison.`
  }
  const before = new Map(previous.rows.map((r) => [r.MemberUin, r]))
  const after = new Map(now.rows.map((r) => [r.MemberUin, r]))
  const changes: ReviewChange[] = []
  for (const r of now.rows) {
    const old = before.get(r.MemberUin)
    if (!old) {
      changes.push({ MemberUin: r.MemberUin, Name: r.Name, change: 'added', fields: [] })
      continue
    }
    const fields = FACTS.filter((f) => JSON.stringify(old[f].value) !== JSON.stringify(r[f].value) || (f === 'node' && old.state !== r.state))
    if (old.Name !== r.Name) fields.unshift('name' as never)
    if (old.state !== r.state) fields.push('state' as never)
    if (fields.length > 0) changes.push({ MemberUin: r.MemberUin, Name: r.Name, change: 'changed', fields: [...new Set(fields)] })
  }
  for (const r of previous.rows) if (!after.has(r.MemberUin)) changes.push({ MemberUin: r.MemberUin, Name: r.Name, change: 'removed', fields: [] })
  changes.sort((a, b) => a.MemberUin - b.MemberUin)
  return { date: previous.date, digest: sha256(canonicalJson(previous)), changes }
}

const FACTS = ['node', 'permissions', 'payUin', 'isAllowQuit', 'tags'] as const

const CSV_HEAD = [
  'MemberUin',
  'Name',
  'state',
  'node',
  'permissions',
  'PayUin',
  'IsAllowQuit',
  'Tags',
  'since',
  'flags',
  'granted by commit',
  'granted on',
  'pull request',
  'author',
  'approvers',
  'approval',
  'source'
]

export function reviewCsv(r: AccessReview): string {
  return csvTable(
    CSV_HEAD,
    r.rows.map((row) => {
      const p = row.permissions.provenance
      return [
        row.MemberUin,
        row.Name,
        row.state,
        nodeText(row),
        permissionsText(row),
        (row.payUin.value as string | null) ?? '',
        (row.isAllowQuit.value as string | null) ?? '',
        tagsText(row),
        (row.since.value as string | null) ?? '',
        row.flags.join(';'),
        p?.commit ?? '',
        p?.date ?? '',
        p?.pr ?? '',
        p?.author ?? '',
        p?.approvers?.map((a) => `${a.login} ${a.at}${a.onFinalHead ? '' : ' (before the last push)'}`).join('; ') ?? '',
        p?.approval ?? row.permissions.provenanceUnknown ?? '',
        row.permissions.source
      ]
    })
  )
}

/** The review for people: on GitHub, and printed for a reviewer to sign. */
export function reviewMarkdown(r: AccessReview, digest: string): string {
  const parts = [
    `# Access review ${r.date}`,
    `Organization ${code(r.organization.OrgId ?? 'unknown').text} (management account ${code(r.organization.managementUin ?? 'unknown').text}), read on ${r.date} through the Tencent Cloud API; file ${code(r.file.path).text} at ${code(r.file.commit?.slice(0, 12) ?? 'unknown').text}. JSON SHA-256: ${code(digest).text}.`,
    counts(r)
  ]
  if (r.since) {
    const c = r.since.changes
    parts.push(
      `## Since the review of ${r.since.date}`,
      c.length === 0
        ? 'No access changed.'
        : table(
            ['MemberUin', 'Name', 'Change', 'Fields'],
            c.map((x) => [x.MemberUin, x.Name, x.change, x.fields.join(', ')])
          )
    )
  }
  parts.push(
    '## Who holds what',
    'Sensitive and flagged members first. "Granted by" is the change that set the permissions in the file, its pull request and its approvers; a fact the organization holds and the file does not explain is flagged.'
  )
  parts.push(
    table(
      ['MemberUin', 'Name', 'Node', 'Permissions', 'Payer', 'Quit', 'Since', 'Flags', 'Granted by', 'Approved by'],
      r.rows.map((row) => [
        row.MemberUin,
        row.Name,
        nodeText(row),
        permissionsText(row),
        (row.payUin.value as string | null) ?? '',
        (row.isAllowQuit.value as string | null) ?? '',
        (row.since.value as string | null) ?? '',
        row.flags.join(', '),
        grantedBy(row.permissions),
        approvedBy(row.permissions)
      ])
    )
  )
  parts.push('## Sign-off', 'Reviewed by: ______________________  Role: ______________________  Date: ______________  Signature: ______________________')
  return parts.join('\n\n') + '\n'
}

/** A checklist for named reviewers, grouped by node, sensitive and flagged first (the rows' own order). */
export function reviewIssueBody(r: AccessReview, digest: string, files: string): string {
  const groups = new Map<string, ReviewRow[]>()
  for (const row of r.rows) {
    const key = nodeText(row) || '(no node)'
    groups.set(key, [...(groups.get(key) ?? []), row])
  }
  const lines = [
    `Access review of ${r.date}: ${counts(r)}`,
    '',
    `The evidence: ${text(files).text} (JSON SHA-256 ${code(digest).text}). Tick each member once you have checked it; write in a comment who reviewed, in which role, and when.`
  ]
  for (const [node, rows] of groups) {
    lines.push('', `### ${code(node).text}`, '')
    for (const row of rows) {
      const flags = row.flags.length > 0 ? ` — **${row.flags.join(', ')}**` : ''
      lines.push(`- [ ] ${row.MemberUin} ${code(row.Name).text}: ${text(permissionsText(row)).text}${flags}`)
    }
  }
  return lines.join('\n') + '\n'
}

function counts(r: AccessReview): string {
  const members = r.rows.filter((x) => x.state === 'member').length
  const pending = r.rows.length - members
  const flagged = (f: string) => r.rows.filter((x) => x.flags.includes(f as never)).length
  return `${members} member${members === 1 ? '' : 's'}, ${pending} pending invitation${pending === 1 ? '' : 's'}; ${flagged('sensitive')} sensitive, ${flagged('unapproved')} unapproved, ${flagged('drift')} drift, ${flagged('not-in-file')} not in the file.`
}

function nodeText(row: ReviewRow): string {
  const v = row.node.value as { NodeId?: number; path?: string | null } | null
  return v ? `${v.path ?? ''}${v.NodeId !== undefined ? ` (${v.NodeId})` : ''}`.trim() : ''
}

function permissionsText(row: ReviewRow): string {
  return ((row.permissions.value as Array<{ id: number; name: string }> | null) ?? []).map((p) => `${p.id} ${p.name}`).join(', ')
}

function tagsText(row: ReviewRow): string {
  return ((row.tags.value as Array<{ TagKey: string; TagValue: string }> | null) ?? []).map((t) => `${t.TagKey}=${t.TagValue}`).join('; ')
}

function grantedBy(f: ReviewFact): string {
  if (!f.provenance) return f.provenanceUnknown ?? ''
  const p = f.provenance
  return `${p.commit.slice(0, 12)} ${p.date.slice(0, 10)}${p.pr !== null ? ` #${p.pr}` : ' (direct push)'} by ${p.author}`
}

function approvedBy(f: ReviewFact): string {
  const p = f.provenance
  if (!p) return ''
  if (p.approval === 'unknown') return `unknown: ${p.approvalUnknown ?? ''}`
  if (!p.approvers || p.approvers.length === 0) return 'nobody'
  return p.approvers.map((a) => `${a.login}${a.onFinalHead ? '' : ' (before the last push)'}`).join(', ')
}
