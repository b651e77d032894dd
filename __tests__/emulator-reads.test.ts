// The emulator's reads of members through the official SDK clients: what DescribeOrganizationMembers lists (Tags only
// with listsMemberTags, IsAllowQuit by defaultIsAllowQuit, its filters, Offset a multiple of Limit), and the Tag
// service's DescribeResourceTagsByResourceIds, which reads members' tags with the paging api.json documents.
import { afterEach, describe, expect, test } from '@jest/globals'
import { v20210331 } from 'tencentcloud-sdk-nodejs/tencentcloud/services/organization/v20210331/index.js'
import { Client as TagClient } from 'tencentcloud-sdk-nodejs/tencentcloud/services/tag/v20180813/tag_client.js'
import { TencentCloudEmulator } from './support/emulator.js'
import { code } from './support/sdk-outcome.js'
import type { EmulatorOptions } from './support/emulator.js'

let emu: TencentCloudEmulator
let org: InstanceType<typeof v20210331.Client>
let tag: TagClient

async function start(options: EmulatorOptions = {}): Promise<void> {
  emu = await TencentCloudEmulator.start(options)
  org = new v20210331.Client(emu.clientConfig())
  tag = new TagClient(emu.clientConfig())
  emu.addMember({ MemberUin: 1, Name: 'one', NodeId: 1001, Tags: [{ TagKey: 'team', TagValue: 'fin' }] })
  emu.addMember({ MemberUin: 2, Name: 'two', NodeId: 1002, IsAllowQuit: 'Allow', Tags: [] })
}
afterEach(async () => {
  await emu.close()
})

const invite = (uin: number, extra: Record<string, unknown> = {}) =>
  org.InviteOrganizationMember({ MemberUin: uin, Name: `m-${uin}`, PolicyType: 'Financial', PermissionIds: [1, 2], NodeId: 1001, ...extra })

describe('DescribeOrganizationMembers', () => {
  test('lists no Tags by default (OrgMember.Tags is optional); listsMemberTags lists them', async () => {
    await start()
    const plain = await org.DescribeOrganizationMembers({ Limit: 10, Offset: 0 })
    expect(plain.Items?.map((m) => 'Tags' in m)).toEqual([false, false])
    emu.listsMemberTags = true
    const tagged = await org.DescribeOrganizationMembers({ Limit: 10, Offset: 0 })
    expect(tagged.Items?.map((m) => m.Tags)).toEqual([[{ TagKey: 'team', TagValue: 'fin' }], []])
  })

  test("defaultIsAllowQuit (default 'Denied'): what an invitation without IsAllowQuit makes, and an unset member lists", async () => {
    await start()
    await invite(10)
    await invite(11, { IsAllowQuit: 'Allow' })
    emu.acceptInvitation(10)
    emu.acceptInvitation(11)
    const denied = await org.DescribeOrganizationMembers({ Limit: 10, Offset: 0 })
    expect(denied.Items?.map((m) => [m.MemberUin, m.IsAllowQuit])).toEqual([
      [1, 'Denied'],
      [2, 'Allow'],
      [10, 'Denied'],
      [11, 'Allow']
    ])
    await emu.close()
    await start({ defaultIsAllowQuit: 'Allow' })
    await invite(10)
    emu.acceptInvitation(10)
    expect(emu.members.at(-1)?.IsAllowQuit).toBe('Allow')
    expect((await org.DescribeOrganizationMembers({ Limit: 10, Offset: 0 })).Items?.map((m) => m.IsAllowQuit)).toEqual(['Allow', 'Allow', 'Allow'])
  })

  test('narrows by NodeId, NodeName and Tags', async () => {
    await start()
    const uins = async (filter: Record<string, unknown>) => (await org.DescribeOrganizationMembers({ Limit: 10, Offset: 0, ...filter })).Items?.map((m) => m.MemberUin)
    expect(await uins({ NodeId: 1002 })).toEqual([2])
    expect(await uins({ NodeName: 'finance' })).toEqual([1])
    expect(await uins({ Tags: [{ TagKey: 'team', TagValue: 'fin' }] })).toEqual([1])
    expect(await uins({ Tags: [{ TagKey: 'team', TagValue: 'eng' }] })).toEqual([])
  })

  test('Offset must be a multiple of Limit (api.json: "取值是limit的整数倍")', async () => {
    await start()
    expect(await code(org.DescribeOrganizationMembers({ Limit: 10, Offset: 5 }))).toBe('InvalidParameter')
    expect(await code(org.DescribeOrganizationNodes({ Limit: 2, Offset: 1 }))).toBe('InvalidParameter')
    expect((await org.DescribeOrganizationNodes({ Limit: 2, Offset: 2 })).Items?.map((n) => n.NodeId)).toEqual([1002])
  })
})

