// Which revision the file is compared with, in the situations a runner meets: each with a bare remote and a
// real clone, the bundle run as a runner runs it, in plan mode (nothing is sent).
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { runAction, type ActionRun } from './support/action-runner.js'
import { FakeGitHub } from './support/fake-github.js'
import { Repo, git, pushEvent } from './support/git-repo.js'
import { membersYaml } from './support/members.js'

const ZERO = '0'.repeat(40)
let repo: Repo

beforeEach(() => {
  repo = new Repo()
})
afterEach(() => repo.cleanup())

function plan(
  workspace: string,
  before: string,
  after: string,
  extra: { branch?: string; inputs?: Record<string, string>; env?: Record<string, string> } = {}
): Promise<ActionRun> {
  const branch = extra.branch ?? 'main'
  return runAction({
    workspace,
    eventName: 'push',
    payload: pushEvent(before, after, branch),
    sha: after,
    ref: `refs/heads/${branch}`,
    inputs: { mode: 'plan', ...extra.inputs },
    ...(extra.env ? { env: extra.env } : {})
  })
}

const added = (run: ActionRun) => (JSON.parse(run.outputs.plan!) as { added: Array<{ Name: string }> }).added.map((e) => e.Name)

describe('base resolution', () => {
  test("a push of several commits at once compares with the push's previous head, in a depth-1 clone", async () => {
    const before = repo.commit({ 'members.yaml': membersYaml(1) })
    repo.commit({ 'members.yaml': membersYaml(2) })
    repo.commit({ 'members.yaml': membersYaml(3) })
    const after = repo.commit({ 'members.yaml': membersYaml(4) })
    const clone = repo.shallowClone()
    const run = await plan(clone, before, after)
    expect(run.code).toBe(0)
    expect(JSON.parse(run.outputs.plan!).base).toBe(before)
    expect(added(run)).toEqual(['member-1', 'member-2', 'member-3'])
    expect(run.stdout).toContain(`Fetched ${before.slice(0, 12)} (depth 1)`)
    expect(git(clone, 'rev-parse', '--is-shallow-repository')).toBe('true')
  })

  test('branch creation (before all zeros) in a depth-1 clone compares with the parent', async () => {
    const parent = repo.commit({ 'members.yaml': membersYaml(1) })
    const after = repo.commit({ 'members.yaml': membersYaml(2) }, 'New branch', 'feature')
    const clone = repo.shallowClone('feature')
    const run = await plan(clone, ZERO, after, { branch: 'feature' })
    expect(run.code).toBe(0)
    expect(JSON.parse(run.outputs.plan!).base).toBe(parent)
    expect(added(run)).toEqual(['member-1'])
  })

  test('the first commit of a repository: no base, every entry added', async () => {
    const first = repo.commit({ 'members.yaml': membersYaml(2) })
    const run = await plan(repo.shallowClone(), ZERO, first)
    expect(run.code).toBe(0)
    expect(JSON.parse(run.outputs.plan!).base).toBeNull()
    expect(added(run)).toEqual(['member-0', 'member-1'])
    expect(run.stdout).toContain('has no parent: every entry counts as added')
  })

  test('a base revision without the file: every entry added, and said', async () => {
    const before = repo.commit({ 'README.md': '# org\n' })
    const after = repo.commit({ 'members.yaml': membersYaml(2) })
    const run = await plan(repo.shallowClone(), before, after)
    expect(run.code).toBe(0)
    expect(added(run)).toEqual(['member-0', 'member-1'])
    expect(run.stdout).toContain(`members.yaml does not exist at ${before.slice(0, 12)}: every entry counts as added.`)
  })

  test('a force push whose previous head is gone falls back to the merge base with the default branch, and says so', async () => {
    const mainHead = repo.commit({ 'members.yaml': membersYaml(1) })
    const gone = repo.commit({ 'members.yaml': membersYaml(2) }, 'First try', 'feature')
    git(repo.work, 'reset', '--quiet', '--hard', mainHead)
    repo.commitOnly({ 'members.yaml': membersYaml(3) }, 'Second try')
    git(repo.work, 'push', '--quiet', '--force', 'origin', 'HEAD:refs/heads/feature')
    const after = repo.head()
    // Make the old head truly unreachable on the remote.
    git(repo.origin, 'reflog', 'expire', '--expire=now', '--all')
    git(repo.origin, 'gc', '--quiet', '--prune=now')
    const clone = repo.shallowClone('feature')
    const run = await plan(clone, gone, after, { branch: 'feature' })
    expect(run.failure).toBeUndefined()
    expect(run.code).toBe(0)
    expect(JSON.parse(run.outputs.plan!).base).toBe(mainHead)
    expect(added(run)).toEqual(['member-1', 'member-2'])
    expect(run.stdout).toContain(`The push's previous head ${gone.slice(0, 12)} is gone (a force push?): compared with the merge base ${mainHead.slice(0, 12)} of main instead.`)
  })

  test('a force push to the default branch itself fails safe and asks for the base input', async () => {
    const one = repo.commit({ 'members.yaml': membersYaml(1) })
    const gone = repo.commit({ 'members.yaml': membersYaml(2) })
    git(repo.work, 'reset', '--quiet', '--hard', one)
    repo.commitOnly({ 'members.yaml': membersYaml(3) }, 'Rewritten')
    git(repo.work, 'push', '--quiet', '--force', 'origin', 'HEAD:refs/heads/main')
    git(repo.origin, 'reflog', 'expire', '--expire=now', '--all')
    git(repo.origin, 'gc', '--quiet', '--prune=now')
    const run = await plan(repo.shallowClone(), gone, repo.head())
    expect(run.code).toBe(1)
    expect(run.failure).toContain(`The push's previous head ${gone.slice(0, 12)} is gone (a force push?) and this is the default branch`)
    expect(run.failure).toContain('Set the base input')
  })

  test('the GitHub API is the last resort when git cannot reach the commit', async () => {
    const github = await FakeGitHub.start()
    try {
      const after = repo.commit({ 'members.yaml': membersYaml(3) })
      const unreachable = 'ab'.repeat(20)
      github.addFile(unreachable, 'members.yaml', membersYaml(1))
      const run = await plan(repo.shallowClone(), unreachable, after, {
        inputs: { 'github-token': github.token },
        env: { GITHUB_API_URL: github.url }
      })
      expect(run.code).toBe(0)
      expect(JSON.parse(run.outputs.plan!).base).toBe(unreachable)
      expect(added(run)).toEqual(['member-1', 'member-2'])
      expect(run.stdout).toContain(`git could not reach ${unreachable.slice(0, 12)}; the base file is read through the GitHub API.`)
      expect(github.requests.map((r) => r.path)).toEqual([
        `/repos/acme/org-members/commits/${unreachable}?per_page=1`,
        `/repos/acme/org-members/contents/members.yaml?ref=${unreachable}`
      ])
    } finally {
      await github.close()
    }
  })

  test('a base that neither git nor the API can reach fails plainly, sending nothing', async () => {
    const after = repo.commit({ 'members.yaml': membersYaml(2) })
    const run = await plan(repo.shallowClone(), 'cd'.repeat(20), after, { branch: 'main', inputs: { base: 'cd'.repeat(20) } })
    expect(run.code).toBe(1)
    expect(run.failure).toBe(`The base commit ${'cd'.repeat(20)} (the base input) is not in the clone and cannot be fetched from origin.`)
  })
})

