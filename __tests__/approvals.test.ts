// Approvals, end to end (issue 21): the bundle as a runner runs it, in real git repositories, against the emulator
// and the fake GitHub (whose every request and answer is checked against GitHub's OpenAPI description). Each test
// is a case that goes wrong in practice: approvals that must not count, the three ways GitHub merges, a direct push,
// two merges in a row, a token that may not read pull requests, many pages of reviews, and a comment that was
// edited or deleted between review and merge.
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals'
import { runAction, type ActionRun } from './support/action-runner.js'
import { TencentCloudEmulator } from './support/emulator.js'
import { ACTIONS_BOT, FakeGitHub } from './support/fake-github.js'
import { Repo, pullRequestEvent, pushEvent } from './support/git-repo.js'
import { PullFlow } from './support/pull-flow.js'
import { planDigest } from '../src/organization/write-keys.js'

let emulator: TencentCloudEmulator
let github: FakeGitHub
let repo: Repo

// Each test runs the bundle several times (plan, apply, again): room for a loaded machine; nothing asserts time.
jest.setTimeout(120_000)

beforeEach(async () => {
  emulator = await TencentCloudEmulator.start({ listsMemberTags: true, defaultIsAllowQuit: 'Allow' })
  github = await FakeGitHub.start()
  repo = new Repo()
})
afterEach(async () => {
  await emulator.close()
  await github.close()
  repo.cleanup()
})

const UIN = 720000000000
const DEFAULTS = 'defaults:\n  PolicyType: Financial\n  PermissionIds: [1, 2]\nmembers:\n'
const entry = (i: number, extra = '') => `  - MemberUin: ${UIN + i}\n    Name: m${i}\n    NodeId: 1001\n${extra}`
const members = (...is: number[]) => DEFAULTS + is.map((i) => entry(i)).join('')
/** The organization holds these members, exactly as `entry` declares them. */
const seed = (...is: number[]) => is.forEach((i) => emulator.addMember({ MemberUin: UIN + i, Name: `m${i}`, NodeId: 1001, PermissionIds: [1, 2], PolicyType: 'Financial' }))
/** The line of entry `i` in a file of `members(...)`, when it is the n-th entry (0-based). */
const lineOf = (n: number) => 5 + 3 * n

const POLICY = 'changes: 1\nsensitive: 2\n'
const inputs = (extra: Record<string, string> = {}) => ({
  'secret-id': emulator.secretId,
  'secret-key': emulator.secretKey,
  endpoint: emulator.url,
  'github-token': github.token,
  approvals: POLICY,
  ...extra
})
const writes = (action?: string) => emulator.requests.filter((r) => !r.action.startsWith('Describe') && (!action || r.action === action))
const invited = () => writes('InviteOrganizationMember').map((r) => (r.body as { MemberUin: number }).MemberUin)
const results = (run: ActionRun) => JSON.parse(run.outputs.results ?? '[]') as Array<Record<string, unknown>>
const errors = (run: ActionRun) => run.annotations.filter((a) => a.level === 'error' && a.file)

const flow = () => new PullFlow(repo, github)
const openPull = (...a: Parameters<PullFlow['open']>) => flow().open(...a)
const pushToPull = (...a: Parameters<PullFlow['push']>) => flow().push(...a)
const mergePull = (...a: Parameters<PullFlow['merge']>) => flow().merge(...a)

/** The plan on the pull request's head, as the README's plan workflow runs it (its comment keeps the reviewed plan). */
function planPull(n: number, event = 'pull_request', extra: Record<string, string> = {}): Promise<ActionRun> {
  const pull = github.pulls.pull(n)
  repo.checkout(pull.head.ref)
  return runAction({
    workspace: repo.work,
    eventName: event,
    payload: pullRequestEvent(pull.base.sha, pull.head.sha, n),
    sha: pull.head.sha,
    ref: `refs/pull/${n}/merge`,
    inputs: inputs(extra),
    env: { GITHUB_API_URL: github.url },
    timeoutMs: 120_000
  })
}

/** The push a merge makes, applied as the README's apply workflow runs it; `workspace`: a depth-1 checkout by default. */
function applyPush(before: string, after: string, extra: Record<string, string> = {}, workspace = repo.shallowClone()): Promise<ActionRun> {
  return runAction({
    workspace,
    eventName: 'push',
    payload: pushEvent(before, after),
    sha: after,
    ref: 'refs/heads/main',
    inputs: inputs(extra),
    env: { GITHUB_API_URL: github.url },
    timeoutMs: 120_000
  })
}

