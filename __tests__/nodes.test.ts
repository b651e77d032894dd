// The node tree as code, end to end: the bundle as a runner runs it, real git, the emulator (root 1000, finance 1001,
// engineering 1002). Paths resolved against the live tree, nodes created parents first and members invited into them,
// renames through pins, deletions last and only of empty nodes, the guards, drift and import of nodes.
import { afterAll, afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { runAction, type ActionRun } from './support/action-runner.js'
import { TencentCloudEmulator, type EmulatorOptions } from './support/emulator.js'
import { Repo, pullRequestEvent, pushEvent } from './support/git-repo.js'

let emulator: TencentCloudEmulator
let repo: Repo

async function start(options: EmulatorOptions = {}): Promise<void> {
  await emulator?.close()
  emulator = await TencentCloudEmulator.start(options)
}
beforeEach(async () => {
  await start()
  repo?.cleanup()
  repo = new Repo()
})
afterEach(async () => {
  await emulator.close()
})
afterAll(() => repo?.cleanup())

const UIN = 730000000001
const DEFAULTS = 'defaults:\n  PolicyType: Financial\n  PermissionIds: [1, 2]\n'
const credentials = () => ({ 'secret-id': emulator.secretId, 'secret-key': emulator.secretKey, endpoint: emulator.url })
const writes = (action?: string) => emulator.requests.filter((r) => !r.action.startsWith('Describe') && (!action || r.action === action))
const results = (run: ActionRun) => JSON.parse(run.outputs.results!) as Array<Record<string, unknown>>
const plan = (run: ActionRun) => JSON.parse(run.outputs.plan!) as Record<string, unknown> & { nodes?: Array<Record<string, unknown>> }
const member = (uin: number) => emulator.members.find((m) => m.MemberUin === uin)
const nodes = (...items: string[]) => `nodes:\n${items.map((i) => `  - ${i}\n`).join('')}`
const entry = (i: number, node: string) => `  - MemberUin: ${UIN + i}\n    Name: m${i}\n    ${node}\n`

function push(base: string, head: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({ workspace: repo.work, eventName: 'push', payload: pushEvent(base, head), sha: head, ref: 'refs/heads/main', inputs: { ...credentials(), ...inputs } })
}
function pr(base: string, head: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    workspace: repo.work,
    eventName: 'pull_request',
    payload: pullRequestEvent(base, head),
    sha: head,
    ref: 'refs/pull/7/merge',
    inputs: { ...credentials(), comment: 'false', ...inputs }
  })
}
function seed(i: number, nodeId: number): void {
  emulator.addMember({ MemberUin: UIN + i, Name: `m${i}`, NodeId: nodeId, PermissionIds: [1, 2], PolicyType: 'Financial' })
}

describe('members named by path', () => {
  test('a path resolves against the live tree by names from the root; an unknown one is an error on its line, with the nearest', async () => {
    seed(0, 1001)
    const base = repo.commit({ 'members.yaml': DEFAULTS + 'members:\n' + entry(0, 'NodeId: 1001') }, 'By id')
    const head = repo.commit({ 'members.yaml': DEFAULTS + 'members:\n' + entry(0, 'Node: finance') + entry(1, 'Node: enginering') }, 'By path')
    const run = await pr(base, head)
    expect(run.code).toBe(1)
    const unknown = run.annotations.find((a) => a.title === 'Unknown node')!
    expect(unknown).toMatchObject({ level: 'error', line: 10, col: 11 })
    expect(unknown.message).toBe('Node enginering is not a node of the organization (and the file has no nodes: section to create it). Nearest: engineering, finance.')
    // m0 by path is the same node as by id: no change, no move.
    const fixed = repo.commit({ 'members.yaml': DEFAULTS + 'members:\n' + entry(0, 'Node: finance') + entry(1, 'Node: engineering') }, 'Fixed')
    const ok = await push(base, fixed)
    expect(ok.failure).toBeUndefined()
    expect(writes().map((r) => [r.action, r.body.MemberUin, r.body.NodeId])).toEqual([['InviteOrganizationMember', UIN + 1, 1002]])
  })

  test('a move to a NodeId that does not exist is an error on its line before merge, not a failed apply', async () => {
    seed(0, 1001)
    const base = repo.commit({ 'members.yaml': DEFAULTS + 'members:\n' + entry(0, 'NodeId: 1001') }, 'One')
    const head = repo.commit({ 'members.yaml': DEFAULTS + 'members:\n' + entry(0, 'NodeId: 1009') }, 'Move to nowhere')
    const run = await pr(base, head, { reconcile: 'changes' })
    expect(run.code).toBe(1)
    const error = run.annotations.find((a) => a.title === 'Unknown NodeId')!
    expect(error).toMatchObject({ level: 'error', line: 7, col: 13 })
    expect(error.message).toContain(`NodeId 1009 does not exist in the organization, so member ${UIN} cannot be moved there from node 1001.`)
  })
})

