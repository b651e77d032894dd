// A local stand-in for the GitHub API the action calls (GITHUB_API_URL on 127.0.0.1): the REST endpoints of
// src/github/rest.ts and src/github/pulls.ts (pull requests, in support/fake-pulls.ts), and POST /graphql for the
// token's identity.
//
// Every request it receives and every answer it gives is checked against GitHub's OpenAPI description
// (support/github-spec.ts). What the description does not allow is kept in `specViolations`, and close() fails
// the test with them, unless the test took them with takeSpecViolations(). So the answers carry every field
// GitHub's schemas require (a full simple-user, node_id, url, html_url, timestamps, ...): the state below is
// kept small, and the objects GitHub would answer are built from it when answering.
import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { githubSpec, type Checked } from './github-spec.js'
import { FakePulls } from './fake-pulls.js'

export interface FakeComment {
  id: number
  body: string
  /** Who wrote it: the token's account when the action posts it. */
  user: { login: string; type: 'Bot' | 'User' }
  created_at: string
  updated_at: string
  /** Who last edited it (GraphQL `editor`); absent: never edited. */
  editor?: { login: string; type: 'Bot' | 'User' }
}

/** GitHub's name for the account behind the workflow's GITHUB_TOKEN. */
export const ACTIONS_BOT = { login: 'github-actions[bot]', type: 'Bot' } as const

/**
 * Whose token the action holds, and so what GET /user and GraphQL's `viewer` answer, and who its comments are by.
 * - `personal`: a personal access token (classic or fine-grained): GET /user and `viewer` answer its login.
 * - `github-token`: the workflow's GITHUB_TOKEN, an installation token of the GitHub Actions app: GET /user
 *   answers 403, `viewer` answers github-actions[bot], its comments are by github-actions[bot].
 * - `app`: a GitHub App's installation token (actions/create-github-app-token): GET /user answers 403, `viewer`
 *   answers `<slug>[bot]`, its comments are by `<slug>[bot]`.
 * (What `viewer` answers for installation tokens: see src/github/rest.ts, where the action relies on it.)
 */
export type TokenIdentity = { kind: 'personal'; login: string } | { kind: 'github-token' } | { kind: 'app'; slug: string }

export interface FakeIssue {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  state_reason?: string | null
  /** Pull requests are issues too in this API; listForRepo returns both. */
  pull_request?: { url: string }
  /** Who opened it: the token's account when the action does. */
  user?: FakeComment['user']
  created_at?: string
  updated_at?: string
  closed_at?: string | null
}

const SERVER = 'https://github.example'
/** GitHub's timestamps: seconds, no fraction. */
const now = (): string => new Date().toISOString().replace(/\.\d+Z$/, 'Z')

export class FakeGitHub {
  readonly comments = new Map<number, FakeComment[]>()
  readonly issues: FakeIssue[] = []
  /**
   * When set, every issue write (create, update) answers this status (403 for a token without issues: write);
   * reads still answer, as GitHub's do for a token that may read the repository.
   */
  issueStatus: number | undefined
  /** sha -> path -> content, for the API fallback: each sha is a commit GET commits knows, its files as GET contents lists them. */
  readonly files = new Map<string, Map<string, string | Buffer>>()
  /**
   * path -> status that GET contents answers for that path (a file's or a folder's, "" for the root) whatever the
   * ref: 404 where GitHub would not be expected to say so.
   */
  readonly contentsStatus = new Map<string, number>()
  readonly requests: Array<{ method: string; path: string; auth: string }> = []
  /** When set, every comment write (create, update) answers this status (403 for a fork's read-only token). */
  commentStatus: number | undefined
  /** Whose token this is (see TokenIdentity); by default the workflow's GITHUB_TOKEN. */
  identity: TokenIdentity = { kind: 'github-token' }
  /** When set, POST /graphql fails: with this HTTP status, or with 200 and a GraphQL `errors` answer. */
  graphqlFailure: number | 'errors' | undefined
  /** What GitHub's OpenAPI description does not allow, in the requests and in the answers (see the top). */
  readonly specViolations: string[] = []
  /** Pull requests, reviews, pushes and permissions (support/fake-pulls.ts). */
  readonly pulls = new FakePulls()
  private readonly userIds = new Map<string, number>()
  private nextId = 1000

