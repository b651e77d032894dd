// The few GitHub REST calls the action makes, behind a small interface. Octokit is imported lazily: most
// runs (validate, push with a full clone) never need it.
import type { GitHubContext } from '../model/github-context.js'
import { pullRequestCalls, type PullRequestsApi } from './pulls.js'

/**
 * Who the token is, as the login GitHub gives its comments and issues (`user.login`); or, when GitHub would not
 * say, why not.
 */
export type Identity = { login: string } | { login?: undefined; unknown: string }

/** The pull request calls (pulls.ts) are approvals' (CONTRACT.md): read only, they need `pull-requests: read`. */
export interface GitHubApi extends PullRequestsApi {
  /** The token's own account (see createGitHubApi for how it is found, for each kind of token). */
  viewer(): Promise<Identity>
  listComments(issue: number): Promise<Array<{ id: number; nodeId: string; body: string; author: string }>>
  /**
   * Who last edited a comment (GraphQL `IssueComment.editor`: REST does not say), as REST logins (`<app>[bot]`);
   * `login` undefined: never edited. Anyone with write access can edit any comment, keeping its author.
   */
  commentEditor(nodeId: string): Promise<{ login?: string }>
  createComment(issue: number, body: string): Promise<void>
  updateComment(id: number, body: string): Promise<void>
  /** The full SHA of a commit, or null when GitHub does not know it. */
  getCommit(ref: string): Promise<string | null>
  /**
   * The file's raw bytes at a commit that exists, or null when the file does not exist there (a 404 confirmed by
   * the listing of its folder); at most `maxBytes + 1` of them (enough for the caller to refuse the file as too
   * large). A 404 that the listings do not confirm is an error, never "absent".
   */
  getFile(path: string, ref: string, maxBytes: number): Promise<Buffer | null>
  /** Open issues of the repository, pull requests left out (the drift issue is found among them). */
  listOpenIssues(): Promise<Array<{ number: number; title: string; body: string; author: string }>>
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
  let viewer: Promise<Identity> | undefined
  return {
    ...pullRequestCalls(octokit, owner, repo, call),
    viewer: () => (viewer ??= whoAmI(octokit)),
    listComments: (issue) =>
      call('Listing pull request comments', async () =>
        (await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issue, per_page: 100 })).map((c) => ({
          id: c.id,
          nodeId: c.node_id,
          body: c.body ?? '',
          author: c.user?.login ?? ''
        }))
      ),
    commentEditor: (nodeId) =>
      call('Asking GitHub who last edited the plan comment', async () => {
        const answer = await octokit.graphql<{ node?: { editor?: { __typename?: string; login?: string } | null } | null }>(
          'query($id: ID!) { node(id: $id) { ... on IssueComment { editor { __typename login } } } }',
          { id: nodeId }
        )
        if (!answer?.node) throw new Error('GitHub answered no comment for its node id')
        const editor = answer.node.editor
        if (!editor?.login) return {}
        // GraphQL names a Bot without the suffix REST gives its comments (see whoAmI below).
        return { login: editor.__typename === 'Bot' && !editor.login.endsWith('[bot]') ? `${editor.login}[bot]` : editor.login }
      }),
    createComment: (issue, body) => call('Creating the plan comment', async () => void (await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body }))),
    updateComment: (id, body) => call('Updating the plan comment', async () => void (await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body }))),
    listOpenIssues: () =>
      call('Listing open issues', async () =>
        (await octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo, state: 'open', per_page: 100 }))
          .filter((i) => !i.pull_request)
          .map((i) => ({ number: i.number, title: i.title, body: i.body ?? '', author: i.user?.login ?? '' }))
      ),
    createIssue: (title, body) => call('Opening the drift issue', async () => (await octokit.rest.issues.create({ owner, repo, title, body })).data.number),
    updateIssue: (issue, fields) =>
      call(
        fields.state === 'closed' ? 'Closing the drift issue' : 'Updating the drift issue',
        async () =>
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
    getFile: async (path, ref, maxBytes) => {
      const failed = (e: unknown): GitHubError => {
        const status = (e as { status?: number }).status
        return new GitHubError(
          `Reading ${path} at ${ref.slice(0, 12)} through the GitHub API failed${status ? ` (HTTP ${status})` : ''}: ${firstLine((e as Error).message)}`,
          status
        )
      }
      try {
        // The body unparsed: decoded as text, a byte-order mark would be lost and invalid UTF-8 turned into U+FFFD
        // instead of being refused as binary. The path in the URL as it is written, each segment encoded on its
        // own: octokit's {path} would send its slashes as %2F, which GitHub answers with 404 for fine-grained
        // tokens (octokit/octokit.js#2422), and that 404 would make the base "absent" and every entry "added".
        const response = await octokit.request(`GET /repos/{owner}/{repo}/contents/${encodePath(path)}`, {
          owner,
          repo,
          ref,
          mediaType: { format: 'raw' },
          request: { parseSuccessResponseBody: false }
        })
        return await readAtMost(response.data as unknown as ReadableStream<Uint8Array> | null, maxBytes + 1)
      } catch (e) {
        if ((e as { status?: number }).status !== 404) throw failed(e)
      }
      // A 404 says "absent" only when a listing of the folders above agrees: a token that may not read the file, or
      // a path GitHub misreads, is answered 404 too, and taking that for "absent" would invite every entry.
      return confirmAbsent(path, ref, async (folder) => {
        try {
          return (await octokit.request(`GET /repos/{owner}/{repo}/contents/${encodePath(folder)}`, { owner, repo, ref })).data as unknown as Listing
        } catch (e) {
          if ((e as { status?: number }).status === 404) return null
          throw failed(e)
        }
      })
    }
  }
}

