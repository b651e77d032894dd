// Drift: the whole file against the live organization (the emulator), run by the bundle as a runner runs it. Console
// edits, lapsed and declined invitations, entries taken out of the file, the scheduled run with no pull request.
import { afterAll, afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { html } from './support/markdown.js'
import { runAction, type ActionRun } from './support/action-runner.js'
import { DEFAULT_INVITATION_TTL_MS, TencentCloudEmulator, type EmuMember } from './support/emulator.js'
import { Repo, pullRequestEvent, pushEvent } from './support/git-repo.js'
import { FIRST_UIN, membersYaml } from './support/members.js'

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

/** A scheduled run: no pull request, no push payload, mode auto. */
function scheduled(inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<ActionRun> {
  const head = repo.head()
  return runAction({
    workspace: repo.work,
    eventName: 'schedule',
    payload: { schedule: '17 6 * * *', repository: { full_name: 'acme/org-members', default_branch: 'main' } },
    sha: head,
    ref: 'refs/heads/main',
    inputs: { ...credentials(), ...inputs },
    env
  })
}

function pullRequest(base: string, head: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    workspace: repo.work,
    eventName: 'pull_request',
    payload: pullRequestEvent(base, head),
    sha: head,
    ref: 'refs/pull/7/merge',
    inputs: { ...credentials(), comment: 'false', ...inputs }
  })
}

/** An entry that writes every field DescribeOrganizationMembers returns. */
function fullEntry(m: Required<Pick<EmuMember, 'MemberUin' | 'Name' | 'NodeId' | 'PermissionIds' | 'PayUin' | 'Remark' | 'IsAllowQuit' | 'Tags'>>): string {
  return (
    [
      `  - MemberUin: ${m.MemberUin}`,
      `    Name: ${m.Name}`,
      `    NodeId: ${m.NodeId}`,
      '    PolicyType: Financial',
      `    PermissionIds: [${m.PermissionIds.join(', ')}]`,
      `    PayUin: "${m.PayUin}"`,
      `    Remark: ${m.Remark}`,
      `    IsAllowQuit: ${m.IsAllowQuit}`,
      '    Tags:',
      ...m.Tags.map((t) => `      - { TagKey: ${t.TagKey}, TagValue: ${t.TagValue} }`)
    ].join('\n') + '\n'
  )
}

/** The line of `field` in the entry of `uin` (its `- MemberUin:` line for MemberUin). */
function lineOf(text: string, uin: number, field: string): number {
  const lines = text.split('\n')
  const start = lines.findIndex((l) => l.includes(`MemberUin: ${uin}`))
  const at = lines.findIndex((l, i) => i >= start && new RegExp(`^\\s*-? *${field}:`).test(l))
  return at + 1
}

const drift = (run: ActionRun) => JSON.parse(run.outputs.drift!) as Array<Record<string, unknown>>

