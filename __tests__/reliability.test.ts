// Issue 19, "nothing lost, nothing assumed": each finding of the outside check, reproduced end to end against the
// emulator (the bundle as a runner runs it, in a real git repository with a bare origin), and what holds now.
import { afterAll, afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, runAction, type ActionRun } from './support/action-runner.js'
import { TencentCloudEmulator } from './support/emulator.js'
import { Repo, git, pullRequestEvent, pushEvent } from './support/git-repo.js'
import { html } from './support/markdown.js'
import { membersYaml } from './support/members.js'
import { parse } from 'yaml'
import { readManifest } from '../src/manifest/validate.js'

let emulator: TencentCloudEmulator
let repo: Repo

beforeEach(async () => {
  emulator = await TencentCloudEmulator.start()
  repo?.cleanup()
  repo = new Repo()
})
afterEach(async () => {
  await emulator.close()
})
afterAll(() => repo?.cleanup())

const UIN = 720000000001
const DEFAULTS = 'defaults:\n  PolicyType: Financial\n  PermissionIds: [1, 2]\nmembers:\n'
const entry = (i: number, extra = '') => `  - MemberUin: ${UIN + i}\n    Name: m${i}\n    NodeId: 1001\n${extra}`
const credentials = () => ({ 'secret-id': emulator.secretId, 'secret-key': emulator.secretKey, endpoint: emulator.url })
const writes = (action?: string) => emulator.requests.filter((r) => !r.action.startsWith('Describe') && (!action || r.action === action))
const results = (run: ActionRun) => JSON.parse(run.outputs.results!) as Array<Record<string, unknown>>

function push(base: string, head: string, inputs: Record<string, string> = {}, sha = head): Promise<ActionRun> {
  return runAction({ workspace: repo.work, eventName: 'push', payload: pushEvent(base, head), sha, ref: 'refs/heads/main', inputs: { ...credentials(), ...inputs } })
}

function plan(base: string, head: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    workspace: repo.work,
    eventName: 'pull_request',
    payload: pullRequestEvent(base, head),
    sha: head,
    ref: 'refs/pull/7/merge',
    inputs: { ...credentials(), comment: 'false', ...inputs }
  })
}

describe('what the API specifications document', () => {
  test('twelve console-added tags are taken off in calls of at most ten DeleteTags each', async () => {
    const tags = Array.from({ length: 12 }, (_, i) => ({ TagKey: `console-${String(i).padStart(2, '0')}`, TagValue: 'x' }))
    emulator.addMember({ MemberUin: UIN, Name: 'm0', NodeId: 1001, PermissionIds: [1, 2], PolicyType: 'Financial', Tags: tags })
    const base = repo.commit({ 'members.yaml': DEFAULTS + entry(0) }, 'One')
    // Tags: [] declares "no tags": the twelve are drift to undo.
    const head = repo.commit({ 'members.yaml': DEFAULTS + entry(0, '    Tags: []\n') }, 'No tags')
    const run = await push(base, head, { reconcile: 'changes' })
    expect(run.failure).toBeUndefined()
    const calls = writes('ModifyResourceTags').map((r) => (r.body.DeleteTags as unknown[]).length)
    expect(calls).toEqual([10, 2])
    expect(emulator.members[0]!.Tags).toEqual([])
    expect(results(run).map((r) => [r.action, r.status])).toEqual([['tags', 'tagged']])
  })

  test('a field the file does not declare is never compared or sent: a live IsAllowQuit of Denied stays', async () => {
    emulator.addMember({ MemberUin: UIN, Name: 'm0', NodeId: 1001, PermissionIds: [1, 2], PolicyType: 'Financial', IsAllowQuit: 'Denied', Remark: 'from the console' })
    const base = repo.commit({ 'members.yaml': DEFAULTS + entry(0) }, 'One')
    const head = repo.commit({ 'members.yaml': DEFAULTS + entry(0).replace('Name: m0', 'Name: m0-renamed') }, 'Rename')
    const run = await push(base, head, { reconcile: 'changes' })
    expect(run.failure).toBeUndefined()
    // The update carries the Name the file changed, and nothing it does not declare.
    expect(writes().map((r) => [r.action, r.body])).toEqual([['UpdateOrganizationMember', { MemberUin: UIN, Name: 'm0-renamed' }]])
    expect(emulator.members[0]).toMatchObject({ IsAllowQuit: 'Denied', Remark: 'from the console' })
  })

  test('a payer outside the organization is an error on its PayUin line before merge; one declared but not joined, a warning', async () => {
    const base = repo.commit({ 'members.yaml': DEFAULTS + entry(0) }, 'One')
    const head = repo.commit({ 'members.yaml': DEFAULTS + entry(0) + entry(1, '    PermissionIds: [1, 2, 7]\n    PayUin: "720000009999"\n') }, 'Paid by a stranger')
    const run = await plan(base, head)
    expect(run.code).toBe(1)
    const error = run.annotations.find((a) => a.title === 'Payer not in the organization')!
    expect(error).toMatchObject({ level: 'error', line: 12, col: 13 })
    expect(error.message).toBe(
      'PayUin 720000009999 is neither a member of the organization nor its management account (100000000000), nor declared in members.yaml: the payer must be a member. The API would refuse it (FailedOperation.PayUinIllegal).'
    )
    const pending = repo.commit({ 'members.yaml': DEFAULTS + entry(0) + entry(1, `    PermissionIds: [1, 2, 7]\n    PayUin: "${UIN}"\n`) }, 'Paid by m0')
    const warned = await plan(base, pending)
    expect(warned.code).toBe(0)
    expect(warned.annotations.find((a) => a.title === 'Payer not a member yet')).toMatchObject({ level: 'warning', line: 12 })
    // A payer in the organization passes.
    emulator.addMember({ MemberUin: UIN, Name: 'm0', NodeId: 1001, PermissionIds: [1, 2], PolicyType: 'Financial' })
    const ok = await plan(base, pending)
    expect(ok.annotations.filter((a) => /^Payer/.test(a.title ?? ''))).toEqual([])
  })
})

