// Input drift-issue: one open issue per file with the current drift, kept in place, closed when the drift is gone;
// against the emulator and a local fake of the GitHub REST API.
import { afterAll, afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { runAction, type ActionRun } from './support/action-runner.js'
import { TencentCloudEmulator } from './support/emulator.js'
import { FakeGitHub } from './support/fake-github.js'
import { Repo } from './support/git-repo.js'

const FILE = 'members:\n  - MemberUin: 660000000001\n    Name: alice\n    NodeId: 1001\n    PolicyType: Financial\n    PermissionIds: [1, 2]\n    Remark: lead\n'
const MARKER = '<!-- tencent-org-members drift: members.yaml -->'

let emulator: TencentCloudEmulator
let github: FakeGitHub
let repo: Repo

// The reading this file relies on, undocumented and an option of the emulator: an unset IsAllowQuit lists as Allow (by
// default the emulator answers Denied, as the official example shows).
beforeEach(async () => {
  emulator = await TencentCloudEmulator.start({ defaultIsAllowQuit: 'Allow' })
  github = await FakeGitHub.start()
  repo?.cleanup()
  repo = new Repo()
  repo.commit({ 'members.yaml': FILE }, 'Alice')
  emulator.addMember({ MemberUin: 660000000001, Name: 'alice', NodeId: 1001, Remark: 'lead' })
})
afterEach(async () => {
  await emulator.close()
  await github.close()
})
afterAll(() => repo?.cleanup())

function drift(inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    workspace: repo.work,
    eventName: 'schedule',
    payload: { schedule: '0 6 * * *', repository: { full_name: 'acme/org-members', default_branch: 'main' } },
    sha: repo.head(),
    ref: 'refs/heads/main',
    inputs: { 'secret-id': emulator.secretId, 'secret-key': emulator.secretKey, endpoint: emulator.url, 'github-token': github.token, 'drift-issue': 'true', ...inputs },
    env: { GITHUB_API_URL: github.url }
  })
}

const open = () => github.issues.filter((i) => i.state === 'open' && i.body.startsWith(MARKER))

