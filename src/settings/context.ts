// The parts of the runner's environment the action reads. Read directly rather than through @actions/github's
// context, so that a run which never calls GitHub does not load the Octokit client.
import { readFileSync } from 'node:fs'
import type { GitHubContext } from '../model/github-context.js'

export type { GitHubContext }

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

export { PULL_REQUEST_EVENTS, defaultBranch, isPullRequestEvent } from '../model/github-context.js'
