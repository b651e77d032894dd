// The emulator's writes (UpdateOrganizationMember, MoveOrganizationNodeMembers, the Tag service's ModifyResourceTags)
// through the official SDK clients, so the emulator accepts exactly what the SDK sends and refuses what the API does.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { v20210331 } from 'tencentcloud-sdk-nodejs/tencentcloud/services/organization/v20210331/index.js'
import { Client as TagClient } from 'tencentcloud-sdk-nodejs/tencentcloud/services/tag/v20180813/tag_client.js'
import { TencentCloudEmulator } from './support/emulator.js'
import { code } from './support/sdk-outcome.js'

let emu: TencentCloudEmulator
let org: InstanceType<typeof v20210331.Client>
let tag: TagClient

beforeEach(async () => {
  emu = await TencentCloudEmulator.start()
  const config = { credential: { secretId: emu.secretId, secretKey: emu.secretKey }, profile: { httpProfile: { endpoint: emu.endpoint, protocol: 'http://', reqTimeout: 5 } } }
  org = new v20210331.Client(config)
  tag = new TagClient(config)
  emu.addMember({ MemberUin: 1, Name: 'one', NodeId: 1001, PermissionIds: [1, 2], PolicyType: 'Financial' })
  emu.addMember({ MemberUin: 2, Name: 'two', NodeId: 1001, PermissionIds: [1, 2, 7], PayUin: '9', Tags: [{ TagKey: 'a', TagValue: '1' }] })
})
afterEach(async () => {
  await emu.close()
})

describe('UpdateOrganizationMember', () => {
  test('changes only the fields sent; permissions without 7 drop the payer', async () => {
    await org.UpdateOrganizationMember({ MemberUin: 1, Remark: 'lead', Name: 'uno' })
    expect(emu.members[0]).toMatchObject({ Name: 'uno', Remark: 'lead', NodeId: 1001, PermissionIds: [1, 2] })
    await org.UpdateOrganizationMember({ MemberUin: 2, PolicyType: 'Financial', PermissionIds: [1, 2] })
    expect(emu.members[1]!.PayUin).toBeUndefined()
    expect(emu.writes.map((w) => w.action)).toEqual(['UpdateOrganizationMember', 'UpdateOrganizationMember'])
  })

  test.each<[string, Record<string, unknown>, string]>([
    ['a member that is not one', { MemberUin: 3, Remark: 'x' }, 'ResourceNotFound.MemberNotExist'],
    ['PolicyType without PermissionIds', { MemberUin: 1, PolicyType: 'Financial' }, 'InvalidParameter'],
    ['permissions without 1 and 2', { MemberUin: 1, PolicyType: 'Financial', PermissionIds: [1, 3] }, 'FailedOperation.OrganizationPermissionIllegal'],
    ['pay on behalf without a payer', { MemberUin: 1, PolicyType: 'Financial', PermissionIds: [1, 2, 7] }, 'FailedOperation.PayUinIllegal'],
    ['a name another member holds', { MemberUin: 1, Name: 'two' }, 'FailedOperation.OrganizationMemberNameUsed'],
    ['a remark over 40 characters', { MemberUin: 1, Remark: 'x'.repeat(41) }, 'InvalidParameter'],
    ['another policy', { MemberUin: 1, PolicyType: 'Other', PermissionIds: [1, 2] }, 'FailedOperation.OrganizationPolicyIllegal']
  ])('refuses %s', async (_, body, expected) => {
    expect(await code(org.UpdateOrganizationMember(body as never))).toBe(expected)
    expect(emu.writes).toEqual([])
  })
})