describe('the drift issue', () => {
  test('opened on drift, updated in place while it lasts, closed with a comment when it is gone', async () => {
    github.addIssue({ title: 'An unrelated issue', body: 'Hello' })
    const none = await drift()
    expect(none.code).toBe(0)
    expect(none.stdout).toContain('No drift, and no drift issue open.')
    expect(github.issues).toHaveLength(1)

    emulator.editMember(660000000001, { Remark: 'edited' })
    const first = await drift()
    expect(first.code).toBe(0)
    expect(open()).toHaveLength(1)
    const issue = open()[0]!
    expect(first.stdout).toContain(`Drift issue #${issue.number} created.`)
    expect(issue.title).toBe('Drift: members.yaml and the Tencent Cloud organization differ (1 MemberUin)')
    expect(issue.body).toContain('| 660000000001 | `alice` | update | Remark | `lead` | `edited` | **drift** |')
    expect(issue.body).toContain('https://github.example/acme/org-members/actions/runs/4242')

    emulator.editMember(660000000001, { NodeId: 1002 })
    const second = await drift()
    expect(second.stdout).toContain(`Drift issue #${issue.number} updated.`)
    expect(open()).toHaveLength(1)
    expect(open()[0]!.body).toContain('| 660000000001 | `alice` | move | NodeId | `1001` | `1002` | **drift** |')

    emulator.editMember(660000000001, { NodeId: 1001, Remark: 'lead' })
    const gone = await drift()
    expect(gone.code).toBe(0)
    expect(gone.stdout).toContain(`Drift issue #${issue.number} closed.`)
    expect(open()).toHaveLength(0)
    expect(issue).toMatchObject({ state: 'closed', state_reason: 'completed' })
    expect(github.comments.get(issue.number)!.map((c) => c.body)).toEqual([expect.stringMatching(/^The drift is gone: `members.yaml` and the organization agree as of the run /)])
    expect(github.issues.find((i) => i.title === 'An unrelated issue')).toMatchObject({ state: 'open', body: 'Hello' })

    // Drift again later: a new issue, not the closed one reopened.
    emulator.editMember(660000000001, { Remark: 'again' })
    await drift()
    expect(open()).toHaveLength(1)
    expect(open()[0]!.number).not.toBe(issue.number)
  })

  test("a GitHub App's installation token: the app's issue is updated in place and closed; marked issues by others are never touched", async () => {
    github.identity = { kind: 'app', slug: 'my-app' }
    const actions = github.addIssue({ title: 'Drift (another workflow)', body: `${MARKER}\nnot ours`, user: { login: 'github-actions[bot]', type: 'Bot' } })
    const mallory = github.addIssue({ title: 'Drift?', body: `${MARKER}\nforged`, user: { login: 'mallory', type: 'User' } })
    emulator.editMember(660000000001, { Remark: 'edited' })
    const first = await drift()
    expect(first.code).toBe(0)
    const ours = github.issues.find((i) => i.user?.login === 'my-app[bot]')!
    expect(first.stdout).toContain(`Drift issue #${ours.number} created.`)

    emulator.editMember(660000000001, { NodeId: 1002 })
    const second = await drift()
    expect(second.stdout).toContain(`Drift issue #${ours.number} updated.`)
    expect(github.issues).toHaveLength(3)
    expect(ours.body).toContain('| 660000000001 | `alice` | move | NodeId | `1001` | `1002` | **drift** |')

    emulator.editMember(660000000001, { NodeId: 1001, Remark: 'lead' })
    expect((await drift()).stdout).toContain(`Drift issue #${ours.number} closed.`)
    expect(ours.state).toBe('closed')
    for (const other of [actions, mallory]) {
      expect(other.state).toBe('open')
      expect(github.requests.filter((r) => r.method !== 'GET' && r.path.includes(`/issues/${other.number}`))).toEqual([])
    }
    expect(actions.body).toBe(`${MARKER}\nnot ours`)
    expect(mallory.body).toBe(`${MARKER}\nforged`)
  })

  test('when GitHub will not say whose the token is: an open marked issue is left as it is, no second one is opened, and a warning says why', async () => {
    github.identity = { kind: 'app', slug: 'my-app' }
    github.graphqlFailure = 502
    emulator.editMember(660000000001, { Remark: 'edited' })
    // No marked issue yet: one is opened (nothing else could be ours).
    const first = await drift()
    expect(first.code).toBe(0)
    expect(open()).toHaveLength(1)
    const issue = open()[0]!
    expect(first.stdout).toContain(`Drift issue #${issue.number} created.`)
    const body = issue.body

    emulator.editMember(660000000001, { NodeId: 1002 })
    const second = await drift()
    expect(second.code).toBe(0)
    expect(open()).toHaveLength(1)
    expect(issue.body).toBe(body)
    const warning = second.annotations.find((a) => a.title === 'Drift issue not recognised')!
    expect(warning.level).toBe('warning')
    expect(warning.message).toBe(
      `GitHub did not say which account the token belongs to (GET /user answered 403; GraphQL's viewer answered 502), so the open drift issue #${issue.number} for members.yaml could not be recognised as this action's: it was left as it is, and no new issue was opened. The drift is in the job summary.`
    )
    expect(second.summary).toContain('| 660000000001 | `alice` | move | NodeId | `1001` | `1002` | **drift** |')
  })

  test('a token without issues: write is a warning, never a failure', async () => {
    emulator.editMember(660000000001, { Remark: 'edited' })
    github.issueStatus = 403
    const run = await drift()
    expect(run.code).toBe(0)
    const warning = run.annotations.find((a) => a.title === 'No drift issue')!
    expect(warning.message).toContain('HTTP 403')
    expect(warning.message).toContain('add `permissions: issues: write`')
  })

  test('off by default', async () => {
    emulator.editMember(660000000001, { Remark: 'edited' })
    const run = await drift({ 'drift-issue': '' })
    expect(run.code).toBe(0)
    expect(github.issues).toHaveLength(0)
    expect(github.requests).toHaveLength(0)
  })
})