function dispatch(sha: string, extra: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    workspace: repo.shallowClone(),
    eventName: 'workflow_dispatch',
    payload: { repository: { full_name: 'acme/org-members', default_branch: 'main' } },
    sha,
    ref: 'refs/heads/main',
    inputs: inputs(extra),
    env: { GITHUB_API_URL: github.url },
    timeoutMs: 120_000
  })
}

/** The sticky plan comment the action wrote on a pull request. */
const planComment = (n: number) => github.comments.get(n)!.find((c) => c.body.startsWith('<!-- tencent-org-members: members.yaml -->'))!

describe('the three ways GitHub merges', () => {
  test.each(['merge', 'squash', 'rebase'] as const)('a %s merge: apply finds the pull request its merge made, counts its approval, and sends what was reviewed', async (how) => {
    seed(0)
    repo.commit({ 'members.yaml': members(0) }, 'One member')
    const head = openPull(7, { 'members.yaml': members(0, 1) })
    const plan = await planPull(7)
    expect(plan.code).toBe(0)
    expect(planComment(7).body).toContain('| changes | 1 | 1 | nobody | 1 more |')
    github.pulls.review(7, 'bob', 'APPROVED')
    const { before, after } = mergePull(7, how)
    // A depth-1 checkout of main: a squashed or rebased head is not in it, and is fetched to plan it from git.
    const run = await applyPush(before, after)
    expect(run.stderr).toBe('')
    expect(run.failure).toBeUndefined()
    expect(run.code).toBe(0)
    expect(invited()).toEqual([UIN + 1])
    expect(results(run).map((r) => [r.action, r.MemberUin, r.status])).toEqual([['invite', UIN + 1, 'invited']])
    expect(run.summary).toContain(`Pull request \`#7\` by \`@alice\`: final head \`${head.slice(0, 12)}\``)
    expect(run.summary).toContain('| changes | 1 | 1 | `@bob` | nothing: ready |')
    expect(run.summary).toMatch(/Reviewed plan: 1 write, digest `sha256:[0-9a-f]{12}` on `[0-9a-f]{12}`; a write it did not show is not sent\./)
    // Who pushed came from GitHub's record of the push, not from git's committer.
    expect(github.requests.some((r) => r.path.startsWith('/repos/acme/org-members/activity?'))).toBe(true)
  })
})