  private constructor(
    private readonly server: Server,
    readonly url: string,
    readonly token: string
  ) {}

  static async start(token = 'ghs_faketoken'): Promise<FakeGitHub> {
    let fake: FakeGitHub | undefined
    const server = createServer((req, res) => void fake!.handle(req, res))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    fake = new FakeGitHub(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`, token)
    return fake
  }

  /** The login of a personal token; undefined for an installation token (GITHUB_TOKEN, an app's). */
  get viewer(): string | undefined {
    return this.identity.kind === 'personal' ? this.identity.login : undefined
  }

  set viewer(login: string | undefined) {
    this.identity = login === undefined ? { kind: 'github-token' } : { kind: 'personal', login }
  }

  /** The account the token writes as, as REST names it in `user`. */
  get author(): FakeComment['user'] {
    switch (this.identity.kind) {
      case 'personal':
        return { login: this.identity.login, type: 'User' }
      case 'github-token':
        return { ...ACTIONS_BOT }
      case 'app':
        return { login: `${this.identity.slug}[bot]`, type: 'Bot' }
    }
  }

  addComment(issue: number, body: string, user: FakeComment['user'] = { login: 'someone', type: 'User' }): FakeComment {
    const at = now()
    const comment = { id: this.nextId++, body, user, created_at: at, updated_at: at }
    this.comments.set(issue, [...(this.comments.get(issue) ?? []), comment])
    return comment
  }

  /** Someone edits a comment on github.com (anyone with write access may edit any comment): its author stays. */
  editComment(id: number, body: string, by: FakeComment['user']): void {
    const comment = [...this.comments.values()].flat().find((c) => c.id === id)
    if (!comment) throw new Error(`The fake GitHub has no comment ${id}`)
    comment.body = body
    comment.updated_at = now()
    comment.editor = by
  }

  deleteComment(id: number): void {
    for (const [issue, list] of this.comments)
      this.comments.set(
        issue,
        list.filter((c) => c.id !== id)
      )
  }

  /** Dismisses a review as a maintainer does, through the API (so the request is checked like the action's). */
  async dismissReview(pull: number, review: number, message = 'Stale: dismissed'): Promise<void> {
    const response = await fetch(`${this.url}/repos/acme/org-members/pulls/${pull}/reviews/${review}/dismissals`, {
      method: 'PUT',
      headers: { authorization: `token ${this.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ message, event: 'DISMISS' })
    })
    if (response.status !== 200) throw new Error(`Dismissing review ${review} answered ${response.status}`)
  }

  addIssue(fields: Partial<FakeIssue> & { title: string }): FakeIssue {
    const at = now()
    const issue: FakeIssue = { number: this.issues.length + 1, body: '', state: 'open', user: { login: 'someone', type: 'User' }, created_at: at, updated_at: at, ...fields }
    this.issues.push(issue)
    return issue
  }

  addFile(sha: string, path: string, content: string | Buffer): void {
    this.files.set(sha, (this.files.get(sha) ?? new Map()).set(path, content))
  }

  /** The violations so far, which the test then owns (close() no longer fails for them). */
  takeSpecViolations(): string[] {
    return this.specViolations.splice(0)
  }

  /** Stops the server; fails when a request or an answer broke GitHub's description and the test did not take it. */
  async close(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
    if (this.specViolations.length > 0) {
      throw new Error(
        `The fake GitHub saw ${this.specViolations.length} request(s) or answer(s) that GitHub's OpenAPI description (${githubSpec().source.package}) does not allow:\n- ${this.specViolations.join('\n- ')}`
      )
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url)
    const method = req.method ?? ''
    const auth = req.headers.authorization ?? ''
    const accept = req.headers.accept ?? ''
    this.requests.push({ method, path: url.pathname + url.search, auth })
    const body = await new Promise<string>((resolve) => {
      let data = ''
      req.on('data', (c: Buffer) => (data += c.toString()))
      req.on('end', () => resolve(data))
    })
    let checked: Checked
    try {
      checked = githubSpec().request(method, req.url ?? '/', body)
    } catch (e) {
      checked = { operation: undefined, violations: [`${method} ${url.pathname}: the checker failed: ${(e as Error).message}`] }
    }
    this.specViolations.push(...checked.violations)
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}): void => {
      this.specViolations.push(...githubSpec().response(checked, { method, url: req.url ?? '/', accept }, status, payload))
      const bytes = Buffer.isBuffer(payload) || typeof payload === 'string'
      // GitHub serves the raw media type as text/plain; charset=utf-8, so a client that trusts the header decodes it.
      res.writeHead(status, { 'content-type': bytes ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8', ...headers })
      res.end(bytes ? payload : JSON.stringify(payload))
    }
    const fail = (status: number, message: string, docs = 'https://docs.github.com/rest'): void => send(status, { message, documentation_url: docs, status: String(status) })
    if (!auth.endsWith(` ${this.token}`)) return fail(401, 'Bad credentials')
    const refused = 'Resource not accessible by integration'

    if (url.pathname === '/user' && method === 'GET') {
      return this.identity.kind === 'personal'
        ? send(200, this.privateUser(this.identity.login))
        : fail(403, refused, 'https://docs.github.com/rest/users/users#get-the-authenticated-user')
    }
    if (url.pathname === '/graphql' && method === 'POST') return this.graphql(body, send, fail)

    let m: RegExpExecArray | null
    const repo = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(url.pathname)
    if (!repo) return fail(404, 'Not Found')
    const [, owner, name] = repo as unknown as [string, string, string, string | undefined]
    const rest = repo[3] ?? ''
    const at = { owner, name }

    if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const issue = Number(m[1])
      if (method === 'POST') {
        if (this.commentStatus) return fail(this.commentStatus, refused)
        return send(201, this.commentJson(at, issue, this.addComment(issue, (JSON.parse(body) as { body: string }).body, this.author)))
      }
      return this.page(url, this.comments.get(issue) ?? [], (c) => this.commentJson(at, issue, c), send)
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(rest)) && method === 'PATCH') {
      if (this.commentStatus) return fail(this.commentStatus, refused)
      const found = [...this.comments].flatMap(([issue, list]) => list.map((c) => ({ issue, c }))).find(({ c }) => c.id === Number(m![1]))
      if (!found) return fail(404, 'Not Found')
      found.c.body = (JSON.parse(body) as { body: string }).body
      found.c.updated_at = now()
      found.c.editor = this.author
      return send(200, this.commentJson(at, found.issue, found.c))
    }
    if (rest === '/issues') {
      if (method === 'POST') {
        if (this.issueStatus) return fail(this.issueStatus, refused)
        const { title, body: text } = JSON.parse(body) as { title: string; body?: string }
        return send(201, this.issueJson(at, this.addIssue({ title, body: text ?? '', user: this.author })))
      }
      const state = url.searchParams.get('state') ?? 'open'
      return this.page(
        url,
        this.issues.filter((i) => state === 'all' || i.state === state),
        (i) => this.issueJson(at, i),
        send
      )
    }
    if ((m = /^\/issues\/(\d+)$/.exec(rest)) && method === 'PATCH') {
      if (this.issueStatus) return fail(this.issueStatus, refused)
      const issue = this.issues.find((i) => i.number === Number(m![1]))
      if (!issue) return fail(404, 'Not Found')
      const fields = JSON.parse(body) as Partial<Pick<FakeIssue, 'title' | 'body' | 'state' | 'state_reason'>>
      for (const key of ['title', 'body', 'state', 'state_reason'] as const) if (key in fields) Object.assign(issue, { [key]: fields[key] })
      issue.updated_at = now()
      if (fields.state) issue.closed_at = fields.state === 'closed' ? issue.updated_at : null
      return send(200, this.issueJson(at, issue))
    }
    if (this.pulls.handle(this, method, rest, url, body, at, send, fail)) return
    if ((m = /^\/commits\/([^/]+)$/.exec(rest)) && method === 'GET') {
      // GitHub answers 422 for a well-formed SHA it does not know.
      return this.files.has(m[1]!)
        ? send(200, this.commitJson(at, m[1]!))
        : fail(422, `No commit found for SHA: ${m[1]}`, 'https://docs.github.com/rest/commits/commits#get-a-commit')
    }
    if ((m = /^\/contents(?:\/(.*))?$/.exec(rest)) && method === 'GET') return this.contents(at, m[1] ?? '', url.searchParams.get('ref'), accept, send, fail)
    fail(404, 'Not Found')
  }

  /** POST /graphql: the viewer query, answered as GitHub answers it for each kind of token (TokenIdentity). */
  private graphql(body: string, send: (status: number, payload: unknown) => void, fail: (status: number, message: string, docs?: string) => void): void {
    if (typeof this.graphqlFailure === 'number') return fail(this.graphqlFailure, 'GraphQL is unavailable', 'https://docs.github.com/graphql')
    if (this.graphqlFailure === 'errors') return send(200, { data: null, errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }] })
    const { query = '', variables } = JSON.parse(body) as { query?: string; variables?: { id?: string } }
    // Who last edited a comment (src/github/rest.ts, commentEditor). GraphQL names a Bot without REST's [bot].
    if (/^\s*query\s*\(\s*\$id:\s*ID!\s*\)\s*\{\s*node\(id:\s*\$id\)\s*\{\s*\.\.\.\s*on IssueComment\s*\{\s*editor\s*\{\s*__typename\s+login\s*\}\s*\}\s*\}\s*\}\s*$/.test(query)) {
      const comment = [...this.comments.values()].flat().find((c) => commentNodeId(c.id) === variables?.id)
      if (!comment)
        return send(200, { data: { node: null }, errors: [{ type: 'NOT_FOUND', message: `Could not resolve to a node with the global id of '${variables?.id}'`, path: ['node'] }] })
      const e = comment.editor
      return send(200, { data: { node: { editor: e ? { __typename: e.type, login: e.login.replace(/\[bot\]$/, '') } : null } } })
    }
    if (!/^\s*(query\s*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(query)) {
      return send(200, { errors: [{ message: `The fake GitHub answers only the viewer query, not: ${query}` }] })
    }
    const login = this.identity.kind === 'personal' ? this.identity.login : this.author.login
    send(200, { data: { viewer: { login } } })
  }

  /** GET contents: a file (raw bytes or JSON), or a folder's listing; %2F in the path answers 404, as for fine-grained tokens. */
  private contents(
    at: { owner: string; name: string },
    raw: string,
    ref: string | null,
    accept: string,
    send: (status: number, payload: unknown) => void,
    fail: (status: number, message: string, docs?: string) => void
  ): void {
    const docs = 'https://docs.github.com/rest/repos/contents#get-repository-content'
    // A fine-grained token's request with the path's slashes encoded is answered 404 (octokit/octokit.js#2422).
    if (/%2f/i.test(raw)) return fail(404, 'Not Found', docs)
    const path = raw
      .split('/')
      .map((s) => decodeURIComponent(s))
      .join('/')
      .replace(/\/+$/, '')
    const status = this.contentsStatus.get(path)
    if (status) return fail(status, status === 404 ? 'Not Found' : 'Unexpected', docs)
    const tree = this.files.get(ref ?? '')
    if (!tree) return fail(404, 'No commit found for the ref', docs)
    const content = tree.get(path)
    if (content !== undefined) {
      // As GitHub: the file's own bytes for the raw media type, else JSON with the bytes in base64.
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
      if (/application\/vnd\.github(\.v3)?\.raw/.test(accept)) return send(200, bytes)
      return send(200, { ...this.entryJson(at, ref!, path, 'file', bytes), content: bytes.toString('base64'), encoding: 'base64' })
    }
    const prefix = path === '' ? '' : `${path}/`
    const children = new Map<string, Buffer | undefined>()
    for (const [file, value] of tree) {
      if (!file.startsWith(prefix)) continue
      const [child = '', ...below] = file.slice(prefix.length).split('/')
      children.set(child, below.length > 0 ? undefined : typeof value === 'string' ? Buffer.from(value, 'utf8') : value)
    }
    if (children.size === 0) return fail(404, 'Not Found', docs)
    send(
      200,
      [...children].sort(([a], [b]) => a.localeCompare(b)).map(([child, bytes]) => this.entryJson(at, ref!, prefix + child, bytes ? 'file' : 'dir', bytes))
    )
  }

  page<T>(url: URL, all: T[], json: (item: T) => unknown, send: (status: number, payload: unknown, headers?: Record<string, string>) => void): void {
    const perPage = Number(url.searchParams.get('per_page') ?? 30)
    const page = Number(url.searchParams.get('page') ?? 1)
    const last = Math.max(1, Math.ceil(all.length / perPage))
    const at = (n: number) => {
      const next = new URL(url.pathname + url.search, this.url)
      next.searchParams.set('per_page', String(perPage))
      next.searchParams.set('page', String(n))
      return next.href
    }
    const link = page < last ? { link: `<${at(page + 1)}>; rel="next", <${at(last)}>; rel="last"` } : undefined
    send(200, all.slice((page - 1) * perPage, page * perPage).map(json), link)
  }

  // The objects GitHub answers, with every field its schema requires.

  private userId(login: string): number {
    if (!this.userIds.has(login)) this.userIds.set(login, 41_000_000 + this.userIds.size)
    return this.userIds.get(login)!
  }

  /** simple-user: the `user` of a comment or an issue. */
  simpleUser(user: FakeComment['user']): Record<string, unknown> {
    const id = this.userId(user.login)
    const api = `${this.url}/users/${encodeURIComponent(user.login)}`
    return {
      login: user.login,
      id,
      node_id: Buffer.from(`04:${user.type}${id}`).toString('base64'),
      avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
      gravatar_id: '',
      url: api,
      html_url: user.type === 'Bot' ? `${SERVER}/apps/${user.login.replace(/\[bot\]$/, '')}` : `${SERVER}/${user.login}`,
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type: user.type,
      user_view_type: 'public',
      site_admin: false
    }
  }

  /** private-user: GET /user for a personal token. */
  private privateUser(login: string): Record<string, unknown> {
    const at = '2020-01-01T00:00:00Z'
    return {
      ...this.simpleUser({ login, type: 'User' }),
      user_view_type: 'private',
      name: null,
      company: null,
      blog: '',
      location: null,
      email: null,
      hireable: null,
      bio: null,
      public_repos: 0,
      public_gists: 0,
      followers: 0,
      following: 0,
      created_at: at,
      updated_at: at,
      private_gists: 0,
      total_private_repos: 0,
      owned_private_repos: 0,
      disk_usage: 0,
      collaborators: 0,
      two_factor_authentication: true
    }
  }

  private commentJson(at: { owner: string; name: string }, issue: number, c: FakeComment): Record<string, unknown> {
    const api = `${this.url}/repos/${at.owner}/${at.name}`
    return {
      id: c.id,
      node_id: commentNodeId(c.id),
      url: `${api}/issues/comments/${c.id}`,
      html_url: `${SERVER}/${at.owner}/${at.name}/pull/${issue}#issuecomment-${c.id}`,
      body: c.body,
      user: this.simpleUser(c.user),
      created_at: c.created_at,
      updated_at: c.updated_at,
      issue_url: `${api}/issues/${issue}`,
      author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
      performed_via_github_app: null,
      reactions: this.reactions(`${api}/issues/comments/${c.id}/reactions`)
    }
  }

  private issueJson(at: { owner: string; name: string }, i: FakeIssue): Record<string, unknown> {
    const api = `${this.url}/repos/${at.owner}/${at.name}`
    const id = 2_000_000 + i.number
    const created = i.created_at ?? now()
    return {
      id,
      node_id: Buffer.from(`05:Issue${id}`).toString('base64'),
      url: `${api}/issues/${i.number}`,
      repository_url: api,
      labels_url: `${api}/issues/${i.number}/labels{/name}`,
      comments_url: `${api}/issues/${i.number}/comments`,
      events_url: `${api}/issues/${i.number}/events`,
      html_url: `${SERVER}/${at.owner}/${at.name}/${i.pull_request ? 'pull' : 'issues'}/${i.number}`,
      number: i.number,
      state: i.state,
      state_reason: i.state_reason ?? null,
      title: i.title,
      body: i.body,
      user: this.simpleUser(i.user ?? { login: 'someone', type: 'User' }),
      labels: [],
      assignee: null,
      assignees: [],
      milestone: null,
      locked: false,
      active_lock_reason: null,
      comments: this.comments.get(i.number)?.length ?? 0,
      ...(i.pull_request
        ? {
            pull_request: {
              url: i.pull_request.url,
              html_url: `${SERVER}/${at.owner}/${at.name}/pull/${i.number}`,
              diff_url: `${SERVER}/${at.owner}/${at.name}/pull/${i.number}.diff`,
              patch_url: `${SERVER}/${at.owner}/${at.name}/pull/${i.number}.patch`,
              merged_at: null
            }
          }
        : {}),
      closed_at: i.state === 'closed' ? (i.closed_at ?? i.updated_at ?? created) : null,
      created_at: created,
      updated_at: i.updated_at ?? created,
      author_association: i.user?.type === 'Bot' ? 'NONE' : 'MEMBER',
      reactions: this.reactions(`${api}/issues/${i.number}/reactions`)
    }
  }

  private reactions(url: string): Record<string, unknown> {
    return { url, total_count: 0, '+1': 0, '-1': 0, laugh: 0, confused: 0, heart: 0, hooray: 0, eyes: 0, rocket: 0 }
  }

  private commitJson(at: { owner: string; name: string }, sha: string): Record<string, unknown> {
    const api = `${this.url}/repos/${at.owner}/${at.name}`
    const person = { name: 'Octo Cat', email: 'octocat@example.com', date: '2024-01-01T00:00:00Z' }
    const tree = gitSha('tree', sha)
    return {
      url: `${api}/commits/${sha}`,
      sha,
      node_id: Buffer.from(`06:Commit${sha}`).toString('base64'),
      html_url: `${SERVER}/${at.owner}/${at.name}/commit/${sha}`,
      comments_url: `${api}/commits/${sha}/comments`,
      commit: {
        url: `${api}/git/commits/${sha}`,
        author: person,
        committer: person,
        message: 'A commit the fake GitHub knows',
        comment_count: 0,
        tree: { sha: tree, url: `${api}/git/trees/${tree}` },
        verification: { verified: false, reason: 'unsigned', payload: null, signature: null, verified_at: null }
      },
      author: null,
      committer: null,
      parents: [],
      stats: { additions: 0, deletions: 0, total: 0 },
      files: []
    }
  }

  /** An entry of a folder's listing, and the body of a file's JSON answer without its content. */
  private entryJson(at: { owner: string; name: string }, ref: string, path: string, type: 'file' | 'dir', bytes: Buffer | undefined): Record<string, unknown> {
    const api = `${this.url}/repos/${at.owner}/${at.name}`
    const sha = type === 'file' ? gitSha('blob', bytes!) : gitSha('tree', `${ref}:${path}`)
    const encoded = path.split('/').map(encodeURIComponent).join('/')
    const self = `${api}/contents/${encoded}?ref=${ref}`
    const git = `${api}/git/${type === 'file' ? 'blobs' : 'trees'}/${sha}`
    const html = `${SERVER}/${at.owner}/${at.name}/${type === 'file' ? 'blob' : 'tree'}/${ref}/${encoded}`
    return {
      type,
      size: bytes?.length ?? 0,
      name: path.split('/').pop()!,
      path,
      sha,
      url: self,
      git_url: git,
      html_url: html,
      download_url: type === 'file' ? `https://raw.githubusercontent.com/${at.owner}/${at.name}/${ref}/${encoded}` : null,
      _links: { self, git, html }
    }
  }
}

function commentNodeId(id: number): string {
  return Buffer.from(`012:IssueComment${id}`).toString('base64')
}

/** A git object id: of a blob's bytes, or a stand-in for a tree. */
function gitSha(kind: 'blob' | 'tree', content: Buffer | string): string {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content
  return createHash('sha1').update(`${kind} ${bytes.length}\0`).update(bytes).digest('hex')
}