describe('what the API documentation leaves open is verified, not assumed', () => {
  test('tags a listing does not carry are read from the Tag service, so equal tags are in sync and nothing is re-sent', async () => {
    // By default the emulator leaves Tags out of DescribeOrganizationMembers, as OrgMember.Tags is optional.
    emulator.addMember({ MemberUin: UIN, Name: 'm0', NodeId: 1001, PermissionIds: [1, 2], PolicyType: 'Financial', Tags: [{ TagKey: 'team', TagValue: 'a' }] })
    const text = DEFAULTS + entry(0, '    Tags: [{ TagKey: team, TagValue: a }]\n')
    const base = repo.commit({ 'members.yaml': text }, 'Tagged')
    const run = await runAction({ workspace: repo.work, eventName: 'schedule', payload: {}, sha: base, ref: 'refs/heads/main', inputs: credentials() })
    expect(run.code).toBe(0)
    expect(run.outputs.drift).toBe('[]')
    expect(emulator.requests.filter((r) => r.action === 'DescribeResourceTagsByResourceIds').length).toBeGreaterThan(0)
    // A real difference is still found, and the tag change is made once.
    emulator.members[0]!.Tags = [{ TagKey: 'team', TagValue: 'b' }]
    const head = repo.commit({ 'members.yaml': text + '' }, 'Same file')
    const applied = await push(base, head, { reconcile: 'changes' })
    expect(applied.failure).toBeUndefined()
    expect(writes().map((r) => [r.action, r.body.ReplaceTags])).toEqual([['ModifyResourceTags', [{ TagKey: 'team', TagValue: 'a' }]]])
  })

  test('an empty Remark the API does not take is read back and reported "written, not applied"; the drift run agrees', async () => {
    await emulator.close()
    emulator = await TencentCloudEmulator.start({ emptyRemarkClears: false })
    emulator.addMember({ MemberUin: UIN, Name: 'm0', NodeId: 1001, PermissionIds: [1, 2], PolicyType: 'Financial', Remark: 'old' })
    const base = repo.commit({ 'members.yaml': DEFAULTS + entry(0, '    Remark: old\n') }, 'Remark')
    const head = repo.commit({ 'members.yaml': DEFAULTS + entry(0, '    Remark: ""\n') }, 'No remark')
    const run = await push(base, head, { reconcile: 'changes' })
    expect(run.code).toBe(1)
    expect(writes().map((r) => [r.action, r.body])).toEqual([['UpdateOrganizationMember', { MemberUin: UIN, Remark: '' }]])
    const result = results(run)[0]!
    expect(result).toMatchObject({ action: 'update', status: 'not-applied' })
    expect(result.message).toContain('Written, not applied: the API answered success')
    expect(result.message).toContain('Remark reads "old" instead of empty')
    expect(run.annotations.find((a) => a.title === 'Written, not applied')).toMatchObject({ level: 'error', line: 5 })
    expect(run.failure).toContain('answered as done, but reading the member back shows the value unchanged (written, not applied)')
    expect(run.outputs.failed).toBe('1')
    const drift = await runAction({ workspace: repo.work, eventName: 'schedule', payload: {}, sha: head, ref: 'refs/heads/main', inputs: credentials() })
    expect(JSON.parse(drift.outputs.drift!)).toEqual([{ MemberUin: UIN, Name: 'm0', state: 'update', field: 'Remark', file: '', live: 'old', line: 8 }])
    // Under the other reading the same write clears it, and the read-back finds it done.
    await emulator.close()
    emulator = await TencentCloudEmulator.start({ emptyRemarkClears: true })
    emulator.addMember({ MemberUin: UIN, Name: 'm0', NodeId: 1001, PermissionIds: [1, 2], PolicyType: 'Financial', Remark: 'old' })
    const cleared = await push(base, head, { reconcile: 'changes' })
    expect(cleared.failure).toBeUndefined()
    expect(results(cleared)[0]).toMatchObject({ status: 'updated' })
  })

  test('moves go out in batches of at most 50 per call, whatever the API takes', async () => {
    await emulator.close()
    emulator = await TencentCloudEmulator.start({ maxMoveBatch: 50 })
    const N = 120
    for (let i = 0; i < N; i++) emulator.addMember({ MemberUin: UIN + i, Name: `m${i}`, NodeId: 1001, PermissionIds: [1, 2], PolicyType: 'Financial' })
    const all = (node: number) => DEFAULTS + Array.from({ length: N }, (_, i) => `  - MemberUin: ${UIN + i}\n    Name: m${i}\n    NodeId: ${node}\n`).join('')
    const base = repo.commit({ 'members.yaml': all(1001) }, 'In finance')
    const head = repo.commit({ 'members.yaml': all(1002) }, 'All to engineering')
    const run = await push(base, head, { reconcile: 'changes', 'max-changes': String(N) })
    expect(run.failure).toBeUndefined()
    expect(writes('MoveOrganizationNodeMembers').map((r) => (r.body.MemberUin as number[]).length)).toEqual([50, 50, 20])
    expect(emulator.members.every((m) => m.NodeId === 1002)).toBe(true)
  })

  test('with reconcile on, an unknown management account refuses every write to members', async () => {
    emulator.denyAction('DescribeOrganization')
    emulator.addMember({ MemberUin: UIN, Name: 'm0', NodeId: 1001, PermissionIds: [1, 2], PolicyType: 'Financial' })
    const base = repo.commit({ 'members.yaml': DEFAULTS + entry(0) }, 'One')
    const head = repo.commit({ 'members.yaml': DEFAULTS + entry(0, '    Remark: r\n') }, 'Remark')
    const run = await push(base, head, { reconcile: 'changes' })
    expect(run.code).toBe(1)
    expect(writes()).toEqual([])
    expect(run.annotations.find((a) => a.title === 'Management account unknown')!.message).toContain('DescribeOrganization: UnauthorizedOperation')
    // The denial names the one action to grant, not a general list.
    expect(run.annotations.find((a) => a.title === 'Management account unknown')!.message).toContain("Grant the key's CAM user or role organization:DescribeOrganization")
    expect(run.failure).toContain('the management account is unknown (DescribeOrganization failed), so no member may be changed')
  })
})