describe('console edits are drift, on the line of the field', () => {
  const FIRST = 610000000001
  const seed = (i: number) => ({
    MemberUin: FIRST + i,
    Name: `m${i}`,
    NodeId: 1001,
    PermissionIds: [1, 2, 7],
    PayUin: '610000000099',
    Remark: `remark-${i}`,
    IsAllowQuit: 'Denied',
    Tags: [{ TagKey: 'team', TagValue: 'a' }]
  })
  const EDITS: Array<[string, Parameters<TencentCloudEmulator['editMember']>[1], unknown, unknown, string]> = [
    ['Name', { Name: 'renamed' }, 'm0', 'renamed', 'update'],
    ['NodeId', { NodeId: 1002 }, 1001, 1002, 'move'],
    ['PolicyType', { PolicyType: 'Other' }, 'Financial', 'Other', 'update'],
    ['PermissionIds', { PermissionIds: [1, 2, 3, 7] }, [1, 2, 7], [1, 2, 3, 7], 'update'],
    ['PayUin', { PayUin: '610000000098' }, '610000000099', '610000000098', 'update'],
    ['IsAllowQuit', { IsAllowQuit: 'Allow' }, 'Denied', 'Allow', 'update'],
    ['Remark', { Remark: 'edited in the console' }, 'remark-6', 'edited in the console', 'update'],
    ['Tags', { Tags: [{ TagKey: 'team', TagValue: 'b' }] }, [{ TagKey: 'team', TagValue: 'a' }], [{ TagKey: 'team', TagValue: 'b' }], 'tags']
  ]

  test('each field edited in the console is reported with the file and live values; an untouched member is in sync', async () => {
    const members = [...EDITS.keys(), EDITS.length].map(seed)
    const text = 'members:\n' + members.map(fullEntry).join('')
    repo.commit({ 'members.yaml': text }, 'Nine members')
    for (const m of members) emulator.addMember({ ...m, PolicyType: 'Financial' })
    EDITS.forEach(([, edit], i) => emulator.editMember(FIRST + i, edit))

    const run = await scheduled()
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    // Where the value is written: for a block list of tags, its first item.
    const line = (field: string, i: number) => lineOf(text, FIRST + i, field) + (field === 'Tags' ? 1 : 0)
    expect(drift(run)).toEqual(
      EDITS.map(([field, , file, live, state], i) => ({
        MemberUin: FIRST + i,
        Name: `m${i}`,
        state,
        field,
        file,
        live,
        line: line(field, i)
      }))
    )
    for (const [i, [field, , , live]] of EDITS.entries()) {
      const warning = run.annotations.find((a) => a.title === `Drift: ${field}`)!
      expect(warning).toMatchObject({ level: 'warning', file: 'members.yaml', line: line(field, i) })
      expect(warning.message).toContain(`MemberUin ${FIRST + i} (m${i}): ${field} is `)
      expect(warning.message).toContain('Drift: this revision did not change it')
      if (typeof live === 'string') expect(warning.message).toContain(JSON.stringify(live))
    }
    expect(run.summary).toContain('## Tencent Cloud organization members: drift')
    expect(run.summary).toContain('### Against the organization: **6** update, **1** move, **1** tags, **1** in-sync')
    expect(run.summary).toContain('#### Differences (8): 8 drift, 0 under review')
    expect(run.summary).toContain(`| ${FIRST + 6} | \`m6\` | update | Remark | \`remark-6\` | \`edited in the console\` | **drift** | [${lineOf(text, FIRST + 6, 'Remark')}](`)
    // Only reads: no write of any kind reached the organization.
    expect(new Set(emulator.requests.map((r) => r.action))).toEqual(new Set(['DescribeOrganizationNodes', 'DescribeOrganizationMembers', 'DescribeOrganization']))
  })

  test('a field the entry takes from defaults is reported on the entry line; an absent IsAllowQuit is not managed', async () => {
    const text = 'defaults:\n  PolicyType: Financial\n  PermissionIds: [1, 2]\nmembers:\n  - MemberUin: 620000000001\n    Name: solo\n    NodeId: 1001\n'
    repo.commit({ 'members.yaml': text }, 'One member')
    emulator.addMember({ MemberUin: 620000000001, Name: 'solo', NodeId: 1001, PermissionIds: [1, 2], IsAllowQuit: 'Allow' })
    expect(drift(await scheduled())).toEqual([])
    emulator.editMember(620000000001, { PermissionIds: [1, 2, 8], IsAllowQuit: 'Denied' })
    const run = await scheduled()
    // The file does not declare IsAllowQuit, and no default is documented: whatever the organization holds is left
    // alone, so the console's Denied is no drift (issue 19). Declared (in defaults), it is managed again.
    expect(drift(run).map((d) => [d.field, d.file, d.live, d.line])).toEqual([['PermissionIds', [1, 2], [1, 2, 8], 5]])
    expect(run.annotations.some((a) => a.title === 'Drift: IsAllowQuit')).toBe(false)
    repo.commit({ 'members.yaml': text.replace('defaults:\n', 'defaults:\n  IsAllowQuit: Allow\n') }, 'IsAllowQuit declared')
    const declared = await scheduled()
    expect(drift(declared).map((d) => [d.field, d.file, d.live, d.line])).toEqual([
      ['PermissionIds', [1, 2], [1, 2, 8], 6],
      ['IsAllowQuit', 'Allow', 'Denied', 6]
    ])
    expect(declared.annotations.find((a) => a.title === 'Drift: IsAllowQuit')!.message).toContain('IsAllowQuit is "Allow" in the file and "Denied" in the organization.')
  })

  test('fail-on-drift fails the run; without drift it passes', async () => {
    repo.commit({ 'members.yaml': 'members:\n' + fullEntry(seed(0)) }, 'One')
    emulator.addMember({ ...seed(0), PolicyType: 'Financial' })
    expect((await scheduled({ 'fail-on-drift': 'true' })).code).toBe(0)
    emulator.editMember(FIRST, { Remark: 'changed' })
    const run = await scheduled({ 'fail-on-drift': 'true' })
    expect(run.code).toBe(1)
    expect(run.failure).toBe('members.yaml and the organization differ for 1 MemberUin (fail-on-drift is on); the job summary lists every difference.')
  })
})