describe('the base file through the GitHub API, in a folder', () => {
  // Spaces and parentheses: each segment percent-encoded on its own, the slash between them kept.
  const FILE = 'team a/members (1).yaml'
  const unreachable = 'ab'.repeat(20)
  let github: FakeGitHub
  beforeEach(async () => {
    github = await FakeGitHub.start()
  })
  afterEach(async () => {
    await github.close()
  })

  function planThroughApi(): Promise<ActionRun> {
    const after = repo.commit({ [FILE]: membersYaml(3) })
    return plan(repo.shallowClone(), unreachable, after, { inputs: { file: FILE, 'github-token': github.token }, env: { GITHUB_API_URL: github.url } })
  }
  const contents = () => github.requests.filter((r) => r.path.includes('/contents')).map((r) => r.path)

  test('is read with its slash as a slash: the plan compares with it', async () => {
    github.addFile(unreachable, FILE, membersYaml(1))
    github.addFile(unreachable, 'README.md', '# org\n')
    const run = await planThroughApi()
    expect(run.failure).toBeUndefined()
    expect(run.code).toBe(0)
    // With the slash sent as %2F, GitHub answers 404 for a fine-grained token (as the fake does): the base was
    // then "absent" and all three entries were added, to be invited.
    expect(added(run)).toEqual(['member-1', 'member-2'])
    expect(contents()).toEqual([`/repos/acme/org-members/contents/team%20a/members%20(1).yaml?ref=${unreachable}`])
  })

  test('a 404 that the listing of its folder confirms: absent, every entry added', async () => {
    github.addFile(unreachable, 'team a/other.yaml', 'members: []\n')
    const run = await planThroughApi()
    expect(run.code).toBe(0)
    expect(added(run)).toEqual(['member-0', 'member-1', 'member-2'])
    expect(run.stdout).toContain(`${FILE} does not exist at ${unreachable.slice(0, 12)}: every entry counts as added.`)
    expect(contents()).toEqual([`/repos/acme/org-members/contents/team%20a/members%20(1).yaml?ref=${unreachable}`, `/repos/acme/org-members/contents/team%20a?ref=${unreachable}`])
  })

  test('a folder that is not there either: the root listing confirms it', async () => {
    github.addFile(unreachable, 'README.md', '# org\n')
    const run = await planThroughApi()
    expect(run.code).toBe(0)
    expect(added(run)).toEqual(['member-0', 'member-1', 'member-2'])
    expect(contents().at(-1)).toBe(`/repos/acme/org-members/contents?ref=${unreachable}`)
  })

  test('a 404 for a file its folder lists stops the run: it is not absent', async () => {
    github.addFile(unreachable, FILE, membersYaml(1))
    github.contentsStatus.set(FILE, 404)
    const run = await planThroughApi()
    expect(run.code).toBe(1)
    expect(run.failure).toBe(
      `Reading ${FILE} at ${unreachable.slice(0, 12)} through the GitHub API: GitHub answered 404 for the file, yet lists it in the folder team a: it is there, and cannot be read. The run stops rather than count every entry as added; check that the token may read the repository (contents: read).`
    )
    expect(run.outputs.plan).toBeUndefined()
  })

  test('a 404 for the file and for every folder above it stops the run: nothing says it is absent', async () => {
    github.addFile(unreachable, FILE, membersYaml(1))
    for (const path of [FILE, 'team a', '']) github.contentsStatus.set(path, 404)
    const run = await planThroughApi()
    expect(run.code).toBe(1)
    expect(run.failure).toBe(
      `Reading ${FILE} at ${unreachable.slice(0, 12)} through the GitHub API: GitHub answered 404 for the file and for every folder above it, up to the root, so whether the file exists cannot be told. The run stops rather than count every entry as added; check that the token may read the repository (contents: read).`
    )
    expect(contents()).toEqual([
      `/repos/acme/org-members/contents/team%20a/members%20(1).yaml?ref=${unreachable}`,
      `/repos/acme/org-members/contents/team%20a?ref=${unreachable}`,
      `/repos/acme/org-members/contents?ref=${unreachable}`
    ])
  })
})

