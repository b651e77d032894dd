// Exercises the Tencent Cloud emulator through the official SDK client, so the tests also prove
// that the emulator accepts exactly what the SDK sends (signature, headers, body encoding).
import { v20210331 } from 'tencentcloud-sdk-nodejs/tencentcloud/services/organization/v20210331/index.js'
import SignModule from 'tencentcloud-sdk-nodejs/tencentcloud/common/sign.js'
import { DEFAULT_SECRET_ID, DEFAULT_SECRET_KEY, TencentCloudEmulator } from './support/emulator.js'
import type { EmulatorOptions, FaultKind } from './support/emulator.js'
import { failure, type SdkError } from './support/sdk-outcome.js'

const { Client } = v20210331
type OrgClient = InstanceType<typeof Client>

function invite(uin: number, overrides: Record<string, unknown> = {}) {
  return { MemberUin: uin, Name: `member-${uin}`, PolicyType: 'Financial', PermissionIds: [1, 2], NodeId: 1001, ...overrides }
}

let emu: TencentCloudEmulator
let client: OrgClient

function clientFor(e: TencentCloudEmulator, overrides: { secretId?: string; secretKey?: string; token?: string; reqTimeout?: number } = {}): OrgClient {
  return new Client({
    credential: { secretId: overrides.secretId ?? e.secretId, secretKey: overrides.secretKey ?? e.secretKey, token: overrides.token },
    profile: { httpProfile: { endpoint: e.endpoint, protocol: 'http://', reqTimeout: overrides.reqTimeout ?? 5 } }
  })
}

async function restart(options: EmulatorOptions = {}): Promise<void> {
  await emu.close()
  emu = await TencentCloudEmulator.start(options)
  client = clientFor(emu)
}

beforeEach(async () => {
  emu = await TencentCloudEmulator.start()
  client = clientFor(emu)
})

afterEach(async () => {
  await emu.close()
})