describe('invitations that did not become members', () => {
  const BASE = 'defaults:\n  PolicyType: Financial\n  PermissionIds: [1, 2]\nmembers:\n  - MemberUin: 630000000001\n    Name: alice\n    NodeId: 1001\n'
  const HEAD = BASE + '  - MemberUin: 630000000002\n    Name: bob\n    NodeId: 1001\n  - MemberUin: 630000000003\n    Name: carol\n    NodeId: 1002\n'

  test('a declined invitation and a lapsed one are pending, since the commit that added them', async () => {
    const base = repo.commit({ 'members.yaml': BASE }, 'Alice')
    emulator.addMember({ MemberUin: 630000000001, Name: 'alice', NodeId: 1001 })
    const head = repo.commit({ 'members.yaml': HEAD }, 'Add bob and carol (#3)')
    const apply = await runAction({ workspace: repo.work, eventName: 'push', payload: pushEvent(base, head), sha: head, ref: 'refs/heads/main', inputs: credentials() })
    expect(apply.outputs.invited).toBe('2')
    emulator.declineInvitation(630000000002)
    emulator.advanceClock(DEFAULT_INVITATION_TTL_MS)
    expect(emulator.invitationState(630000000003)).toBe('lapsed')

    const run = await scheduled()
    expect(run.code).toBe(0)
    const since = { commit: head, subject: 'Add bob and carol (#3)', date: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }
    expect(drift(run)).toEqual([
      { MemberUin: 630000000002, Name: 'bob', state: 'pending', field: null, file: 'declared', live: null, line: 8, since },
      { MemberUin: 630000000003, Name: 'carol', state: 'pending', field: null, file: 'declared', live: null, line: 11, since }
    ])
    const warning = run.annotations.find((a) => a.title === 'Invitation pending' && a.line === 8)!
    expect(warning.message).toContain(`MemberUin 630000000002 (bob) is declared since `)
    expect(warning.message).toContain(`(commit ${head.slice(0, 12)}, "Add bob and carol (#3)") but is not a member`)
    expect(run.summary).toContain('#### Pending (2): declared, not members')
    expect(run.summary).toContain(`\`${head.slice(0, 12)}\` \`Add bob and carol (#3)\``)
  })

  test('in a pull request, an entry added before the base that is not a member is pending, a new one is invite', async () => {
    const base = repo.commit({ 'members.yaml': HEAD }, 'Three')
    emulator.addMember({ MemberUin: 630000000001, Name: 'alice', NodeId: 1001 })
    const head = repo.commit({ 'members.yaml': HEAD + '  - MemberUin: 630000000004\n    Name: dave\n    NodeId: 1001\n' }, 'Dave')
    const run = await pullRequest(base, head)
    expect(run.code).toBe(0)
    const plan = JSON.parse(run.outputs.plan!)
    expect(plan.pending.map((p: { MemberUin: number }) => p.MemberUin)).toEqual([630000000002, 630000000003])
    expect(plan.pending[0].since.commit).toBe(base)
    expect(plan.inSync).toBe(1)
    expect(run.summary).toContain('### Against the organization: **2** pending, **1** invite, **1** in-sync')
  })

  test('a shallow clone says why since when is unknown', async () => {
    repo.commit({ 'members.yaml': HEAD }, 'Three')
    emulator.addMember({ MemberUin: 630000000001, Name: 'alice', NodeId: 1001 })
    const shallow = repo.shallowClone()
    const run = await runAction({
      workspace: shallow,
      eventName: 'schedule',
      payload: {},
      sha: repo.head(),
      ref: 'refs/heads/main',
      inputs: credentials()
    })
    expect(run.code).toBe(0)
    expect(drift(run)[0]).toMatchObject({ state: 'pending', sinceUnknown: expect.stringContaining('the clone is shallow') })
  })
})