describe('MoveOrganizationNodeMembers', () => {
  test('moves a batch; a node that does not exist or a UIN outside the organization refuses the whole batch', async () => {
    await org.MoveOrganizationNodeMembers({ NodeId: 1002, MemberUin: [1, 2] })
    expect(emu.members.map((m) => m.NodeId)).toEqual([1002, 1002])
    expect(await code(org.MoveOrganizationNodeMembers({ NodeId: 4242, MemberUin: [1] }))).toBe('ResourceNotFound.OrganizationNodeNotExist')
    expect(await code(org.MoveOrganizationNodeMembers({ NodeId: 1001, MemberUin: [1, 3] }))).toBe('FailedOperation.SomeUinsNotInOrganization')
    expect(emu.members.map((m) => m.NodeId)).toEqual([1002, 1002])
  })
})

describe('ModifyResourceTags (Tag service, 2018-08-13)', () => {
  const resource = (uin: number, region = 'ap-guangzhou') => `qcs::organization:${region}:uin/:member/${uin}`

  test('replaces and deletes tags on a member resource', async () => {
    await tag.ModifyResourceTags({ Resource: resource(2), ReplaceTags: [{ TagKey: 'b', TagValue: '2' }], DeleteTags: [{ TagKey: 'a' }] })
    expect(emu.members[1]!.Tags).toEqual([{ TagKey: 'b', TagValue: '2' }])
    await tag.ModifyResourceTags({ Resource: resource(1, 'na-siliconvalley'), ReplaceTags: [{ TagKey: 'c', TagValue: '' }] })
    expect(emu.members[0]!.Tags).toEqual([{ TagKey: 'c', TagValue: '' }])
  })

  test.each<[string, Record<string, unknown>, string]>([
    [
      'a resource of another shape',
      { Resource: 'qcs::cvm:ap-guangzhou:uin/:instance/1', ReplaceTags: [{ TagKey: 'a', TagValue: '1' }] },
      'InvalidParameterValue.ResourceDescriptionError'
    ],
    ['a member outside the organization', { Resource: resource(3), ReplaceTags: [{ TagKey: 'a', TagValue: '1' }] }, 'InvalidParameterValue.ResourceDescriptionError'],
    ['neither list', { Resource: resource(1) }, 'InvalidParameter.Tag'],
    ['an empty list', { Resource: resource(1), ReplaceTags: [] }, 'InvalidParameter.Tag'],
    ['a key in both lists', { Resource: resource(1), ReplaceTags: [{ TagKey: 'a', TagValue: '1' }], DeleteTags: [{ TagKey: 'a' }] }, 'InvalidParameterValue.DeleteTagsParamError'],
    ['a reserved key', { Resource: resource(1), ReplaceTags: [{ TagKey: 'qcloud:x', TagValue: '1' }] }, 'InvalidParameter.ReservedTagKey'],
    ['an empty key', { Resource: resource(1), ReplaceTags: [{ TagKey: '', TagValue: '1' }] }, 'InvalidParameterValue.TagKeyEmpty']
  ])('refuses %s', async (_, body, expected) => {
    expect(await code(tag.ModifyResourceTags(body as never))).toBe(expected)
    expect(emu.writes).toEqual([])
  })

  test('answers only under its own version, and is rate-limited and faulted as its own action', async () => {
    expect(await code(org.request('ModifyResourceTags', { Resource: resource(1), ReplaceTags: [{ TagKey: 'a', TagValue: '1' }] }))).toBe('NoSuchVersion')
    emu.failNext(1, 'internal-error', 'ModifyResourceTags')
    expect(await code(tag.ModifyResourceTags({ Resource: resource(1), ReplaceTags: [{ TagKey: 'a', TagValue: '1' }] }))).toBe('InternalError')
    expect(await code(tag.ModifyResourceTags({ Resource: resource(1), ReplaceTags: [{ TagKey: 'a', TagValue: '1' }] }))).toBe('ok')
  })
})