describe('InviteOrganizationMember', () => {
  test('a valid invite succeeds and is recorded with its body', async () => {
    const body = invite(100001, { Remark: 'hello', Tags: [{ TagKey: 'team', TagValue: 'infra' }] })
    const response = await client.InviteOrganizationMember(body)

    expect(response.RequestId).toMatch(/^[0-9a-f-]{36}$/)
    expect(emu.invitations).toHaveLength(1)
    expect(emu.invitations[0]?.body).toEqual(body)
    expect(emu.invitations[0]?.requestId).toBe(response.RequestId)
    expect(emu.invitesFor(100001)).toBe(1)
    expect(emu.inviteAttempts(100001)).toBe(1)
    const [request] = emu.requests
    expect(request).toMatchObject({ action: 'InviteOrganizationMember', outcome: 'ok', secretId: DEFAULT_SECRET_ID, body })
    expect(request?.headers['x-tc-version']).toBe('2021-03-31')
    expect(request?.headers['authorization']).toMatch(/^TC3-HMAC-SHA256 Credential=AKIDEMULATOR/)
  })

  test('an accepted invitation shows up as a member', async () => {
    await client.InviteOrganizationMember(invite(100002, { NodeId: 1002, PermissionIds: [1, 2, 8] }))
    expect((await client.DescribeOrganizationMembers({ Limit: 10, Offset: 0 })).Total).toBe(0)

    emu.acceptInvitation(100002)
    const members = await client.DescribeOrganizationMembers({ Limit: 10, Offset: 0 })
    expect(members.Total).toBe(1)
    expect(members.Items?.[0]).toMatchObject({ MemberUin: 100002, Name: 'member-100002', NodeId: 1002, NodeName: 'engineering', PermissionStatus: 'Confirmed' })
    expect(members.Items?.[0]?.OrgPermission?.map((p) => p.Id)).toEqual([1, 2, 8])
    // The invitation log keeps history; the member cannot be invited again.
    expect(emu.invitesFor(100002)).toBe(1)
    expect((await failure(client.InviteOrganizationMember(invite(100002)))).code).toBe('FailedOperation.OrganizationMemberExist')
  })

  test('a Chinese member name with allowed symbols is accepted', async () => {
    await client.InviteOrganizationMember(invite(100003, { Name: '财务部-张三[A]@x.y:1,2' }))
    expect(emu.invitations[0]?.body.Name).toBe('财务部-张三[A]@x.y:1,2')
  })

  test.each<[string, Record<string, unknown>, string]>([
    ['MemberUin not an integer', { MemberUin: 'abc' }, 'InvalidParameter'],
    // A required parameter that is missing: the common error code MissingParameter, as api.json marks Name required.
    ['Name missing', { Name: undefined }, 'MissingParameter'],
    ['Name with a space', { Name: 'John Smith' }, 'InvalidParameter'],
    ['Name of 26 characters', { Name: 'x'.repeat(26) }, 'InvalidParameter'],
    ['PolicyType not Financial', { PolicyType: 'Other' }, 'FailedOperation.OrganizationPolicyIllegal'],
    ['PermissionIds without 2', { PermissionIds: [1, 3] }, 'FailedOperation.OrganizationPermissionIllegal'],
    ['PermissionIds out of range', { PermissionIds: [1, 2, 11] }, 'FailedOperation.OrganizationPermissionIllegal'],
    ['pay-on-behalf without PayUin', { PermissionIds: [1, 2, 7] }, 'FailedOperation.PayUinIllegal'],
    ['unknown node', { NodeId: 4242 }, 'ResourceNotFound.OrganizationNodeNotExist'],
    ['more than 10 tags', { Tags: Array.from({ length: 11 }, (_, i) => ({ TagKey: `k${i}`, TagValue: 'v' })) }, 'InvalidParameter.TagError']
  ])('rejects %s', async (_name, overrides, code) => {
    // Some of these break api.json on purpose (a string MemberUin, no Name).
    emu.allowSpecViolations = true
    const error = await failure(client.request('InviteOrganizationMember', invite(100010, overrides)))
    expect(error.code).toBe(code)
    expect(emu.invitations).toHaveLength(0)
    expect(emu.requests[0]?.outcome).toBe(code)
  })

  test('pay-on-behalf with a PayUin is accepted', async () => {
    await client.InviteOrganizationMember(invite(100011, { PermissionIds: [1, 2, 7], PayUin: '900001' }))
    expect(emu.invitesFor(100011)).toBe(1)
  })

  test('duplicate invitations, existing members and taken names are refused', async () => {
    emu.addMember({ MemberUin: 200001, Name: 'alice' })
    await client.InviteOrganizationMember(invite(200002))

    expect((await failure(client.InviteOrganizationMember(invite(200002)))).code).toBe('FailedOperation.InvitationExist')
    expect((await failure(client.InviteOrganizationMember(invite(200001)))).code).toBe('FailedOperation.OrganizationMemberExist')
    expect((await failure(client.InviteOrganizationMember(invite(200003, { Name: 'alice' })))).code).toBe('FailedOperation.OrganizationMemberNameUsed')
    expect((await failure(client.InviteOrganizationMember(invite(200004, { Name: 'member-200002' })))).code).toBe('FailedOperation.OrganizationMemberNameUsed')
    expect(emu.invitesFor(200002)).toBe(1)
    expect(emu.inviteAttempts(200002)).toBe(2)
    expect(emu.invitations).toHaveLength(1)
  })

  test('failUin makes every attempt for that UIN fail with the given code', async () => {
    emu.failUin(300001, 'FailedOperation.MemberExistInOtherOrganization', 'already in another organization')
    for (let i = 0; i < 3; i++) {
      const error = await failure(client.InviteOrganizationMember(invite(300001)))
      expect(error).toMatchObject({ code: 'FailedOperation.MemberExistInOtherOrganization', message: 'already in another organization' })
    }
    await client.InviteOrganizationMember(invite(300002))
    expect(emu.inviteAttempts(300001)).toBe(3)
    expect(emu.invitesFor(300001)).toBe(0)
    expect(emu.invitesFor(300002)).toBe(1)
  })
})

