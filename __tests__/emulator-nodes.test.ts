// The emulator's node actions (AddOrganizationNode, UpdateOrganizationNode, DeleteOrganizationNodes) through the
// official SDK client: the documented rules with the codes the Go SDK's client.go lists for each action, and each
// undocumented point both ways (nodeNameScope, maxNodeDepth, maxNodes, maxDeleteNodesPerCall).
import { afterEach, describe, expect, test } from '@jest/globals'
import { v20210331 } from 'tencentcloud-sdk-nodejs/tencentcloud/services/organization/v20210331/index.js'
import { TencentCloudEmulator } from './support/emulator.js'
import { code } from './support/sdk-outcome.js'
import type { EmulatorOptions } from './support/emulator.js'

let emu: TencentCloudEmulator
let org: InstanceType<typeof v20210331.Client>

async function start(options: EmulatorOptions = {}): Promise<void> {
  emu = await TencentCloudEmulator.start(options)
  org = new v20210331.Client(emu.clientConfig())
}
afterEach(async () => {
  await emu.close()
})

/** Adds Finance/Payments/... below the root, one level per name; answers the last NodeId. */
async function addPath(path: string): Promise<number> {
  let parent = emu.nodeByPath('')!.NodeId
  for (const name of path.split('/')) {
    const existing = emu.nodeByPath(emu.nodePath(parent) ? `${emu.nodePath(parent)}/${name}` : name)
    parent = existing?.NodeId ?? (await org.AddOrganizationNode({ ParentNodeId: parent, Name: name })).NodeId!
  }
  return parent
}