describe('approvals that do not count', () => {
  test('an approval given before a later push: the final head has none, and the apply is refused with one error per write', async () => {
    seed(0)
    repo.commit({ 'members.yaml': members(0) }, 'One member')
    openPull(7, { 'members.yaml': members(0, 1) })
    await planPull(7)
    github.pulls.review(7, 'bob', 'APPROVED')
    pushToPull(7, { 'members.yaml': members(0, 1, 2) }, 'alice')
    const replanned = await planPull(7)
    expect(planComment(7).body).toContain('Not counted: `@bob` (given on an earlier commit, before the last push).')
    expect(replanned.code).toBe(0)
    const { before, after } = mergePull(7)
    const run = await applyPush(before, after)
    expect(run.code).toBe(1)
    expect(run.failure).toBe('Not enough approvals: the changes tier (2 writes) needs 1 approval and has 0 (approved by nobody); nothing was sent.')
    expect(errors(run).map((a) => [a.title, a.line])).toEqual([
      ['Approvals missing', lineOf(1)],
      ['Approvals missing', lineOf(2)]
    ])
    expect(errors(run)[0]!.message).toContain('needs 1 approval of pull request #7 on its final head')
    expect(errors(run)[0]!.message).toContain('counted so far: nobody (0 of 1). Not counted: @bob (given on an earlier commit, before the last push).')
    expect(writes()).toEqual([])
  })

  test("the author's second account pushed the last commit and approved it: GitHub's record of the push names it, whatever git's committer says", async () => {
    seed(0)
    repo.commit({ 'members.yaml': members(0) }, 'One member')
    openPull(7, { 'members.yaml': members(0, 1) }, { author: 'alice' })
    // alice-alt pushes the final head, with git's committer set to carol's address: GitHub links the commit to carol.
    pushToPull(7, { 'members.yaml': members(0, 1, 2) }, 'alice-alt', 'carol')
    await planPull(7)
    github.pulls.review(7, 'alice-alt', 'APPROVED')
    const { before, after } = mergePull(7, 'squash')
    const run = await applyPush(before, after)
    expect(run.code).toBe(1)
    expect(run.summary).toContain("last pushed by `@alice-alt` (GitHub's record of the push)")
    expect(run.summary).toContain('Not counted: `@alice-alt` (pushed the last commit).')
    expect(errors(run)[0]!.message).toContain('Not counted: @alice-alt (pushed the last commit).')
    expect(writes()).toEqual([])
    // The commit itself names carol: a rule that trusted git's committer would have counted alice-alt.
    expect(github.pulls.pull(7).commits.at(-1)!.committer).toBe('carol')
  })

  test('a dismissed review: the plan re-run on the dismissal says one more is needed, and the apply is refused', async () => {
    seed(0)
    repo.commit({ 'members.yaml': members(0) }, 'One member')
    openPull(7, { 'members.yaml': members(0, 1) })
    // A review's run keeps the comment current; it starts none (pull_request_review has no paths filter).
    const review = github.pulls.review(7, 'bob', 'APPROVED')
    const early = await planPull(7, 'pull_request_review')
    expect(early.stdout).toContain("No plan comment on pull request #7 to update: a review's run keeps an existing one current.")
    expect(github.comments.get(7)).toBeUndefined()
    await planPull(7)
    expect(planComment(7).body).toContain('| changes | 1 | 1 | `@bob` | nothing: ready |')
    await github.dismissReview(7, review.id)
    // Later comments by bob state no opinion: the dismissal stands.
    github.pulls.review(7, 'bob', 'COMMENTED')
    const replanned = await planPull(7, 'pull_request_review')
    expect(replanned.code).toBe(0)
    expect(planComment(7).body).toContain('| changes | 1 | 1 | nobody | 1 more |')
    const { before, after } = mergePull(7)
    const run = await applyPush(before, after)
    expect(run.code).toBe(1)
    expect(run.failure).toContain('Not enough approvals: the changes tier (1 write) needs 1 approval and has 0')
    expect(writes()).toEqual([])
  })

  test('a reviewer without write access: an APPROVED review anyone could leave is not counted', async () => {
    seed(0)
    repo.commit({ 'members.yaml': members(0) }, 'One member')
    openPull(7, { 'members.yaml': members(0, 1) })
    github.pulls.permissions.set('drive-by', 'read')
    github.pulls.review(7, 'drive-by', 'APPROVED')
    await planPull(7)
    expect(planComment(7).body).toContain('Not counted: `@drive-by` (no write access to the repository).')
    const { before, after } = mergePull(7)
    expect((await applyPush(before, after)).code).toBe(1)
    expect(writes()).toEqual([])
  })
})

test('a direct push to the default branch has no pull request and no approvals: refused, nothing sent', async () => {
  seed(0)
  const before = repo.commit({ 'members.yaml': members(0) }, 'One member')
  const after = repo.commit({ 'members.yaml': members(0, 1) }, 'Add m1 straight to main')
  const run = await applyPush(before, after)
  expect(run.code).toBe(1)
  expect(run.failure).toBe(
    'Not enough approvals: the changes tier (1 write) needs 1 approval and has 0 (this commit was pushed directly, not merged from a pull request); nothing was sent.'
  )
  expect(errors(run).map((a) => [a.line, a.message])).toEqual([
    [
      lineOf(1),
      `The invite of ${UIN + 1} (m1) is a change: it needs 1 approval, and ${after.slice(0, 12)} was pushed to the branch directly, not merged from a pull request, so it has none. Nothing was sent.`
    ]
  ])
  expect(run.summary).toContain('No pull request merged this commit (a direct push): it has no approvals.')
  expect(writes()).toEqual([])
})

