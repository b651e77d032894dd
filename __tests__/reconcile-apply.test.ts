// Reconcile's writes, end to end: the bundle as a runner runs it, real git, the emulator. Merged changes and console
// edits applied with `reconcile: changes`, lapsed invitations re-sent, the guards, faults, and `none` unchanged.
import { afterAll, afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { runAction, type ActionRun } from './support/action-runner.js'
import { TencentCloudEmulator } from './support/emulator.js'
import { Repo, pullRequestEvent, pushEvent } from './support/git-repo.js'

let emulator: TencentCloudEmulator
let repo: Repo

// The readings this file relies on, undocumented and options of the emulator: an unset IsAllowQuit lists as Allow, and
// DescribeOrganizationMembers lists members' Tags (by default the emulator answers Denied and leaves Tags out).
beforeEach(async () => {
  emulator = await TencentCloudEmulator.start({ listsMemberTags: true, defaultIsAllowQuit: 'Allow' })
  repo?.cleanup()
  repo = new Repo()
})
afterEach(async () => {
  await emulator.close()
})
afterAll(() => repo?.cleanup())

const credentials = () => ({ 'secret-id': emulator.secretId, 'secret-key': emulator.secretKey, endpoint: emulator.url })

function push(base: string, head: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    workspace: repo.work,
    eventName: 'push',
    payload: pushEvent(base, head),
    sha: head,
    ref: 'refs/heads/main',
    inputs: { ...credentials(), ...inputs },
    timeoutMs: 120_000
  })
}

const UIN = 710000000001
const DEFAULTS = 'defaults:\n  PolicyType: Financial\n  PermissionIds: [1, 2]\nmembers:\n'
function entry(i: number, extra = ''): string {
  return `  - MemberUin: ${UIN + i}\n    Name: m${i}\n    NodeId: 1001\n${extra}`
}
/** The organization holds members 0..n-1 exactly as `entry` declares them. */
function seed(n: number): void {
  for (let i = 0; i < n; i++) emulator.addMember({ MemberUin: UIN + i, Name: `m${i}`, NodeId: 1001, PermissionIds: [1, 2], PolicyType: 'Financial' })
}
const writes = (action?: string) => emulator.requests.filter((r) => !r.action.startsWith('Describe') && (!action || r.action === action))
const results = (run: ActionRun) => JSON.parse(run.outputs.results!) as Array<Record<string, unknown>>
const member = (i: number) => emulator.members.find((m) => m.MemberUin === UIN + i)!

