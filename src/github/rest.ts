// The few GitHub REST calls the action makes, behind a small interface. Octokit is imported lazily: most
// runs (validate, push with a full clone) never need it.
import type { GitHubContext } from './context.js'

export interface GitHubApi {
  listComments(issue: number): Promise<Array<{ id: number; body: string }>>
  createComment(issue: number, body: string): Promise<void>
  updateComment(id: number, body: string): Promise<void>
  /** The full SHA of a commit, or null when GitHub does not know it. */
  getCommit(ref: string): Promise<string | null>
  /** The file's raw bytes at a commit that exists, or null when the file does not exist there. */
  getFile(path: string, ref: string): Promise<Buffer | null>
  /** Open issues of the repository, pull requests left out (the drift issue is found among them). */
  listOpenIssues(): Promise<Array<{ number: number; title: string; body: string }>>
  /** Resolves to the new issue's number. */
  createIssue(title: string, body: string): Promise<number>
  updateIssue(issue: number, fields: { title?: string; body?: string; state?: 'open' | 'closed' }): Promise<void>
}

/** A failed call, with the HTTP status when there was one. */
export class GitHubError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined
  ) {
    super(message)
  }
}

export async function createGitHubApi(token: string, ctx: GitHubContext): Promise<GitHubApi> {
  const { getOctokit } = await import('@actions/github')
  const octokit = getOctokit(token, { baseUrl: ctx.apiUrl })
  const [owner = '', repo = ''] = ctx.repository.split('/')
  const call = async <T>(what: string, f: () => Promise<T>): Promise<T> => {
    try {
      return await f()
    } catch (e) {
      const status = (e as { status?: number }).status
      throw new GitHubError(`${what} failed${status ? ` (HTTP ${status})` : ''}: ${firstLine((e as Error).message)}`, status)
    }
  }
  return {
    listComments: (issue) =>
      call('Listing pull request comments', async () =>
        (await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issue, per_page: 100 })).map((c) => ({ id: c.id, body: c.body ?? '' }))
      ),
    createComment: (issue, body) => call('Creating the plan comment', async () => void (await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body }))),
    updateComment: (id, body) => call('Updating the plan comment', async () => void (await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body }))),
    listOpenIssues: () =>
      call('Listing open issues', async () =>
        (await octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo, state: 'open', per_page: 100 }))
          .filter((i) => !i.pull_request)
          .map((i) => ({ number: i.number, title: i.title, body: i.body ?? '' }))
      ),
    createIssue: (title, body) => call('Opening the drift issue', async () => (await octokit.rest.issues.create({ owner, repo, title, body })).data.number),
    updateIssue: (issue, fields) =>
      call(fields.state === 'closed' ? 'Closing the drift issue' : 'Updating the drift issue', async () =>
        void (await octokit.rest.issues.update({ owner, repo, issue_number: issue, ...fields, ...(fields.state === 'closed' ? { state_reason: 'completed' as const } : {}) }))
      ),
    getCommit: async (ref) => {
      try {
        return (await octokit.rest.repos.getCommit({ owner, repo, ref, per_page: 1 })).data.sha
      } catch (e) {
        const status = (e as { status?: number }).status
        if (status === 404 || status === 422) return null
        throw new GitHubError(`Looking up commit ${ref.slice(0, 12)} through the GitHub API failed${status ? ` (HTTP ${status})` : ''}: ${firstLine((e as Error).message)}`, status)
      }
    },
    getFile: async (path, ref) => {
      try {
        const response = await octokit.rest.repos.getContent({ owner, repo, path, ref, mediaType: { format: 'raw' } })
        return Buffer.from(response.data as unknown as string, 'utf8')
      } catch (e) {
        const status = (e as { status?: number }).status
        if (status === 404) return null
        throw new GitHubError(`Reading ${path} at ${ref.slice(0, 12)} through the GitHub API failed${status ? ` (HTTP ${status})` : ''}: ${firstLine((e as Error).message)}`, status)
      }
    }
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? ''
}
