// The emulator against Tencent Cloud's own machine-readable specification (api.json, vendored in
// __tests__/fixtures/api/): the checker finds what breaks it, the emulator refuses such requests as the real API does,
// records every departure (its own answers included) and makes close() fail on them unless a test allowed them.
import { afterEach, describe, expect, test } from '@jest/globals'
import { v20210331 } from 'tencentcloud-sdk-nodejs/tencentcloud/services/organization/v20210331/index.js'
import { Client as TagClient } from 'tencentcloud-sdk-nodejs/tencentcloud/services/tag/v20180813/tag_client.js'
import { checkRequest, checkResponse, errorCodeFor, loadSpec } from './support/api-spec.js'
import { EMULATED_ACTIONS, TencentCloudEmulator } from './support/emulator.js'
import type { EmuMember } from './support/emulator.js'
import { failure } from './support/sdk-outcome.js'

const invite = { MemberUin: 100001, Name: 'alice', PolicyType: 'Financial', PermissionIds: [1, 2], NodeId: 1001 }

describe('the vendored specification', () => {
  test('names its source: repository and commit of tencentcloud-cli', () => {
    for (const service of ['organization', 'tag'] as const) {
      const spec = loadSpec(service)
      expect(spec.repository).toBe('TencentCloud/tencentcloud-cli')
      expect(spec.commit).toMatch(/^[0-9a-f]{40}$/)
      expect(spec.source).toContain(spec.commit)
    }
    expect(loadSpec('organization').metadata.apiVersion).toBe('2021-03-31')
    expect(loadSpec('tag').metadata.apiVersion).toBe('2018-08-13')
  })

  test('holds every object type its actions reference', () => {
    for (const service of ['organization', 'tag'] as const) {
      const spec = loadSpec(service)
      const missing: string[] = []
      const reach = (name: string, seen = new Set<string>()): void => {
        if (seen.has(name)) return
        seen.add(name)
        const object = spec.objects[name]
        if (!object) return void missing.push(name)
        for (const m of object.members) if (!['int64', 'uint64', 'string', 'bool', 'float'].includes(m.member)) reach(m.member, seen)
      }
      for (const action of Object.values(spec.actions)) {
        reach(action.input)
        reach(action.output)
      }
      expect(missing).toEqual([])
    }
  })

  test('holds every action the emulator answers', () => {
    expect(EMULATED_ACTIONS.organization.length).toBeGreaterThan(5)
    for (const service of ['organization', 'tag'] as const) {
      for (const action of EMULATED_ACTIONS[service]) expect([action, loadSpec(service).actions[action]?.status]).toEqual([action, 'online'])
    }
  })
})

