// Mode review of the action: the review's files in the workspace (<review-dir>/<date>.json, .csv, .md), the outputs,
// the summary with the JSON's SHA-256, and (review-issue) a sign-off issue. Reads only.
import * as core from '../runner/protocol.js'
import type { GitHubApi } from '../github/rest.js'
import { ApprovalReader } from '../github/approvals.js'
import type { Approver } from '../model/review.js'
import { MAX_BYTES } from '../manifest/parse.js'
import { readWorkspaceFile, writeWorkspaceFile } from '../runner/workspace-file.js'
import { canonicalJson, reviewCsv, reviewIssueBody, reviewMarkdown, sha256 } from '../report/review.js'
import { capMarkdown, code, text } from '../report/markdown.js'
import { MAX_SUMMARY_BYTES } from '../report/summary.js'
import { logLines } from '../text/untrusted.js'
import { review, type ReviewPorts, type ReviewRequest } from './review.js'

export interface ReviewActionRequest extends Omit<ReviewRequest, 'previous'> {
  workspace: string
  reviewDir: string
  previousReview?: string
  issue: boolean
  github: () => Promise<GitHubApi | undefined>
}

/**
 * The review's approvals port, read through GitHub: the pull request merged as each commit (a rebase merge's every
 * commit included) and the approvals that count by the rules of approvals (docs/approvals.md). Undefined without a
 * token: the review then says approvals were not read.
 */
export async function approvalsThroughGitHub(github: () => Promise<GitHubApi | undefined>): Promise<ReviewPorts['approvals']> {
  const api = await github()
  if (!api) return undefined
  const reader = new ApprovalReader(api)
  return async (commit) => {
    const pr = await reader.mergedAs(commit, true)
    if (pr === null) return { pr: null, approvers: [] }
    const read = await reader.pullRequest(pr)
    const approvers: Approver[] = read.approvals.filter((a) => a.counted).map((a) => ({ login: a.login, at: a.at ?? '', onFinalHead: a.onFinalHead }))
    return { pr, approvers }
  }
}

export async function reviewAction(request: ReviewActionRequest, ports: ReviewPorts): Promise<void> {
  const previous = request.previousReview ? (await readWorkspaceFile(request.workspace, request.previousReview, MAX_BYTES)).toString('utf8') : undefined
  const outcome = await review({ ...request, ...(previous !== undefined ? { previous } : {}) }, ports)
  for (const note of outcome.notes) core.info(note)
  if (!outcome.review) {
    for (const d of outcome.diagnostics) core.error(d.message, { title: d.title, file: d.file, startLine: d.line, startColumn: d.col })
    core.appendSummary(`## Access review\n\n**No review was made**: ${text(outcome.failure ?? '').text}\n`)
    return core.setFailed(outcome.failure ?? 'No review was made.')
  }
  const json = canonicalJson(outcome.review)
  const digest = sha256(json)
  const base = `${request.reviewDir}/${request.date}`
  await writeWorkspaceFile(request.workspace, `${base}.json`, json)
  await writeWorkspaceFile(request.workspace, `${base}.csv`, reviewCsv(outcome.review) + '\r\n')
  const markdown = reviewMarkdown(outcome.review, digest)
  await writeWorkspaceFile(request.workspace, `${base}.md`, markdown)
  core.setOutput('review', json)
  core.setOutput('review-digest', digest)
  core.info(`Access review written to ${base}.json, .csv and .md; SHA-256 of the JSON: ${digest}.`)
  const files = `The files: ${code(`${base}.json`).text}, ${code(`${base}.csv`).text}, ${code(`${base}.md`).text}. SHA-256 of the JSON: ${code(digest).text}.`
  // A job summary over 1 MiB is refused whole: a large review is cut there, the files hold all of it.
  const summary = `${files}\n\n${capMarkdown(markdown, MAX_SUMMARY_BYTES - 2000, '**Cut here**: the whole review is in the files above.')}`
  if (!core.appendSummary(summary)) for (const line of logLines(summary)) core.info(line)
  if (request.issue) await openIssue(request, outcome.review, digest, base)
}

/** One issue per review, with the checklist; a warning (never a failure) when it cannot be opened. */
async function openIssue(request: ReviewActionRequest, r: Parameters<typeof reviewIssueBody>[0], digest: string, base: string): Promise<void> {
  try {
    const api = await request.github()
    if (!api) return core.info('No github-token: no review issue.')
    const number = await api.createIssue(`Access review ${r.date}: ${request.file}`, reviewIssueBody(r, digest, `${base}.json, .csv and .md`))
    core.info(`Review issue #${number} opened.`)
  } catch (e) {
    core.warning(`The review issue was not opened: ${(e as Error).message}. The review is in the files and the job summary.`, { title: 'No review issue' })
  }
}