describe('members out of the file', () => {
  const TWO =
    'defaults:\n  PolicyType: Financial\n  PermissionIds: [1, 2]\nmembers:\n  - MemberUin: 640000000001\n    Name: alice\n    NodeId: 1001\n  - MemberUin: 640000000002\n    Name: bob\n    NodeId: 1001\n'
  const ONE = TWO.split('  - MemberUin: 640000000002')[0]!

  test('an entry removed from the file but still a member is remove: reported, never sent', async () => {
    const base = repo.commit({ 'members.yaml': TWO }, 'Two')
    emulator.addMember({ MemberUin: 640000000001, Name: 'alice', NodeId: 1001 })
    emulator.addMember({ MemberUin: 640000000002, Name: 'bob', NodeId: 1001 })
    emulator.addMember({ MemberUin: 640000000009, Name: 'stranger', NodeId: 1002 })
    const head = repo.commit({ 'members.yaml': ONE }, 'Bob leaves (#5)')

    const plan = await pullRequest(base, head)
    expect(plan.code).toBe(0)
    const output = JSON.parse(plan.outputs.plan!)
    expect(output.removals).toEqual([{ MemberUin: 640000000002, Name: 'bob' }])
    expect(output.undeclared).toEqual([{ MemberUin: 640000000009, Name: 'stranger' }])
    // The removal is this revision's: under review, not drift; the stranger is.
    expect(drift(plan)).toEqual([{ MemberUin: 640000000009, Name: 'stranger', state: 'undeclared', field: null, file: null, live: 'member' }])
    expect(plan.summary).toContain('#### Removed from the file, still members (1): not applied')
    expect(plan.summary).toContain('### Not declared (1)')
    expect(plan.summary).not.toMatch(/Not declared[^\n]*\n[\s\S]*MemberUin: 640000000002/)

    // Merged, and later: the history tells the removed member from one the file never held.
    const run = await scheduled()
    expect(run.code).toBe(0)
    expect(drift(run)).toEqual([
      {
        MemberUin: 640000000002,
        Name: 'bob',
        state: 'remove',
        field: null,
        file: null,
        live: 'member',
        since: expect.objectContaining({ commit: head, subject: 'Bob leaves (#5)' })
      },
      { MemberUin: 640000000009, Name: 'stranger', state: 'undeclared', field: null, file: null, live: 'member' }
    ])
    expect(run.annotations.find((a) => a.title === 'Still a member')!.message).toContain('MemberUin 640000000002 (bob) was taken out of members.yaml since ')
    expect(run.summary).toContain('#### Not declared (1): members of the organization that `members.yaml` never listed')
    expect(emulator.requests.every((r) => r.action.startsWith('Describe'))).toBe(true)
  })
})