/** What GET contents answers for a folder (an array of entries), or for anything else (an object). */
type Listing = Array<{ name: string; type: string }> | { type?: string }

/** GitHub's contents API lists at most this many entries of a folder (docs.github.com/rest/repos/contents). */
const LISTING_LIMIT = 1000

/** A repository path in a URL: each segment percent-encoded, the slashes between them kept. */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}

/**
 * After a 404 for `path`: null (absent) when the nearest folder above it that GitHub lists lacks the next step
 * of the path, or has a file there; otherwise an error that says why absence cannot be told. `list` answers null
 * for a 404.
 */
export async function confirmAbsent(path: string, ref: string, list: (folder: string) => Promise<Listing | null>): Promise<null> {
  const segments = path.split('/')
  const answered = `Reading ${path} at ${ref.slice(0, 12)} through the GitHub API: GitHub answered 404 for the file`
  const stop = 'The run stops rather than count every entry as added; check that the token may read the repository (contents: read).'
  const fail = (why: string) => new GitHubError(`${answered}${why} ${stop}`, 404)
  for (let depth = segments.length - 1; depth >= 0; depth--) {
    const folder = segments.slice(0, depth).join('/')
    const name = segments[depth]!
    const where = folder ? `the folder ${folder}` : 'the root folder'
    const listing = await list(folder)
    if (listing === null) continue
    if (!Array.isArray(listing)) {
      // `folder` is a file: nothing is below a file. A link or a submodule could lead anywhere.
      if (listing.type === 'file') return null
      throw fail(`, and ${folder} is a ${listing.type ?? 'thing'} there, not a folder, so whether the file exists cannot be told.`)
    }
    const entry = listing.find((e) => e.name === name)
    if (!entry) {
      if (listing.length < LISTING_LIMIT) return null
      throw fail(`, and GitHub lists only the first ${LISTING_LIMIT} entries of ${where}, so whether the file exists cannot be told.`)
    }
    if (depth === segments.length - 1) throw fail(`, yet lists it in ${where}: it is there, and cannot be read.`)
    // The next folder down is listed here, yet listing it was answered 404; a file there instead means no folder.
    if (entry.type === 'file') return null
    const below = segments.slice(0, depth + 1).join('/')
    throw fail(` and for the folder ${below}, yet lists ${below} in ${where}, so whether the file exists cannot be told.`)
  }
  throw fail(' and for every folder above it, up to the root, so whether the file exists cannot be told.')
}

/**
 * The token's account, by the login its comments and issues carry (REST `user.login`):
 * 1. GET /user answers for a personal access token (classic or fine-grained) and a GitHub App's user token.
 * 2. An installation token (the workflow's GITHUB_TOKEN, a GitHub App's installation token from
 *    actions/create-github-app-token) is refused there: 403 "Resource not accessible by integration". GraphQL's
 *    `query { viewer { login } }` answers for it, with the app's bot login, `[bot]` included: `<app-slug>[bot]`
 *    for an app's token (fullsend-ai/fullsend#1953: a workflow run with an installation token got
 *    `fullsend-ai-coder[bot]`), `github-actions[bot]` for GITHUB_TOKEN (CatChen/token-who-am-i-action, whose
 *    README and tests read `viewer.login` with GITHUB_TOKEN and an app's token: "When it's a bot (aka a GitHub
 *    App) `login` has a `[bot]` suffix, e.g. `github-actions[bot]`", and which looks it up with REST
 *    users/{login}, which only works with the suffix). That is the login REST gives the app's comments. (A `Bot`
 *    met elsewhere in GraphQL, such as a comment's `author`, has its login without the suffix:
 *    fullsend-ai/fullsend#6205; only `viewer` is used here, and compared with REST logins only.)
 * 3. If neither tells, the identity is unknown, with the reasons: callers then match no one rather than guess
 *    (assuming github-actions[bot], as this did before, took an app's token for GITHUB_TOKEN: the app's own
 *    comment was never recognised, and a new one was posted on every run).
 */
async function whoAmI(octokit: ReturnType<typeof import('@actions/github').getOctokit>): Promise<Identity> {
  let user: string
  try {
    return { login: (await octokit.rest.users.getAuthenticated()).data.login }
  } catch (e) {
    const status = (e as { status?: number }).status
    if (status !== 401 && status !== 403 && status !== 404) {
      throw new GitHubError(`Asking GitHub who the token belongs to failed${status ? ` (HTTP ${status})` : ''}: ${firstLine((e as Error).message)}`, status)
    }
    user = `GET /user answered ${status}`
  }
  try {
    const login = (await octokit.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }'))?.viewer?.login
    if (typeof login === 'string' && login !== '') return { login }
    return { unknown: `${user}; GraphQL's viewer answered no login` }
  } catch (e) {
    const status = (e as { status?: number }).status
    return { unknown: `${user}; GraphQL's viewer ${status ? `answered ${status}` : `failed: ${firstLine((e as Error).message)}`}` }
  }
}

async function readAtMost(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Buffer> {
  if (!body) return Buffer.alloc(0)
  const chunks: Uint8Array[] = []
  let length = 0
  const reader = body.getReader()
  while (length < limit) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    length += value.length
  }
  if (length >= limit) await reader.cancel().catch(() => undefined)
  return Buffer.concat(chunks).subarray(0, limit)
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? ''
}
