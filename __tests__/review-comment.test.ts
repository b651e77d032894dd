// What a reviewer reads on a pull request: the plan comment leads with every write a merge sends, its kind and its
// before and after with permissions and nodes by name; the annotations say what this change does, and keep drift
// and removals from crowding it out. The bundle as a runner runs it, against the emulator.
import { afterAll, afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { runAction, type ActionRun } from './support/action-runner.js'
import { TencentCloudEmulator } from './support/emulator.js'
import { Repo, pullRequestEvent } from './support/git-repo.js'
import { html } from './support/markdown.js'

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

const UIN = 740000000001
const DEFAULTS = 'defaults:\n  PolicyType: Financial\n  PermissionIds: [1, 2]\n'
const entry = (i: number, extra = '') => `  - MemberUin: ${UIN + i}\n    Name: m${i}\n    NodeId: 1001\n${extra}`

function plan(base: string, head: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    workspace: repo.work,
    eventName: 'pull_request',
    payload: pullRequestEvent(base, head),
    sha: head,
    ref: 'refs/pull/7/merge',
    inputs: { 'secret-id': emulator.secretId, 'secret-key': emulator.secretKey, endpoint: emulator.url, comment: 'false', ...inputs }
  })
}

describe('the plan comment of a mixed pull request', () => {
  test('every write in the first table, with its kind and before and after by name', async () => {
    // m0: in sync, then changed by the PR (permissions). m1: a console edit to undo (Remark). m2: pending (re-invited).
    // m3: taken out of the file (removed). m4: added, with every field a reviewer must see.
    emulator.addMember({ MemberUin: UIN, Name: 'm0', NodeId: 1001, PermissionIds: [1, 2], PolicyType: 'Financial' })
    emulator.addMember({ MemberUin: UIN + 1, Name: 'm1', NodeId: 1001, PermissionIds: [1, 2], PolicyType: 'Financial', Remark: 'edited' })
    emulator.addMember({ MemberUin: UIN + 3, Name: 'm3', NodeId: 1001, PermissionIds: [1, 2], PolicyType: 'Financial' })
    // Others the file never declared: a removal of one of seven stays under the quarter rule.
    for (let i = 0; i < 4; i++) emulator.addMember({ MemberUin: UIN + 100 + i, Name: `other-${i}`, NodeId: 1002 })
    const declared = DEFAULTS + 'members:\n' + entry(0) + entry(1, '    Remark: lead\n') + entry(2)
    const base = repo.commit({ 'members.yaml': declared + entry(3) }, 'Four')
    const added = entry(4, '    PermissionIds: [1, 2, 7]\n    PayUin: "740000000001"\n    IsAllowQuit: Denied\n    Tags: [{ TagKey: team, TagValue: finops }]\n').replace(
      'NodeId: 1001',
      'NodeId: 1002'
    )
    const head = repo.commit({ 'members.yaml': declared.replace(entry(0), entry(0, '    PermissionIds: [1, 2, 3]\n')) + added }, 'Mixed')
    const run = await plan(base, head, { reconcile: 'all' })
    expect(run.code).toBe(0)
    const sections = run.summary.split('\n\n')
    // The headline counts writes; the removal warning leads; then the one table of what is sent.
    expect(sections[1]).toMatch(/^\*\*5\*\* writes on merge · /)
    expect(sections[2]).toBe('### ⚠️ Removals (1): removed from the organization on merge')
    const lead = run.summary.indexOf('### Sent on merge: 5 writes (3 this pull request, 1 undoing drift, 1 re-invitation)')
    expect(lead).toBeGreaterThan(0)
    const table = run.summary.slice(lead).split('\n\n')[1]!
    const rows = table.split('\n').slice(2)
    expect(rows).toHaveLength(5)
    expect(rows[0]).toBe(
      '| invite | 740000000005 `m4` | not a member → invited: node `engineering` (1002); permissions 1 view bills, 2 view balance, 7 pay on behalf; paid for by `740000000001`; IsAllowQuit `Denied`; Tags `team=finops` | this pull request | [16](https://github.example/acme/org-members/blob/' +
        head +
        '/members.yaml#L16) |'
    )
    expect(rows.find((r) => r.startsWith('| update | 740000000001 `m0`'))).toContain(
      'PermissionIds: 1 view bills, 2 view balance → 1 view bills, 2 view balance, 3 transfer funds | this pull request |'
    )
    expect(rows.find((r) => r.startsWith('| update | 740000000002 `m1`'))).toContain('Remark: `edited` → `lead` | undoing drift |')
    expect(rows.find((r) => r.startsWith('| reinvite | 740000000003 `m2`'))).toContain('| re-invitation |')
    expect(rows.find((r) => r.startsWith('| remove | 740000000004 `m3`'))).toContain(
      'member of `finance` (1001), 1 view bills, 2 view balance → out of the organization (the account stays) | this pull request |'
    )
    // Everything else folds under it.
    expect(run.summary).toContain('<details><summary>The plan in full: the file, the organization, drift and what is not sent</summary>')
    const rendered = html(run.summary)
    expect(rendered).toContain('<td>not a member → invited: node <code>engineering</code> (1002); permissions 1 view bills')
    expect(rendered.indexOf('Sent on merge')).toBeLessThan(rendered.indexOf('<details>'))
  })
})

describe('annotations', () => {
  test('a removal is the file’s, not another entry’s; drift the pull request did not cause is a notice', async () => {
    emulator.addMember({ MemberUin: UIN, Name: 'm0', NodeId: 1001, PermissionIds: [1, 2], PolicyType: 'Financial', Remark: 'console' })
    emulator.addMember({ MemberUin: UIN + 1, Name: 'm1', NodeId: 1001, PermissionIds: [1, 2], PolicyType: 'Financial' })
    const base = repo.commit({ 'members.yaml': DEFAULTS + 'members:\n' + entry(0, '    Remark: lead\n') + entry(1) }, 'Two')
    const head = repo.commit({ 'members.yaml': DEFAULTS + 'members:\n' + entry(0, '    Remark: lead\n') + entry(2) }, 'Swap m1 for m2')
    const run = await plan(base, head)
    const removal = run.annotations.find((a) => a.title === 'Removal not applied')!
    expect(removal).toMatchObject({ level: 'warning', file: 'members.yaml' })
    expect(removal.line).toBeUndefined()
    expect(run.annotations.find((a) => a.title === 'Drift: Remark')).toMatchObject({ level: 'notice', line: 8 })
  })

  test('a valid file the run refuses is headed "Refused", not "invalid"', async () => {
    const all = DEFAULTS + 'members:\n' + [0, 1, 2, 3, 4].map((i) => entry(i)).join('')
    const base = repo.commit({ 'members.yaml': all }, 'Five')
    const head = repo.commit({ 'members.yaml': DEFAULTS + 'members:\n' + entry(0) }, 'Truncated')
    const run = await plan(base, head, { reconcile: 'all' })
    expect(run.code).toBe(1)
    expect(run.summary.split('\n\n')[1]).toBe('**Refused**: 1 error below; nothing was sent.')
    expect(run.summary).not.toContain('is invalid')
  })
})