describe('nodes created, renamed and deleted', () => {
  test('50 nodes three levels deep, members invited into them: parents first, each once; a rerun sends nothing', async () => {
    const paths: string[] = []
    for (let a = 0; a < 2; a++) {
      paths.push(`team-${a}`)
      for (let b = 0; b < 4; b++) {
        paths.push(`team-${a}/unit-${b}`)
        for (let c = 0; c < 5; c++) paths.push(`team-${a}/unit-${b}/squad-${c}`)
      }
    }
    expect(paths).toHaveLength(50)
    const leaves = paths.filter((p) => p.split('/').length === 3)
    const members = leaves.map((p, i) => entry(i, `Node: ${p}`)).join('')
    const base = repo.commit({ 'members.yaml': DEFAULTS + 'members: []\n' }, 'Empty')
    const head = repo.commit({ 'members.yaml': nodes(...paths.map((p) => `Path: ${p}`)) + DEFAULTS + 'members:\n' + members }, 'A tree')
    const run = await push(base, head, { reconcile: 'changes', 'max-invites': '50', 'max-changes': '50' })
    expect(run.failure).toBeUndefined()
    const created = writes('AddOrganizationNode')
    expect(created).toHaveLength(50)
    // Parents first: every node's parent existed when it was asked for.
    for (const p of paths) expect(emulator.nodePath(emulator.nodeByPath(p)!.NodeId)).toBe(p)
    const order = created.map((r) => r.body.Name)
    expect(order.indexOf('team-0')).toBeLessThan(order.indexOf('unit-0'))
    // Each member invited into its own new node, by id.
    const invited = new Map(emulator.invitations.map((i) => [i.uin, i.body.NodeId]))
    leaves.forEach((p, i) => expect(invited.get(UIN + i)).toBe(emulator.nodeByPath(p)!.NodeId))
    expect(
      results(run)
        .filter((r) => r.action === 'create-node')
        .every((r) => r.status === 'created' && typeof r.NodeId === 'number')
    ).toBe(true)
    expect(run.stdout).toMatch(/^AddOrganizationNode node "team-0" \(NodeId \d+\): created · RequestId /m)
    const rerun = await push(base, head, { reconcile: 'changes', 'max-invites': '50', 'max-changes': '50' })
    expect(writes('AddOrganizationNode')).toHaveLength(50)
    expect(rerun.failure).toBeUndefined()
    // Every declared node in sync; finance and engineering are live and not declared: reported, never touched.
    expect((plan(rerun).nodes ?? []).filter((n) => n.state !== 'in-sync')).toEqual([
      expect.objectContaining({ Node: 'engineering', state: 'undeclared' }),
      expect.objectContaining({ Node: 'finance', state: 'undeclared' })
    ])
  })

  test('with reconcile none a member naming a node still to create is an error: creating nodes needs changes', async () => {
    const base = repo.commit({ 'members.yaml': DEFAULTS + 'members: []\n' }, 'Empty')
    const head = repo.commit({ 'members.yaml': nodes('Path: finance/payments') + DEFAULTS + 'members:\n' + entry(0, 'Node: finance/payments') }, 'New node')
    const run = await pr(base, head)
    expect(run.code).toBe(1)
    expect(run.annotations.find((a) => a.title === 'Node not created')!.message).toBe(
      'Node finance/payments does not exist yet: it is declared under nodes:, and creating nodes needs the reconcile input set to changes or all.'
    )
    const planned = await pr(base, head, { reconcile: 'changes' })
    expect(planned.code).toBe(0)
    expect(planned.summary).toContain('### Nodes: **1** create')
    expect(planned.summary).toContain('| `finance/payments` | create |  |  | created on merge |')
    expect(writes()).toEqual([])
  })

  test('a pinned node renamed in the file is renamed, not created; its members stay', async () => {
    seed(0, 1001)
    const base = repo.commit({ 'members.yaml': nodes('{ Path: finance, NodeId: 1001 }') + DEFAULTS + 'members:\n' + entry(0, 'Node: finance') }, 'Pinned')
    const head = repo.commit({ 'members.yaml': nodes('{ Path: finops, NodeId: 1001, Remark: money }') + DEFAULTS + 'members:\n' + entry(0, 'Node: finops') }, 'Renamed')
    const run = await push(base, head, { reconcile: 'changes' })
    expect(run.failure).toBeUndefined()
    expect(writes().map((r) => [r.action, r.body])).toEqual([['UpdateOrganizationNode', { NodeId: 1001, Name: 'finops', Remark: 'money' }]])
    expect(emulator.nodePath(1001)).toBe('finops')
    expect(member(UIN)!.NodeId).toBe(1001)
  })

  test('a pinned node put under another parent is an error that says how to move its members', async () => {
    const base = repo.commit({ 'members.yaml': nodes('{ Path: finance, NodeId: 1001 }', '{ Path: engineering, NodeId: 1002 }') + DEFAULTS + 'members: []\n' }, 'Two')
    const head = repo.commit({ 'members.yaml': nodes('{ Path: engineering/finance, NodeId: 1001 }', '{ Path: engineering, NodeId: 1002 }') + DEFAULTS + 'members: []\n' }, 'Move')
    const run = await pr(base, head, { reconcile: 'changes' })
    expect(run.code).toBe(1)
    expect(run.annotations.find((a) => a.title === 'Node cannot move')).toMatchObject({ line: 2 })
    expect(run.failure).toBe('The organization would refuse an entry of members.yaml; nothing was sent.')
  })

  test('a node taken out of nodes: is deleted last with reconcile all, after the moves that empty it', async () => {
    const ops = emulator.addNode({ Name: 'ops', ParentNodeId: 1000 })
    seed(0, ops.NodeId)
    seed(1, ops.NodeId)
    const tree = nodes(`{ Path: ops, NodeId: ${ops.NodeId} }`, '{ Path: finance, NodeId: 1001 }', '{ Path: engineering, NodeId: 1002 }')
    const base = repo.commit({ 'members.yaml': tree + DEFAULTS + 'members:\n' + entry(0, 'Node: ops') + entry(1, 'Node: ops') }, 'Ops')
    const without = tree.replace(`  - { Path: ops, NodeId: ${ops.NodeId} }\n`, '')
    const gone = repo.commit({ 'members.yaml': without + DEFAULTS + 'members:\n' + entry(0, 'Node: finance') + entry(1, 'Node: engineering') }, 'Ops gone')
    // With changes, the node stays (reported); with all, it goes once its members have moved out.
    const changes = await pr(base, gone, { reconcile: 'changes' })
    expect(changes.summary).toContain(`| \`ops\` | remove | ${ops.NodeId} |  | not deleted (reconcile: changes; only all deletes) |`)
    const run = await push(base, gone, { reconcile: 'all' })
    expect(run.failure).toBeUndefined()
    expect(writes().map((r) => r.action)).toEqual(['MoveOrganizationNodeMembers', 'MoveOrganizationNodeMembers', 'DeleteOrganizationNodes'])
    expect(emulator.nodes.some((n) => n.NodeId === ops.NodeId)).toBe(false)
    expect(member(UIN)!.NodeId).toBe(1001)
    expect(member(UIN + 1)!.NodeId).toBe(1002)
    expect(results(run).at(-1)).toMatchObject({ action: 'delete-node', Node: 'ops', NodeId: ops.NodeId, status: 'deleted' })
  })

  test('a node not empty after the run is an error naming what is still inside', async () => {
    const ops = emulator.addNode({ Name: 'ops', ParentNodeId: 1000 })
    seed(0, ops.NodeId)
    const tree = nodes(`{ Path: ops, NodeId: ${ops.NodeId} }`)
    const base = repo.commit({ 'members.yaml': tree + DEFAULTS + 'members:\n' + entry(0, `NodeId: ${ops.NodeId}`) }, 'Ops')
    const head = repo.commit({ 'members.yaml': 'nodes: []\n' + DEFAULTS + 'members:\n' + entry(0, `NodeId: ${ops.NodeId}`) }, 'Ops out of nodes')
    const run = await pr(base, head, { reconcile: 'all' })
    expect(run.code).toBe(1)
    expect(run.annotations.find((a) => a.title === 'Node not empty')!.message).toBe(
      `ops (NodeId ${ops.NodeId}, line 2 of the base revision) is taken out of nodes:, but after this run it would still hold member ${UIN} (m0). Move them out (or take them out too) first, or keep the node.`
    )
  })

  test('a lost answer to AddOrganizationNode is read back: the node is not created twice', async () => {
    emulator.failNext(1, 'lost-answer', 'AddOrganizationNode')
    const base = repo.commit({ 'members.yaml': DEFAULTS + 'members: []\n' }, 'Empty')
    const head = repo.commit({ 'members.yaml': nodes('Path: finance/payments') + DEFAULTS + 'members:\n' + entry(0, 'Node: finance/payments') }, 'New node')
    const run = await push(base, head, { reconcile: 'changes', timeout: '1' })
    expect(run.failure).toBeUndefined()
    expect(emulator.nodes.filter((n) => n.Name === 'payments')).toHaveLength(1)
    const id = emulator.nodeByPath('finance/payments')!.NodeId
    expect(emulator.invitations.map((i) => i.body.NodeId)).toEqual([id])
    expect(results(run).find((r) => r.action === 'create-node')).toMatchObject({ status: 'created', NodeId: id, message: expect.stringContaining('read back') })
  })

  test('whether node names are unique organization-wide is undocumented: the plan warns, the apply reports the refusal', async () => {
    await start({ nodeNameScope: 'organization' })
    const base = repo.commit({ 'members.yaml': DEFAULTS + 'members: []\n' }, 'Empty')
    const head = repo.commit({ 'members.yaml': nodes('Path: engineering/finance') + DEFAULTS + 'members:\n' + entry(0, 'Node: engineering/finance') }, 'Another finance')
    const planned = await pr(base, head, { reconcile: 'changes' })
    expect(planned.annotations.find((a) => a.title === 'Node name in use elsewhere')!.message).toContain('A node named finance already exists (finance)')
    const run = await push(base, head, { reconcile: 'changes' })
    expect(run.code).toBe(1)
    const byAction = new Map(results(run).map((r) => [r.action, r]))
    expect(byAction.get('create-node')).toMatchObject({ status: 'failed', code: 'FailedOperation.OrganizationNodeNameUsed' })
    expect(byAction.get('invite')).toMatchObject({ status: 'skipped', message: expect.stringContaining('its node engineering/finance was not created') })
    expect(emulator.invitations).toHaveLength(0)
    // Under the other reading, the same file creates the node.
    await start({ nodeNameScope: 'siblings' })
    const ok = await push(base, head, { reconcile: 'changes' })
    expect(ok.failure).toBeUndefined()
    expect(emulator.nodeByPath('engineering/finance')).toBeDefined()
  })
})

