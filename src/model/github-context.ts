// The parts of the runner's environment the action reads: the event, the commit, the repository.
export interface GitHubContext {
  eventName: string
  /** The event payload (GITHUB_EVENT_PATH), or {} when there is none. */
  payload: Record<string, any>
  sha: string
  ref: string
  workspace: string
  repository: string
  serverUrl: string
  apiUrl: string
  runId: string
  actor: string
}

/** A review's events (the README's plan workflow runs on them to keep the comment's approvals current) are a pull request's too. */
export const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target', 'merge_group', 'pull_request_review', 'pull_request_review_comment'] as const

export function isPullRequestEvent(eventName: string): boolean {
  return (PULL_REQUEST_EVENTS as readonly string[]).includes(eventName)
}

export function defaultBranch(ctx: GitHubContext): string | undefined {
  const name = ctx.payload.repository?.default_branch
  return typeof name === 'string' && name ? name : undefined
}

/** On a pull request's events: its number and head commit, from the payload. */
export function pullRequestOf(ctx: GitHubContext): { number: number; head: string } | undefined {
  const pr = ctx.payload.pull_request
  const number = pr?.number
  const head = pr?.head?.sha
  return typeof number === 'number' && typeof head === 'string' && head ? { number, head } : undefined
}