describe('DeleteOrganizationMembers', () => {
  test('the account leaves and survives; a refusal for one member refuses the call', async () => {
    emu.addMember({ MemberUin: 3, Name: 'three', NodeId: 1001 })
    await org.DeleteOrganizationMembers({ MemberUin: [3] })
    expect(emu.members.map((m) => m.MemberUin)).toEqual([1, 2])
    expect(await code(org.DeleteOrganizationMembers({ MemberUin: [3] }))).toBe('ResourceNotFound.MemberNotExist')
    expect(await code(org.DeleteOrganizationMembers({ MemberUin: [2] }))).toBe('FailedOperation.MemberExistDelegatePayerNotAllowDelete')
    emu.addMember({ MemberUin: 9, Name: 'payer', NodeId: 1001 })
    expect(await code(org.DeleteOrganizationMembers({ MemberUin: [1, 9] }))).toBe('FailedOperation.MemberIsDelegatePayerNotAllowDelete')
    expect(emu.members.map((m) => m.MemberUin)).toEqual([1, 2, 9])
  })

  test.each<[string, Parameters<TencentCloudEmulator['addMember']>[0], string]>([
    ['a delegated administrator', { MemberUin: 5, Name: 'five', DelegatedAdmin: true }, 'UnsupportedOperation.MemberExistServiceNotAllowDelete'],
    ['a member sharing resources', { MemberUin: 5, Name: 'five', SharesResources: true }, 'FailedOperation.MemberShareResource'],
    ['an entity administrator', { MemberUin: 5, Name: 'five', EntityAdmin: true }, 'FailedOperation.OrganizationAuthManageNotAllowDelete'],
    ['an account the organization created', { MemberUin: 5, Name: 'five', MemberType: 'Create' }, 'UnsupportedOperation.CreateMemberNotAllowDelete']
  ])('refuses %s', async (_, member, expected) => {
    emu.addMember(member)
    expect(await code(org.DeleteOrganizationMembers({ MemberUin: [5] }))).toBe(expected)
    expect(await code(org.DeleteOrganizationMembers({ MemberUin: [emu.managementUin] }))).toBe('FailedOperation.DisableQuitSelfCreatedOrganization')
    expect(emu.writes).toEqual([])
  })
})

describe('ModifyResourceTags: at most 10 tags in each list ("标签数量不超过10个", api.json)', () => {
  const resource = (uin: number) => `qcs::organization:ap-guangzhou:uin/:member/${uin}`
  const tags = (n: number) => Array.from({ length: n }, (_, i) => ({ TagKey: `k${i}`, TagValue: 'v' }))

  test('10 pass; 11 ReplaceTags or 11 DeleteTags are refused with InvalidParameter.Tag, the code of its own list', async () => {
    await tag.ModifyResourceTags({ Resource: resource(1), ReplaceTags: tags(10) })
    expect(emu.members[0]!.Tags).toHaveLength(10)
    expect(await code(tag.ModifyResourceTags({ Resource: resource(1), ReplaceTags: tags(11) }))).toBe('InvalidParameter.Tag')
    expect(await code(tag.ModifyResourceTags({ Resource: resource(1), DeleteTags: tags(11).map(({ TagKey }) => ({ TagKey })) }))).toBe('InvalidParameter.Tag')
    await tag.ModifyResourceTags({ Resource: resource(1), DeleteTags: tags(10).map(({ TagKey }) => ({ TagKey })) })
    expect(emu.members[0]!.Tags).toEqual([])
  })
})

