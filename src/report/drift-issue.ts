// Input drift-issue: one open issue per members file that holds the current drift, found again by a hidden
// marker and updated in place, closed with a comment once the drift is gone. It informs; it never decides the run.
import * as core from '../runner/protocol.js'
import type { GitHubApi } from '../github/rest.js'
import type { Reconciliation } from '../model/reconcile.js'
import { driftCount, driftWords } from '../organization/classify.js'
import { MAX_COMMENT } from './comment.js'
import { capMarkdown, code } from './markdown.js'

export function driftMarker(file: string): string {
  return `<!-- tencent-org-members drift: ${file} -->`
}

export type DriftIssueOutcome = 'created' | 'updated' | 'unchanged' | 'closed' | 'none' | 'unrecognised'

/** Opens, updates or closes the file's drift issue so that it says what `rec` says. */
export async function syncDriftIssue(api: GitHubApi, file: string, rec: Reconciliation, markdown: string, runUrl: string): Promise<{ outcome: DriftIssueOutcome; issue?: number }> {
  const drifted = driftCount(rec)
  // As for the plan comment: an issue anyone else opened with the marker is never taken as ours and rewritten.
  const self = await api.viewer()
  const marked = (await api.listOpenIssues()).filter((i) => i.body.startsWith(driftMarker(file)))
  if (self.login === undefined && marked.length > 0) {
    // Whose token this is cannot be told, so neither can whether one of these is ours: none is touched, and no
    // second issue is opened beside what may be ours (a scheduled run would open one a day).
    core.warning(
      `GitHub did not say which account the token belongs to (${self.unknown}), so the open drift issue${marked.length === 1 ? '' : 's'} ${marked.map((i) => `#${i.number}`).join(', ')} for ${file} could not be recognised as this action's: ${marked.length === 1 ? 'it was' : 'they were'} left as ${marked.length === 1 ? 'it is' : 'they are'}, and no new issue was opened. The drift is in the job summary.`,
      { title: 'Drift issue not recognised' }
    )
    return { outcome: 'unrecognised' }
  }
  const open = self.login === undefined ? undefined : marked.find((i) => i.author === self.login)
  const run = runUrl ? `[${runUrl.split('/').pop()}](${runUrl})` : 'of this workflow'
  if (drifted === 0) {
    if (!open) return { outcome: 'none' }
    await api.createComment(open.number, `The drift is gone: ${code(file)} and the organization agree as of the run ${run}. Closing.`)
    await api.updateIssue(open.number, { state: 'closed' })
    return { outcome: 'closed', issue: open.number }
  }
  const title = `Drift: ${file} and the Tencent Cloud organization differ (${driftWords(rec)})`
  const body = issueBody(file, markdown, run)
  if (!open) return { outcome: 'created', issue: await api.createIssue(title, body) }
  if (open.title === title && open.body === body) return { outcome: 'unchanged', issue: open.number }
  await api.updateIssue(open.number, { title, body })
  return { outcome: 'updated', issue: open.number }
}

/** For main: the issue kept in step, and a warning (never a failure) when the token may not write issues. */
export async function keepDriftIssue(file: string, rec: Reconciliation, markdown: string, github: () => Promise<GitHubApi | undefined>, runUrl: string): Promise<void> {
  try {
    const api = await github()
    if (!api) return core.info('No github-token: the drift is in the job summary only.')
    const { outcome, issue } = await syncDriftIssue(api, file, rec, markdown, runUrl)
    if (outcome !== 'unrecognised') core.info(outcome === 'none' ? 'No drift, and no drift issue open.' : `Drift issue #${issue} ${outcome}.`)
  } catch (e) {
    const status = (e as { status?: number }).status
    const why = status === 403 || status === 404 ? ' The token cannot write issues: add `permissions: issues: write` to the job.' : ''
    core.warning(`The drift issue was not updated: ${(e as Error).message}.${why} The drift is in the job summary.`, { title: 'No drift issue' })
  }
}

function issueBody(file: string, markdown: string, run: string): string {
  const head = `${driftMarker(file)}\n`
  const tail = `\n\n<sub>Kept up to date by the run ${run}; closed by the first run that finds no drift.</sub>\n`
  const cut = '**Cut here: the drift is too long for an issue.** The whole of it is in the job summary.'
  // Bytes are at least as many as characters, so a body within the limit in bytes is within it in characters.
  return head + capMarkdown(markdown, MAX_COMMENT - Buffer.byteLength(head + tail), cut).replace(/\n+$/, '') + tail
}