describe('AddOrganizationNode', () => {
  test('creates a node under its parent, answers its NodeId; DescribeOrganizationNodes lists it with Remark and Tags', async () => {
    await start()
    const { NodeId, RequestId } = await org.AddOrganizationNode({ ParentNodeId: 1001, Name: 'Payments', Remark: 'pay out', Tags: [{ TagKey: 'cost', TagValue: 'fin' }] })
    expect(NodeId).toBe(1003)
    expect(RequestId).toMatch(/^[0-9a-f-]{36}$/)
    expect(emu.nodeByPath('finance/Payments')).toMatchObject({ NodeId: 1003, ParentNodeId: 1001, Remark: 'pay out' })
    expect(emu.nodePath(1003)).toBe('finance/Payments')
    expect(emu.writes).toEqual([expect.objectContaining({ action: 'AddOrganizationNode', body: expect.objectContaining({ Name: 'Payments' }) })])
    const listed = await org.DescribeOrganizationNodes({ Limit: 10, Offset: 0 })
    expect(listed.Items?.find((n) => n.NodeId === 1003)).toMatchObject({
      Name: 'Payments',
      ParentNodeId: 1001,
      Remark: 'pay out',
      Tags: [{ TagKey: 'cost', TagValue: 'fin' }],
      CreateTime: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/)
    })
    // A node created without a Remark lists an empty one, as every node does.
    await org.AddOrganizationNode({ ParentNodeId: 1000, Name: 'Ops' })
    expect((await org.DescribeOrganizationNodes({ Limit: 10, Offset: 0 })).Items?.find((n) => n.Name === 'Ops')?.Remark).toBe('')
  })

  test('DescribeOrganizationNodes narrows by Tags', async () => {
    await start()
    await org.AddOrganizationNode({ ParentNodeId: 1000, Name: 'Tagged', Tags: [{ TagKey: 'k', TagValue: 'v' }] })
    const r = await org.DescribeOrganizationNodes({ Limit: 10, Offset: 0, Tags: [{ TagKey: 'k', TagValue: 'v' }] })
    expect([r.Total, r.Items?.map((n) => n.Name)]).toEqual([1, ['Tagged']])
  })

  test.each<[string, Record<string, unknown>, string]>([
    ['a parent that does not exist', { ParentNodeId: 4242, Name: 'x' }, 'ResourceNotFound.OrganizationNodeNotExist'],
    ['a name of 41 characters', { ParentNodeId: 1000, Name: 'x'.repeat(41) }, 'InvalidParameter'],
    ['a name with a space', { ParentNodeId: 1000, Name: 'two words' }, 'InvalidParameter'],
    ['a name with a colon (members may have one, nodes not)', { ParentNodeId: 1000, Name: 'a:b' }, 'InvalidParameter'],
    ['an empty name', { ParentNodeId: 1000, Name: '' }, 'InvalidParameter'],
    ['more than 10 tags', { ParentNodeId: 1000, Name: 'x', Tags: Array.from({ length: 11 }, (_, i) => ({ TagKey: `k${i}`, TagValue: 'v' })) }, 'InvalidParameter.TagError'],
    ['a sibling of the same name', { ParentNodeId: 1000, Name: 'finance' }, 'FailedOperation.OrganizationNodeNameUsed']
  ])('refuses %s', async (_, body, expected) => {
    await start()
    expect(await code(org.AddOrganizationNode(body as never))).toBe(expected)
    expect(emu.nodes).toHaveLength(3)
    expect(emu.writes).toEqual([])
  })

  test('takes 40 characters of letters, digits, Chinese characters and + @ & . _ [ ] -', async () => {
    await start()
    const name = '财务部+@&._[]-A1'.padEnd(40, 'z')
    await org.AddOrganizationNode({ ParentNodeId: 1000, Name: name })
    expect(emu.nodeByPath(name)).toBeDefined()
  })

  test("nodeNameScope 'siblings' (default): the same name under two parents; 'organization': once in the whole tree", async () => {
    await start()
    await org.AddOrganizationNode({ ParentNodeId: 1001, Name: 'Ops' })
    await org.AddOrganizationNode({ ParentNodeId: 1002, Name: 'Ops' })
    expect([emu.nodeByPath('finance/Ops')?.ParentNodeId, emu.nodeByPath('engineering/Ops')?.ParentNodeId]).toEqual([1001, 1002])
    await emu.close()
    await start({ nodeNameScope: 'organization' })
    await org.AddOrganizationNode({ ParentNodeId: 1001, Name: 'Ops' })
    expect(await code(org.AddOrganizationNode({ ParentNodeId: 1002, Name: 'Ops' }))).toBe('FailedOperation.OrganizationNodeNameUsed')
  })

  test('maxNodeDepth (default 5 below the root): a sixth level is refused; 4 refuses the fifth', async () => {
    await start()
    const fifth = await addPath('a/b/c/d/e')
    expect(emu.nodePath(fifth)).toBe('a/b/c/d/e')
    expect(await code(org.AddOrganizationNode({ ParentNodeId: fifth, Name: 'f' }))).toBe('LimitExceeded.NodeDepthExceedLimit')
    await emu.close()
    await start({ maxNodeDepth: 4 })
    const fourth = await addPath('a/b/c/d')
    expect(await code(org.AddOrganizationNode({ ParentNodeId: fourth, Name: 'e' }))).toBe('LimitExceeded.NodeDepthExceedLimit')
  })

  test('maxNodes (default 1000, the root included): one more is refused', async () => {
    await start({ maxNodes: 5 })
    await org.AddOrganizationNode({ ParentNodeId: 1000, Name: 'four' })
    await org.AddOrganizationNode({ ParentNodeId: 1000, Name: 'five' })
    expect(await code(org.AddOrganizationNode({ ParentNodeId: 1000, Name: 'six' }))).toBe('LimitExceeded.NodeExceedLimit')
    expect(emu.nodes).toHaveLength(5)
  })

  test('failNode strikes a valid creation by name; the rules still come first', async () => {
    await start()
    emu.failNode('Payments', 'FailedOperation.TagResourcesError')
    expect(await code(org.AddOrganizationNode({ ParentNodeId: 1001, Name: 'Payments' }))).toBe('FailedOperation.TagResourcesError')
    expect(await code(org.AddOrganizationNode({ ParentNodeId: 4242, Name: 'Payments' }))).toBe('ResourceNotFound.OrganizationNodeNotExist')
    expect(emu.nodeByPath('finance/Payments')).toBeUndefined()
  })
})