describe('batch limits (undocumented): maxMoveBatch and maxDeleteMembersBatch', () => {
  const seed = (n: number) => Array.from({ length: n }, (_, i) => emu.addMember({ MemberUin: 1000 + i, Name: `b${i}`, NodeId: 1001 }).MemberUin)

  test('a move of 50 passes (default); 51 is refused whole with InvalidParameter; the option sets the limit', async () => {
    const uins = seed(51)
    expect(await code(org.MoveOrganizationNodeMembers({ NodeId: 1002, MemberUin: uins }))).toBe('InvalidParameter')
    expect(emu.members.filter((m) => m.NodeId === 1002)).toEqual([])
    await org.MoveOrganizationNodeMembers({ NodeId: 1002, MemberUin: uins.slice(0, 50) })
    expect(emu.members.filter((m) => m.NodeId === 1002)).toHaveLength(50)
    emu.maxMoveBatch = 2
    expect(await code(org.MoveOrganizationNodeMembers({ NodeId: 1001, MemberUin: uins.slice(0, 3) }))).toBe('InvalidParameter')
    expect(await code(org.MoveOrganizationNodeMembers({ NodeId: 1001, MemberUin: uins.slice(0, 2) }))).toBe('ok')
  })

  test('a removal of 50 passes (default); 51 is refused whole with InvalidParameter; the option sets the limit', async () => {
    const uins = seed(51)
    expect(await code(org.DeleteOrganizationMembers({ MemberUin: uins }))).toBe('InvalidParameter')
    expect(emu.members).toHaveLength(53)
    await org.DeleteOrganizationMembers({ MemberUin: uins.slice(0, 50) })
    expect(emu.members).toHaveLength(3)
    await emu.close()
    emu = await TencentCloudEmulator.start({ maxDeleteMembersBatch: 1 })
    org = new v20210331.Client(emu.clientConfig())
    const two = seed(2)
    expect(await code(org.DeleteOrganizationMembers({ MemberUin: two }))).toBe('InvalidParameter')
    expect(await code(org.DeleteOrganizationMembers({ MemberUin: [two[0]!] }))).toBe('ok')
  })
})

describe('UpdateOrganizationMember: the undocumented readings, both ways', () => {
  test('emptyRemarkClears (default true): Remark "" clears the remark; false: leaves it as it was', async () => {
    await org.UpdateOrganizationMember({ MemberUin: 1, Remark: 'lead' })
    await org.UpdateOrganizationMember({ MemberUin: 1, Remark: '' })
    expect(emu.members[0]!.Remark).toBe('')
    await org.UpdateOrganizationMember({ MemberUin: 1, Remark: 'lead' })
    emu.emptyRemarkClears = false
    await org.UpdateOrganizationMember({ MemberUin: 1, Remark: '' })
    expect(emu.members[0]!.Remark).toBe('lead')
    expect((await org.DescribeOrganizationMembers({ Limit: 10, Offset: 0 })).Items?.[0]?.Remark).toBe('lead')
  })

  test('payUinOmittedClears (default false): permissions that keep 7, sent without PayUin, keep the payer; true: refused, the payer read as ""', async () => {
    await org.UpdateOrganizationMember({ MemberUin: 2, PolicyType: 'Financial', PermissionIds: [1, 2, 7, 8] })
    expect(emu.members[1]).toMatchObject({ PermissionIds: [1, 2, 7, 8], PayUin: '9' })
    emu.payUinOmittedClears = true
    expect(await code(org.UpdateOrganizationMember({ MemberUin: 2, PolicyType: 'Financial', PermissionIds: [1, 2, 7] }))).toBe('FailedOperation.PayUinIllegal')
    expect(emu.members[1]).toMatchObject({ PermissionIds: [1, 2, 7, 8], PayUin: '9' })
    // With the payer sent, either reading takes it; a write without permissions leaves the payer alone.
    await org.UpdateOrganizationMember({ MemberUin: 2, PolicyType: 'Financial', PermissionIds: [1, 2, 7], PayUin: '8' })
    await org.UpdateOrganizationMember({ MemberUin: 2, Remark: 'x' })
    expect(emu.members[1]).toMatchObject({ PermissionIds: [1, 2, 7], PayUin: '8' })
  })

  test('IsModifyNickName 1 makes the new Name the account nickname too; 0 or absent leaves the nickname', async () => {
    await org.UpdateOrganizationMember({ MemberUin: 1, Name: 'uno', IsModifyNickName: 0 })
    expect(emu.members[0]!.NickName).toBeUndefined()
    await org.UpdateOrganizationMember({ MemberUin: 1, Name: 'eins', IsModifyNickName: 1 })
    expect(emu.members[0]).toMatchObject({ Name: 'eins', NickName: 'eins' })
    expect(await code(org.UpdateOrganizationMember({ MemberUin: 1, Name: 'x', IsModifyNickName: 2 }))).toBe('InvalidParameter')
  })
})
