// Removals with reconcile: all, end to end (the bundle as a runner runs it, real git, the emulator): exactly the members
// the merged revision takes out, once; the guards that refuse a run whole; what the plan says a removal means.
import { afterAll, afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { runAction, type ActionRun } from './support/action-runner.js'
import { TencentCloudEmulator, type EmulatorOptions } from './support/emulator.js'
import { Repo, pullRequestEvent, pushEvent } from './support/git-repo.js'

let emulator: TencentCloudEmulator
let repo: Repo

// The reading this file relies on, undocumented and an option of the emulator: an unset IsAllowQuit lists as Allow (by
// default the emulator answers Denied, as the official example shows).
async function start(options: EmulatorOptions = {}): Promise<void> {
  await emulator?.close()
  emulator = await TencentCloudEmulator.start({ defaultIsAllowQuit: 'Allow', ...options })
}
beforeEach(async () => {
  emulator = await TencentCloudEmulator.start({ defaultIsAllowQuit: 'Allow' })
  repo?.cleanup()
  repo = new Repo()
})
afterEach(async () => {
  await emulator.close()
})
afterAll(() => repo?.cleanup())

const UIN = 720000000001
const STRANGER = 720000000099
const DEFAULTS = 'defaults:\n  PolicyType: Financial\n  PermissionIds: [1, 2]\nmembers:\n'
const entry = (i: number) => `  - MemberUin: ${UIN + i}\n    Name: m${i}\n    NodeId: 1001\n`
const file = (...ids: number[]) => DEFAULTS + ids.map(entry).join('')
const range = (n: number) => Array.from({ length: n }, (_, i) => i)
function seed(n: number): void {
  for (let i = 0; i < n; i++) emulator.addMember({ MemberUin: UIN + i, Name: `m${i}`, NodeId: 1001, PermissionIds: [1, 2], PolicyType: 'Financial' })
}

function push(base: string, head: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    workspace: repo.work,
    eventName: 'push',
    payload: pushEvent(base, head),
    sha: head,
    ref: 'refs/heads/main',
    inputs: { 'secret-id': emulator.secretId, 'secret-key': emulator.secretKey, endpoint: emulator.url, ...inputs },
    timeoutMs: 120_000
  })
}
const deletes = () => emulator.requests.filter((r) => r.action === 'DeleteOrganizationMembers')
const isMember = (uin: number) => emulator.members.some((m) => m.MemberUin === uin)
const results = (run: ActionRun) => JSON.parse(run.outputs.results!) as Array<Record<string, unknown>>

describe('reconcile: all', () => {
  test('removes exactly the member the merge took out, once; an undeclared member is never touched', async () => {
    seed(4)
    emulator.addMember({ MemberUin: STRANGER, Name: 'stranger', NodeId: 1002 })
    const base = repo.commit({ 'members.yaml': file(0, 1, 2, 3) }, 'Four')
    const head = repo.commit({ 'members.yaml': file(0, 1, 2) }, 'm3 leaves (#12)')

    const plan = await runAction({
      workspace: repo.work,
      eventName: 'pull_request',
      payload: pullRequestEvent(base, head),
      sha: head,
      ref: 'refs/pull/12/merge',
      inputs: { 'secret-id': emulator.secretId, 'secret-key': emulator.secretKey, endpoint: emulator.url, comment: 'false', reconcile: 'all' }
    })
    expect(plan.code).toBe(0)
    expect(deletes()).toEqual([])
    // The removal section comes right after the headline, before anything else.
    const sections = plan.summary.split('\n\n')
    expect(sections[2]).toBe('### ⚠️ Removals (1): removed from the organization on merge')
    expect(plan.summary).toContain('| 720000000004 | `m3` | `finance` (1001) | 1 view bills, 2 view balance |  | 14 |')
    expect(plan.summary).toContain("It loses the organization's financial management")
    expect(plan.summary).toContain(
      '| remove | 720000000004 | `m3` | member (line 14 of the base revision) → out of the organization; the account stays | DeleteOrganizationMembers |'
    )

    const run = await push(base, head, { reconcile: 'all' })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(deletes().map((r) => r.body)).toEqual([{ MemberUin: [UIN + 3] }])
    expect(isMember(UIN + 3)).toBe(false)
    expect(isMember(STRANGER)).toBe(true)
    expect(results(run)).toEqual([expect.objectContaining({ action: 'remove', MemberUin: UIN + 3, status: 'removed', requestId: expect.any(String), commit: head })])
    expect(run.summary).toContain('### ⚠️ Removals (1): removed by this run')
    expect(run.summary).toContain('#### Removed from the file, still members (1)\n')
    expect(run.summary).toContain('Those this revision takes out are removed on apply (reconcile: all)')
    expect(run.annotations.find((a) => a.title === 'Removed from the organization')).toMatchObject({ level: 'notice', line: 5 })

    // Rerun: nothing left to remove, nothing sent.
    const rerun = await push(base, head, { reconcile: 'all' })
    expect(rerun.code).toBe(0)
    expect(deletes()).toHaveLength(1)
    expect(isMember(STRANGER)).toBe(true)
  })

  test.each(['none', 'changes'])('with reconcile: %s a removal is only reported', async (level) => {
    seed(4)
    const base = repo.commit({ 'members.yaml': file(0, 1, 2, 3) }, 'Four')
    const head = repo.commit({ 'members.yaml': file(0, 1, 2) }, 'm3 leaves')
    const run = await push(base, head, { reconcile: level })
    expect(run.code).toBe(0)
    expect(deletes()).toEqual([])
    expect(isMember(UIN + 3)).toBe(true)
    expect(run.summary).toContain(`### ⚠️ Removals (1): reported only (reconcile: ${level}; only all removes)`)
    expect(run.annotations.find((a) => a.title === 'Removal not applied')!.message).toContain('only with reconcile: all')
  })

  test('a rerun after a partial failure removes only what is left; the refusal says what to do first', async () => {
    seed(8)
    emulator.members[7]!.DelegatedAdmin = true
    const base = repo.commit({ 'members.yaml': file(...range(8)) }, 'Eight')
    const head = repo.commit({ 'members.yaml': file(...range(6)) }, 'm6 and m7 leave')
    const run = await push(base, head, { reconcile: 'all' })
    expect(run.code).toBe(1)
    expect(results(run).map((r) => [r.MemberUin, r.status, r.code])).toEqual([
      [UIN + 6, 'removed', undefined],
      [UIN + 7, 'failed', 'UnsupportedOperation.MemberExistServiceNotAllowDelete']
    ])
    const refusal = run.annotations.find((a) => a.title === 'Removal failed: UnsupportedOperation.MemberExistServiceNotAllowDelete')!
    expect(refusal).toMatchObject({ level: 'error', line: 5 })
    expect(refusal.message).toContain('First remove it as delegated administrator')

    emulator.members.find((m) => m.MemberUin === UIN + 7)!.DelegatedAdmin = false
    const rerun = await push(base, head, { reconcile: 'all' })
    expect(rerun.code).toBe(0)
    expect(deletes().map((r) => r.body.MemberUin)).toEqual([[UIN + 6], [UIN + 7], [UIN + 7]])
    expect(results(rerun).map((r) => [r.MemberUin, r.status])).toEqual([[UIN + 7, 'removed']])
  })
})

