// A local stand-in for the few GitHub REST endpoints the action calls (GITHUB_API_URL on 127.0.0.1).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FakeComment {
  id: number
  body: string
  /** Who wrote it: the token's account when the action posts it. */
  user: { login: string; type: 'Bot' | 'User' }
}

/** GitHub's name for the account behind the workflow's GITHUB_TOKEN. */
export const ACTIONS_BOT = { login: 'github-actions[bot]', type: 'Bot' } as const

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
}

export class FakeGitHub {
  readonly comments = new Map<number, FakeComment[]>()
  readonly issues: FakeIssue[] = []
  /** When set, every issue call (list, create, update) answers this status (403 for a token without issues: write). */
  issueStatus: number | undefined
  /** sha -> path -> content, for the API fallback. */
  readonly files = new Map<string, Map<string, string | Buffer>>()
  readonly requests: Array<{ method: string; path: string; auth: string }> = []
  /** When set, every comment call answers this status (403 for a fork's read-only token). */
  commentStatus: number | undefined
  /**
   * The token's account as GET /user answers; undefined for an installation token such as GITHUB_TOKEN, which
   * GitHub answers with 403 there, and whose comments are by github-actions[bot].
   */
  viewer: string | undefined
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

  addComment(issue: number, body: string, user: FakeComment['user'] = { login: 'someone', type: 'User' }): FakeComment {
    const comment = { id: this.nextId++, body, user }
    this.comments.set(issue, [...(this.comments.get(issue) ?? []), comment])
    return comment
  }

  addIssue(fields: Partial<FakeIssue> & { title: string }): FakeIssue {
    const issue: FakeIssue = { number: this.issues.length + 1, body: '', state: 'open', user: { login: 'someone', type: 'User' }, ...fields }
    this.issues.push(issue)
    return issue
  }

  addFile(sha: string, path: string, content: string | Buffer): void {
    this.files.set(sha, (this.files.get(sha) ?? new Map()).set(path, content))
  }

  close(): Promise<void> {
    this.server.closeAllConnections()
    return new Promise((resolve) => this.server.close(() => resolve()))
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url)
    const auth = req.headers.authorization ?? ''
    this.requests.push({ method: req.method ?? '', path: url.pathname + url.search, auth })
    const body = await new Promise<string>((resolve) => {
      let data = ''
      req.on('data', (c: Buffer) => (data += c.toString()))
      req.on('end', () => resolve(data))
    })
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}): void => {
      const bytes = Buffer.isBuffer(payload) || typeof payload === 'string'
      // GitHub serves the raw media type as text/plain; charset=utf-8, so a client that trusts the header decodes it.
      res.writeHead(status, { 'content-type': bytes ? 'text/plain; charset=utf-8' : 'application/json', ...headers })
      res.end(bytes ? payload : JSON.stringify(payload))
    }
    if (!auth.endsWith(` ${this.token}`)) return send(401, { message: 'Bad credentials' })
    const author = this.viewer ? { login: this.viewer, type: 'User' as const } : ACTIONS_BOT

    if (url.pathname === '/user') {
      return this.viewer ? send(200, { login: this.viewer }) : send(403, { message: 'Resource not accessible by integration' })
    }
    let m: RegExpExecArray | null
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname))) {
      if (this.commentStatus) return send(this.commentStatus, { message: 'Resource not accessible by integration' })
      const issue = Number(m[1])
      if (req.method === 'POST') return send(201, this.addComment(issue, (JSON.parse(body) as { body: string }).body, author))
      const all = this.comments.get(issue) ?? []
      const perPage = Number(url.searchParams.get('per_page') ?? 30)
      const page = Number(url.searchParams.get('page') ?? 1)
      const last = Math.max(1, Math.ceil(all.length / perPage))
      const link =
        page < last
          ? { link: `<${this.url}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next", <${this.url}${url.pathname}?per_page=${perPage}&page=${last}>; rel="last"` }
          : undefined
      return send(200, all.slice((page - 1) * perPage, page * perPage), link)
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname)) && req.method === 'PATCH') {
      if (this.commentStatus) return send(this.commentStatus, { message: 'Resource not accessible by integration' })
      const comment = [...this.comments.values()].flat().find((c) => c.id === Number(m![1]))
      if (!comment) return send(404, { message: 'Not Found' })
      comment.body = (JSON.parse(body) as { body: string }).body
      return send(200, comment)
    }
    if (/^\/repos\/[^/]+\/[^/]+\/issues$/.test(url.pathname)) {
      if (this.issueStatus) return send(this.issueStatus, { message: 'Resource not accessible by integration' })
      if (req.method === 'POST') {
        const { title, body: text } = JSON.parse(body) as { title: string; body?: string }
        return send(201, this.addIssue({ title, body: text ?? '', user: author }))
      }
      const state = url.searchParams.get('state') ?? 'open'
      const all = this.issues.filter((i) => state === 'all' || i.state === state)
      const perPage = Number(url.searchParams.get('per_page') ?? 30)
      const page = Number(url.searchParams.get('page') ?? 1)
      const last = Math.max(1, Math.ceil(all.length / perPage))
      const link =
        page < last
          ? {
              link: `<${this.url}${url.pathname}?state=${state}&per_page=${perPage}&page=${page + 1}>; rel="next", <${this.url}${url.pathname}?state=${state}&per_page=${perPage}&page=${last}>; rel="last"`
            }
          : undefined
      return send(200, all.slice((page - 1) * perPage, page * perPage), link)
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)$/.exec(url.pathname)) && req.method === 'PATCH') {
      if (this.issueStatus) return send(this.issueStatus, { message: 'Resource not accessible by integration' })
      const issue = this.issues.find((i) => i.number === Number(m![1]))
      if (!issue) return send(404, { message: 'Not Found' })
      Object.assign(issue, JSON.parse(body) as Partial<FakeIssue>)
      return send(200, issue)
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/commits\/([^/]+)$/.exec(url.pathname))) {
      return this.files.has(m[1]!) ? send(200, { sha: m[1] }) : send(422, { message: 'No commit found for SHA' })
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/contents\/(.+)$/.exec(url.pathname))) {
      const content = this.files.get(url.searchParams.get('ref') ?? '')?.get(decodeURIComponent(m[1]!))
      if (content === undefined) return send(404, { message: 'Not Found' })
      // As GitHub: the file's own bytes for the raw media type, else JSON with the bytes in base64.
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
      if (/application\/vnd\.github(\.v3)?\.raw/.test(req.headers.accept ?? '')) return send(200, bytes)
      return send(200, { type: 'file', encoding: 'base64', size: bytes.length, content: bytes.toString('base64') })
    }
    send(404, { message: 'Not Found' })
  }
}