describe('reconcile: changes applies what the file says', () => {
  test('a merged PermissionIds change, a NodeId change and a Tags change each reach their API; a rerun sends nothing', async () => {
    seed(3)
    // The payer must be in the organization (issue 19: a payer outside it is refused before merge).
    emulator.addMember({ MemberUin: 710000000099, Name: 'payer', NodeId: 1001, PermissionIds: [1, 2], PolicyType: 'Financial' })
    const base = repo.commit({ 'members.yaml': DEFAULTS + entry(0) + entry(1) + entry(2) }, 'Three')
    const head = repo.commit(
      {
        'members.yaml':
          DEFAULTS +
          entry(0, '    PermissionIds: [1, 2, 7]\n    PayUin: "710000000099"\n    IsAllowQuit: Denied\n') +
          entry(1).replace('NodeId: 1001', 'NodeId: 1002') +
          entry(2, '    Tags:\n      - { TagKey: team, TagValue: finops }\n')
      },
      'Pay for m0, move m1, tag m2'
    )
    const run = await push(base, head, { reconcile: 'changes' })
    expect(run.stderr).toBe('')
    expect(run.failure).toBeUndefined()
    expect(run.code).toBe(0)
    expect(writes().map((r) => [r.action, r.body])).toEqual(
      expect.arrayContaining([
        ['UpdateOrganizationMember', { MemberUin: UIN, IsAllowQuit: 'Denied', PolicyType: 'Financial', PermissionIds: [1, 2, 7], PayUin: '710000000099' }],
        ['MoveOrganizationNodeMembers', { NodeId: 1002, MemberUin: [UIN + 1] }],
        ['ModifyResourceTags', { Resource: `qcs::organization:ap-guangzhou:uin/:member/${UIN + 2}`, ReplaceTags: [{ TagKey: 'team', TagValue: 'finops' }] }]
      ])
    )
    expect(writes()).toHaveLength(3)
    expect(member(0)).toMatchObject({ PermissionIds: [1, 2, 7], PayUin: '710000000099', IsAllowQuit: 'Denied' })
    expect(member(1).NodeId).toBe(1002)
    expect(member(2).Tags).toEqual([{ TagKey: 'team', TagValue: 'finops' }])
    expect(results(run).map((r) => [r.action, r.MemberUin, r.status])).toEqual([
      ['update', UIN, 'updated'],
      ['move', UIN + 1, 'moved'],
      ['tags', UIN + 2, 'tagged']
    ])
    const update = results(run)[0]!
    expect(update).toMatchObject({ commit: head, actor: 'octocat', runUrl: 'https://github.example/acme/org-members/actions/runs/4242', requestId: expect.any(String) })
    expect(update.changes).toEqual(expect.arrayContaining([{ field: 'PermissionIds', before: [1, 2], after: [1, 2, 7] }]))
    expect(run.summary).toContain('### Reconcile (changes): 3 writes sent by this run')
    // Each write is also an annotation on its entry's line, with its RequestId.
    const moved = run.annotations.find((a) => a.title === 'Moved')!
    expect(moved).toMatchObject({ level: 'notice', line: 11 })
    expect(moved.message).toMatch(/^MemberUin 710000000002 \(m1\): move moved\. NodeId\. RequestId: [0-9a-f-]{36}\.$/)
    expect(run.annotations.find((a) => a.title === 'Tags set')).toMatchObject({ level: 'notice', line: 14 })
    expect(run.summary).toMatch(/\| update \| 710000000001 \| `m0` \| [^\n]*PermissionIds: `1, 2` → `1, 2, 7`/)

    // The same push again: everything is in sync, nothing is sent.
    const before = emulator.requests.length
    const rerun = await push(base, head, { reconcile: 'changes' })
    expect(rerun.code).toBe(0)
    expect(emulator.requests.slice(before).every((r) => r.action.startsWith('Describe'))).toBe(true)
    expect(results(rerun)).toEqual([])
  })

  test('a console edit is reverted on the next apply; an edit of RelationAuthName is reported, never sent', async () => {
    seed(2)
    const text = DEFAULTS + entry(0, '    Remark: lead\n') + entry(1)
    emulator.editMember(UIN, { Remark: 'lead' })
    const base = repo.commit({ 'members.yaml': text }, 'Two')
    emulator.editMember(UIN, { Remark: 'edited in the console', Name: 'renamed' })
    emulator.editMember(UIN + 1, { NodeId: 1002, Tags: [{ TagKey: 'stale', TagValue: 'x' }] })
    // Tags: [] declares that m1 has no tags, so the console's tag is drift to undo (an entry without Tags leaves tags alone).
    const head = repo.commit({ 'members.yaml': text.replace('    Name: m1\n', '    Name: m1\n    RelationAuthName: Acme\n    Tags: []\n') }, 'Auth name for m1')
    const run = await push(base, head, { reconcile: 'changes' })
    expect(run.code).toBe(0)
    expect(writes().map((r) => [r.action, r.body])).toEqual(
      expect.arrayContaining([
        ['UpdateOrganizationMember', { MemberUin: UIN, Name: 'm0', Remark: 'lead' }],
        ['MoveOrganizationNodeMembers', { NodeId: 1001, MemberUin: [UIN + 1] }],
        ['ModifyResourceTags', { Resource: `qcs::organization:ap-guangzhou:uin/:member/${UIN + 1}`, DeleteTags: [{ TagKey: 'stale' }] }]
      ])
    )
    expect(writes()).toHaveLength(3)
    expect(member(0)).toMatchObject({ Name: 'm0', Remark: 'lead' })
    expect(member(1)).toMatchObject({ NodeId: 1001, Tags: [] })
    expect(run.annotations.find((a) => a.title === 'Change not applied')!.message).toContain('RelationAuthName, which count only at invitation')
    expect(run.annotations.find((a) => a.title === 'Drift: Remark')!.message).toContain("Apply (reconcile: changes) sets it to the file's value.")
  })

  test('the region input names the tag resource; tag-endpoint is used as given', async () => {
    seed(1)
    const base = repo.commit({ 'members.yaml': DEFAULTS + entry(0) }, 'One')
    const head = repo.commit({ 'members.yaml': DEFAULTS + entry(0, '    Tags:\n      - { TagKey: cc, TagValue: "42" }\n') }, 'Tag')
    const run = await push(base, head, { reconcile: 'changes', region: 'ap-singapore', 'tag-endpoint': emulator.url })
    expect(run.code).toBe(0)
    expect(writes('ModifyResourceTags').map((r) => r.body.Resource)).toEqual([`qcs::organization:ap-singapore:uin/:member/${UIN}`])
    expect(writes('ModifyResourceTags')[0]!.headers['x-tc-version']).toBe('2018-08-13')
  })

  test('moves to one node go in one call; each refused write fails alone, on its line, the others go through', async () => {
    seed(4)
    const base = repo.commit({ 'members.yaml': DEFAULTS + entry(0) + entry(1) + entry(2) + entry(3) }, 'Four')
    const moved = (i: number) => entry(i).replace('NodeId: 1001', 'NodeId: 1002')
    const head = repo.commit({ 'members.yaml': DEFAULTS + moved(0) + moved(1) + moved(2) + entry(3, '    Remark: x\n') }, 'Move three')
    emulator.failUin(UIN + 3, 'FailedOperation.ChangePermissionRecordExist', 'A change is pending.', 'UpdateOrganizationMember')
    emulator.failUin(UIN + 1, 'FailedOperation.SomeUinsNotInOrganization', 'Not in the organization.', 'MoveOrganizationNodeMembers')
    const run = await push(base, head, { reconcile: 'changes' })
    expect(run.code).toBe(1)
    // The batch was refused for one member: each was sent again alone, so only that one fails.
    const moves = writes('MoveOrganizationNodeMembers').map((r) => r.body.MemberUin)
    expect(moves[0]).toEqual([UIN, UIN + 1, UIN + 2])
    expect(results(run).map((r) => [r.action, r.MemberUin, r.status, r.code])).toEqual([
      ['move', UIN, 'moved', undefined],
      ['move', UIN + 1, 'failed', 'FailedOperation.SomeUinsNotInOrganization'],
      ['move', UIN + 2, 'moved', undefined],
      ['update', UIN + 3, 'failed', 'FailedOperation.ChangePermissionRecordExist']
    ])
    expect(member(0).NodeId).toBe(1002)
    expect(member(2).NodeId).toBe(1002)
    const failed = run.annotations.find((a) => a.title === 'Update failed: FailedOperation.ChangePermissionRecordExist')!
    expect(failed).toMatchObject({ level: 'error', line: 5 + 3 * 3 })
    expect(failed.message).toContain('wait for it, or cancel it in the console')
    expect(run.annotations.find((a) => a.title === 'Move failed: FailedOperation.SomeUinsNotInOrganization')).toMatchObject({ line: 8 })
    expect(run.failure).toContain('2 of 4 reconcile writes failed')
  })
})

