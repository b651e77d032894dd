// A stand-in for GitHub's ID-token endpoint on 127.0.0.1. A job with `permissions: id-token: write` gets two
// variables: ACTIONS_ID_TOKEN_REQUEST_URL (which already carries a query) and ACTIONS_ID_TOKEN_REQUEST_TOKEN. The
// toolkit asks `GET <url>&audience=<aud>` with `Authorization: Bearer <request token>` and reads `{"value": jwt}`.
// Tokens here are JWT-shaped (claims readable, signature random): every one is unique, so a test can tell which
// were issued by this endpoint, and to whom.
import { randomBytes, randomUUID } from 'node:crypto'
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

export const ISSUER = 'https://token.actions.githubusercontent.com'

export interface FakeIdTokenOptions {
  /** The `sub` claim; default that of a push to main of acme/org-members. */
  subject?: string
  repository?: string
  ref?: string
  requestToken?: string
}

export interface IdTokenRequest {
  audience: string | undefined
  authorized: boolean
  status: number
  at: number
}

export class FakeIdTokenEndpoint {
  /** The value of ACTIONS_ID_TOKEN_REQUEST_URL. */
  readonly url: string
  /** The value of ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  readonly requestToken: string
  readonly requests: IdTokenRequest[] = []
  /** Every token handed out, in order. */
  readonly issued: string[] = []
  subject: string
  private readonly repository: string
  private readonly ref: string
  private readonly failures: number[] = []
  private readonly sockets = new Set<Socket>()

  private constructor(
    private readonly server: Server,
    options: FakeIdTokenOptions
  ) {
    const { address, port } = server.address() as AddressInfo
    this.url = `http://${address}:${port}/_apis/distributedtask/hubs/build/plans/1/jobs/2/idtoken?api-version=2.0`
    this.requestToken = options.requestToken ?? `request-${randomBytes(16).toString('hex')}`
    this.repository = options.repository ?? 'acme/org-members'
    this.ref = options.ref ?? 'refs/heads/main'
    this.subject = options.subject ?? `repo:${this.repository}:ref:${this.ref}`
  }

  static async start(options: FakeIdTokenOptions = {}): Promise<FakeIdTokenEndpoint> {
    const server = createServer()
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(0, '127.0.0.1', () => resolve())
    })
    const fake = new FakeIdTokenEndpoint(server, options)
    server.on('connection', (socket) => {
      fake.sockets.add(socket)
      socket.on('close', () => fake.sockets.delete(socket))
    })
    server.on('request', (req, res) => {
      const url = new URL(req.url ?? '/', 'http://fake')
      const audience = url.searchParams.get('audience') ?? undefined
      const authorized = req.headers.authorization === `Bearer ${fake.requestToken}`
      const record: IdTokenRequest = { audience, authorized, status: 200, at: Date.now() }
      fake.requests.push(record)
      const answer = (status: number, body: unknown): void => {
        record.status = status
        res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body))
      }
      if (req.method !== 'GET' || !url.pathname.endsWith('/idtoken') || url.searchParams.get('api-version') !== '2.0') return answer(404, { message: 'Not Found' })
      if (!authorized) return answer(401, { message: 'Bad credentials' })
      const failure = fake.failures.shift()
      if (failure) return answer(failure, { message: 'injected failure' })
      const token = fake.mint(audience ?? `https://github.com/${fake.repository.split('/')[0]}`)
      fake.issued.push(token)
      answer(200, { count: 1, value: token })
    })
    return fake
  }

  /** What a job with `id-token: write` has in its environment. */
  env(): Record<string, string> {
    return { ACTIONS_ID_TOKEN_REQUEST_URL: this.url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: this.requestToken }
  }

  /** The next `n` authorized requests get this HTTP status. */
  failNext(n: number, status: number): void {
    for (let i = 0; i < n; i++) this.failures.push(status)
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  private mint(audience: string): string {
    const now = Math.floor(Date.now() / 1000)
    const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url')
    const header = { alg: 'RS256', typ: 'JWT', kid: 'fake-key' }
    const claims = {
      jti: randomUUID(),
      sub: this.subject,
      aud: audience,
      ref: this.ref,
      repository: this.repository,
      repository_owner: this.repository.split('/')[0],
      run_id: '4242',
      event_name: 'push',
      iss: ISSUER,
      nbf: now - 5,
      iat: now,
      exp: now + 300
    }
    return `${part(header)}.${part(claims)}.${randomBytes(64).toString('base64url')}`
  }
}

/** The claims of a token this endpoint issued. */
export function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>
}
