// Mode `audit` of the action: the history as the job summary (Markdown) and the `audit` output (JSON, CSV).
import { AuditError, isShallow, walkHistory } from './history.js'
import { csv, json, markdown } from './render.js'

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
