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

export const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target', 'merge_group'] as const

export function isPullRequestEvent(eventName: string): boolean {
  return (PULL_REQUEST_EVENTS as readonly string[]).includes(eventName)
}

export function defaultBranch(ctx: GitHubContext): string | undefined {
  const name = ctx.payload.repository?.default_branch
  return typeof name === 'string' && name ? name : undefined
}