describe('checkRequest', () => {
  test('a request as api.json describes it passes', () => {
    expect(checkRequest('organization', 'InviteOrganizationMember', { ...invite, Tags: [{ TagKey: 'a', TagValue: 'b' }], AuthFile: [{ Name: 'f', Url: 'u' }] })).toEqual([])
    expect(checkRequest('organization', 'DescribeOrganization', {})).toEqual([])
  })

  test('an unknown parameter, at the top or inside an object of a list', () => {
    const [top] = checkRequest('organization', 'InviteOrganizationMember', { ...invite, Nmae: 'x' })
    expect(top).toMatchObject({ kind: 'unknown', path: 'Nmae', direction: 'request', action: 'InviteOrganizationMember' })
    expect(errorCodeFor(top!)).toBe('UnknownParameter')
    const [nested] = checkRequest('organization', 'InviteOrganizationMember', { ...invite, Tags: [{ TagKey: 'a', TagValue: 'b', Colour: 'red' }] })
    expect(nested).toMatchObject({ kind: 'unknown', path: 'Tags.0.Colour' })
  })

  test('a missing required parameter, at the top or inside an object', () => {
    const [top] = checkRequest('organization', 'InviteOrganizationMember', { ...invite, NodeId: undefined })
    expect(top).toMatchObject({ kind: 'missing', path: 'NodeId' })
    expect(errorCodeFor(top!)).toBe('MissingParameter')
    // DescribeOrganizationNodes: Offset is required too, not only Limit.
    expect(checkRequest('organization', 'DescribeOrganizationNodes', { Limit: 50 })).toMatchObject([{ kind: 'missing', path: 'Offset' }])
    expect(checkRequest('tag', 'ModifyResourceTags', { Resource: 'r', DeleteTags: [{}] })).toMatchObject([{ kind: 'missing', path: 'DeleteTags.0.TagKey' }])
  })

  test.each<[string, string, Record<string, unknown>, string, string]>([
    ['a string for an int64', 'InviteOrganizationMember', { ...invite, MemberUin: '100001' }, 'MemberUin', 'InvalidParameter'],
    ['a float for an int64', 'InviteOrganizationMember', { ...invite, NodeId: 1001.5 }, 'NodeId', 'InvalidParameter'],
    ['a number for a string', 'InviteOrganizationMember', { ...invite, PayUin: 222 }, 'PayUin', 'InvalidParameter'],
    ['a scalar for a list', 'InviteOrganizationMember', { ...invite, PermissionIds: 1 }, 'PermissionIds', 'InvalidParameter'],
    ['a string inside a list of uint64', 'InviteOrganizationMember', { ...invite, PermissionIds: [1, '2'] }, 'PermissionIds.1', 'InvalidParameter'],
    ['a negative uint64', 'InviteOrganizationMember', { ...invite, PermissionIds: [1, 2, -7] }, 'PermissionIds.2', 'InvalidParameterValue'],
    ['a list for an object of a list', 'InviteOrganizationMember', { ...invite, Tags: [['a', 'b']] }, 'Tags.0', 'InvalidParameter'],
    ['a number inside an object of a list', 'ModifyResourceTags', { Resource: 'r', ReplaceTags: [{ TagKey: 'a', TagValue: 1 }] }, 'ReplaceTags.0.TagValue', 'InvalidParameter'],
    ['null for a string', 'UpdateOrganizationMember', { MemberUin: 1, Remark: null }, 'Remark', 'InvalidParameter']
  ])('a wrong type: %s', (_, action, body, path, code) => {
    const service = action === 'ModifyResourceTags' ? 'tag' : 'organization'
    const violations = checkRequest(service, action, body)
    expect(violations).toHaveLength(1)
    expect(violations[0]!.path).toBe(path)
    expect(errorCodeFor(violations[0]!)).toBe(code)
  })

  test('an action the specification does not hold', () => {
    expect(checkRequest('organization', 'DeleteAccount', {})).toMatchObject([{ kind: 'action' }])
  })
})

describe('checkResponse', () => {
  const member = {
    MemberUin: 1,
    Name: 'a',
    MemberType: 'Invite',
    OrgPolicyType: 'Financial',
    OrgPolicyName: 'Financial management',
    OrgPermission: [{ Id: 1, Name: 'View bill' }],
    NodeId: 1000,
    NodeName: 'root',
    Remark: '',
    CreateTime: '2024-01-01 00:00:00',
    UpdateTime: '2024-01-01 00:00:00',
    IsAllowQuit: 'Denied',
    PayUin: '',
    PayName: '',
    OrgIdentity: [],
    BindStatus: 'Unbound',
    PermissionStatus: 'Confirmed'
  }

  test('an answer as api.json describes it passes; optional output fields may be left out', () => {
    expect(checkResponse('organization', 'DescribeOrganizationMembers', { Total: 1, Items: [member], RequestId: 'r' })).toEqual([])
    expect(checkResponse('organization', 'DescribeOrganizationMembers', { Total: 1, Items: [{ ...member, Tags: [{ TagKey: 'a', TagValue: 'b' }] }], RequestId: 'r' })).toEqual([])
  })

  test('an answer field of the wrong type', () => {
    expect(checkResponse('organization', 'DescribeOrganizationMembers', { Total: '1', Items: [member] })).toMatchObject([{ kind: 'type', path: 'Total', direction: 'response' }])
    expect(checkResponse('organization', 'DescribeOrganizationMembers', { Total: 1, Items: [{ ...member, OrgPermission: [{ Id: '1', Name: 'x' }] }] })).toMatchObject([
      { kind: 'type', path: 'Items.0.OrgPermission.0.Id' }
    ])
    expect(checkResponse('organization', 'DescribeOrganization', { ...{ OrgId: 1 }, IsManager: 'true' })).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'type', path: 'IsManager' })])
    )
  })

  test('a required answer field left out, a field the output does not declare, a null where none is allowed', () => {
    const { PermissionStatus: _, ...withoutStatus } = member
    expect(checkResponse('organization', 'DescribeOrganizationMembers', { Total: 1, Items: [withoutStatus] })).toMatchObject([
      { kind: 'missing', path: 'Items.0.PermissionStatus' }
    ])
    expect(checkResponse('organization', 'DescribeOrganizationMembers', { Total: 1, Items: [{ ...member, JoinTime: 'x' }] })).toMatchObject([
      { kind: 'unknown', path: 'Items.0.JoinTime' }
    ])
    expect(checkResponse('organization', 'DescribeOrganizationMembers', { Total: 1, Items: [{ ...member, NickName: null }] })).toMatchObject([
      { kind: 'type', path: 'Items.0.NickName' }
    ])
    // An older object marks its output fields with `required` only (OrgPermission): they count as required.
    expect(checkResponse('organization', 'DescribeOrganizationMembers', { Total: 1, Items: [{ ...member, OrgPermission: [{ Id: 1 }] }] })).toMatchObject([
      { kind: 'missing', path: 'Items.0.OrgPermission.0.Name' }
    ])
  })
})