describe('UpdateOrganizationNode', () => {
  test('renames and changes the remark; fields not sent stay; UpdateTime moves', async () => {
    await start()
    emu.nodes[1]!.UpdateTime = '2020-01-01 00:00:00'
    await org.UpdateOrganizationNode({ NodeId: 1001, Name: 'Finance', Remark: 'money' })
    expect(emu.nodes[1]).toMatchObject({ Name: 'Finance', Remark: 'money', ParentNodeId: 1000 })
    expect(emu.nodes[1]!.UpdateTime).not.toBe('2020-01-01 00:00:00')
    await org.UpdateOrganizationNode({ NodeId: 1001, Remark: '' })
    expect(emu.nodes[1]).toMatchObject({ Name: 'Finance', Remark: '' })
    // Keeping its own name is no clash.
    await org.UpdateOrganizationNode({ NodeId: 1001, Name: 'Finance' })
    expect(emu.writes.map((w) => w.action)).toEqual(['UpdateOrganizationNode', 'UpdateOrganizationNode', 'UpdateOrganizationNode'])
  })

  test.each<[string, Record<string, unknown>, string]>([
    ['a node that does not exist', { NodeId: 4242, Name: 'x' }, 'FailedOperation.OrganizationNodeNotExist'],
    ["a sibling's name", { NodeId: 1001, Name: 'engineering' }, 'FailedOperation.OrganizationNodeNameUsed'],
    ['a name of 41 characters', { NodeId: 1001, Name: 'x'.repeat(41) }, 'InvalidParameter'],
    ['renaming the root', { NodeId: 1000, Name: 'top' }, 'InvalidParameter']
  ])('refuses %s', async (_, body, expected) => {
    await start()
    expect(await code(org.UpdateOrganizationNode(body as never))).toBe(expected)
    expect(emu.nodes.map((n) => n.Name)).toEqual(['root', 'finance', 'engineering'])
    expect(emu.writes).toEqual([])
  })

  test("the root's remark may change; the parent cannot (api.json has no such parameter)", async () => {
    await start({ allowSpecViolations: true })
    await org.UpdateOrganizationNode({ NodeId: 1000, Remark: 'the organization' })
    expect(emu.nodes[0]!.Remark).toBe('the organization')
    expect(await code(org.request('UpdateOrganizationNode', { NodeId: 1001, ParentNodeId: 1002 }))).toBe('UnknownParameter')
  })

  test("nodeNameScope 'organization': a rename may not take any other node's name", async () => {
    await start({ nodeNameScope: 'organization' })
    await org.AddOrganizationNode({ ParentNodeId: 1001, Name: 'Ops' })
    expect(await code(org.UpdateOrganizationNode({ NodeId: 1002, Name: 'Ops' }))).toBe('FailedOperation.OrganizationNodeNameUsed')
  })
})