test('two pull requests merged in quick succession: each apply counts its own pull request, never the other one', async () => {
  seed(0, 1, 2, 3, 4, 5)
  repo.commit({ 'members.yaml': members(0, 1, 2, 3, 4, 5) }, 'Six members')
  openPull(11, { 'members.yaml': members(0, 1, 2, 3, 4, 5, 6) })
  // #12 takes m0 out: a removal, sensitive (reconcile: all), which needs two approvals.
  openPull(12, { 'members.yaml': members(1, 2, 3, 4, 5) })
  await planPull(11, 'pull_request', { reconcile: 'all' })
  await planPull(12, 'pull_request', { reconcile: 'all' })
  expect(planComment(12).body).toContain('| sensitive | 1 | 2 | nobody | 2 more |')
  github.pulls.review(11, 'bob', 'APPROVED')
  github.pulls.review(11, 'carol', 'APPROVED')
  github.pulls.review(12, 'bob', 'APPROVED')

  const first = mergePull(11)
  const one = await applyPush(first.before, first.after, { reconcile: 'all' })
  expect(one.code).toBe(0)
  expect(invited()).toEqual([UIN + 6])
  expect(one.summary).toContain('| changes | 1 | 1 | `@bob`, `@carol` | nothing: ready |')

  const second = mergePull(12)
  // GitHub may list more than one pull request for a commit: here an open one whose head is #12's merge commit.
  github.pulls.open({ number: 13, author: 'erin', head: second.after, base: second.before, ref: 'backport', pushedBy: null })
  const two = await applyPush(second.before, second.after, { reconcile: 'all' })
  expect(two.code).toBe(1)
  expect(two.failure).toBe('Not enough approvals: the sensitive tier (1 write) needs 2 approvals and has 1 (approved by @bob); nothing was sent.')
  expect(two.summary).toContain('Pull request `#12` by `@alice`')
  expect(writes('DeleteOrganizationMembers')).toEqual([])

  // carol approves #12 after the merge: too late to count for it.
  github.pulls.review(12, 'carol', 'APPROVED')
  const again = await applyPush(second.before, second.after, { reconcile: 'all' })
  expect(again.code).toBe(1)
  expect(again.summary).toContain('Not counted: `@carol` (given after the merge).')
}, 180_000)

test('a token without pull-requests: read (GitHub answers 403): an error at apply, nothing sent', async () => {
  seed(0)
  repo.commit({ 'members.yaml': members(0) }, 'One member')
  openPull(7, { 'members.yaml': members(0, 1) })
  await planPull(7)
  github.pulls.review(7, 'bob', 'APPROVED')
  const { before, after } = mergePull(7)
  github.pulls.pullsStatus = 403
  const run = await applyPush(before, after)
  expect(run.code).toBe(1)
  expect(run.failure).toContain("approvals is set, and the pull request's approvals could not be read: Listing the pull requests of commit")
  expect(run.failure).toContain('(HTTP 403)')
  expect(run.failure).toContain('give the workflow `permissions: pull-requests: read`')
  expect(writes()).toEqual([])
  // Without approvals the same token applies as before: the pull requests are never asked.
  const plain = await applyPush(before, after, { approvals: '' })
  expect(plain.code).toBe(0)
  expect(invited()).toEqual([UIN + 1])
})

test('more than 100 reviews: every page is read, and each reviewer counts by their latest opinion', async () => {
  seed(0)
  repo.commit({ 'members.yaml': members(0) }, 'One member')
  openPull(7, { 'members.yaml': members(0, 1) })
  github.pulls.review(7, 'carol', 'APPROVED')
  github.pulls.review(7, 'dave', 'APPROVED')
  for (let i = 0; i < 120; i++) github.pulls.review(7, `reader-${i % 7}`, 'COMMENTED')
  github.pulls.review(7, 'bob', 'APPROVED')
  github.pulls.review(7, 'dave', 'CHANGES_REQUESTED')
  // A comment after an approval states no opinion: carol's approval stands.
  github.pulls.review(7, 'carol', 'COMMENTED')
  await planPull(7, 'pull_request', { approvals: 'changes: 2' })
  const { before, after } = mergePull(7)
  const run = await applyPush(before, after, { approvals: 'changes: 2' })
  expect(run.code).toBe(0)
  expect(invited()).toEqual([UIN + 1])
  expect(run.summary).toContain('| changes | 1 | 2 | `@carol`, `@bob` | nothing: ready |')
  expect(run.summary).toContain('Changes requested by `@dave`.')
  expect(run.summary).toContain('125 reviews read.')
  expect(github.requests.filter((r) => /\/pulls\/7\/reviews\?.*page=2/.test(r.path)).length).toBeGreaterThan(0)
})