describe('apply sends only what the default branch says', () => {
  test('a working-tree file that differs from GITHUB_SHA is planned, never applied', async () => {
    const base = repo.commit({ 'members.yaml': DEFAULTS + entry(0) }, 'One')
    const head = repo.commit({ 'members.yaml': DEFAULTS + entry(0) + entry(1) }, 'Two')
    // A pull request's file restored over the checkout, with an entry the commit does not have.
    writeFileSync(join(repo.work, 'members.yaml'), DEFAULTS + entry(0) + entry(1) + entry(2))
    const run = await push(base, head)
    expect(writes()).toEqual([])
    expect(run.annotations.find((a) => a.title === 'Not applied')!.message).toBe(
      `members.yaml in the workspace differs from the commit ${head.slice(0, 12)} being applied (modified or replaced after checkout): apply sends only what the commit says, so this run only plans the workspace's file.`
    )
    expect(run.summary).toContain('## Tencent Cloud organization members: plan')
    // The same file as the commit is applied, from the commit.
    git(repo.work, 'checkout', '--', 'members.yaml')
    const applied = await push(base, head)
    expect(applied.failure).toBeUndefined()
    expect(writes().map((r) => r.body.MemberUin)).toEqual([UIN + 1])
  })

  test('a file the commit does not hold (an artifact unpacked into the workspace) is not applied', async () => {
    const base = repo.commit({ 'other.txt': 'x' }, 'No members file')
    const head = repo.commit({ 'other.txt': 'y' }, 'Still none')
    writeFileSync(join(repo.work, 'members.yaml'), DEFAULTS + entry(0))
    const run = await push(base, head)
    expect(writes()).toEqual([])
    expect(run.annotations.find((a) => a.title === 'Not applied')!.message).toContain(`members.yaml is not in the commit ${head.slice(0, 12)} being applied`)
  })

  test('a re-run of an older push does not roll the organization back: it plans, and names the newer commit', async () => {
    emulator.addMember({ MemberUin: UIN, Name: 'm0', NodeId: 1001, PermissionIds: [1, 2], PolicyType: 'Financial', Remark: 'new' })
    const one = repo.commit({ 'members.yaml': DEFAULTS + entry(0, '    Remark: old\n') }, 'Old remark')
    const two = repo.commit({ 'members.yaml': DEFAULTS + entry(0, '    Remark: new\n') }, 'New remark')
    // "Re-run jobs" on the first push: GITHUB_SHA is the older commit, checked out as it was.
    git(repo.work, 'checkout', '--quiet', one)
    const run = await push(one, one, { reconcile: 'changes' })
    expect(writes()).toEqual([])
    expect(emulator.members[0]!.Remark).toBe('new')
    expect(run.annotations.find((a) => a.title === 'Not applied')!.message).toBe(
      `${one.slice(0, 12)} is no longer the tip of main: ${two.slice(0, 12)} is newer (a re-run of an older push?). Applying the older file would undo what came after it, so this run only plans; the newest commit's run applies.`
    )
  })

  test('without a remote to ask, apply warns that the tip was not checked, and goes on', async () => {
    const base = repo.commit({ 'members.yaml': DEFAULTS.replace('members:\n', 'members: []\n') }, 'Empty')
    const head = repo.commit({ 'members.yaml': DEFAULTS + entry(0) }, 'One')
    git(repo.work, 'remote', 'remove', 'origin')
    const run = await push(base, head)
    expect(run.failure).toBeUndefined()
    expect(writes().map((r) => r.action)).toEqual(['InviteOrganizationMember'])
    expect(run.annotations.find((a) => a.title === 'Tip of the branch not checked')!.message).toContain('Could not ask the remote')
  })
})

