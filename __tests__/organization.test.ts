// The plan reads the live organization (through the emulator, with more than one page of nodes and members)
// and catches at review time what the API would refuse at merge time.
import { afterAll, afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { runAction, type ActionRun } from './support/action-runner.js'
import { TencentCloudEmulator } from './support/emulator.js'
import { Repo, pullRequestEvent, pushEvent } from './support/git-repo.js'
import { FIRST_UIN, entryLine, membersYaml } from './support/members.js'

let emulator: TencentCloudEmulator
let repo: Repo
let base: string

beforeEach(async () => {
  emulator = await TencentCloudEmulator.start()
  // 63 nodes and 70 existing members: two pages of each.
  for (let i = 0; i < 60; i++) emulator.addNode({ Name: `team-${i}`, NodeId: 2000 + i })
  for (let i = 0; i < 70; i++) emulator.addMember({ MemberUin: 300000000000 + i, Name: `existing-${i}`, NodeId: 2000 + (i % 60), PermissionIds: [1, 2, 3] })
  repo?.cleanup()
  repo = new Repo()
  base = repo.commit({ 'members.yaml': membersYaml(0) }, 'Empty')
})
afterEach(async () => {
  await emulator.close()
})
afterAll(() => repo?.cleanup())

function run(eventName: 'pull_request' | 'push', text: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  const head = repo.commit({ 'members.yaml': text })
  const credentials = { 'secret-id': emulator.secretId, 'secret-key': emulator.secretKey, endpoint: emulator.url }
  return runAction({
    workspace: repo.work,
    eventName,
    payload: eventName === 'push' ? pushEvent(base, head) : pullRequestEvent(base, head),
    sha: head,
    ref: eventName === 'push' ? 'refs/heads/main' : 'refs/pull/7/merge',
    inputs: { ...credentials, comment: 'false', ...inputs }
  })
}

const reads = () => emulator.requests.filter((r) => r.action.startsWith('Describe')).map((r) => `${r.action}:${(r.body as { Offset: number }).Offset}`)
const invites = () => emulator.requests.filter((r) => r.action === 'InviteOrganizationMember')

describe('the plan against the live organization', () => {
  test('reads every node and member in one paginated pass, whatever the number of entries', async () => {
    const result = await run('pull_request', membersYaml(5))
    expect(result.code).toBe(0)
    expect(reads().sort()).toEqual(['DescribeOrganizationMembers:0', 'DescribeOrganizationMembers:50', 'DescribeOrganizationNodes:0', 'DescribeOrganizationNodes:50'])
    expect(emulator.requests.every((r) => (r.body as { Limit?: number }).Limit === 50)).toBe(true)
    expect(result.stdout).toContain('Read the organization: 63 nodes, 70 members (4 calls).')
    expect(result.summary).toContain('checked against the organization (63 nodes, 70 members)')
    expect(emulator.throttled).toBe(0)
  })

  test('an added entry whose NodeId does not exist is an error on its NodeId line, naming the nearest nodes', async () => {
    const text = membersYaml(3).replace('NodeId: 1001\n  - MemberUin: 200000000002', 'NodeId: 2063\n  - MemberUin: 200000000002')
    const result = await run('push', text)
    expect(result.code).toBe(1)
    expect(invites()).toHaveLength(0)
    const error = result.annotations.find((a) => a.title === 'Unknown NodeId')!
    expect(error).toMatchObject({ file: 'members.yaml', line: entryLine(0) + 2, col: 13 })
    expect(error.message).toBe('NodeId 2063 does not exist in the organization. Nearest: 2059 (team-59), 2058 (team-58), 2057 (team-57).')
    expect(result.failure).toBe('The organization would refuse an entry of members.yaml; nothing was sent.')
  })

  test('an added Name that another member holds is an error on its Name line', async () => {
    const result = await run('pull_request', membersYaml(2).replace('Name: member-1', 'Name: existing-4'))
    expect(result.code).toBe(1)
    const error = result.annotations.find((a) => a.title === 'Name in use')!
    expect(error).toMatchObject({ line: entryLine(1) + 1, col: 11 })
    expect(error.message).toContain('already used by member 300000000004')
  })

  test('an added entry that is already a member is shown so in the plan and not invited', async () => {
    const text = membersYaml(2) + '  - MemberUin: 300000000007\n    Name: existing-7\n    NodeId: 2007\n'
    const plan = await run('pull_request', text)
    expect(plan.code).toBe(0)
    expect(JSON.parse(plan.outputs.plan!).added).toContainEqual({ MemberUin: 300000000007, Name: 'existing-7', line: 11, alreadyMember: true })
    expect(plan.summary).toContain('| 300000000007 | existing-7 | 2007 | 1, 2 | [11](')
    expect(plan.summary).toContain('already a member: not invited')

    const apply = await run('push', text)
    expect(apply.code).toBe(0)
    expect(invites().map((r) => (r.body as { MemberUin: number }).MemberUin)).toEqual([FIRST_UIN, FIRST_UIN + 1])
    const results = JSON.parse(apply.outputs.results!)
    expect(results.map((r: { status: string }) => r.status)).toEqual(['invited', 'invited', 'already-member'])
    expect(apply.outputs.invited).toBe('2')
  })

  test('members the file does not declare are listed with entries ready to paste, never removed', async () => {
    const result = await run('pull_request', membersYaml(1) + '  - MemberUin: 300000000000\n    Name: existing-0\n    NodeId: 2000\n')
    expect(result.code).toBe(0)
    expect(result.annotations).toContainEqual(
      expect.objectContaining({
        level: 'notice',
        title: 'Undeclared members',
        message: '69 members of the organization are not declared in members.yaml; the job summary has entries to paste.'
      })
    )
    expect(result.summary).toContain('### Not declared (69)')
    expect(result.summary).toContain('  - MemberUin: 300000000001\n    Name: existing-1\n    NodeId: 2001\n    PolicyType: Financial\n    PermissionIds: [1, 2, 3]')
    expect(result.summary).not.toContain('MemberUin: 300000000000\n')
    expect(invites()).toHaveLength(0)
  })

  test('without credentials the plan says plainly that it checked the file only', async () => {
    const result = await run('pull_request', membersYaml(2), { 'secret-id': '', 'secret-key': '' })
    expect(result.code).toBe(0)
    expect(emulator.requests).toHaveLength(0)
    expect(result.summary).toContain('file checked on its own')
    expect(result.summary).toContain('No credentials: the file was checked on its own; the organization (its nodes and members) was not read.')
  })
})

describe('when the organization cannot be read', () => {
  test('a plan warns and checks the file on its own', async () => {
    const result = await run('pull_request', membersYaml(2), { 'secret-key': 'wrong-key' })
    expect(result.code).toBe(0)
    const warning = result.annotations.find((a) => a.level === 'warning' && a.message.startsWith('The organization could not be read'))!
    expect(warning.message).toContain('AuthFailure.SignatureFailure')
    expect(result.summary).toContain('file checked on its own')
    expect(JSON.parse(result.outputs.plan!).added).toHaveLength(2)
  })
})
