// Import: a members file from the live organization (the emulator), by the command-line tool and by the action's
// mode import; and the round trip: a drift run of the imported file finds every member in sync.
import { afterAll, afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, runAction } from './support/action-runner.js'
import { TencentCloudEmulator } from './support/emulator.js'
import { Repo } from './support/git-repo.js'

const CLI = join(ROOT, 'dist', 'cli', 'index.js')
let emulator: TencentCloudEmulator
let repo: Repo

// The readings this file relies on, undocumented and options of the emulator: an unset IsAllowQuit lists as Allow, and
// DescribeOrganizationMembers lists members' Tags (by default the emulator answers Denied and leaves Tags out).
beforeEach(async () => {
  emulator = await TencentCloudEmulator.start({ listsMemberTags: true, defaultIsAllowQuit: 'Allow' })
  emulator.addNode({ NodeId: 1003, Name: 'data: lake', ParentNodeId: 1002 })
  // Fields of every kind, values that need quoting, members out of order.
  emulator.addMember({
    MemberUin: 700000000005,
    Name: 'eve',
    NodeId: 1003,
    PermissionIds: [2, 1, 7],
    PayUin: '700000000001',
    Remark: 'pays: "all"\nof it',
    Tags: [
      { TagKey: 'team', TagValue: 'data' },
      { TagKey: 'env', TagValue: 'true' }
    ]
  })
  emulator.addMember({ MemberUin: 700000000001, Name: 'alice', NodeId: 1001, IsAllowQuit: 'Denied' })
  emulator.addMember({ MemberUin: 700000000003, Name: 'a[1]:b,c', NodeId: 1002, Remark: 'null' })
  emulator.addMember({ MemberUin: 700000000002, Name: 'bob', NodeId: 1001, MemberType: 'Create' })
  emulator.addMember({ MemberUin: 700000000004, Name: '数据', NodeId: 1002, PermissionIds: [1, 2, 8], Tags: [{ TagKey: 'cost', TagValue: '' }] })
  repo?.cleanup()
  repo = new Repo()
  repo.commit({ 'README.md': 'members as code\n' }, 'Start')
})
afterEach(async () => {
  await emulator.close()
})
afterAll(() => repo?.cleanup())

function cli(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [CLI, ...args], { cwd: repo.work, env: { PATH: process.env.PATH ?? '', ...env } }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code) : 0, stdout, stderr })
    })
  })
}

const secrets = () => ({ TENCENTCLOUD_SECRET_ID: emulator.secretId, TENCENTCLOUD_SECRET_KEY: emulator.secretKey })

/** A drift run of the committed file: its `drift` output and the reconcile counts of its summary. */
async function driftOf(file = 'members.yaml') {
  const run = await runAction({
    workspace: repo.work,
    eventName: 'schedule',
    payload: {},
    sha: repo.head(),
    ref: 'refs/heads/main',
    inputs: { file, 'secret-id': emulator.secretId, 'secret-key': emulator.secretKey, endpoint: emulator.url }
  })
  return run
}

