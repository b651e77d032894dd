// Mode `audit` of the action: the history as the job summary (Markdown) and the `audit` output (JSON, CSV).
import * as core from '../runner/protocol.js'
import type { GitHubContext } from '../model/github-context.js'
import { AuditError, isShallow, walkHistory } from '../history/walk.js'
import { csv, json, markdown } from '../report/audit.js'
import { logLines } from '../text/untrusted.js'

export interface AuditForAction {
  markdown: string
  json: string
  csv: string
  /** Commits in the record. */
  records: number
  /** Why no record could be made; the run should fail with it. */
  failure?: string
}

export async function auditForAction(o: { workspace: string; file: string; since?: string; until?: string; from?: string; to?: string }): Promise<AuditForAction> {
  try {
    if (await isShallow(o.workspace)) {
      return failed(o.file, 'The checkout is shallow, so the history of the file is not there. Check out the whole history: ' + 'actions/checkout with `fetch-depth: 0`.')
    }
    const history = await walkHistory({
      cwd: o.workspace,
      file: o.file,
      ...(o.since ? { since: o.since } : {}),
      ...(o.until ? { until: o.until } : {}),
      ...(o.from ? { from: o.from } : {}),
      ...(o.to ? { to: o.to } : {})
    })
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

/** Mode audit of the action: the history as the job summary (Markdown) and the `audit` and `audit-csv` outputs. */
export async function auditAction(ctx: GitHubContext, settings: AuditRequest): Promise<void> {
  const report = await auditForAction({
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