describe('DeleteOrganizationNodes', () => {
  test('deletes empty nodes, several in one call', async () => {
    await start()
    const a = (await org.AddOrganizationNode({ ParentNodeId: 1000, Name: 'a' })).NodeId!
    const b = (await org.AddOrganizationNode({ ParentNodeId: 1000, Name: 'b' })).NodeId!
    await org.DeleteOrganizationNodes({ NodeId: [a, b] })
    expect(emu.nodes.map((n) => n.Name)).toEqual(['root', 'finance', 'engineering'])
    expect(emu.writes.at(-1)).toMatchObject({ action: 'DeleteOrganizationNodes', body: { NodeId: [a, b] } })
  })

  test('a node with members: NodeNotEmpty; with child nodes: OrganizationNodeNotEmpty, even when the call deletes the child too', async () => {
    await start()
    emu.addMember({ MemberUin: 1, Name: 'one', NodeId: 1001 })
    expect(await code(org.DeleteOrganizationNodes({ NodeId: [1001] }))).toBe('FailedOperation.NodeNotEmpty')
    const child = await addPath('engineering/platform')
    expect(await code(org.DeleteOrganizationNodes({ NodeId: [1002] }))).toBe('FailedOperation.OrganizationNodeNotEmpty')
    expect(await code(org.DeleteOrganizationNodes({ NodeId: [1002, child] }))).toBe('FailedOperation.OrganizationNodeNotEmpty')
    expect(emu.nodes).toHaveLength(4)
    // Child first, then the parent: both go.
    await org.DeleteOrganizationNodes({ NodeId: [child] })
    await org.DeleteOrganizationNodes({ NodeId: [1002] })
    expect(emu.nodeByPath('engineering')).toBeUndefined()
  })

  test('all or nothing: one refused node keeps every node of the call', async () => {
    await start()
    const a = (await org.AddOrganizationNode({ ParentNodeId: 1000, Name: 'a' })).NodeId!
    emu.addMember({ MemberUin: 1, Name: 'one', NodeId: 1001 })
    expect(await code(org.DeleteOrganizationNodes({ NodeId: [a, 1001] }))).toBe('FailedOperation.NodeNotEmpty')
    expect(emu.nodeByPath('a')).toBeDefined()
  })

  test.each<[string, number[], string]>([
    ['the root', [1000], 'InvalidParameter'],
    ['a node that does not exist', [4242], 'InvalidParameter'],
    ['an empty list', [], 'InvalidParameter']
  ])('refuses %s', async (_, NodeId, expected) => {
    await start()
    expect(await code(org.DeleteOrganizationNodes({ NodeId }))).toBe(expected)
    expect(emu.nodes).toHaveLength(3)
  })

  test('a node in a resource-sharing unit: ShareNodeExisted', async () => {
    await start()
    emu.addNode({ Name: 'shared' }).InShareUnit = true
    expect(await code(org.DeleteOrganizationNodes({ NodeId: [emu.nodeByPath('shared')!.NodeId] }))).toBe('FailedOperation.ShareNodeExisted')
  })

  test('maxDeleteNodesPerCall (default 10): one more in a call is refused whole', async () => {
    await start()
    const ids: number[] = []
    for (let i = 0; i < 11; i++) ids.push((await org.AddOrganizationNode({ ParentNodeId: 1000, Name: `n${i}` })).NodeId!)
    expect(await code(org.DeleteOrganizationNodes({ NodeId: ids }))).toBe('FailedOperation.OrganizationNodeDeleteOverLimit')
    await org.DeleteOrganizationNodes({ NodeId: ids.slice(0, 10) })
    expect(emu.nodes).toHaveLength(4)
    await emu.close()
    await start({ maxDeleteNodesPerCall: 2 })
    const more = [(await org.AddOrganizationNode({ ParentNodeId: 1000, Name: 'x' })).NodeId!, (await org.AddOrganizationNode({ ParentNodeId: 1000, Name: 'y' })).NodeId!]
    expect(await code(org.DeleteOrganizationNodes({ NodeId: [...more, 1001] }))).toBe('FailedOperation.OrganizationNodeDeleteOverLimit')
    await org.DeleteOrganizationNodes({ NodeId: more })
  })

  test('failNode strikes a valid deletion by NodeId', async () => {
    await start()
    emu.failNode(1001, 'FailedOperation.ShareNodeExisted', 'The department is in the shared unit.', 'DeleteOrganizationNodes')
    expect(await code(org.DeleteOrganizationNodes({ NodeId: [1001] }))).toBe('FailedOperation.ShareNodeExisted')
    emu.clearFaults()
    await org.DeleteOrganizationNodes({ NodeId: [1001] })
    expect(emu.nodeByPath('finance')).toBeUndefined()
  })
})

describe('nodeByPath', () => {
  test('walks names from below the root; "" is the root; an unknown step is undefined', async () => {
    await start()
    await addPath('Finance/Payments/EU')
    expect(emu.nodeByPath('Finance/Payments/EU')?.Name).toBe('EU')
    expect(emu.nodeByPath('')?.NodeId).toBe(1000)
    expect(emu.nodeByPath('Finance/Nope')).toBeUndefined()
    expect(emu.nodeByPath('Payments')).toBeUndefined()
    expect(emu.nodePath(4242)).toBeUndefined()
  })
})
