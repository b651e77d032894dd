// Mode `audit` of the action: the history as the job summary (Markdown) and the `audit` output (JSON, CSV).
import * as core from '../runner/protocol.js'
import type { GitHubContext } from '../model/github-context.js'
import { AuditError, isShallow, walkHistory, type History } from '../history/walk.js'
import { csv, json, markdown } from '../report/audit.js'
import { logLines } from '../text/untrusted.js'
import { ApprovalReader, auditFlags } from '../github/approvals.js'
import { GitHubError, type GitHubApi } from '../github/rest.js'
import type { RecordApprovals } from '../model/approvals.js'

/** Pull requests read at once: enough to overlap the round trips, few enough to stay clear of GitHub's secondary rate limits. */
const CONCURRENCY = 4

export interface AuditForAction {
  markdown: string
  json: string
  csv: string
  /** Commits in the record. */
  records: number
  /** Why no record could be made; the run should fail with it. */
  failure?: string
}

export async function auditForAction(o: {
  workspace: string
  file: string
  since?: string
  until?: string
  from?: string
  to?: string
  /** The GitHub API: approvals are read through it; without it each record says they were not read. */
  github?: () => Promise<GitHubApi | undefined>
}): Promise<AuditForAction> {
  try {
    if (await isShallow(o.workspace)) {
      return failed(o.file, 'The checkout is shallow, so the history of the file is not there. Check out the whole history: ' + 'actions/checkout with `fetch-depth: 0`.')
    }
    const walked = await walkHistory({
      cwd: o.workspace,
      file: o.file,
      ...(o.since ? { since: o.since } : {}),
      ...(o.until ? { until: o.until } : {}),
      ...(o.from ? { from: o.from } : {}),
      ...(o.to ? { to: o.to } : {})
    })
    const api = await o.github?.()
    const history = api ? await withApprovals(walked, api) : notRead(walked, 'no github-token was given, so who approved each change was not read')
    return { markdown: markdown(history), json: json(history), csv: csv(history), records: history.records.length }
  } catch (e) {
    if (!(e instanceof AuditError)) throw e
    return failed(o.file, e.message)
  }
}

function failed(file: string, failure: string): AuditForAction {
  return { markdown: `## Membership history of \`${file}\`\n\n${failure}\n`, json: '', csv: '', records: 0, failure }
}

/** What mode audit of the action is asked: the file, and the range of its history (inputs since, until, base). */
export interface AuditRequest {
  file: string
  since?: string
  until?: string
  base?: string
}

/** Every record marked: approvals were not read, and why (never a guess from the commit message). */
export function notRead(history: History, why: string): History {
  return { ...history, records: history.records.map((r) => ({ ...r, approvals: { read: false, why } })) }
}

/**
 * Each record's approvals through the API: the pull request merged as its commit (commits/{sha}/pulls), read once
 * per pull request and per reviewer (ApprovalReader), a few at a time. A refusal (401, 403: the token may not read
 * pull requests) ends the asking: every record left says so, rather than costing a refused call each.
 */
async function withApprovals(history: History, api: GitHubApi): Promise<History> {
  const reader = new ApprovalReader(api)
  let refused: string | undefined
  const one = async (commit: string): Promise<RecordApprovals> => {
    if (refused) return { read: false, why: refused }
    try {
      const number = await reader.mergedAs(commit, true)
      const pr = number === null ? null : await reader.pullRequest(number)
      return { read: true, pullRequest: pr, flags: auditFlags(pr) }
    } catch (e) {
      const status = (e as GitHubError).status
      const why = `reading it through the GitHub API failed: ${(e as Error).message}`
      if (status === 401 || status === 403) refused ??= `${why} (the token needs pull-requests: read)`
      return { read: false, why }
    }
  }
  const approvals: RecordApprovals[] = new Array(history.records.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < history.records.length) {
      const i = next++
      approvals[i] = await one(history.records[i]!.commit)
    }
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, history.records.length) }, worker))
  return { ...history, records: history.records.map((r, i) => ({ ...r, approvals: approvals[i]! })) }
}

/** Mode audit of the action: the history as the job summary (Markdown) and the `audit` and `audit-csv` outputs. */
export async function auditAction(ctx: GitHubContext, settings: AuditRequest, github?: () => Promise<GitHubApi | undefined>): Promise<void> {
  const report = await auditForAction({
    ...(github ? { github } : {}),
    workspace: ctx.workspace,
    file: settings.file,
    ...(settings.since ? { since: settings.since } : {}),
    ...(settings.until ? { until: settings.until } : {}),
    // Only an explicit base bounds the walk: the per-event default would cut the history to one push.
    ...(settings.base ? { from: settings.base } : {}),
    ...(ctx.sha ? { to: ctx.sha } : {})
  })
  core.setOutput('audit', report.json)
  core.setOutput('audit-csv', report.csv)
  if (!core.appendSummary(report.markdown)) for (const line of logLines(report.markdown)) core.info(line)
  if (report.failure) core.setFailed(report.failure)
  else core.info(`${report.records} record${report.records === 1 ? '' : 's'} of membership changes in ${settings.file}.`)
}