describe('authentication', () => {
  test('a wrong secret key fails the signature check and records nothing', async () => {
    const error = await failure(clientFor(emu, { secretKey: 'not-the-key' }).InviteOrganizationMember(invite(400001)))
    expect(error.code).toBe('AuthFailure.SignatureFailure')
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/)
    expect(emu.invitations).toHaveLength(0)
    expect(emu.requests[0]?.outcome).toBe('AuthFailure.SignatureFailure')
  })

  test('an unknown secret id is reported as such', async () => {
    const error = await failure(clientFor(emu, { secretId: 'AKIDSOMEONEELSE' }).InviteOrganizationMember(invite(400002)))
    expect(error.code).toBe('AuthFailure.SecretIdNotFound')
    expect(emu.invitations).toHaveLength(0)
  })

  /** Signs with the SDK's own signer but with a timestamp and body of our choosing. */
  async function rawCall(options: {
    timestamp: number
    signedBody: object
    sentBody?: object
    authorization?: string
    service?: string
  }): Promise<{ Response: { Error?: { Code: string } } }> {
    const headers = { 'Content-Type': 'application/json' }
    const authorization =
      options.authorization ??
      SignModule.default.sign3({
        method: 'POST',
        url: `${emu.url}/`,
        payload: options.signedBody,
        timestamp: options.timestamp,
        service: options.service ?? '127',
        secretId: emu.secretId,
        secretKey: emu.secretKey,
        multipart: false,
        boundary: '',
        headers
      })
    const response = await fetch(`${emu.url}/`, {
      method: 'POST',
      headers: { ...headers, Authorization: authorization, 'X-TC-Action': 'DescribeOrganizationNodes', 'X-TC-Version': '2021-03-31', 'X-TC-Timestamp': String(options.timestamp) },
      body: JSON.stringify(options.sentBody ?? options.signedBody)
    })
    expect(response.status).toBe(200)
    return (await response.json()) as { Response: { Error?: { Code: string } } }
  }

  test('a correctly signed raw request passes, an old timestamp is expired', async () => {
    const now = Math.floor(Date.now() / 1000)
    const body = { Limit: 5, Offset: 0 }
    expect((await rawCall({ timestamp: now, signedBody: body })).Response.Error).toBeUndefined()
    expect((await rawCall({ timestamp: now - 600, signedBody: body })).Response.Error?.Code).toBe('AuthFailure.SignatureExpire')
    expect((await rawCall({ timestamp: now + 600, signedBody: body })).Response.Error?.Code).toBe('AuthFailure.SignatureExpire')
  })

  test('the signature covers the raw body and the header must be well formed', async () => {
    const now = Math.floor(Date.now() / 1000)
    const tampered = await rawCall({ timestamp: now, signedBody: { Limit: 5, Offset: 0 }, sentBody: { Limit: 50, Offset: 0 } })
    expect(tampered.Response.Error?.Code).toBe('AuthFailure.SignatureFailure')
    const garbled = await rawCall({ timestamp: now, signedBody: {}, authorization: 'Bearer nonsense' })
    expect(garbled.Response.Error?.Code).toBe('AuthFailure.InvalidAuthorization')
    // The credential scope must name the service the Host header implies ("127" for 127.0.0.1).
    const wrongService = await rawCall({ timestamp: now, signedBody: {}, service: 'organization' })
    expect(wrongService.Response.Error?.Code).toBe('AuthFailure.SignatureFailure')
  })

  test('a session token must match when one is configured', async () => {
    await restart({ sessionToken: 'token-123' })
    expect((await failure(clientFor(emu, { token: 'wrong' }).InviteOrganizationMember(invite(400003)))).code).toBe('AuthFailure.TokenFailure')
    expect((await failure(client.InviteOrganizationMember(invite(400003)))).code).toBe('AuthFailure.TokenFailure')
    await clientFor(emu, { token: 'token-123' }).InviteOrganizationMember(invite(400003))
    expect(emu.invitesFor(400003)).toBe(1)
  })

  test('unknown actions and versions are refused after authentication', async () => {
    expect((await failure(client.request('DeleteEverything', {}))).code).toBe('InvalidAction')
    const oldClient = clientFor(emu)
    oldClient.apiVersion = '2018-12-25'
    expect((await failure(oldClient.DescribeOrganizationNodes({ Limit: 10, Offset: 0 }))).code).toBe('NoSuchVersion')
  })
})

describe('rate limiting', () => {
  test('the 21st request to one action within a second is throttled, other actions are not', async () => {
    const results = await Promise.allSettled(Array.from({ length: 21 }, () => client.DescribeOrganizationNodes({ Limit: 10, Offset: 0 })))
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(20)
    expect(rejected).toHaveLength(1)
    expect((rejected[0]?.reason as SdkError).code).toBe('RequestLimitExceeded')
    expect(emu.throttled).toBe(1)

    // The window is per action: invites are still admitted.
    await client.InviteOrganizationMember(invite(500001))
    // And it rolls: a second later the action is admitted again.
    await new Promise((resolve) => setTimeout(resolve, 1050))
    await expect(client.DescribeOrganizationNodes({ Limit: 10, Offset: 0 })).resolves.toMatchObject({ Total: 3 })
  })

  test('a custom limit applies', async () => {
    await restart({ rateLimit: 2 })
    await client.InviteOrganizationMember(invite(500002))
    await client.InviteOrganizationMember(invite(500003))
    expect((await failure(client.InviteOrganizationMember(invite(500004)))).code).toBe('RequestLimitExceeded')
    expect(emu.invitesFor(500004)).toBe(0)
  })
})