describe('bounded cost', () => {
  test("a pull request's entry count does not set how many member pages are read", async () => {
    // 5,000 entries against an organization of 10 members, at a real API's latency.
    await emulator.close()
    emulator = await TencentCloudEmulator.start({ latencyMs: 150 })
    for (let i = 0; i < 10; i++) emulator.addMember({ MemberUin: 200000000001 + i, Name: `member-${i}`, NodeId: 1001 })
    const base = repo.commit({ 'members.yaml': membersYaml(10) }, 'Ten')
    const head = repo.commit({ 'members.yaml': membersYaml(5000) }, 'Five thousand')
    const run = await plan(base, head, { 'max-invites': '5000' })
    expect(run.stderr).toBe('')
    const pages = emulator.requests.filter((r) => r.action === 'DescribeOrganizationMembers').length
    // Only the pages that left before the first answer said "10 members" (12.5 ms apart, 150 ms latency); the rest
    // were dropped before they left. Before: 100 calls.
    expect(pages).toBeLessThanOrEqual(30)
  })
})

describe('text that goes to people', () => {
  test("an undeclared member's values are quoted in the snippet: a name `true` stays a string, a fence cannot break out", async () => {
    emulator.addMember({ MemberUin: UIN + 5, Name: 'true', NodeId: 1001 })
    emulator.addMember({ MemberUin: UIN + 6, Name: 'x\n```\n![i](http://e.example/i.png) @team', NodeId: 1001 })
    const base = repo.commit({ 'members.yaml': DEFAULTS + entry(0) }, 'One')
    const head = repo.commit({ 'members.yaml': DEFAULTS + entry(0, '    Remark: r\n') }, 'Remark')
    const run = await plan(base, head)
    const snippet = /```yaml\n([\s\S]*?)\n```/.exec(run.summary)![1]!
    expect(snippet).toContain('    Name: "true"\n')
    expect(snippet).toContain('    Name: "x\\n```\\n![i](http://e.example/i.png) @team"')
    expect(html(run.summary)).not.toContain('<img')
    // Read back, the snippet holds the organization's values exactly; the member named `true` is a valid entry.
    const pasted = parse(`members:\n${snippet}\n`) as { members: Array<{ MemberUin: number; Name: string }> }
    expect(pasted.members.map((m) => m.Name)).toEqual(['true', 'x\n```\n![i](http://e.example/i.png) @team'])
    const one = snippet.split('\n  - ')[0]!
    expect(readManifest('m.yaml', `members:\n${one}\n`).errors).toEqual([])
  })

  test('plain http to a host that only looks like loopback is warned about; so is the tag endpoint', async () => {
    const base = repo.commit({ 'members.yaml': DEFAULTS }, 'Empty')
    const head = repo.commit({ 'members.yaml': DEFAULTS + entry(0) }, 'One')
    const port = new URL(emulator.url).port
    const run = await plan(base, head, { endpoint: `http://127.0.0.1.nip.io:${port}`, 'tag-endpoint': `http://tags.example:${port}`, timeout: '1' })
    const warnings = run.annotations.filter((a) => a.level === 'warning').map((a) => a.message)
    expect(warnings).toEqual(
      expect.arrayContaining([
        `endpoint 127.0.0.1.nip.io:${port} uses plain http: requests can be read and altered on the way.`,
        `tag-endpoint tags.example:${port} uses plain http: requests can be read and altered on the way.`
      ])
    )
    const local = await plan(base, head, { 'tag-endpoint': emulator.url })
    expect(local.annotations.filter((a) => a.message.includes('plain http'))).toEqual([])
  })
})