describe('the emulator holds requests and answers to api.json', () => {
  let emu: TencentCloudEmulator | undefined
  afterEach(async () => {
    if (emu) emu.allowSpecViolations = true
    await emu?.close()
    emu = undefined
  })

  const clients = (e: TencentCloudEmulator) => {
    const config = { credential: { secretId: e.secretId, secretKey: e.secretKey }, profile: { httpProfile: { endpoint: e.endpoint, protocol: 'http://', reqTimeout: 5 } } }
    return { org: new v20210331.Client(config), tag: new TagClient(config) }
  }

  test('answers a request that breaks it as the real API does, records it, and close() fails on it', async () => {
    emu = await TencentCloudEmulator.start()
    const { org, tag } = clients(emu)
    const unknown = await failure(org.request('InviteOrganizationMember', { ...invite, Nickname: 'x' }))
    expect(unknown).toMatchObject({ code: 'UnknownParameter', message: 'The parameter `Nickname` is not recognized.' })
    expect((await failure(org.request('DescribeOrganizationNodes', { Limit: 10 }))).code).toBe('MissingParameter')
    expect((await failure(org.request('MoveOrganizationNodeMembers', { NodeId: '1001', MemberUin: [1] }))).code).toBe('InvalidParameter')
    expect((await failure(tag.request('ModifyResourceTags', { Resource: 'r', ReplaceTags: [{ TagKey: 'a', TagValue: 'b', Extra: 1 }] }))).code).toBe('UnknownParameter')
    expect(emu.invitations).toHaveLength(0)
    expect(emu.specViolations.map((v) => [v.action, v.direction, v.kind, v.path])).toEqual([
      ['InviteOrganizationMember', 'request', 'unknown', 'Nickname'],
      ['DescribeOrganizationNodes', 'request', 'missing', 'Offset'],
      ['MoveOrganizationNodeMembers', 'request', 'type', 'NodeId'],
      ['ModifyResourceTags', 'request', 'unknown', 'ReplaceTags.0.Extra']
    ])
    const closing = emu.close()
    emu = undefined
    await expect(closing).rejects.toThrow(/4 departure\(s\) from api\.json:\norganization InviteOrganizationMember request: Nickname is not a parameter/)
  })

  test('records an answer of its own that breaks it (a field of the wrong type)', async () => {
    emu = await TencentCloudEmulator.start()
    // A member whose Name is a number: the emulator's answer, not the request, is wrong.
    emu.addMember({ MemberUin: 1, Name: 42 as unknown as string, NickName: 'nick' } as EmuMember)
    const { org } = clients(emu)
    await org.DescribeOrganizationMembers({ Limit: 10, Offset: 0 })
    expect(emu.specViolations).toMatchObject([{ action: 'DescribeOrganizationMembers', direction: 'response', kind: 'type', path: 'Items.0.Name' }])
    const closing = emu.close()
    emu = undefined
    await expect(closing).rejects.toThrow('Items.0.Name must be a string, not the number 42')
  })

  test('a test that allows departures closes cleanly', async () => {
    emu = await TencentCloudEmulator.start({ allowSpecViolations: true })
    const { org } = clients(emu)
    expect((await failure(org.request('DescribeOrganization', { Verbose: true }))).code).toBe('UnknownParameter')
    expect(emu.specViolations).toHaveLength(1)
    const closing = emu.close()
    emu = undefined
    await expect(closing).resolves.toBeUndefined()
  })
})