describe('pending entries', () => {
  test('a lapsed invitation is re-sent once; one still open is not', async () => {
    const empty = repo.commit({ 'members.yaml': DEFAULTS.replace('members:\n', 'members: []\n') }, 'Empty')
    const one = repo.commit({ 'members.yaml': DEFAULTS + entry(0) }, 'Invite m0 (#8)')
    expect((await push(empty, one)).outputs.invited).toBe('1')
    emulator.advanceClock(10 * 24 * 3600 * 1000)
    const two = repo.commit({ 'members.yaml': DEFAULTS + entry(0) + entry(1) }, 'Invite m1 (#9)')
    expect((await push(one, two)).outputs.invited).toBe('1')
    emulator.advanceClock(5 * 24 * 3600 * 1000)
    expect(emulator.invitationState(UIN)).toBe('lapsed')
    expect(emulator.invitationState(UIN + 1)).toBe('pending')

    // A later commit that does not touch them: both are pending entries now.
    const later = repo.commit({ 'members.yaml': DEFAULTS + entry(0) + entry(1) + '# reviewed\n' }, 'Comment')
    const run = await push(two, later, { reconcile: 'changes' })
    expect(run.code).toBe(0)
    expect(emulator.invitesFor(UIN)).toBe(2)
    expect(emulator.invitesFor(UIN + 1)).toBe(1)
    expect(results(run).map((r) => [r.action, r.MemberUin, r.status])).toEqual([
      ['reinvite', UIN, 'reinvited'],
      ['reinvite', UIN + 1, 'still-pending']
    ])
    expect(String(results(run)[1]!.message)).toMatch(
      new RegExp(`^Still pending since \\d{4}-\\d\\d-\\d\\d \\(commit ${two.slice(0, 12)}\\): the invitation is open, nothing was re-sent\\.$`)
    )

    // A rerun: both invitations are open, nothing is re-sent.
    const rerun = await push(two, later, { reconcile: 'changes' })
    expect(rerun.code).toBe(0)
    expect(emulator.invitesFor(UIN)).toBe(2)
    expect(emulator.invitesFor(UIN + 1)).toBe(1)
    expect(results(rerun).map((r) => r.status)).toEqual(['still-pending', 'still-pending'])
  })

  test('re-sent invitations count toward max-invites', async () => {
    const base = repo.commit({ 'members.yaml': DEFAULTS + entry(0) + entry(1) + entry(2) }, 'Three, never accepted')
    const head = repo.commit({ 'members.yaml': DEFAULTS + entry(0) + entry(1) + entry(2) + entry(3) }, 'A fourth')
    const run = await push(base, head, { reconcile: 'changes', 'max-invites': '3' })
    expect(run.code).toBe(1)
    expect(run.failure).toContain('4 invitations with the re-sent ones, more than max-invites (3): raise max-invites to at least 4')
    expect(writes()).toEqual([])
  })
})