describe('DescribeResourceTagsByResourceIds (Tag service, 2018-08-13)', () => {
  const read = (ids: string[], extra: Record<string, unknown> = {}) =>
    tag.DescribeResourceTagsByResourceIds({ ServiceType: 'organization', ResourcePrefix: 'member', ResourceRegion: 'ap-guangzhou', ResourceIds: ids, ...extra })

  test("one row per tag of each member named, with the resource's ID and the MD5s; a member without tags or no member has none", async () => {
    await start()
    emu.members[1]!.Tags = [
      { TagKey: 'a', TagValue: '1' },
      { TagKey: 'b', TagValue: '' }
    ]
    const r = await read(['2', '1', '3'])
    expect(r.TotalCount).toBe(3)
    expect([r.Offset, r.Limit]).toEqual([0, 15])
    expect(r.Tags).toEqual([
      {
        TagKey: 'a',
        TagValue: '1',
        ResourceId: '2',
        TagKeyMd5: '0cc175b9c0f1b6a831c399e269772661',
        TagValueMd5: 'c4ca4238a0b923820dcc509a6f75849b',
        ServiceType: 'organization',
        Category: 'Custom'
      },
      expect.objectContaining({ TagKey: 'b', TagValue: '', ResourceId: '2', TagValueMd5: 'd41d8cd98f00b204e9800998ecf8427e' }),
      expect.objectContaining({ TagKey: 'team', TagValue: 'fin', ResourceId: '1' })
    ])
    expect((await read(['3'])).Tags).toEqual([])
    // ModifyResourceTags and this read agree.
    await tag.ModifyResourceTags({ Resource: 'qcs::organization:ap-guangzhou:uin/:member/1', ReplaceTags: [{ TagKey: 'team', TagValue: 'ops' }] })
    expect((await read(['1'])).Tags?.map((t) => [t.TagKey, t.TagValue])).toEqual([['team', 'ops']])
  })

  test('pages over the rows: Limit 15 by default, Offset a multiple of Limit, TotalCount all rows', async () => {
    await start()
    for (let i = 0; i < 40; i++) emu.addMember({ MemberUin: 100 + i, Name: `m${i}`, Tags: [{ TagKey: 'k', TagValue: String(i) }] })
    const ids = Array.from({ length: 40 }, (_, i) => String(100 + i))
    const first = await read(ids)
    expect([first.TotalCount, first.Tags?.length]).toEqual([40, 15])
    const pages: string[] = []
    for (let offset = 0; offset < 40; offset += 20) pages.push(...((await read(ids, { Limit: 20, Offset: offset })).Tags ?? []).map((t) => t.ResourceId!))
    expect(pages).toEqual(ids)
    expect(await code(read(ids, { Limit: 20, Offset: 10 }))).toBe('InvalidParameterValue')
    expect(await code(read(ids, { Limit: 0 }))).toBe('InvalidParameterValue')
  })

  test('maxTagReadLimit (default 1000): a larger Limit is refused', async () => {
    await start()
    expect(await code(read(['1'], { Limit: 1000 }))).toBe('ok')
    expect(await code(read(['1'], { Limit: 1001 }))).toBe('InvalidParameterValue')
    emu.maxTagReadLimit = 100
    expect(await code(read(['1'], { Limit: 101 }))).toBe('InvalidParameterValue')
  })

  test('at most 50 ResourceIds, as api.json says; a region-less read ("") finds members too', async () => {
    await start()
    const fifty = Array.from({ length: 50 }, (_, i) => String(i + 1))
    expect((await read(fifty)).TotalCount).toBe(1)
    expect(await code(read([...fifty, '51']))).toBe('InvalidParameterValue.ResourceIdInvalid')
    expect(await code(read([]))).toBe('InvalidParameterValue.ResourceIdInvalid')
    expect((await read(['1'], { ResourceRegion: '' })).TotalCount).toBe(1)
  })

  test.each<[string, Record<string, unknown>, string]>([
    ['a malformed region', { ResourceRegion: 'Guangzhou' }, 'InvalidParameterValue.RegionInvalid'],
    ['a malformed service type', { ServiceType: 'Organization!' }, 'InvalidParameterValue.ServiceTypeInvalid'],
    ['an empty resource prefix', { ResourcePrefix: '' }, 'InvalidParameterValue.ResourcePrefixInvalid'],
    ['an unknown category', { Category: 'Mine' }, 'InvalidParameterValue']
  ])('refuses %s', async (_, extra, expected) => {
    await start()
    expect(await code(read(['1'], extra))).toBe(expected)
  })

  test('another service or prefix, or System tags, have no rows for members', async () => {
    await start()
    expect((await read(['1'], { ServiceType: 'cvm', ResourcePrefix: 'instance' })).Tags).toEqual([])
    expect((await read(['1'], { ResourcePrefix: 'node' })).Tags).toEqual([])
    expect((await read(['1'], { Category: 'System' })).Tags).toEqual([])
    expect((await read(['1'], { Category: 'Custom' })).TotalCount).toBe(1)
  })

  test("its required parameters are api.json's: a read without ResourceRegion is MissingParameter", async () => {
    await start({ allowSpecViolations: true })
    expect(await code(tag.request('DescribeResourceTagsByResourceIds', { ServiceType: 'organization', ResourcePrefix: 'member', ResourceIds: ['1'] }))).toBe('MissingParameter')
  })

  test('failUin strikes a read that names the member', async () => {
    await start()
    emu.failUin(1, 'FailedOperation', 'The operation failed.', 'DescribeResourceTagsByResourceIds')
    expect(await code(read(['2', '1']))).toBe('FailedOperation')
    expect((await read(['2'])).TotalCount).toBe(0)
  })

  test('limited to 20 requests per second, like every action, apart from ModifyResourceTags', async () => {
    await start({ rateLimit: 2 })
    const answers = await Promise.all(Array.from({ length: 8 }, () => code(read(['1']))))
    expect(answers.filter((a) => a === 'RequestLimitExceeded').length).toBeGreaterThan(0)
    expect(answers.filter((a) => a === 'ok').length).toBeGreaterThan(0)
    // Another action has its own window.
    expect(await code(tag.ModifyResourceTags({ Resource: 'qcs::organization:ap-guangzhou:uin/:member/1', DeleteTags: [{ TagKey: 'team' }] }))).toBe('ok')
  })
})