describe('guards refuse the whole run, naming the input to change', () => {
  test('more removals than max-removals', async () => {
    seed(8)
    const base = repo.commit({ 'members.yaml': file(...range(8)) }, 'Eight')
    const head = repo.commit({ 'members.yaml': file(...range(6)) + entry(9) }, 'Two leave, one joins')
    const run = await push(base, head, { reconcile: 'all', 'max-removals': '1' })
    expect(run.code).toBe(1)
    expect(run.failure).toContain('2 removals, more than max-removals (1): raise max-removals to at least 2')
    expect(emulator.requests.filter((r) => !r.action.startsWith('Describe'))).toEqual([])
  })

  test("more than a quarter of the organization's members", async () => {
    seed(3)
    // Four entries, one never a member: the file loses a quarter, the organization would lose a third.
    const base = repo.commit({ 'members.yaml': file(0, 1, 2, 3) }, 'Four')
    const head = repo.commit({ 'members.yaml': file(1, 2, 3) }, 'm0 leaves')
    const run = await push(base, head, { reconcile: 'all' })
    expect(run.code).toBe(1)
    expect(run.failure).toContain('1 of 3 members would be removed, more than a quarter: set reconcile to changes for this merge')
    expect(run.annotations.find((a) => a.title === 'Too many removals')!.message).toContain('set the reconcile input to changes')
    expect(deletes()).toEqual([])
  })

  test('a file that lost more than a quarter of its entries: refused with all, a loud warning without', async () => {
    seed(4)
    const base = repo.commit({ 'members.yaml': file(0, 1, 2, 3) }, 'Four')
    const head = repo.commit({ 'members.yaml': file(0, 1) + entry(5) }, 'Half of it gone')
    const refused = await push(base, head, { reconcile: 'all', 'max-removals': '5' })
    expect(refused.code).toBe(1)
    expect(refused.failure).toContain('members.yaml lost 2 of its 4 entries in this revision, more than a quarter')
    expect(refused.failure).toContain('set the reconcile input to changes')
    expect(emulator.requests.filter((r) => !r.action.startsWith('Describe'))).toEqual([])

    const warned = await push(base, head)
    expect(warned.code).toBe(0)
    expect(warned.annotations.find((a) => a.level === 'warning' && a.message.includes('lost 2 of its 4 entries'))).toBeDefined()
    expect(warned.summary).toContain('> **Warning:** members.yaml lost 2 of its 4 entries')
    expect(emulator.requests.filter((r) => !r.action.startsWith('Describe')).map((r) => r.action)).toEqual(['InviteOrganizationMember'])
    expect(deletes()).toEqual([])
  })

  test('a protected UIN and the management account are refused on their lines', async () => {
    await start({ listsManagementAccount: true })
    seed(8)
    const base = repo.commit({ 'members.yaml': file(...range(8)) }, 'Eight')
    const head = repo.commit({ 'members.yaml': file(...range(7)) }, 'm7 leaves')
    const run = await push(base, head, { reconcile: 'all', 'protected-members': String(UIN + 7) })
    expect(run.code).toBe(1)
    const refusal = run.annotations.find((a) => a.title === 'Protected member')!
    expect(refusal).toMatchObject({ level: 'error', line: 5 })
    expect(refusal.message).toContain(`MemberUin ${UIN + 7} (line 26 of the base revision: declare it again to keep it) would get a remove write`)
    expect(deletes()).toEqual([])

    const host = `  - MemberUin: ${emulator.managementUin}\n    Name: management\n    NodeId: 1000\n`
    const declared = repo.commit({ 'members.yaml': file(...range(8)) + host }, 'Declare the management account')
    const dropped = repo.commit({ 'members.yaml': file(...range(8)) }, 'Drop it again')
    const again = await push(declared, dropped, { reconcile: 'all' })
    expect(again.code).toBe(1)
    expect(again.annotations.find((a) => a.title === 'Protected member')!.message).toContain("the organization's management account")
    expect(deletes()).toEqual([])
  })
})