describe('fault injection', () => {
  test('internal-error answers InternalError and records nothing; the retry succeeds', async () => {
    emu.failNext(1, 'internal-error')
    expect((await failure(client.InviteOrganizationMember(invite(600001)))).code).toBe('InternalError')
    expect(emu.invitesFor(600001)).toBe(0)
    await client.InviteOrganizationMember(invite(600001))
    expect(emu.invitesFor(600001)).toBe(1)
    expect(emu.requests.map((r) => r.outcome)).toEqual(['InternalError', 'ok'])
    expect(emu.requests[0]?.fault).toBe('internal-error')
  })

  test('http-502 surfaces as an SDK error with httpCode 502', async () => {
    emu.failNext(1, 'http-502')
    const error = await failure(client.InviteOrganizationMember(invite(600002)))
    expect(error.httpCode).toBe(502)
    expect(error.code).toBeUndefined()
    expect(emu.requests[0]?.outcome).toBe('http-502')
    expect(emu.invitesFor(600002)).toBe(0)
  })

  test('reset drops the connection: an error with neither code nor httpCode', async () => {
    emu.failNext(1, 'reset')
    const error = await failure(client.InviteOrganizationMember(invite(600003)))
    expect(error.code).toBeUndefined()
    expect(error.httpCode).toBeUndefined()
    expect(error.message).toMatch(/fetch failed|socket hang up|ECONNRESET/)
    expect(emu.invitesFor(600003)).toBe(0)
  })

  test('throttle answers RequestLimitExceeded and counts it', async () => {
    emu.failNext(2, 'throttle')
    expect((await failure(client.InviteOrganizationMember(invite(600004)))).code).toBe('RequestLimitExceeded')
    expect((await failure(client.InviteOrganizationMember(invite(600004)))).code).toBe('RequestLimitExceeded')
    await client.InviteOrganizationMember(invite(600004))
    expect(emu.throttled).toBe(2)
    expect(emu.invitesFor(600004)).toBe(1)
  })

  test('hang never answers, so the SDK times out', async () => {
    emu.failNext(1, 'hang')
    const started = Date.now()
    // The SDK's fetch is the runtime's (package.json overrides node-fetch), so deadlines are abort signals.
    const error = await failure(client.request('InviteOrganizationMember', invite(600005), { signal: AbortSignal.timeout(1000) }))
    expect(error.message).toMatch(/timeout|aborted/i)
    expect(Date.now() - started).toBeGreaterThanOrEqual(900)
    expect(emu.requests[0]?.outcome).toBe('hang')
    expect(emu.invitesFor(600005)).toBe(0)
  })

  test('close() ends hanging sockets', async () => {
    emu.failNext(1, 'hang')
    const call = failure(clientFor(emu, { reqTimeout: 10 }).InviteOrganizationMember(invite(600006)))
    await emu.waitForRequests(1)
    const started = Date.now()
    await emu.close()
    const error = await call
    expect(error.message).toMatch(/fetch failed|socket hang up|ECONNRESET/)
    expect(Date.now() - started).toBeLessThan(2000)
    emu = await TencentCloudEmulator.start() // afterEach closes it
  })

  test('faults only hit invites by default and never before authentication', async () => {
    emu.failNext(1, 'internal-error')
    await client.DescribeOrganizationNodes({ Limit: 10, Offset: 0 })
    expect((await failure(clientFor(emu, { secretKey: 'bad' }).InviteOrganizationMember(invite(600007)))).code).toBe('AuthFailure.SignatureFailure')
    expect((await failure(client.InviteOrganizationMember(invite(600007)))).code).toBe('InternalError')
  })

  test('random faults are reproducible for a seed and can target other actions', async () => {
    const run = async (seed: number): Promise<string[]> => {
      await restart()
      emu.setFaults({ rate: 0.5, kinds: ['internal-error', 'throttle'], seed })
      for (let uin = 700001; uin <= 700012; uin++) await client.InviteOrganizationMember(invite(uin)).catch(() => undefined)
      return emu.requests.map((r) => r.outcome)
    }
    const first = await run(7)
    expect(await run(7)).toEqual(first)
    expect(first).toContain('ok')
    expect(first.some((o) => o === 'InternalError' || o === 'RequestLimitExceeded')).toBe(true)
    // Every faulted invite was left unrecorded.
    expect(emu.invitations).toHaveLength(first.filter((o) => o === 'ok').length)

    emu.setFaults({ rate: 1, kinds: ['internal-error'], actions: ['DescribeOrganizationNodes'] })
    expect((await failure(client.DescribeOrganizationNodes({ Limit: 10, Offset: 0 }))).code).toBe('InternalError')
    await client.InviteOrganizationMember(invite(700100))
    emu.clearFaults()
    await client.DescribeOrganizationNodes({ Limit: 10, Offset: 0 })
  })

  test('every fault kind can be queued for any action, in order', async () => {
    const allKinds: FaultKind[] = ['internal-error', 'http-502', 'reset', 'throttle', 'hang']
    for (const kind of allKinds) emu.failNext(1, kind, 'DescribeOrganizationNodes')
    for (let i = 0; i < allKinds.length; i++) {
      await client.request('DescribeOrganizationNodes', { Limit: 10, Offset: 0 }, { signal: AbortSignal.timeout(1000) }).catch(() => undefined)
    }
    expect(emu.requests.map((r) => r.fault)).toEqual(allKinds)
  })

  test('latencyMs delays every answer', async () => {
    await restart({ latencyMs: 150 })
    const started = Date.now()
    await client.DescribeOrganizationNodes({ Limit: 10, Offset: 0 })
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)
  })
})

