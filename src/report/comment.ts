// One sticky pull request comment with the plan, found again by a hidden marker and updated in place.
import type { GitHubApi } from '../github/rest.js'
import { capMarkdown } from './markdown.js'

/** GitHub refuses comment bodies over 65,536 characters. */
export const MAX_COMMENT = 65_536

/** The author of comments made with the workflow's own GITHUB_TOKEN. */
export const ACTIONS_BOT = 'github-actions[bot]'

export function marker(file: string): string {
  return `<!-- tencent-org-members: ${file} -->`
}

export function commentBody(file: string, markdown: string, runUrl: string | undefined): string {
  const head = marker(file) + '\n'
  const tail = `\n\n<sub>Updated by the run ${runUrl ? `[${runUrl.split('/').pop()}](${runUrl})` : 'of this workflow'}.</sub>\n`
  const cut = `**The plan is too long for a comment: it is cut here.** The whole plan is in the ${runUrl ? `[job summary](${runUrl})` : 'job summary'}.`
  // Bytes are at least as many as characters, so a body within the limit in bytes is within it in characters.
  return head + capMarkdown(markdown, MAX_COMMENT - Buffer.byteLength(head + tail), cut).replace(/\n+$/, '') + tail
}

/**
 * Creates the comment, or updates the one this action left before. Anyone can write the marker into a comment
 * of their own; only a comment by the token's own account is ever taken as ours and rewritten.
 */
export async function upsertComment(api: GitHubApi, issue: number, file: string, body: string): Promise<'created' | 'updated'> {
  const self = (await api.viewer()) ?? ACTIONS_BOT
  const existing = (await api.listComments(issue)).find((c) => c.author === self && c.body.startsWith(marker(file)))
  if (existing) {
    await api.updateComment(existing.id, body)
    return 'updated'
  }
  await api.createComment(issue, body)
  return 'created'
}