describe('guards refuse the whole run before anything is sent', () => {
  test('max-changes', async () => {
    seed(3)
    const base = repo.commit({ 'members.yaml': DEFAULTS + entry(0) + entry(1) + entry(2) }, 'Three')
    const head = repo.commit({ 'members.yaml': (DEFAULTS + entry(0) + entry(1) + entry(2)).replaceAll('NodeId: 1001', 'NodeId: 1002') }, 'Move all')
    const run = await push(base, head, { reconcile: 'changes', 'max-changes': '2' })
    expect(run.code).toBe(1)
    expect(run.failure).toContain('3 changes to members, more than max-changes (2): raise max-changes to at least 3')
    expect(run.annotations.find((a) => a.title === 'Too many changes')).toMatchObject({ level: 'error', line: 11 })
    expect(writes()).toEqual([])
  })

  test('a protected member, and the management account, are refused on their lines', async () => {
    seed(2)
    const base = repo.commit({ 'members.yaml': DEFAULTS + entry(0) + entry(1) }, 'Two')
    const head = repo.commit({ 'members.yaml': (DEFAULTS + entry(0) + entry(1)).replaceAll('NodeId: 1001', 'NodeId: 1002') }, 'Move both')
    const run = await push(base, head, { reconcile: 'changes', 'protected-members': `${UIN + 1}\n123` })
    expect(run.code).toBe(1)
    expect(run.annotations.filter((a) => a.title === 'Protected member').map((a) => [a.line, a.level])).toEqual([[8, 'error']])
    expect(run.annotations.find((a) => a.title === 'Protected member')!.message).toContain('protected-members')
    expect(writes()).toEqual([])

    const host = `  - MemberUin: ${emulator.managementUin}\n    Name: boss\n    NodeId: 1000\n`
    const third = repo.commit({ 'members.yaml': DEFAULTS + entry(0) + entry(1) + host }, 'Declare the management account')
    const again = await push(head, third, { reconcile: 'changes', 'protected-members': `${UIN + 1}` })
    expect(again.code).toBe(1)
    expect(again.annotations.find((a) => a.title === 'Protected member' && a.line === 11)!.message).toContain("the organization's management account")
    expect(writes()).toEqual([])
  })
})