describe('what was reviewed is what is applied', () => {
  /**
   * #7 adds m1 (reconcile: changes), bob approves, and after the review someone edits m0 in the console: at the merge
   * the organization needs a write the reviewed plan never showed.
   */
  async function reviewedThenDrifted(): Promise<{ before: string; after: string }> {
    seed(0)
    repo.commit({ 'members.yaml': members(0) }, 'One member')
    openPull(7, { 'members.yaml': members(0, 1) })
    expect((await planPull(7, 'pull_request', { reconcile: 'changes' })).code).toBe(0)
    github.pulls.review(7, 'bob', 'APPROVED')
    emulator.editMember(UIN, { Name: 'renamed in the console' })
    return mergePull(7)
  }

  test('a write the reviewed plan did not show is unreviewed: not sent, said on its line; a workflow_dispatch with reconcile sends it', async () => {
    const { before, after } = await reviewedThenDrifted()
    const run = await applyPush(before, after, { reconcile: 'changes' })
    expect(run.code).toBe(0)
    expect(invited()).toEqual([UIN + 1])
    expect(writes('UpdateOrganizationMember')).toEqual([])
    expect(results(run).map((r) => [r.action, r.MemberUin, r.status])).toEqual([
      ['invite', UIN + 1, 'invited'],
      ['update', UIN, 'unreviewed']
    ])
    const held = results(run)[1]!
    expect(held.message).toMatch(/^Not sent: the plan reviewed on pull request #7 \(final head [0-9a-f]{12}\) did not show it \(the organization changed after the review\)\./)
    expect(held.message).toContain('The next pull request, or a workflow_dispatch run with reconcile, sends it.')
    expect(run.annotations).toContainEqual(expect.objectContaining({ level: 'warning', title: 'Not reviewed', line: lineOf(0) }))
    expect(run.summary).toContain('**1** held back as unreviewed')
    expect(run.summary).toContain('| update | 720000000000 | m0 | 🛑 unreviewed: not sent |')

    // A person asks for it on the default branch: the approvals of the pull request that made the commit still gate it.
    const later = await dispatch(after, { reconcile: 'changes' })
    expect(later.code).toBe(0)
    expect(writes('UpdateOrganizationMember').map((r) => r.body)).toEqual([{ MemberUin: UIN, Name: 'm0' }])
  }, 120_000)

  test('a deleted comment: nothing was reviewed, nothing is sent', async () => {
    const { before, after } = await reviewedThenDrifted()
    github.deleteComment(planComment(7).id)
    const run = await applyPush(before, after, { reconcile: 'changes' })
    expect(run.code).toBe(0)
    expect(writes()).toEqual([])
    expect(results(run).map((r) => r.status)).toEqual(['unreviewed', 'unreviewed'])
    expect(run.summary).toContain('No reviewed plan:')
    expect(run.summary).toContain('pull request `#7` has no plan comment by github-actions\\[bot\\]')
  })

  test('a comment edited by someone else, even with the right digest, or a copy by another account: nothing is sent', async () => {
    const { before, after } = await reviewedThenDrifted()
    const comment = planComment(7)
    const original = comment.body
    // mallory (write access) widens the plan by hand: the author stays github-actions[bot], the editor is mallory.
    github.editComment(comment.id, original.replace('Reviewed plan:', 'Reviewed plan (edited):'), { login: 'mallory', type: 'User' })
    // and posts a copy of her own.
    github.addComment(7, original, { login: 'mallory', type: 'User' })
    const run = await applyPush(before, after, { reconcile: 'changes' })
    expect(run.code).toBe(0)
    expect(writes()).toEqual([])
    expect(run.summary).toContain('was last edited by mallory, not by github-actions\\[bot\\]')
  })

  test("a plan rewritten under the action's own identity: a wrong digest is refused; a right one still cannot add a write the reviewed head's file does not make", async () => {
    seed(0)
    repo.commit({ 'members.yaml': members(0) }, 'One member')
    openPull(7, { 'members.yaml': members(0, 1, 3) })
    await planPull(7, 'pull_request', { reconcile: 'changes' })
    github.pulls.review(7, 'bob', 'APPROVED')
    // Meanwhile #8 adds m2, merged and applied (m2's invitation is open): at #7's merge m2 is pending, and a
    // re-invitation of it is a write #7's head (which has no m2) never makes.
    // m2 first, #7's entries last: the two merge without a conflict.
    openPull(8, { 'members.yaml': members(2, 0) })
    await planPull(8, 'pull_request', { reconcile: 'changes' })
    github.pulls.review(8, 'bob', 'APPROVED')
    const eight = mergePull(8)
    expect((await applyPush(eight.before, eight.after, { reconcile: 'changes' })).code).toBe(0)
    const { before, after } = mergePull(7)
    // The plan of the merged file, as a plan run would key it: a pull request whose head is #7's merge.
    github.pulls.open({ number: 9, author: 'mallory', head: after, base: before, ref: 'main', pushedBy: null })
    repo.checkout('main')
    await runAction({
      workspace: repo.work,
      eventName: 'pull_request',
      payload: pullRequestEvent(before, after, 9),
      sha: after,
      ref: 'refs/pull/9/merge',
      inputs: inputs({ reconcile: 'changes' }),
      env: { GITHUB_API_URL: github.url }
    })
    const wide = hiddenPlan(planComment(9).body)
    expect(wide.keys.some((k) => k.startsWith(`reinvite:${UIN + 2}:`))).toBe(true)
    const comment = planComment(7)
    const ours = hiddenPlan(comment.body)

    // Written as the bot (a workflow borrowing its token), digest left as it was: refused, nothing sent.
    github.editComment(comment.id, withPlan(comment.body, { ...ours, keys: wide.keys }), ACTIONS_BOT)
    const refused = await applyPush(before, after, { reconcile: 'changes' })
    expect(refused.code).toBe(0)
    expect(refused.summary).toContain('its digest is not the digest of the writes it lists')
    expect(writes('InviteOrganizationMember').map((r) => (r.body as { MemberUin: number }).MemberUin)).toEqual([UIN + 2])

    // Digest recomputed: the comment is accepted, and the final head's own plan still bounds it.
    github.editComment(comment.id, withPlan(comment.body, { ...ours, keys: wide.keys, digest: planDigest('members.yaml', ours.head, ours.organization, wide.keys) }), ACTIONS_BOT)
    const bounded = await applyPush(before, after, { reconcile: 'changes' })
    expect(bounded.code).toBe(0)
    expect(results(bounded).map((r) => [r.action, r.MemberUin, r.status])).toEqual([
      ['invite', UIN + 1, 'invited'],
      ['invite', UIN + 3, 'invited'],
      ['reinvite', UIN + 2, 'unreviewed']
    ])
    expect(invited().sort()).toEqual([UIN + 1, UIN + 2, UIN + 3])
  }, 180_000)
})

test('the plan comment names the tiers a change touches, what each still needs, and who approved', async () => {
  seed(0, 1, 2, 3, 4, 5)
  emulator.addMember({ MemberUin: UIN + 99, Name: 'payer', NodeId: 1001, PermissionIds: [1, 2], PolicyType: 'Financial' })
  repo.commit({ 'members.yaml': members(0, 1, 2, 3, 4, 5) }, 'Six members')
  // m1 gains 7 (pay on behalf: sensitive), m2 moves (a change), m0 leaves (a removal: sensitive).
  const text = DEFAULTS + entry(1, `    PermissionIds: [1, 2, 7]\n    PayUin: "${UIN + 99}"\n`) + entry(2).replace('NodeId: 1001', 'NodeId: 1002') + entry(3) + entry(4) + entry(5)
  openPull(7, { 'members.yaml': text })
  github.pulls.review(7, 'bob', 'APPROVED')
  const run = await planPull(7, 'pull_request', { reconcile: 'all' })
  expect(run.code).toBe(0)
  const body = planComment(7).body
  expect(body).toContain('Required: 1 for every write (changes), 2 for removals, node deletions and grants of PermissionIds 3, 7, 10 (sensitive).')
  expect(body).toContain('| Tier | Writes | Needs | Approved by | Still needs |')
  expect(body).toContain('| changes | 1 | 1 | `@bob` | nothing: ready |')
  expect(body).toContain('| sensitive | 2 | 2 | `@bob` | 1 more |')
  expect(body).toMatch(/Reviewed plan: 3 writes on `[0-9a-f]{12}`, digest `sha256:[0-9a-f]{12}`\. On merge, apply sends only writes this plan shows\./)
  expect(hiddenPlan(body).keys).toEqual(expect.arrayContaining([`remove:${UIN}:`, `move:${UIN + 2}:NodeId=1001>1002`]))
  // Logins are code spans: the comment, updated on every review, pings nobody.
  expect(body).not.toMatch(/(^|[^`])@bob/)
})

/** The reviewed plan hidden in a comment. */
function hiddenPlan(body: string): { version: 1; file: string; head: string; organization: boolean; keys: string[]; digest: string } {
  const m = /<!-- tencent-org-members:reviewed-plan ([A-Za-z0-9+/=]+) -->/.exec(body)
  if (!m) throw new Error('The comment holds no reviewed plan')
  return JSON.parse(Buffer.from(m[1]!, 'base64').toString('utf8')) as ReturnType<typeof hiddenPlan>
}

function withPlan(body: string, plan: object): string {
  return body.replace(
    /<!-- tencent-org-members:reviewed-plan [A-Za-z0-9+/=]+ -->/,
    `<!-- tencent-org-members:reviewed-plan ${Buffer.from(JSON.stringify(plan)).toString('base64')} -->`
  )
}
