// One sticky pull request comment with the plan, found again by a hidden marker and updated in place.
import type { GitHubApi } from '../github/rest.js'

/** GitHub refuses comment bodies over 65,536 characters. */
export const MAX_COMMENT = 65_536

export function marker(file: string): string {
  return `<!-- tencent-org-members: ${file} -->`
}

export function commentBody(file: string, markdown: string, runUrl: string | undefined): string {
  const head = marker(file) + '\n'
  const tail = `\n\n<sub>Updated by the run ${runUrl ? `[${runUrl.split('/').pop()}](${runUrl})` : 'of this workflow'}.</sub>\n`
  const body = head + markdown + tail
  if (body.length <= MAX_COMMENT) return body
  const cut = `\n\n**The plan is too long for a comment: it is cut here.** The whole plan is in the ${runUrl ? `[job summary](${runUrl})` : 'job summary'}.`
  const room = MAX_COMMENT - head.length - tail.length - cut.length
  // Cut at a line boundary so a table row or link is never left half-written.
  const kept = markdown.slice(0, room)
  return head + kept.slice(0, Math.max(0, kept.lastIndexOf('\n'))) + cut + tail
}

/** Creates the comment, or updates the one this action left before. */
export async function upsertComment(api: GitHubApi, issue: number, file: string, body: string): Promise<'created' | 'updated'> {
  const existing = (await api.listComments(issue)).find((c) => c.body.startsWith(marker(file)))
  if (existing) {
    await api.updateComment(existing.id, body)
    return 'updated'
  }
  await api.createComment(issue, body)
  return 'created'
}
