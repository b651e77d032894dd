// Everything a run's outcome becomes for the runner and the people reading it: annotations on the file's lines,
// the outputs, the job summary, the pull request comment and the drift issue. Rendering is pure (the sections); this
// is where it is written out.
import * as core from '../runner/protocol.js'
import type { GitHubApi } from '../github/rest.js'
import type { GitHubContext } from '../model/github-context.js'
import type { RunOutcome } from '../model/run.js'
import { logLines } from '../text/untrusted.js'
import { annotate, overflowNote } from './annotations.js'
import { commentBody, upsertComment } from './comment.js'
import { reviewedPlanBlock } from './reviewed-plan.js'
import { keepDriftIssue } from './drift-issue.js'
import { allFindings } from './findings.js'
import { countOutputs, driftOutput, fullPlanOutput, resultsOutput, undeclaredMembers, type RunRecord } from './outputs.js'
import { renderSummary } from './summary.js'

export interface PublishOptions {
  ctx: GitHubContext
  github: () => Promise<GitHubApi | undefined>
  /** Why apply was asked for and not done: a warning, and the summary's first note. */
  downgraded?: string
  comment: boolean
  driftIssue: boolean
}

export async function publish(o: RunOutcome, p: PublishOptions): Promise<void> {
  const { ctx } = p
  const findings = allFindings(o)
  annotate(findings)
  const overflow = overflowNote(findings)
  if (overflow) core.notice(overflow)
  for (const note of o.notes) core.info(note)
  for (const warning of o.warnings) core.warning(warning)
  const undeclared = undeclaredMembers(o).length
  if (undeclared > 0)
    core.notice(
      `${undeclared} member${undeclared === 1 ? ' of the organization is' : 's of the organization are'} not declared in ${o.file}; the job summary has entries to paste.`,
      { title: 'Undeclared members' }
    )

  const plan = fullPlanOutput(o)
  if (plan) core.setOutput('plan', JSON.stringify(plan))
  if (o.reconciliation) core.setOutput('drift', JSON.stringify(driftOutput(o.reconciliation)))
  const runUrl = ctx.repository && ctx.runId ? `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}` : ''
  const record: RunRecord = { commit: ctx.sha, actor: ctx.actor, runUrl }
  const results = o.results ?? []
  core.setOutput('results', JSON.stringify(resultsOutput(results, results.length > 0 ? record : undefined)))
  const counts = countOutputs(results)
  core.setOutput('invited', counts.invited)
  core.setOutput('failed', counts.failed)

  const summary = renderSummary(o, { ...(p.downgraded ? { notes: [p.downgraded] } : {}), record, ...lineLinks(ctx, o.file) })
  // Without a summary file (a local run) the summary goes to the log, escaped: file text must not make commands.
  if (!core.appendSummary(summary)) for (const line of logLines(summary)) core.info(line)
  if (p.comment) await comment(ctx, o.file, summary, p.github, runUrl, o.reviewedPlan ? reviewedPlanBlock(o.reviewedPlan) : undefined)
  if (p.driftIssue && o.mode === 'drift' && o.reconciliation) await keepDriftIssue(o.file, o.reconciliation, summary, p.github, runUrl)
  if (o.failure) core.setFailed(o.failure)
}

/** Links to the file's lines, on the commit the author wrote (on a pull request GITHUB_SHA is a merge commit nobody reads). */
function lineLinks(ctx: GitHubContext, file: string): { lineUrl?: (line: number) => string } {
  const blob = (ctx.payload.pull_request?.head?.sha as string | undefined) ?? ctx.sha
  if (!ctx.repository || !blob) return {}
  const path = encodeURI(file).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  return { lineUrl: (line: number) => `${ctx.serverUrl}/${ctx.repository}/blob/${blob}/${path}#L${line}` }
}

/** The sticky plan comment on a pull request. It informs; it never decides the run's outcome. */
async function comment(ctx: GitHubContext, file: string, summary: string, github: () => Promise<GitHubApi | undefined>, runUrl: string, hidden?: string): Promise<void> {
  const issue = ctx.payload.pull_request?.number
  if (typeof issue !== 'number') return
  try {
    const api = await github()
    if (!api) return core.info('No github-token: the plan is in the job summary only.')
    // A review's run (the README runs the plan on pull_request_review, which has no paths filter) keeps an existing
    // comment current; it starts none on a pull request that does not touch the file.
    const review = ctx.eventName === 'pull_request_review' || ctx.eventName === 'pull_request_review_comment'
    const done = await upsertComment(api, issue, file, commentBody(file, summary, runUrl || undefined, hidden), !review)
    core.info(
      done === 'none' ? `No plan comment on pull request #${issue} to update: a review's run keeps an existing one current.` : `Plan comment ${done} on pull request #${issue}.`
    )
  } catch (e) {
    const status = (e as { status?: number }).status
    const why = status === 403 || status === 404 ? ' The token cannot write to this pull request (a fork? add `permissions: pull-requests: write`).' : ''
    core.warning(`The plan comment was not posted: ${(e as Error).message}.${why} The plan is in the job summary.`, { title: 'No plan comment' })
  }
}
