// One sticky pull request comment with the plan, found again by a hidden marker and updated in place.
import * as core from '../runner/protocol.js'
import type { GitHubApi } from '../github/rest.js'
import { capMarkdown } from './markdown.js'

/** GitHub refuses comment bodies over 65,536 characters. */
export const MAX_COMMENT = 65_536

/**
 * The author of comments made with the workflow's own GITHUB_TOKEN. Never assumed for a token GitHub does not
 * name: an app's installation token writes as `<app-slug>[bot]` (GitHubApi.viewer finds out which).
 */
export const ACTIONS_BOT = 'github-actions[bot]'

export function marker(file: string): string {
  return `<!-- tencent-org-members: ${file} -->`
}

/** `hidden`: the reviewed plan's block (reviewed-plan.ts), right after the marker, kept whole however the plan is cut. */
export function commentBody(file: string, markdown: string, runUrl: string | undefined, hidden?: string): string {
  const head = marker(file) + '\n' + (hidden ? hidden + '\n' : '')
  const tail = `\n\n<sub>Updated by the run ${runUrl ? `[${runUrl.split('/').pop()}](${runUrl})` : 'of this workflow'}.</sub>\n`
  const cut = `**The plan is too long for a comment: it is cut here.** The whole plan is in the ${runUrl ? `[job summary](${runUrl})` : 'job summary'}.`
  // Bytes are at least as many as characters, so a body within the limit in bytes is within it in characters.
  return head + capMarkdown(markdown, MAX_COMMENT - Buffer.byteLength(head + tail), cut).replace(/\n+$/, '') + tail
}

/**
 * Creates the comment, or updates the one this action left before. Anyone can write the marker into a comment
 * of their own; only a comment by the token's own account is ever taken as ours and rewritten. When GitHub does
 * not say whose the token is, no comment is: a new one is posted, with a warning when an earlier one carries
 * the marker (it may be ours, but guessing could rewrite someone else's).
 */
export async function upsertComment(api: GitHubApi, issue: number, file: string, body: string, create = true): Promise<'created' | 'updated' | 'none'> {
  const self = await api.viewer()
  const marked = (await api.listComments(issue)).filter((c) => c.body.startsWith(marker(file)))
  const existing = self.login === undefined ? undefined : marked.find((c) => c.author === self.login)
  if (existing) {
    await api.updateComment(existing.id, body)
    return 'updated'
  }
  if (!create) return 'none'
  await api.createComment(issue, body)
  if (self.login === undefined && marked.length > 0) {
    core.warning(
      `GitHub did not say which account the token belongs to (${self.unknown}), so the earlier plan comment${marked.length === 1 ? '' : 's'} on pull request #${issue} could not be recognised as this action's: a new one was posted, and ${marked.length === 1 ? 'the earlier one was' : 'the earlier ones were'} left as they are.`,
      { title: 'Plan comment not recognised' }
    )
  }
  return 'created'
}
