// The pull request experience: the sticky plan comment (against a local fake of the GitHub REST API) and
// files with many errors.
import { afterAll, afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { runAction, type ActionRun } from './support/action-runner.js'
import { FakeGitHub } from './support/fake-github.js'
import { Repo, pullRequestEvent } from './support/git-repo.js'
import { memberEntry, membersYaml } from './support/members.js'

let github: FakeGitHub
let repo: Repo
let base: string

beforeEach(async () => {
  github = await FakeGitHub.start()
  repo?.cleanup()
  repo = new Repo()
  base = repo.commit({ 'members.yaml': membersYaml(1) }, 'One member')
})
afterEach(async () => {
  await github.close()
})
afterAll(() => repo?.cleanup())

function pullRequest(head: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    workspace: repo.work,
    eventName: 'pull_request',
    payload: pullRequestEvent(base, head, 7),
    sha: head,
    ref: 'refs/pull/7/merge',
    inputs: { 'github-token': github.token, ...inputs },
    env: { GITHUB_API_URL: github.url }
  })
}

const MARKER = '<!-- tencent-org-members: members.yaml -->'

describe('the sticky plan comment', () => {
  test('the first run creates it, the next run updates it in place', async () => {
    github.addComment(7, 'An unrelated review comment')
    const first = await pullRequest(repo.commit({ 'members.yaml': membersYaml(3) }, 'Add two'))
    expect(first.code).toBe(0)
    expect(first.stdout).toContain('Plan comment created on pull request #7.')
    let comments = github.comments.get(7)!
    expect(comments).toHaveLength(2)
    expect(comments[1]!.body.startsWith(MARKER)).toBe(true)
    expect(comments[1]!.body).toContain('### Added (2): to be invited on merge')
    expect(comments[1]!.body).toContain('https://github.example/acme/org-members/actions/runs/4242')

    const second = await pullRequest(repo.commit({ 'members.yaml': membersYaml(4) }, 'Add a third'))
    expect(second.stdout).toContain('Plan comment updated on pull request #7.')
    comments = github.comments.get(7)!
    expect(comments).toHaveLength(2)
    expect(comments[0]!.body).toBe('An unrelated review comment')
    expect(comments[1]!.body).toContain('### Added (3): to be invited on merge')
    expect(github.requests.some((r) => r.auth === `token ${github.token}`)).toBe(true)
  })

  test('validation errors are in the comment, with links to their lines', async () => {
    const run = await pullRequest(repo.commit({ 'members.yaml': membersYaml(2).replace('NodeId: 1002', 'NodeId: nope') }, 'Break'))
    expect(run.code).toBe(1)
    const body = github.comments.get(7)![0]!.body
    expect(body).toContain('**members.yaml is invalid**')
    expect(body).toMatch(
      /\| \[10:13\]\(https:\/\/github\.example\/acme\/org-members\/blob\/[0-9a-f]{40}\/members\.yaml#L10\) \| Wrong type \| NodeId must be an integer, got the string "nope"\. \|/
    )
  })

  test('a read-only token (fork) is a warning, never a failure', async () => {
    github.commentStatus = 403
    const run = await pullRequest(repo.commit({ 'members.yaml': membersYaml(2) }, 'Add one'))
    expect(run.code).toBe(0)
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'warning', title: 'No plan comment' }))
    const warning = run.annotations.find((a) => a.title === 'No plan comment')!
    expect(warning.message).toContain('HTTP 403')
    expect(warning.message).toContain('pull-requests: write')
    expect(run.summary).toContain('### Added (1)')
  })

  test('comment: false posts nothing', async () => {
    const run = await pullRequest(repo.commit({ 'members.yaml': membersYaml(2) }, 'Add one'), { comment: 'false' })
    expect(run.code).toBe(0)
    expect(github.requests).toHaveLength(0)
  })

  test('a plan too long for a comment is cut, with a pointer to the job summary', async () => {
    const run = await pullRequest(repo.commit({ 'members.yaml': membersYaml(3000) }, 'Add many'), { 'max-invites': '5000' })
    expect(run.code).toBe(0)
    const body = github.comments.get(7)![0]!.body
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(body).toContain('The plan is too long for a comment: it is cut here.')
    expect(body).toContain('[job summary](https://github.example/acme/org-members/actions/runs/4242)')
    // The summary itself keeps counts first and folds the long table.
    expect(run.summary.split('\n')[2]).toContain('**2999** added')
    expect(run.summary).toContain('<details><summary>2999 rows</summary>')
  })
})

describe('many errors', () => {
  test('ten error annotations, then a notice; the summary and the comment list every error', async () => {
    let text = 'defaults:\n  PolicyType: Financial\n  PermissionIds: [1, 2]\nmembers:\n'
    for (let i = 0; i < 15; i++) text += memberEntry(i).replace(/NodeId: \d+/, 'NodeId: "x"')
    const run = await pullRequest(repo.commit({ 'members.yaml': text }, 'Fifteen mistakes'))
    expect(run.code).toBe(1)
    const errors = run.annotations.filter((a) => a.level === 'error' && a.file)
    expect(errors.map((a) => a.line)).toEqual([7, 10, 13, 16, 19, 22, 25, 28, 31, 34])
    expect(run.annotations).toContainEqual(
      expect.objectContaining({ level: 'notice', message: '15 errors in all; GitHub shows the first 10 as annotations, the job summary lists every one.' })
    )
    const rows = (s: string) => s.split('\n').filter((l) => l.includes('| Wrong type |')).length
    expect(rows(run.summary)).toBe(15)
    expect(rows(github.comments.get(7)![0]!.body)).toBe(15)
  })
})
