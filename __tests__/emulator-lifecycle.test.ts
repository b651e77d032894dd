// The emulator against the SDK's own models, field by field, and the member lifecycle it plays: invitations that
// are accepted, declined or lapse, and console-style edits. Talks through the official SDK client.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { v20210331 } from 'tencentcloud-sdk-nodejs/tencentcloud/services/organization/v20210331/index.js'
import { DEFAULT_INVITATION_TTL_MS, TencentCloudEmulator } from './support/emulator.js'

const { Client } = v20210331
type OrgClient = InstanceType<typeof Client>

const MODELS = readFileSync(createRequire(import.meta.url).resolve('tencentcloud-sdk-nodejs/tencentcloud/services/organization/v20210331/organization_models.d.ts'), 'utf8')

interface ModelField {
  optional: boolean
  type: string
}

/** The fields of one `export interface` of the SDK's models: name -> declared type. */
function model(name: string): Map<string, ModelField> {
  const start = MODELS.indexOf(`export interface ${name} {`)
  if (start < 0) throw new Error(`no interface ${name} in the SDK's models`)
  const body = MODELS.slice(start, MODELS.indexOf('\n}', start))
  const fields = new Map<string, ModelField>()
  for (const m of body.matchAll(/^ {4}(\w+)(\??): ([^;]+);$/gm)) fields.set(m[1]!, { optional: m[2] === '?', type: m[3]! })
  return fields
}

/**
 * Differences between an answer and a model, as readable lines: a key the model lacks, a key the answer lacks (the
 * emulator answers every field the real API returns), a value of the wrong type; nested models are followed.
 */
function compare(value: Record<string, unknown>, name: string, path = name, ignore: string[] = ['RequestId']): string[] {
  const fields = model(name)
  const out: string[] = []
  for (const key of Object.keys(value)) if (!fields.has(key)) out.push(`${path}.${key}: not in the SDK's ${name}`)
  for (const [key, field] of fields) {
    if (ignore.includes(key)) continue
    if (!(key in value)) {
      out.push(`${path}.${key}: missing (${field.type})`)
      continue
    }
    out.push(...compareValue(value[key], field.type, `${path}.${key}`))
  }
  return out
}

function compareValue(v: unknown, type: string, path: string): string[] {
  const list = /^Array<(\w+)>$/.exec(type)
  if (list) {
    if (!Array.isArray(v)) return [`${path}: ${JSON.stringify(v)} is not an array`]
    return v.flatMap((item, i) => compareValue(item, list[1]!, `${path}[${i}]`))
  }
  if (type === 'number' || type === 'string' || type === 'boolean') return typeof v === type ? [] : [`${path}: ${JSON.stringify(v)} is not a ${type}`]
  if (typeof v !== 'object' || v === null) return [`${path}: ${JSON.stringify(v)} is not a ${type}`]
  return compare(v as Record<string, unknown>, type, path, [])
}

let emu: TencentCloudEmulator
let client: OrgClient

// These tests read members' Tags from DescribeOrganizationMembers, which lists them only with listsMemberTags (the
// field is optional in the output spec; emulator-reads.test.ts covers the default, without them).
beforeEach(async () => {
  emu = await TencentCloudEmulator.start({ listsMemberTags: true })
  client = new Client(emu.clientConfig())
})
afterEach(async () => {
  await emu.close()
})

const invite = (uin: number, extra: Record<string, unknown> = {}) =>
  client.InviteOrganizationMember({ MemberUin: uin, Name: `m-${uin}`, PolicyType: 'Financial', PermissionIds: [1, 2], NodeId: 1001, ...extra })
const members = async () => (await client.DescribeOrganizationMembers({ Limit: 50, Offset: 0 })).Items ?? []
const raw = async (action: string, body: object) => (await client.request(action, body)) as Record<string, unknown>