describe('a plan against the organization', () => {
  test('a field this revision changes is a change under review; one it does not is drift', async () => {
    const text = 'defaults:\n  PolicyType: Financial\n  PermissionIds: [1, 2]\nmembers:\n  - MemberUin: 650000000001\n    Name: alice\n    NodeId: 1001\n    Remark: lead\n'
    const base = repo.commit({ 'members.yaml': text }, 'Alice')
    emulator.addMember({ MemberUin: 650000000001, Name: 'alice', NodeId: 1001, Remark: 'lead' })
    emulator.editMember(650000000001, { Remark: 'edited' })
    const head = repo.commit({ 'members.yaml': text.replace('NodeId: 1001', 'NodeId: 1002') }, 'Move alice')
    const run = await pullRequest(base, head)
    expect(run.code).toBe(0)
    const plan = JSON.parse(run.outputs.plan!)
    expect(plan.moves).toEqual([{ MemberUin: 650000000001, Name: 'alice', line: 5, fields: [{ field: 'NodeId', file: 1002, live: 1001, underReview: true }] }])
    expect(plan.updates).toEqual([{ MemberUin: 650000000001, Name: 'alice', line: 5, fields: [{ field: 'Remark', file: 'lead', live: 'edited', underReview: false }] }])
    expect(drift(run)).toEqual([{ MemberUin: 650000000001, Name: 'alice', state: 'update', field: 'Remark', file: 'lead', live: 'edited', line: 8 }])
    expect(run.annotations.find((a) => a.title === 'Change under review: NodeId')).toMatchObject({ line: 7 })
    expect(run.annotations.find((a) => a.title === 'Drift: Remark')).toMatchObject({ line: 8 })
    // The organization's own values replace the plain "changed, not applied" warning of a member that exists.
    expect(run.annotations.some((a) => a.title === 'Change not applied')).toBe(false)
    expect(run.summary).toContain('#### Differences (2): 1 drift, 1 under review')
  })

  test('Markdown in a remark stays inert in the summary', async () => {
    // An empty Remark in the file: the remark is managed (a Remark the file leaves out is not compared at all).
    const text = 'members:\n  - MemberUin: 650000000002\n    Name: bob\n    NodeId: 1001\n    PolicyType: Financial\n    PermissionIds: [1, 2]\n    Remark: ""\n'
    repo.commit({ 'members.yaml': text }, 'Bob')
    emulator.addMember({ MemberUin: 650000000002, Name: 'bob', NodeId: 1001, Remark: '`x` <img src=y> | [l](http://e)\n# h' })
    const run = await scheduled()
    expect(run.summary).toContain('| *not set* | `` `x` <img src=y> \\| [l](http://e) # h `` |')
    expect(html(run.summary)).toContain('<td><code>`x` &lt;img src=y&gt; | [l](http://e) # h</code></td>')
  })
})

describe('a scheduled run', () => {
  test('auto on schedule is drift: no pull request, no base, no crash', async () => {
    repo.commit({ 'members.yaml': 'members: []\n' }, 'Empty')
    const run = await scheduled()
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.summary).toContain('## Tencent Cloud organization members: drift')
    expect(run.outputs.drift).toBe('[]')
    expect(run.outputs.plan).toBeUndefined()
  })

  test('without credentials it fails and says what it needs', async () => {
    repo.commit({ 'members.yaml': 'members: []\n' }, 'Empty')
    const run = await scheduled({ 'secret-id': '', 'secret-key': '' })
    expect(run.code).toBe(1)
    expect(run.failure).toMatch(/^Mode drift compares the file with the organization, so it needs credentials/)
  })
})

describe('a large file', () => {
  const N = 1500 // about 100 KB: validated in a worker while the organization is read

  test('is compared whole, every member page asked (the file says how many, so none is wasted)', async () => {
    repo.commit({ 'members.yaml': membersYaml(N) }, `${N} members`)
    for (let i = 0; i < N; i++) emulator.addMember({ MemberUin: FIRST_UIN + i, Name: `member-${i}`, NodeId: i % 2 === 0 ? 1001 : 1002 })
    // A console edit of a field the file declares (by defaults): PermissionIds.
    emulator.editMember(FIRST_UIN + 1234, { PermissionIds: [1, 2, 8] })
    const run = await scheduled()
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`members.yaml is valid: ${N} entries.`)
    expect(drift(run)).toEqual([{ MemberUin: FIRST_UIN + 1234, Name: 'member-1234', state: 'update', field: 'PermissionIds', file: [1, 2], live: [1, 2, 8], line: 5 + 3 * 1234 }])
    const offsets = emulator.requests.filter((r) => r.action === 'DescribeOrganizationMembers').map((r) => (r.body as { Offset: number }).Offset)
    // A loaded machine can draw a throttling answer and its retry: pages, not requests, are what is counted.
    expect([...new Set(offsets)].sort((a, b) => a - b)).toEqual(Array.from({ length: N / 50 }, (_, i) => i * 50))
  })

  test('an invalid one fails the run and compares nothing', async () => {
    repo.commit({ 'members.yaml': membersYaml(N).replace('Name: member-700\n', 'Name: member 700\n') }, 'Broken')
    const run = await scheduled()
    expect(run.code).toBe(1)
    expect(run.failure).toBe('members.yaml has 1 error; nothing was compared.')
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'error', line: 5 + 3 * 700 + 1 }))
    expect(run.outputs.drift).toBeUndefined()
  })
})