describe('drift and import cover nodes', () => {
  test('a console rename of a pinned node is drift, in the output and the summary', async () => {
    const base = repo.commit({ 'members.yaml': nodes('{ Path: finance, NodeId: 1001, Remark: money }') + DEFAULTS + 'members: []\n' }, 'Pinned')
    emulator.nodes.find((n) => n.NodeId === 1001)!.Remark = 'money'
    emulator.nodes.find((n) => n.NodeId === 1001)!.Name = 'fin'
    const run = await runAction({ workspace: repo.work, eventName: 'schedule', payload: {}, sha: base, ref: 'refs/heads/main', inputs: credentials() })
    expect(run.code).toBe(0)
    const drift = JSON.parse(run.outputs.drift!) as Array<Record<string, unknown>>
    expect(drift).toEqual(
      expect.arrayContaining([
        { Node: 'finance', NodeId: 1001, state: 'update', field: 'Name', file: 'finance', live: 'fin', line: 2 },
        { Node: 'engineering', NodeId: 1002, state: 'undeclared', field: null, file: null, live: 'node' }
      ])
    )
    expect(run.summary).toContain('### Nodes: **1** update, **1** undeclared')
  })

  test('a file using only paths, imported from the organization, plans every node and member in sync', async () => {
    const data = emulator.addNode({ Name: 'data', ParentNodeId: 1002, Remark: 'lake' })
    seed(0, 1001)
    seed(1, data.NodeId)
    const { execFile } = await import('node:child_process')
    const { join } = await import('node:path')
    const { ROOT } = await import('./support/action-runner.js')
    const env = { PATH: process.env.PATH ?? '', TENCENTCLOUD_SECRET_ID: emulator.secretId, TENCENTCLOUD_SECRET_KEY: emulator.secretKey }
    const code = await new Promise<number>((done) =>
      execFile(process.execPath, [join(ROOT, 'dist', 'cli', 'index.js'), 'import', '--endpoint', emulator.url, '--output', 'members.yaml'], { cwd: repo.work, env }, (e) =>
        done(e ? Number(e.code) : 0)
      )
    )
    expect(code).toBe(0)
    const { readFileSync } = await import('node:fs')
    const text = readFileSync(join(repo.work, 'members.yaml'), 'utf8')
    expect(text).toContain('  - Path: engineering/data\n    NodeId: ' + data.NodeId + '\n    Remark: lake\n')
    expect(text).toContain('    Node: engineering/data\n')
    expect(text.slice(text.indexOf('members:'))).not.toContain('NodeId:')
    const base = repo.commit({ 'members.yaml': text }, 'Import')
    const run = await pr(base, base, { reconcile: 'all' })
    expect(run.code).toBe(0)
    const p = plan(run)
    expect((p.nodes ?? []).map((n) => n.state)).toEqual(['in-sync', 'in-sync', 'in-sync'])
    expect(run.summary).toContain('**2** in-sync')
    expect(p.writes).toEqual([])
  })
})
