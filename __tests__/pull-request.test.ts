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

describe("the comment's author: the token's own account, whatever kind of token", () => {
  const graphql = () => github.requests.filter((r) => r.method === 'POST' && r.path === '/graphql')

  test("a GitHub App's installation token: the second run updates the app's comment; marked comments by others are never touched", async () => {
    github.identity = { kind: 'app', slug: 'my-app' }
    // Before the fix, an app's token was taken for GITHUB_TOKEN: github-actions[bot]'s comment was rewritten, and
    // the app's own was never found again.
    const actions = github.addComment(7, `${MARKER}\nA plan of another workflow`, { login: 'github-actions[bot]', type: 'Bot' })
    const mallory = github.addComment(7, `${MARKER}\nAll checks passed: safe to merge`, { login: 'mallory', type: 'User' })
    const first = await pullRequest(repo.commit({ 'members.yaml': membersYaml(2) }, 'Add one'))
    expect(first.code).toBe(0)
    expect(first.stdout).toContain('Plan comment created on pull request #7.')
    const second = await pullRequest(repo.commit({ 'members.yaml': membersYaml(3) }, 'Add another'))
    expect(second.stdout).toContain('Plan comment updated on pull request #7.')
    const comments = github.comments.get(7)!
    expect(comments.map((c) => c.user.login)).toEqual(['github-actions[bot]', 'mallory', 'my-app[bot]'])
    expect(comments[2]!.body).toContain('### Added (2): to be invited on merge')
    expect(comments[0]).toBe(actions)
    expect(actions.body).toBe(`${MARKER}\nA plan of another workflow`)
    expect(mallory.body).toBe(`${MARKER}\nAll checks passed: safe to merge`)
    expect(github.requests.filter((r) => r.method === 'PATCH' && [actions.id, mallory.id].some((id) => r.path.endsWith(`/comments/${id}`)))).toEqual([])
    // GET /user refused the installation token, then GraphQL's viewer said who it is; once per run.
    expect(graphql()).toHaveLength(2)
    expect(second.annotations.filter((a) => a.level === 'warning')).toEqual([])
  })

  test("the workflow's GITHUB_TOKEN: github-actions[bot], told by GraphQL's viewer", async () => {
    const planted = github.addComment(7, `${MARKER}\nforged`, { login: 'my-app[bot]', type: 'Bot' })
    await pullRequest(repo.commit({ 'members.yaml': membersYaml(2) }, 'Add one'))
    const second = await pullRequest(repo.head())
    expect(second.stdout).toContain('Plan comment updated on pull request #7.')
    expect(github.comments.get(7)!.map((c) => c.user.login)).toEqual(['my-app[bot]', 'github-actions[bot]'])
    expect(planted.body).toBe(`${MARKER}\nforged`)
    expect(github.requests.filter((r) => r.path === '/user')).toHaveLength(2)
    expect(graphql()).toHaveLength(2)
  })

  test('a personal token: GET /user says who it is, and GraphQL is not asked', async () => {
    github.identity = { kind: 'personal', login: 'members-bot' }
    await pullRequest(repo.commit({ 'members.yaml': membersYaml(2) }, 'Add one'))
    expect((await pullRequest(repo.head())).stdout).toContain('Plan comment updated on pull request #7.')
    expect(github.comments.get(7)!.map((c) => c.user.login)).toEqual(['members-bot'])
    expect(graphql()).toHaveLength(0)
  })

  test.each([
    ['GraphQL answers 502', 502, "GET /user answered 403; GraphQL's viewer answered 502"],
    ['GraphQL answers errors', 'errors' as const, "GET /user answered 403; GraphQL's viewer failed: Request failed due to following response errors:"]
  ])('when GitHub will not say whose the token is (%s): a new comment, earlier ones left as they are, and a warning', async (_name, failure, why) => {
    github.identity = { kind: 'app', slug: 'my-app' }
    github.graphqlFailure = failure
    const ours = github.addComment(7, `${MARKER}\nan earlier plan`, { login: 'my-app[bot]', type: 'Bot' })
    const actions = github.addComment(7, `${MARKER}\nanother workflow's plan`, { login: 'github-actions[bot]', type: 'Bot' })
    const run = await pullRequest(repo.commit({ 'members.yaml': membersYaml(2) }, 'Add one'))
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Plan comment created on pull request #7.')
    const comments = github.comments.get(7)!
    expect(comments).toHaveLength(3)
    expect(comments[2]!.body).toContain('### Added (1): to be invited on merge')
    expect(ours.body).toBe(`${MARKER}\nan earlier plan`)
    expect(actions.body).toBe(`${MARKER}\nanother workflow's plan`)
    const warning = run.annotations.find((a) => a.title === 'Plan comment not recognised')!
    expect(warning.level).toBe('warning')
    expect(warning.message).toContain(`GitHub did not say which account the token belongs to (${why}`)
    expect(warning.message).toContain(
      "the earlier plan comments on pull request #7 could not be recognised as this action's: a new one was posted, and the earlier ones were left as they are."
    )
  })

  test('when GitHub will not say, and no comment carries the marker: a new comment, no warning', async () => {
    github.identity = { kind: 'app', slug: 'my-app' }
    github.graphqlFailure = 503
    const run = await pullRequest(repo.commit({ 'members.yaml': membersYaml(2) }, 'Add one'))
    expect(run.stdout).toContain('Plan comment created on pull request #7.')
    expect(run.annotations.filter((a) => a.level === 'warning')).toEqual([])
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