describe('answers match the SDK models field by field', () => {
  test('DescribeOrganizationMembers: every OrgMember field, with tags and permissions', async () => {
    emu.addMember({
      MemberUin: 300001,
      Name: 'alice',
      NodeId: 1001,
      PermissionIds: [1, 2, 7],
      PayUin: '300002',
      Remark: 'lead',
      IsAllowQuit: 'Denied',
      Tags: [{ TagKey: 'team', TagValue: 'finops' }],
      MemberType: 'Create',
      PermissionStatus: 'UnConfirmed'
    })
    const answer = await raw('DescribeOrganizationMembers', { Limit: 10, Offset: 0 })
    expect(compare(answer, 'DescribeOrganizationMembersResponse')).toEqual([])
    expect((answer.Items as unknown[]).length).toBe(1)
    expect(answer.Items).toEqual([
      expect.objectContaining({
        MemberUin: 300001,
        OrgPolicyType: 'Financial',
        PayUin: '300002',
        Remark: 'lead',
        IsAllowQuit: 'Denied',
        MemberType: 'Create',
        PermissionStatus: 'UnConfirmed',
        NodeName: 'finance',
        Tags: [{ TagKey: 'team', TagValue: 'finops' }],
        OrgPermission: [
          { Id: 1, Name: 'View bill' },
          { Id: 2, Name: 'View balance' },
          { Id: 7, Name: 'Pay on behalf' }
        ]
      })
    ])
  })

  test('DescribeOrganizationNodes: every OrgNode field', async () => {
    const answer = await raw('DescribeOrganizationNodes', { Limit: 10, Offset: 0 })
    expect(compare(answer, 'DescribeOrganizationNodesResponse')).toEqual([])
  })

  test('DescribeOrganization: every field, naming the management account', async () => {
    const answer = await raw('DescribeOrganization', {})
    expect(compare(answer, 'DescribeOrganizationResponse')).toEqual([])
    expect(answer).toMatchObject({ HostUin: emu.managementUin, RootNodeId: 1000, IsManager: true })
  })

  test('the comparison itself catches a stray key, a missing one and a wrong type', () => {
    expect(compare({ Total: '1', Items: [{ NodeId: 1, Extra: true }] }, 'DescribeOrganizationNodesResponse')).toEqual(
      expect.arrayContaining([
        "DescribeOrganizationNodesResponse.Items[0].Extra: not in the SDK's OrgNode",
        'DescribeOrganizationNodesResponse.Items[0].Name: missing (string)',
        'DescribeOrganizationNodesResponse.Total: "1" is not a number'
      ])
    )
  })
})

describe('invitations', () => {
  test('a pending invitee is not a member; accepted, it is one with the invitation fields', async () => {
    await invite(400001, { Remark: 'r', IsAllowQuit: 'Denied', Tags: [{ TagKey: 'k', TagValue: 'v' }] })
    expect(await members()).toEqual([])
    expect(emu.invitationState(400001)).toBe('pending')
    emu.acceptInvitation(400001)
    expect(emu.invitationState(400001)).toBe('accepted')
    expect(await members()).toEqual([
      expect.objectContaining({ MemberUin: 400001, Remark: 'r', IsAllowQuit: 'Denied', Tags: [{ TagKey: 'k', TagValue: 'v' }], MemberType: 'Invite' })
    ])
  })

  test('a declined invitation closes; inviting again opens a new one', async () => {
    await invite(400002)
    emu.declineInvitation(400002)
    expect(emu.invitationState(400002)).toBe('declined')
    expect(() => emu.acceptInvitation(400002)).toThrow('(it was declined)')
    await invite(400002)
    expect(emu.invitationState(400002)).toBe('pending')
    expect(emu.invitesFor(400002)).toBe(2)
  })

  test('an invitation lapses after the configured time: open until then, InvitationExist while open', async () => {
    await invite(400003)
    emu.advanceClock(DEFAULT_INVITATION_TTL_MS - 60_000)
    await expect(invite(400003)).rejects.toMatchObject({ code: 'FailedOperation.InvitationExist' })
    emu.advanceClock(60_000)
    expect(emu.invitationState(400003)).toBe('lapsed')
    expect(() => emu.acceptInvitation(400003)).toThrow('(it was lapsed)')
    expect(await members()).toEqual([])
    await invite(400003)
    expect(emu.invitationState(400003)).toBe('pending')
  })

  test('the lapse time is configurable', async () => {
    await emu.close()
    emu = await TencentCloudEmulator.start({ invitationTtlMs: 1000 })
    client = new Client(emu.clientConfig())
    await invite(400004)
    emu.advanceClock(1000)
    expect(emu.invitationState(400004)).toBe('lapsed')
  })
})

describe('console edits', () => {
  test('every field a member has can be edited, and UpdateTime moves', async () => {
    emu.addMember({ MemberUin: 500001, Name: 'bob', NodeId: 1001, JoinTime: '2024-01-01 00:00:00' })
    emu.advanceClock(3600_000)
    emu.editMember(500001, {
      Name: 'robert',
      NodeId: 1002,
      PermissionIds: [1, 2, 3],
      Remark: 'moved',
      IsAllowQuit: 'Denied',
      PayUin: '500002',
      Tags: [{ TagKey: 'cost', TagValue: 'x' }]
    })
    const [m] = await members()
    expect(m).toMatchObject({
      MemberUin: 500001,
      Name: 'robert',
      NodeId: 1002,
      NodeName: 'engineering',
      Remark: 'moved',
      IsAllowQuit: 'Denied',
      PayUin: '500002',
      Tags: [{ TagKey: 'cost', TagValue: 'x' }],
      CreateTime: '2024-01-01 00:00:00'
    })
    expect(m!.OrgPermission!.map((p) => p.Id)).toEqual([1, 2, 3])
    expect(m!.UpdateTime).not.toBe(m!.CreateTime)
  })

  test('a removed member is gone from the list', async () => {
    emu.addMember({ MemberUin: 500002, Name: 'carol' })
    emu.removeMember(500002)
    expect(await members()).toEqual([])
  })
})
