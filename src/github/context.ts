// The parts of the runner's environment the action reads. Read directly rather than through @actions/github's
// context, so that a run which never calls GitHub does not load the Octokit client.
import { readFileSync } from 'node:fs'

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

export function readContext(env: NodeJS.ProcessEnv = process.env): GitHubContext {
  const path = env.GITHUB_EVENT_PATH
  let payload: Record<string, any> = {}
  if (path) {
    try {
      payload = JSON.parse(readFileSync(path, 'utf8')) as Record<string, any>
    } catch (e) {
      throw new Error(`Cannot read the event payload at GITHUB_EVENT_PATH (${path}): ${(e as Error).message}`)
    }
  }
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    repository: env.GITHUB_REPOSITORY ?? '',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    runId: env.GITHUB_RUN_ID ?? '',
    actor: env.GITHUB_ACTOR ?? ''
  }
}

export const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target', 'merge_group'] as const

export function isPullRequestEvent(eventName: string): boolean {
  return (PULL_REQUEST_EVENTS as readonly string[]).includes(eventName)
}

export function defaultBranch(ctx: GitHubContext): string | undefined {
  const name = ctx.payload.repository?.default_branch
  return typeof name === 'string' && name ? name : undefined
}
