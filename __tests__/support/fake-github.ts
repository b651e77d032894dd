// A local stand-in for the few GitHub REST endpoints the action calls (GITHUB_API_URL on 127.0.0.1).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FakeComment {
  id: number
  body: string
}

export interface FakeIssue {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  state_reason?: string | null
  /** Pull requests are issues too in this API; listForRepo returns both. */
  pull_request?: { url: string }
}

export class FakeGitHub {
  readonly comments = new Map<number, FakeComment[]>()
  readonly issues: FakeIssue[] = []
  /** When set, every issue call (list, create, update) answers this status (403 for a token without issues: write). */
  issueStatus: number | undefined
  /** sha -> path -> content, for the API fallback. */
  readonly files = new Map<string, Map<string, string>>()
  readonly requests: Array<{ method: string; path: string; auth: string }> = []
  /** When set, every comment call answers this status (403 for a fork's read-only token). */
  commentStatus: number | undefined
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

  addComment(issue: number, body: string): FakeComment {
    const comment = { id: this.nextId++, body }
    this.comments.set(issue, [...(this.comments.get(issue) ?? []), comment])
    return comment
  }

  addIssue(fields: Partial<FakeIssue> & { title: string }): FakeIssue {
    const issue: FakeIssue = { number: this.issues.length + 1, body: '', state: 'open', ...fields }
    this.issues.push(issue)
    return issue
  }

  addFile(sha: string, path: string, content: string): void {
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
      res.writeHead(status, { 'content-type': typeof payload === 'string' ? 'text/plain' : 'application/json', ...headers })
      res.end(typeof payload === 'string' ? payload : JSON.stringify(payload))
    }
    if (!auth.endsWith(` ${this.token}`)) return send(401, { message: 'Bad credentials' })

    let m: RegExpExecArray | null
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname))) {
      if (this.commentStatus) return send(this.commentStatus, { message: 'Resource not accessible by integration' })
      const issue = Number(m[1])
      if (req.method === 'POST') return send(201, this.addComment(issue, (JSON.parse(body) as { body: string }).body))
      const all = this.comments.get(issue) ?? []
      const perPage = Number(url.searchParams.get('per_page') ?? 30)
      const page = Number(url.searchParams.get('page') ?? 1)
      const last = Math.max(1, Math.ceil(all.length / perPage))
      const link = page < last ? { link: `<${this.url}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next", <${this.url}${url.pathname}?per_page=${perPage}&page=${last}>; rel="last"` } : undefined
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
        return send(201, this.addIssue({ title, body: text ?? '' }))
      }
      const state = url.searchParams.get('state') ?? 'open'
      const all = this.issues.filter((i) => state === 'all' || i.state === state)
      const perPage = Number(url.searchParams.get('per_page') ?? 30)
      const page = Number(url.searchParams.get('page') ?? 1)
      const last = Math.max(1, Math.ceil(all.length / perPage))
      const link = page < last ? { link: `<${this.url}${url.pathname}?state=${state}&per_page=${perPage}&page=${page + 1}>; rel="next", <${this.url}${url.pathname}?state=${state}&per_page=${perPage}&page=${last}>; rel="last"` } : undefined
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
      return content === undefined ? send(404, { message: 'Not Found' }) : send(200, content)
    }
    send(404, { message: 'Not Found' })
  }
}