describe('faults', () => {
  test('a write whose answer was lost is read back, found done, and not sent again; one that timed out undone is', async () => {
    seed(3)
    const base = repo.commit({ 'members.yaml': DEFAULTS + entry(0) + entry(1) + entry(2) }, 'Three')
    const head = repo.commit(
      { 'members.yaml': DEFAULTS + entry(0, '    Remark: r0\n') + entry(1).replace('NodeId: 1001', 'NodeId: 1002') + entry(2, '    Remark: r2\n') },
      'Change'
    )
    // The first update and the move: done, the answer never comes. The second update: hangs undone.
    emulator.failNext(1, 'lost-answer', 'UpdateOrganizationMember')
    emulator.failNext(1, 'hang', 'UpdateOrganizationMember')
    emulator.failNext(1, 'lost-answer', 'MoveOrganizationNodeMembers')
    const run = await push(base, head, { reconcile: 'changes', timeout: '1' })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(member(0).Remark).toBe('r0')
    expect(member(1).NodeId).toBe(1002)
    expect(member(2).Remark).toBe('r2')
    // Each write applied once. The lost ones were sent once and read back; the hung one read back, found undone, and
    // sent again.
    expect(writes('UpdateOrganizationMember').map((r) => r.body.MemberUin)).toEqual([UIN, UIN + 2, UIN + 2])
    expect(writes('MoveOrganizationNodeMembers')).toHaveLength(1)
    expect(emulator.writes).toHaveLength(3)
    const searches = emulator.requests.filter((r) => r.action === 'DescribeOrganizationMembers' && r.body.SearchKey !== undefined).map((r) => r.body.SearchKey)
    expect(searches.sort()).toEqual([String(UIN), String(UIN + 1), String(UIN + 2)])
    const byUin = new Map(results(run).map((r) => [r.MemberUin, r]))
    expect(byUin.get(UIN)).toMatchObject({ status: 'updated', message: expect.stringContaining('read back from the organization, not sent again') })
    expect(byUin.get(UIN + 1)).toMatchObject({ status: 'moved', message: expect.stringContaining('read back') })
    expect(byUin.get(UIN + 2)).toMatchObject({ status: 'updated' })
    expect(byUin.get(UIN + 2)!.message).toBeUndefined()
  })

  test('20% injected faults on every write action: each write applied exactly once', async () => {
    const N = 24
    seed(N)
    const all = Array.from({ length: N }, (_, i) => entry(i)).join('')
    const base = repo.commit({ 'members.yaml': DEFAULTS + all }, 'All')
    const changed = Array.from({ length: N }, (_, i) =>
      i % 3 === 0
        ? entry(i, `    Remark: r${i}\n`)
        : i % 3 === 1
          ? entry(i).replace('NodeId: 1001', `NodeId: ${1000 + (i % 2) * 2}`)
          : entry(i, `    Tags:\n      - { TagKey: k, TagValue: v${i} }\n`)
    ).join('')
    const head = repo.commit({ 'members.yaml': DEFAULTS + changed }, 'Change all')
    emulator.setFaults({
      rate: 0.2,
      kinds: ['internal-error', 'http-502', 'reset', 'throttle', 'hang', 'lost-answer'],
      seed: 5,
      actions: ['UpdateOrganizationMember', 'MoveOrganizationNodeMembers', 'ModifyResourceTags']
    })
    // At least one lost answer on each action, whatever order the random faults fall in.
    for (const action of ['UpdateOrganizationMember', 'MoveOrganizationNodeMembers', 'ModifyResourceTags']) emulator.failNext(1, 'lost-answer', action)
    const run = await push(base, head, { reconcile: 'changes', timeout: '1' })
    expect(run.stderr).toBe('')
    expect(run.failure).toBeUndefined()
    expect(run.code).toBe(0)
    expect(emulator.requests.some((r) => r.fault)).toBe(true)
    expect(results(run).every((r) => ['updated', 'moved', 'tagged'].includes(r.status as string))).toBe(true)
    // Applied: the organization now equals the file. Exactly once: no write was done twice, the lost answers included.
    for (let i = 0; i < N; i++) {
      if (i % 3 === 0) expect(member(i).Remark).toBe(`r${i}`)
      if (i % 3 === 1) expect(member(i).NodeId).toBe(1000 + (i % 2) * 2)
      if (i % 3 === 2) expect(member(i).Tags).toEqual([{ TagKey: 'k', TagValue: `v${i}` }])
    }
    const done = emulator.writes.map((w) => `${w.action}:${JSON.stringify(w.body)}`)
    // A lost answer did the work: the member is read back before any retry, and nothing is done twice.
    expect(emulator.requests.filter((r) => r.fault === 'lost-answer').length).toBeGreaterThan(0)
    expect(done.length).toBe(new Set(done).size)
    const rerun = await push(base, head, { reconcile: 'changes' })
    expect(rerun.code).toBe(0)
    expect(results(rerun)).toEqual([])
  })
})

