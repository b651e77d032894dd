// Secretless sign-in: the workflow's ID token (from a fake of GitHub's endpoint) exchanged at the emulator's STS
// for temporary credentials that sign the Organization calls. End to end through dist/index.js with no secret key
// anywhere, every way it fails, renewal in a long run, and masking; then the pure parts on their own.
import { afterAll, afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals'
import { NODE24, runAction, type ActionRun } from './support/action-runner.js'
import { STS_ACTION, TencentCloudEmulator } from './support/emulator.js'
import { FakeIdTokenEndpoint, ISSUER, claimsOf } from './support/fake-id-token.js'
import { Repo, pullRequestEvent, pushEvent } from './support/git-repo.js'
import { membersYaml } from './support/members.js'
import {
  OidcError,
  RefreshingCredentials,
  RenewalError,
  SESSION_NAME,
  createExchange,
  defaultSessionName,
  explainStsError,
  expiry,
  missingIdTokenVariables,
  type IssuedCredentials,
  type OidcSettings
} from '../src/settings/oidc.js'

const ROLE = 'qcs::cam::uin/100000000001:roleName/github-org-members'
const PROVIDER = 'github-actions'
const MAIN = 'repo:acme/org-members:ref:refs/heads/main'

let emulator: TencentCloudEmulator
let idp: FakeIdTokenEndpoint
let repo: Repo
let base: string

function trustOnlyMain(): void {
  emulator.configureWebIdentity({
    providerId: PROVIDER,
    roleArn: ROLE,
    // The provider verifies what GitHub signed for this audience; the role trusts one repository's main branch.
    acceptToken: (token) => idp.issued.includes(token) && claimsOf(token).aud === 'sts.tencentcloudapi.com' && claimsOf(token).iss === ISSUER,
    trust: ({ claims }) => claims.sub === MAIN
  })
}

beforeEach(async () => {
  emulator = await TencentCloudEmulator.start()
  idp = await FakeIdTokenEndpoint.start()
  trustOnlyMain()
  repo?.cleanup()
  repo = new Repo()
  base = repo.commit({ 'members.yaml': membersYaml(0) }, 'Empty list')
})
afterEach(async () => {
  await emulator.close()
  await idp.close()
})
afterAll(() => repo?.cleanup())

/** A push to main with OIDC inputs only: no secret-id, no secret-key, no TENCENTCLOUD_* variables. */
function apply(count: number, inputs: Record<string, string> = {}, env: Record<string, string> = idp.env(), node?: string): Promise<ActionRun> {
  const head = repo.commit({ 'members.yaml': membersYaml(count) }, `Add ${count} members`)
  return runAction({
    ...(node ? { node } : {}),
    workspace: repo.work,
    eventName: 'push',
    payload: pushEvent(base, head),
    sha: head,
    ref: 'refs/heads/main',
    inputs: { endpoint: emulator.url, 'sts-endpoint': emulator.url, 'role-arn': ROLE, 'oidc-provider-id': PROVIDER, comment: 'false', ...inputs },
    env,
    timeoutMs: 120_000
  })
}

const orgRequests = () => emulator.requests.filter((r) => r.action !== STS_ACTION)
const statuses = (run: ActionRun) => (JSON.parse(run.outputs.results!) as Array<{ status: string }>).map((r) => r.status)

describe('signing in with the workflow OIDC token', () => {
  test('a push invites through OIDC alone: one unsigned exchange, every Organization call signed with its credentials and token', async () => {
    const run = await apply(3)
    expect(run.failure).toBeUndefined()
    expect(run.code).toBe(0)
    expect(statuses(run)).toEqual(['invited', 'invited', 'invited'])
    expect(emulator.invitations).toHaveLength(3)

    // GitHub's side: one ID token, for the STS audience, asked with the job's request token.
    expect(idp.requests).toEqual([expect.objectContaining({ audience: 'sts.tencentcloudapi.com', authorized: true, status: 200 })])
    // STS: one call, unsigned (Authorization: SKIP), no token header, with a region, the role and the session name.
    expect(emulator.stsRequests).toHaveLength(1)
    const exchange = emulator.stsRequests[0]!
    expect(exchange.outcome).toBe('ok')
    expect(exchange.headers['authorization']).toBe('SKIP')
    expect(exchange.headers['x-tc-token']).toBeUndefined()
    expect(exchange.headers['x-tc-version']).toBe('2018-08-13')
    expect(exchange.headers['x-tc-region']).toBe('ap-guangzhou')
    expect(exchange.body).toEqual({ ProviderId: PROVIDER, WebIdentityToken: idp.issued[0], RoleArn: ROLE, RoleSessionName: 'gha-acme-org-members-4242' })

    // The Organization side: the reads and the invitations, all signed with the temporary credentials.
    const [issued] = emulator.issuedCredentials
    expect(emulator.issuedCredentials).toHaveLength(1)
    expect(orgRequests().length).toBeGreaterThanOrEqual(5)
    for (const r of orgRequests()) {
      expect(r.outcome).toBe('ok')
      expect(r.secretId).toBe(issued!.TmpSecretId)
      expect(r.headers['x-tc-token']).toBe(issued!.Token)
    }
    expect(emulator.requests.some((r) => r.secretId === emulator.secretId)).toBe(false)
    expect(run.stdout).toContain(`Signed in with OIDC: role ${ROLE}, session gha-acme-org-members-4242`)
  })

  test('the ID token, the temporary key, its id and the session token are masked, and appear nowhere else, even with RUNNER_DEBUG=1', async () => {
    const run = await apply(2, {}, { ...idp.env(), RUNNER_DEBUG: '1' })
    expect(run.code).toBe(0)
    const issued = emulator.issuedCredentials[0]!
    const secrets = { idToken: idp.issued[0]!, requestToken: idp.requestToken, TmpSecretId: issued.TmpSecretId, TmpSecretKey: issued.TmpSecretKey, Token: issued.Token }
    const masks = run.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'))
    for (const secret of Object.values(secrets)) expect(masks).toContain(`::add-mask::${secret}`)
    // Masked before use: the ID token's mask precedes STS's answer, the credentials' masks precede the first invitation.
    expect(run.stdout.indexOf(`::add-mask::${secrets.idToken}`)).toBeLessThan(run.stdout.indexOf('Signed in with OIDC'))
    expect(run.stdout.indexOf(`::add-mask::${secrets.TmpSecretKey}`)).toBeLessThan(run.stdout.indexOf('Signed in with OIDC'))
    const places = {
      stdout: run.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
      stderr: run.stderr,
      summary: run.summary,
      outputs: JSON.stringify(run.outputs)
    }
    const leaks = Object.entries(secrets).flatMap(([name, secret]) =>
      Object.entries(places)
        .filter(([, text]) => text.includes(secret))
        .map(([where]) => `${name} in ${where}`)
    )
    expect(leaks).toEqual([])
    expect(run.stdout).toContain('::debug::') // debug output was on, and still leaked nothing
  })

  test('a transient STS failure is retried with a fresh ID token', async () => {
    emulator.failNext(1, 'internal-error', STS_ACTION)
    const run = await apply(1)
    expect(run.code).toBe(0)
    expect(emulator.stsRequests.map((r) => r.outcome)).toEqual(['InternalError', 'ok'])
    expect(idp.issued).toHaveLength(2)
    expect(emulator.stsRequests[1]!.body.WebIdentityToken).toBe(idp.issued[1])
  })

  test('long runs renew the credentials before they expire: short-lived credentials, several exchanges, no refused call', async () => {
    emulator.configureWebIdentity({ providerId: PROVIDER, roleArn: ROLE, durationSeconds: 3 })
    const run = await apply(8, { 'rate-limit': '2' }, { ...idp.env(), TENCENT_ORG_MEMBERS_REFRESH_MARGIN: '1' })
    expect(run.failure).toBeUndefined()
    expect(run.code).toBe(0)
    expect(statuses(run)).toEqual(new Array(8).fill('invited'))
    // Every Organization call was accepted, so none was signed with expired credentials (the emulator refuses those).
    expect(orgRequests().every((r) => r.outcome === 'ok')).toBe(true)
    const exchanges = emulator.issuedCredentials.length
    expect(exchanges).toBeGreaterThanOrEqual(2)
    // Renewed on a schedule, not for every request.
    expect(exchanges).toBeLessThan(orgRequests().length)
    expect(new Set(orgRequests().map((r) => r.secretId)).size).toBeGreaterThanOrEqual(2)
    for (const r of orgRequests()) {
      const used = emulator.issuedCredentials.find((c) => c.TmpSecretId === r.secretId)!
      expect(r.at).toBeLessThan(used.expiresAt)
    }
    expect(run.stdout).toContain('Renewed the OIDC credentials')
  }, 120_000)

  test('secret keys win over role-arn, with a warning; no ID token is asked for', async () => {
    const run = await apply(1, { 'secret-id': emulator.secretId, 'secret-key': emulator.secretKey })
    expect(run.code).toBe(0)
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'warning', message: expect.stringContaining('role-arn is ignored') }))
    expect(idp.requests).toHaveLength(0)
    expect(emulator.stsRequests).toHaveLength(0)
  })

  test('a pull request plan with role-arn does not sign in (its token is not one the role should trust)', async () => {
    const head = repo.commit({ 'members.yaml': membersYaml(2) }, 'Add two')
    const run = await runAction({
      workspace: repo.work,
      eventName: 'pull_request',
      payload: pullRequestEvent(base, head),
      sha: head,
      ref: 'refs/pull/7/merge',
      inputs: { endpoint: emulator.url, 'sts-endpoint': emulator.url, 'role-arn': ROLE, 'oidc-provider-id': PROVIDER, comment: 'false' }
    })
    expect(run.code).toBe(0)
    expect(emulator.requests).toHaveLength(0)
    expect(JSON.parse(run.outputs.plan!).added).toHaveLength(2)
  })
})