describe('describe actions', () => {
  test('the default organization has root, finance and engineering', async () => {
    const nodes = await client.DescribeOrganizationNodes({ Limit: 10, Offset: 0 })
    expect(nodes.Total).toBe(3)
    expect(nodes.Items?.map((n) => [n.NodeId, n.Name, n.ParentNodeId])).toEqual([
      [1000, 'root', 0],
      [1001, 'finance', 1000],
      [1002, 'engineering', 1000]
    ])
    expect(nodes.Items?.[0]?.CreateTime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
  })

  test('nodes paginate past 50 items and Limit is capped at 50', async () => {
    for (let i = 0; i < 57; i++) emu.addNode({ Name: `team-${i}` })
    const first = await client.DescribeOrganizationNodes({ Limit: 50, Offset: 0 })
    const second = await client.DescribeOrganizationNodes({ Limit: 50, Offset: 50 })
    expect(first.Total).toBe(60)
    expect(first.Items).toHaveLength(50)
    expect(second.Items).toHaveLength(10)
    const ids = [...(first.Items ?? []), ...(second.Items ?? [])].map((n) => n.NodeId)
    expect(new Set(ids).size).toBe(60)
    expect(second.Items?.at(-1)).toMatchObject({ NodeId: 1059, Name: 'team-56' })
    expect((await failure(client.DescribeOrganizationNodes({ Limit: 51, Offset: 0 }))).code).toBe('InvalidParameter')
  })

  test('members paginate past 50 items and Limit is required', async () => {
    emu.allowSpecViolations = true // the request without Limit breaks api.json on purpose
    for (let i = 0; i < 55; i++) emu.addMember({ MemberUin: 800000 + i, Name: `m${i}`, NodeId: 1001 })
    const first = await client.DescribeOrganizationMembers({ Limit: 50, Offset: 0 })
    const second = await client.DescribeOrganizationMembers({ Limit: 50, Offset: 50 })
    expect(first.Total).toBe(55)
    expect(first.Items).toHaveLength(50)
    expect(second.Items?.map((m) => m.MemberUin)).toEqual([800050, 800051, 800052, 800053, 800054])
    expect(second.Items?.[0]).toMatchObject({ NodeName: 'finance', OrgPermission: [{ Id: 1 }, { Id: 2 }] })
    expect((await failure(client.request('DescribeOrganizationMembers', { Offset: 0 }))).code).toBe('MissingParameter')
    expect((await failure(client.DescribeOrganizationMembers({ Limit: 0, Offset: 0 }))).code).toBe('InvalidParameter')
  })

  test('the defaults are exported and used', () => {
    expect(emu.secretId).toBe(DEFAULT_SECRET_ID)
    expect(emu.secretKey).toBe(DEFAULT_SECRET_KEY)
    expect(emu.url).toBe(`http://${emu.endpoint}`)
    expect(emu.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
  })
})