describe('reconcile: none', () => {
  test('sends exactly what it sent before: invitations of added entries only, no DescribeOrganization', async () => {
    seed(1)
    emulator.editMember(UIN, { Remark: 'edited' })
    const base = repo.commit({ 'members.yaml': DEFAULTS + entry(0) + entry(2) }, 'One member, one pending')
    const head = repo.commit({ 'members.yaml': DEFAULTS + entry(0).replace('NodeId: 1001', 'NodeId: 1002') + entry(2) + entry(1) }, 'Move m0, add m1')
    const run = await push(base, head)
    expect(run.code).toBe(0)
    expect(emulator.requests.map((r) => r.action).filter((a) => !a.startsWith('DescribeOrganization'))).toEqual(['InviteOrganizationMember'])
    expect(emulator.requests.filter((r) => r.action === 'DescribeOrganization')).toEqual([])
    expect(writes().map((r) => r.body.MemberUin)).toEqual([UIN + 1])
    expect(results(run)).toEqual([expect.objectContaining({ action: 'invite', MemberUin: UIN + 1, status: 'invited' })])
    expect(run.summary).not.toContain('### Reconcile')
    expect(run.annotations.find((a) => a.title === 'Change under review: NodeId')!.message).toContain('reconcile: none')
  })
})

describe('the plan on a pull request', () => {
  test('shows every write with before and after, and sends nothing', async () => {
    seed(1)
    const base = repo.commit({ 'members.yaml': DEFAULTS + entry(0) }, 'One')
    const head = repo.commit({ 'members.yaml': DEFAULTS + entry(0, '    Remark: "`x` @team"\n').replace('NodeId: 1001', 'NodeId: 1002') }, 'Change')
    const run = await runAction({
      workspace: repo.work,
      eventName: 'pull_request',
      payload: pullRequestEvent(base, head),
      sha: head,
      ref: 'refs/pull/7/merge',
      inputs: { ...credentials(), comment: 'false', reconcile: 'changes' }
    })
    expect(run.code).toBe(0)
    expect(writes()).toEqual([])
    expect(run.summary).toContain('### Reconcile (changes): 2 writes sent on merge (apply)')
    expect(run.summary).toContain('| update | 710000000001 | `m0` | Remark: *empty* → `` `x` @team `` | UpdateOrganizationMember | [5](')
    expect(run.summary).toContain('| move | 710000000001 | `m0` | NodeId: `1001` → `1002` | MoveOrganizationNodeMembers |')
    const plan = JSON.parse(run.outputs.plan!)
    expect(plan.writes).toEqual([
      { action: 'update', MemberUin: UIN, Name: 'm0', line: 5, changes: [{ field: 'Remark', before: null, after: '`x` @team' }] },
      { action: 'move', MemberUin: UIN, Name: 'm0', line: 5, changes: [{ field: 'NodeId', before: 1001, after: 1002 }] }
    ])
  })
})