describe('each way the sign-in fails says why and what to do', () => {
  test('no id-token: write permission (the request variables are missing): nothing is sent anywhere', async () => {
    const run = await apply(2, {}, {})
    expect(run.code).toBe(1)
    expect(run.failure).toContain('ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set')
    expect(run.failure).toContain('`permissions: id-token: write`')
    expect(run.failure).toMatch(/Fix: add `id-token: write`/)
    expect(emulator.requests).toHaveLength(0)
    expect(idp.requests).toHaveLength(0)
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at \S+ \(/)
  })

  test('GitHub refuses the request token: the message names HTTP 401 and the permission', async () => {
    const run = await apply(1, {}, { ...idp.env(), ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'expired-request-token' })
    expect(run.code).toBe(1)
    expect(run.failure).toContain('GitHub did not issue an ID token (HTTP 401)')
    expect(run.failure).toContain('id-token: write')
    expect(idp.requests).toEqual([expect.objectContaining({ authorized: false, status: 401 })])
    expect(emulator.requests).toHaveLength(0)
  })

  const refusals: Array<[string, () => Record<string, string>, string, RegExp[]]> = [
    [
      'STS refuses the token (its audience is not the provider client ID)',
      () => ({ 'oidc-audience': 'https://github.com/acme' }),
      'InvalidParameter.WebIdentityTokenError',
      [/refused the workflow's ID token/, /client ID must hold the oidc-audience input/, /\.well-known\/jwks/]
    ],
    [
      'the role does not trust this repository and branch',
      () => {
        idp.subject = 'repo:acme/org-members:ref:refs/heads/feature'
        return {}
      },
      'UnauthorizedOperation',
      [/The role does not trust this workflow/, /oidc:sub = repo:<owner>\/<repo>:ref:refs\/heads\/<default branch>/, /trust policy/]
    ],
    [
      'oidc-provider-id names no provider',
      () => ({ 'oidc-provider-id': 'gitlab' }),
      'InvalidParameter.ParamError',
      [/oidc-provider-id names no identity provider/, /Fix: Set oidc-provider-id to the provider's name/]
    ],
    [
      'role-arn names no role',
      () => ({ 'role-arn': 'qcs::cam::uin/100000000001:roleName/no-such-role' }),
      'ResourceNotFound.RoleNotFound',
      [/The role in role-arn does not exist/, /Copy the role's RoleArn/]
    ]
  ]

  test.each(refusals)('%s: the run fails before any invitation, naming the code, the cause and the fix', async (_, arrange, code, patterns) => {
    const run = await apply(2, arrange())
    expect(run.code).toBe(1)
    expect(emulator.stsRequests.map((r) => r.outcome)).toEqual([code]) // refused for good: not retried
    expect(orgRequests()).toHaveLength(0)
    expect(run.failure).toContain(`(${code}: `)
    expect(run.failure).toMatch(/RequestId [0-9a-f-]{36}\)/)
    expect(run.failure).toContain('Likely cause: ')
    for (const pattern of patterns) expect(run.failure).toMatch(pattern)
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at \S+ \(/)
  })

  test('input mistakes are caught before anything is sent', async () => {
    const noProvider = await apply(1, { 'oidc-provider-id': '' })
    expect(noProvider.failure).toContain('oidc-provider-id is missing')
    const badArn = await apply(1, { 'role-arn': 'arn:aws:iam::1:role/x' })
    expect(badArn.failure).toContain('is not a CAM role ARN')
    const badSession = await apply(1, { 'role-session-name': 'has spaces' })
    expect(badSession.failure).toContain('role-session-name "has spaces" must be')
    expect(idp.requests).toHaveLength(0)
    expect(emulator.requests).toHaveLength(0)
  })
})

// ---- the pure parts ------------------------------------------------------------------------------------------

describe('session names', () => {
  test('derived from the repository and run id, in the characters STS accepts, at most 64 long', () => {
    expect(defaultSessionName('acme/org-members', '4242')).toBe('gha-acme-org-members-4242')
    expect(defaultSessionName('Acme Corp/übersicht', '7')).toBe('gha-Acme-Corp-bersicht-7')
    const long = defaultSessionName(`acme/${'x'.repeat(100)}`, '12345678901')
    expect(long).toHaveLength(64)
    expect(long.endsWith('-12345678901')).toBe(true)
    for (const name of [long, defaultSessionName(undefined, undefined), defaultSessionName('a/b', '1')]) expect(name).toMatch(SESSION_NAME)
  })
})

describe('STS error explanations', () => {
  test('each documented code has a cause and a fix; throttling and internal errors are transient, refusals are not', () => {
    for (const code of [
      'InvalidParameter.WebIdentityTokenError',
      'InvalidParameter.ParamError',
      'ResourceNotFound.RoleNotFound',
      'InternalError.GetRoleError',
      'UnauthorizedOperation',
      'AuthFailure.AccessKeyIllegal'
    ]) {
      const e = explainStsError(code)
      expect(e.cause.length).toBeGreaterThan(20)
      expect(e.fix.length).toBeGreaterThan(20)
      expect(e.transient).toBeFalsy()
    }
    for (const code of ['InternalError.SystemError', 'InternalError.UnknownError', 'InternalError.Whatever', 'RequestLimitExceeded', 'InvalidParameter.OverLimit']) {
      expect(explainStsError(code).transient).toBe(true)
    }
    expect(explainStsError('AuthFailure.SomethingNew').fix).toContain('sts-endpoint')
    expect(explainStsError('Unheard.Of').fix).toContain('trust policy')
  })

  test('the request variables are what tells that id-token: write is missing', () => {
    expect(missingIdTokenVariables({})).toEqual(['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'])
    expect(missingIdTokenVariables({ ACTIONS_ID_TOKEN_REQUEST_URL: 'u' })).toEqual(['ACTIONS_ID_TOKEN_REQUEST_TOKEN'])
    expect(missingIdTokenVariables({ ACTIONS_ID_TOKEN_REQUEST_URL: 'u', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' })).toEqual([])
  })

  test('expiry: ExpiredTime first, then Expiration, then a cautious 15 minutes', () => {
    expect(expiry({ ExpiredTime: 1_700_000_000, Expiration: '2000-01-01T00:00:00Z' })).toBe(1_700_000_000_000)
    expect(expiry({ Expiration: '2030-01-01T00:00:00Z' })).toBe(Date.parse('2030-01-01T00:00:00Z'))
    expect(expiry({}, 1000)).toBe(1000 + 15 * 60_000)
  })
})

describe('credentials that renew themselves', () => {
  let clock: number
  let calls: number
  const issue = (lifetimeMs: number): IssuedCredentials => {
    calls++
    return { secretId: `id-${calls}`, secretKey: `key-${calls}`, token: `token-${calls}`, expiresAt: clock + lifetimeMs }
  }
  beforeEach(() => {
    clock = 1_000_000
    calls = 0
  })

  test('reuses the credentials until the margin before expiry, then exchanges once', async () => {
    const creds = new RefreshingCredentials(async () => issue(3_600_000), { marginMs: 300_000, now: () => clock })
    await creds.start()
    expect((await creds.getCredential()).secretId).toBe('id-1')
    clock += 3_600_000 - 300_001
    expect((await creds.getCredential()).secretId).toBe('id-1')
    clock += 2
    expect(await creds.getCredential()).toEqual({ secretId: 'id-2', secretKey: 'key-2', token: 'token-2' })
    expect(calls).toBe(2)
    expect(creds.exchanges).toBe(2)
  })

  test('the margin is at most half the lifetime, so short credentials are not exchanged on every request', async () => {
    const creds = new RefreshingCredentials(async () => issue(2000), { marginMs: 300_000, now: () => clock })
    await creds.start()
    clock += 999
    expect((await creds.getCredential()).secretId).toBe('id-1')
    clock += 1
    expect((await creds.getCredential()).secretId).toBe('id-2')
  })

  test('callers during an exchange share it: one exchange in flight at a time', async () => {
    let release!: () => void
    const gate = new Promise<void>((r) => (release = r))
    const exchange = jest.fn(async () => {
      await gate
      return issue(60_000)
    })
    const creds = new RefreshingCredentials(exchange, { marginMs: 10_000, now: () => clock })
    const all = Promise.all([creds.getCredential(), creds.getCredential(), creds.getCredential()])
    release()
    const got = await all
    expect(exchange).toHaveBeenCalledTimes(1)
    expect(new Set(got.map((c) => c.secretId))).toEqual(new Set(['id-1']))
  })

  test('a failed renewal keeps the still-valid credentials, warns, and waits before trying again', async () => {
    let fail = false
    const onRenewFailed = jest.fn()
    const exchange = jest.fn(async () => {
      if (fail) throw new OidcError('sts', 'STS is down', 'InternalError.SystemError', undefined, true)
      return issue(100_000)
    })
    const creds = new RefreshingCredentials(exchange, { marginMs: 40_000, now: () => clock, onRenewFailed })
    await creds.start()
    fail = true
    clock += 70_000 // 30 s left: inside the margin
    expect((await creds.getCredential()).secretId).toBe('id-1')
    expect(onRenewFailed).toHaveBeenCalledTimes(1)
    clock += 1000 // too soon to ask STS again
    expect((await creds.getCredential()).secretId).toBe('id-1')
    expect(exchange).toHaveBeenCalledTimes(2)
    fail = false
    clock += 7000 // a quarter of what was left has passed
    expect((await creds.getCredential()).secretId).toBe('id-2')
  })

  test('expired and not renewable: a refusal stops the run (AuthFailure.TokenFailure), a transient failure may be retried', async () => {
    let error: OidcError = new OidcError('sts', 'refused', 'UnauthorizedOperation', 'req-1', false)
    let first = true
    const creds = new RefreshingCredentials(
      async () => {
        if (first) {
          first = false
          return issue(10_000)
        }
        throw error
      },
      { marginMs: 1000, now: () => clock }
    )
    await creds.start()
    clock += 20_000
    const refused = await creds.getCredential().catch((e: unknown) => e as RenewalError)
    expect(refused).toBeInstanceOf(RenewalError)
    expect(refused).toMatchObject({ code: 'AuthFailure.TokenFailure', requestId: 'req-1' })
    expect((refused as RenewalError).message).toContain('expired and could not be renewed. refused')
    error = new OidcError('sts', 'busy', 'RequestLimitExceeded', undefined, true)
    const transient = (await creds.getCredential().catch((e: unknown) => e)) as RenewalError
    expect(transient.code).toBeUndefined()
  })
})

describe('the exchange against the emulator STS (in process)', () => {
  const settings = (): OidcSettings => ({
    roleArn: ROLE,
    providerId: PROVIDER,
    sessionName: 'unit-session',
    audience: 'sts.tencentcloudapi.com',
    stsEndpoint: { protocol: 'http://', host: emulator.endpoint },
    region: 'ap-guangzhou',
    refreshMarginSeconds: 300
  })

  test('the SDK sends it unsigned (skipSign), and every secret is handed to setSecret', async () => {
    emulator.configureWebIdentity({ providerId: PROVIDER, roleArn: ROLE, acceptToken: (t) => t === 'id-token-1' })
    const masked: string[] = []
    const exchange = createExchange(settings(), {
      env: { ACTIONS_ID_TOKEN_REQUEST_URL: 'http://unused', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token' },
      getIDToken: async (audience) => (audience === 'sts.tencentcloudapi.com' ? 'id-token-1' : 'wrong'),
      setSecret: (s) => masked.push(s),
      timeoutSeconds: 5
    })
    const issued = await exchange()
    const answer = emulator.issuedCredentials[0]!
    expect(issued).toEqual({ secretId: answer.TmpSecretId, secretKey: answer.TmpSecretKey, token: answer.Token, expiresAt: Math.floor(answer.expiresAt / 1000) * 1000 })
    expect(masked).toEqual(expect.arrayContaining(['request-token', 'id-token-1', answer.TmpSecretId, answer.TmpSecretKey, answer.Token]))
    expect(emulator.stsRequests[0]!.headers['authorization']).toBe('SKIP')
  })

  test('the Organization side takes issued credentials only with their token, and only until they expire', async () => {
    emulator.configureWebIdentity({ providerId: PROVIDER, roleArn: ROLE, durationSeconds: 1 })
    const deps = { env: { ACTIONS_ID_TOKEN_REQUEST_URL: 'u', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' }, getIDToken: async () => 'tok', setSecret: () => undefined, timeoutSeconds: 5 }
    const issued = await createExchange(settings(), deps)()
    const { v20210331 } = await import('tencentcloud-sdk-nodejs/tencentcloud/services/organization/v20210331/index.js')
    const call = (token: string | undefined) =>
      new v20210331.Client({
        credential: { secretId: issued.secretId, secretKey: issued.secretKey, token },
        profile: { httpProfile: { endpoint: emulator.endpoint, protocol: 'http://' } }
      })
        .DescribeOrganizationNodes({ Limit: 10, Offset: 0 })
        .then(
          () => 'ok',
          (e: { code?: string }) => e.code
        )
    expect(await call(issued.token)).toBe('ok')
    expect(await call(undefined)).toBe('AuthFailure.TokenFailure')
    expect(await call('another-token')).toBe('AuthFailure.TokenFailure')
    await new Promise((r) => setTimeout(r, Math.max(0, emulator.issuedCredentials[0]!.expiresAt - Date.now()) + 20))
    expect(await call(issued.token)).toBe('AuthFailure.TokenFailure')
    expect(emulator.requests.at(-1)!.outcome).toBe('AuthFailure.TokenFailure')
  })

  test('missing request variables fail at once, without asking GitHub or STS', async () => {
    const getIDToken = jest.fn(async () => 'never')
    const exchange = createExchange(settings(), { env: {}, getIDToken, setSecret: () => undefined, timeoutSeconds: 5 })
    await expect(exchange()).rejects.toMatchObject({ step: 'id-token', transient: false })
    expect(getIDToken).not.toHaveBeenCalled()
    expect(emulator.requests).toHaveLength(0)
  })

  test('transient STS answers are retried; refusals are not', async () => {
    emulator.configureWebIdentity({ providerId: PROVIDER, roleArn: ROLE })
    emulator.failNext(2, 'throttle', STS_ACTION)
    const deps = {
      env: { ACTIONS_ID_TOKEN_REQUEST_URL: 'u', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' },
      getIDToken: async () => 'tok',
      setSecret: () => undefined,
      timeoutSeconds: 5,
      minBackoffMs: 5
    }
    await expect(createExchange(settings(), deps)()).resolves.toMatchObject({ secretId: expect.stringMatching(/^AKIDTMP/) })
    expect(emulator.stsRequests.map((r) => r.outcome)).toEqual(['RequestLimitExceeded', 'RequestLimitExceeded', 'ok'])
    await expect(createExchange({ ...settings(), roleArn: `${ROLE}-gone` }, deps)()).rejects.toMatchObject({ code: 'ResourceNotFound.RoleNotFound', transient: false })
    expect(emulator.stsRequests).toHaveLength(4)
  })
})

describe('OIDC under Node 24, the runtime action.yml names', () => {
  test('signs in and invites with nothing on stderr (no deprecation from @actions/core or its HTTP client)', async () => {
    const run = await apply(2, {}, idp.env(), NODE24)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.outputs.invited).toBe('2')
  })
})