describe('the command-line tool', () => {
  function cli(cwd: string, env: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    return new Promise((done) => {
      execFile(process.execPath, [join(ROOT, 'dist', 'cli', 'index.js'), ...args], { cwd, env: { PATH: process.env.PATH ?? '', ...env } }, (error, stdout, stderr) =>
        done({ code: error ? Number(error.code) : 0, stdout, stderr })
      )
    })
  }

  test('import --output never writes through a link planted in the checkout', async () => {
    emulator.addMember({ MemberUin: UIN, Name: 'm0', NodeId: 1001 })
    const target = join(repo.root, 'outside.txt')
    writeFileSync(target, 'untouched')
    symlinkSync(target, join(repo.work, 'members.yaml'))
    const env = { TENCENTCLOUD_SECRET_ID: emulator.secretId, TENCENTCLOUD_SECRET_KEY: emulator.secretKey }
    const run = await cli(repo.work, env, 'import', '--endpoint', emulator.url, '--output', 'members.yaml')
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('members.yaml: error: cannot write the file: members.yaml is a symbolic link')
    expect(readFileSync(target, 'utf8')).toBe('untouched')
    // Outside the checkout only the file itself is checked: a plain path is written.
    const written = await cli(repo.work, env, 'import', '--endpoint', emulator.url, '--output', join(repo.root, 'elsewhere', 'members.yaml'))
    expect(written.code).toBe(0)
    expect(existsSync(join(repo.root, 'elsewhere', 'members.yaml'))).toBe(true)
  })

  test('what a commit author wrote reaches the terminal without its control sequences', async () => {
    repo.commitAs({ 'members.yaml': DEFAULTS + entry(0) }, 'One', { author: { name: 'Eve \u001b[2J\u001b[31mred', email: 'eve@example.com' } })
    repo.push()
    const run = await cli(repo.work, {}, 'audit', '--format', 'csv')
    expect(run.code).toBe(0)
    expect(run.stdout).not.toContain('\u001b')
    expect(run.stdout).toContain('Eve \\u001b[2J\\u001b[31mred <eve@example.com>')
  })
})