describe('import', () => {
  test('the command-line tool writes a valid file to stdout: schema comment, defaults, nodes in comments, sorted by node then UIN', async () => {
    const run = await cli(['import', '--endpoint', emulator.url], secrets())
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('Imported 5 members and 2 nodes of the organization (')
    // The node tree under nodes:, pinned; members by path (issue 20); the schema at the release's URL (issue 23); the
    // most common value of each field every member holds in defaults, the others on their entries (issue 23). A node
    // whose name a path cannot hold (`data: lake`) stays out of nodes:, its members by NodeId.
    expect(run.stdout.split('\n')).toEqual([
      '# yaml-language-server: $schema=https://raw.githubusercontent.com/acme/tencent-org-members/v1/schema/members.schema.json',
      expect.stringMatching(/^# Imported from the Tencent Cloud organization 45000001 on \d{4}-\d\d-\d\d: 5 members in 3 nodes, 2 nodes below the root\.$/),
      '# RelationAuthName and AuthFile count only at invitation and the API does not return them: add them by hand if needed.',
      '# The management account 100000000000 is the organization itself, not an entry.',
      '# Node 1003 (data: lake) has a name a path cannot hold: it is not under nodes:, and members in it keep their NodeId.',
      '# The node tree, each node pinned by its id: renaming one here renames it, never makes a new one.',
      'nodes:',
      '  - Path: engineering',
      '    NodeId: 1002',
      '  - Path: finance',
      '    NodeId: 1001',
      'defaults:',
      '  PolicyType: Financial',
      '  PermissionIds: [1, 2]',
      '  IsAllowQuit: Allow',
      'members:',
      '  # Node 1001: finance',
      '  - MemberUin: 700000000001',
      '    Name: alice',
      '    Node: finance',
      '    IsAllowQuit: Denied',
      '  - MemberUin: 700000000002',
      '    Name: bob',
      '    Node: finance',
      '  # Node 1002: engineering',
      '  - MemberUin: 700000000003',
      '    Name: "a[1]:b,c"',
      '    Node: engineering',
      '    Remark: "null"',
      '  - MemberUin: 700000000004',
      '    Name: 数据',
      '    Node: engineering',
      '    PermissionIds: [1, 2, 8]',
      '    Tags:',
      '      - { TagKey: cost, TagValue: "" }',
      '  # Node 1003: engineering/data: lake',
      '  - MemberUin: 700000000005',
      '    Name: eve',
      '    NodeId: 1003',
      '    PermissionIds: [1, 2, 7]',
      '    PayUin: "700000000001"',
      '    Remark: "pays: \\"all\\"\\nof it"',
      '    Tags:',
      '      - { TagKey: env, TagValue: "true" }',
      '      - { TagKey: team, TagValue: data }',
      ''
    ])
    expect(emulator.requests.every((r) => r.action.startsWith('Describe'))).toBe(true)
  })

  test('round trip: --output writes the file, and a drift run of it finds every member in sync', async () => {
    const run = await cli(['import', '--output', 'members.yaml', '--endpoint', emulator.url], secrets())
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('')
    expect((await cli(['validate', 'members.yaml'], {})).stdout).toBe('members.yaml: valid, 5 entries.\n')
    repo.commit({ 'members.yaml': readFileSync(join(repo.work, 'members.yaml'), 'utf8') }, 'Import the organization')
    const drift = await driftOf()
    expect(drift.code).toBe(0)
    expect(drift.outputs.drift).toBe('[]')
    expect(drift.summary).toContain('### Against the organization: **5** in-sync')
    expect(drift.annotations.filter((a) => a.level !== 'notice')).toEqual([])
  })

  test('defaults hold the most common value of what every member holds, and the round trip still holds', async () => {
    await emulator.close()
    emulator = await TencentCloudEmulator.start({ listsMemberTags: true, defaultIsAllowQuit: 'Allow' })
    for (let i = 0; i < 60; i++)
      emulator.addMember({ MemberUin: 710000000000 + i, Name: `m${i}`, NodeId: 1002, PermissionIds: [1, 2, 9], Tags: [{ TagKey: 'org', TagValue: 'acme' }] })
    const run = await cli(['import', '--output', 'team/members.yaml', '--endpoint', emulator.url], secrets())
    expect(run.code).toBe(0)
    const text = readFileSync(join(repo.work, 'team/members.yaml'), 'utf8')
    // Not the node (a new entry without one would land in the biggest node unnoticed) nor Tags (every new entry would
    // get them): those stay on the entries.
    expect(text).toContain(
      'defaults:\n  PolicyType: Financial\n  PermissionIds: [1, 2, 9]\n  IsAllowQuit: Allow\nmembers:\n  # Node 1002: engineering\n  - MemberUin: 710000000000\n    Name: m0\n    Node: engineering\n    Tags:\n      - { TagKey: org, TagValue: acme }\n  - MemberUin: 710000000001\n'
    )
    repo.commit({ 'team/members.yaml': text }, 'Import')
    const drift = await driftOf('team/members.yaml')
    expect(drift.outputs.drift).toBe('[]')
    expect(drift.summary).toContain('**60** in-sync')
  })

  test('without credentials in the environment it says what to set', async () => {
    const run = await cli(['import', '--endpoint', emulator.url], {})
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY')
    expect(emulator.requests).toHaveLength(0)
  })

  test('a wrong key fails with the API error and writes nothing', async () => {
    const run = await cli(['import', '--output', 'members.yaml', '--endpoint', emulator.url], { ...secrets(), TENCENTCLOUD_SECRET_KEY: 'wrong' })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('AuthFailure.SignatureFailure')
    expect(() => readFileSync(join(repo.work, 'members.yaml'))).toThrow()
  })

  test.each([
    ['the file', 'org/members.yaml', 'org/members.yaml is a symbolic link'],
    ['a folder on the way', 'org', 'org is a symbolic link']
  ])('mode import writes nothing through a link planted at %s', async (_where, link, message) => {
    // The target is a stand-in in the test's own folder: a write through the link would land there.
    const outside = join(repo.root, 'outside')
    mkdirSync(outside, { recursive: true })
    writeFileSync(join(outside, 'members.yaml'), 'untouched\n')
    mkdirSync(join(repo.work, 'org'), { recursive: true })
    rmSync(join(repo.work, link), { recursive: true, force: true })
    symlinkSync(link === 'org' ? outside : join(outside, 'members.yaml'), join(repo.work, link))
    const run = await runAction({
      workspace: repo.work,
      eventName: 'workflow_dispatch',
      payload: {},
      sha: repo.head(),
      ref: 'refs/heads/main',
      inputs: { mode: 'import', file: 'org/members.yaml', 'secret-id': emulator.secretId, 'secret-key': emulator.secretKey, endpoint: emulator.url }
    })
    expect(run.code).toBe(1)
    expect(run.failure).toContain(message)
    expect(readFileSync(join(outside, 'members.yaml'), 'utf8')).toBe('untouched\n')
  })

  test('mode import of the action writes input file in the workspace', async () => {
    const run = await runAction({
      workspace: repo.work,
      eventName: 'workflow_dispatch',
      payload: {},
      sha: repo.head(),
      ref: 'refs/heads/main',
      inputs: { mode: 'import', file: 'org/members.yaml', 'secret-id': emulator.secretId, 'secret-key': emulator.secretKey, endpoint: emulator.url }
    })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.outputs.imported).toBe('5')
    expect(run.summary).toContain('Imported 5 members and 2 nodes of the organization')
    const text = readFileSync(join(repo.work, 'org/members.yaml'), 'utf8')
    expect(text).toContain('  - MemberUin: 700000000005\n    Name: eve\n')
    repo.commit({ 'org/members.yaml': text }, 'Import')
    expect((await driftOf('org/members.yaml')).outputs.drift).toBe('[]')
  })
})