describe('an unreadable base', () => {
  test('a base revision whose file is invalid stops the run: what is new cannot be told', async () => {
    const before = repo.commit({ 'members.yaml': membersYaml(2).replace('NodeId: 1001', 'NodeId: oops') })
    const after = repo.commit({ 'members.yaml': membersYaml(3) })
    const run = await plan(repo.shallowClone(), before, after)
    expect(run.code).toBe(1)
    expect(run.failure).toBe(
      `members.yaml at the base revision ${before.slice(0, 12)} is invalid (line 7: NodeId must be an integer, got the string "oops"), so what is new cannot be told. Set the base input to a revision whose file is valid.`
    )
    expect(run.outputs.plan).toBeUndefined()
  })
})

describe('the base input', () => {
  test('a branch name the depth-1 clone lacks is fetched and compared with', async () => {
    const mainHead = repo.commit({ 'members.yaml': membersYaml(1) })
    const after = repo.commit({ 'members.yaml': membersYaml(3) }, 'On a branch', 'feature')
    const clone = repo.shallowClone('feature')
    expect(() => git(clone, 'rev-parse', '--verify', '--quiet', 'main^{commit}')).toThrow()
    const run = await plan(clone, ZERO, after, { branch: 'feature', inputs: { base: 'main' } })
    expect(run.code).toBe(0)
    expect(JSON.parse(run.outputs.plan!).base).toBe(mainHead)
    expect(added(run)).toEqual(['member-1', 'member-2'])
  })
})
