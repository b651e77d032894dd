// The compliance record with approvals (issue 21), end to end: mode audit of the bundle over a repository with ten
// merged pull requests (merge commits, squashes and a rebase of two commits), a direct push and a stale approval,
// reading the pull requests from the fake GitHub; the CSV opens in a spreadsheet with formula cells neutralised.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { runAction, type ActionRun } from './support/action-runner.js'
import { FakeGitHub } from './support/fake-github.js'
import { git, Repo } from './support/git-repo.js'
import { PullFlow } from './support/pull-flow.js'
import type { History } from '../src/history/walk.js'
import { parseCsv } from './support/csv.js'

const UIN = 730000000000
const DEFAULTS = 'defaults:\n  PolicyType: Financial\n  PermissionIds: [1, 2]\nmembers:\n'
/** Member i is named m<i>, except 5, whose name is also a formula (`-2+3` is a valid Name). */
const name = (i: number) => (i === 5 ? '-2+3' : `m${i}`)
const members = (...is: number[]) => DEFAULTS + is.map((i) => `  - MemberUin: ${UIN + i}\n    Name: "${name(i)}"\n    NodeId: 1001\n`).join('')
const upTo = (n: number, ...more: number[]) => members(...Array.from({ length: n + 1 }, (_, i) => i), ...more)

let repo: Repo
let github: FakeGitHub
let run: ActionRun
const merged: Record<number, string> = {}
let start: string
let direct: string
let rebasedFirst: string

beforeAll(async () => {
  repo = new Repo()
  github = await FakeGitHub.start()
  const flow = new PullFlow(repo, github)
  start = repo.commit({ 'members.yaml': upTo(0) }, 'Start the file')
  const how = ['merge', 'squash', 'merge', 'squash', 'merge', 'squash', 'rebase', 'merge', 'squash', 'merge'] as const
  for (let n = 1; n <= 10; n++) {
    flow.open(n, { 'members.yaml': upTo(n, ...(n > 6 ? [50] : [])) }, { author: `dev${n}` })
    // #4: bob approves, then the author pushes again, and only carol approves the final head.
    if (n === 4) {
      github.pulls.review(4, 'bob', 'APPROVED')
      flow.push(4, { 'members.yaml': upTo(4).replace('Name: "m4"', 'Name: "m4-final"') }, 'dev4')
      github.pulls.review(4, 'carol', 'APPROVED')
    } else if (n === 7) {
      // #7 is rebased with two commits: two records, one pull request.
      flow.push(7, { 'members.yaml': upTo(7, 50).replace('Name: "m7"', 'Name: "m7-final"') }, 'dev7')
      github.pulls.review(7, 'bob', 'APPROVED')
    } else if (n !== 6) github.pulls.review(n, 'bob', 'APPROVED')
    // #6 has no approval at all.
    merged[n] = flow.merge(n, how[n - 1]).after
    if (n === 7) rebasedFirst = git(repo.work, 'rev-parse', `${merged[7]}~1`)
    if (n === 6) {
      // A direct push to main, by an author whose name is a formula.
      repo.checkout('main')
      direct = repo.commitAs({ 'members.yaml': upTo(6, 50) }, 'Hotfix straight to main', { author: { name: '=HYPERLINK("http://evil.example","x")', email: 'x@example.com' } })
      repo.push()
    }
  }
  run = await runAction({
    workspace: repo.work,
    eventName: 'workflow_dispatch',
    payload: { repository: { full_name: 'acme/org-members', default_branch: 'main' } },
    sha: repo.head(),
    ref: 'refs/heads/main',
    inputs: { mode: 'audit', 'github-token': github.token },
    env: { GITHUB_API_URL: github.url },
    timeoutMs: 120_000
  })
}, 180_000)
afterAll(async () => {
  await github.close()
  repo.cleanup()
})

const history = () => JSON.parse(run.outputs.audit!) as History
const record = (sha: string) => history().records.find((r) => r.commit === sha)!
const approvals = (sha: string) => {
  const a = record(sha).approvals!
  if (!a.read) throw new Error(`not read: ${a.why}`)
  return a
}

describe('the audit of ten merged pull requests', () => {
  test('every record names its pull request, author, approvers, merger and flags', () => {
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    const records = history().records
    // The start, ten merges (the rebase of #7 is two commits) and the direct push.
    expect(records).toHaveLength(13)
    expect(records.every((r) => r.approvals?.read)).toBe(true)
    for (const n of [1, 2, 3, 5, 8, 9, 10]) {
      const a = approvals(merged[n]!)
      expect(a.pullRequest).toMatchObject({ number: n, author: `dev${n}`, mergedBy: 'maintainer', counted: ['bob'] })
      expect(a.pullRequest!.approvals).toEqual([expect.objectContaining({ login: 'bob', onFinalHead: true, counted: true, at: expect.any(String) })])
      expect(a.pullRequest!.mergedAt).toMatch(/^2024-03-01T/)
      expect(a.flags).toEqual([])
    }
  })

  test('a direct push is flagged, and so is the first commit, which no pull request merged', () => {
    for (const sha of [start, direct]) expect(approvals(sha)).toEqual({ read: true, pullRequest: null, flags: ['direct-push', 'no-approval'] })
  })

  test('a stale approval is flagged: given before the last push, it does not count', () => {
    const a = approvals(merged[4]!)
    expect(a.flags).toEqual(['approved-before-last-push'])
    expect(a.pullRequest!.approvals.map((x) => [x.login, x.onFinalHead, x.counted, x.notCounted])).toEqual([
      ['bob', false, false, ['not-final-head']],
      ['carol', true, true, []]
    ])
    expect(approvals(merged[6]!).flags).toEqual(['no-approval'])
  })

  test("a rebase merge's commits all belong to the pull request, read once", () => {
    expect(approvals(rebasedFirst).pullRequest!.number).toBe(7)
    expect(approvals(merged[7]!).pullRequest!.number).toBe(7)
    // Cached per pull request: its reviews and its details are asked once, whatever the records.
    expect(github.requests.filter((r) => r.path === '/repos/acme/org-members/pulls/7')).toHaveLength(1)
    expect(github.requests.filter((r) => r.path.startsWith('/repos/acme/org-members/pulls/7/reviews'))).toHaveLength(1)
  })

  test('the CSV parses, every record is there, and formula cells are neutralised', () => {
    const [head, ...rows] = parseCsv(run.outputs['audit-csv']!)
    expect(head).toEqual([
      'commit',
      'date',
      'author',
      'committer',
      'pr',
      'change',
      'MemberUin',
      'Name',
      'fields',
      'error',
      'approvals',
      'pr_author',
      'approvers',
      'merged_by',
      'merged_at',
      'flags'
    ])
    const table = rows.map((r) => Object.fromEntries(head!.map((k, i) => [k, r[i]])))
    expect(table.every((r) => r.approvals === 'read')).toBe(true)
    expect(new Set(table.map((r) => r.commit))).toEqual(new Set(history().records.map((r) => r.commit)))
    const hotfix = table.find((r) => r.commit === direct)!
    expect(hotfix.author).toBe(`'=HYPERLINK("http://evil.example","x") <x@example.com>`)
    expect(hotfix.flags).toBe('direct-push;no-approval')
    expect(table.find((r) => r.Name?.includes('2+3'))!.Name).toBe("'-2+3")
    const four = table.find((r) => r.commit === merged[4])!
    expect(four).toMatchObject({ pr: '4', pr_author: 'dev4', merged_by: 'maintainer', flags: 'approved-before-last-push' })
    expect(four.approvers).toMatch(
      /^bob at 2024-03-01T\S+ on [0-9a-f]{12}, not counted \(given on an earlier commit, before the last push\); carol at \S+ on the final head, counted$/
    )
    // No cell a spreadsheet would run: every one starting with = + - @ is quoted with an apostrophe.
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
  })

  test('the job summary lists each change with its approvers and flags', () => {
    expect(run.summary).toContain('| date | commit | pull request | author | change | MemberUin | Name | fields | approved by | merged by | flags |')
    expect(run.summary).toMatch(
      new RegExp(
        `\\| ${merged[4]!.slice(0, 12)} \\| #4 \\| [^\\n]*\\| \`@bob\` \\(not counted: given on an earlier commit, before the last push\\), \`@carol\` \\| \`@maintainer\` at 2024-03-01T[^|]*\\| approved-before-last-push \\|`
      )
    )
    expect(run.summary).toMatch(new RegExp(`\\| ${direct.slice(0, 12)} \\|  \\| [^\\n]*\\| no pull request \\|  \\| direct-push, no-approval \\|`))
  })
})

test('without a token the record says the approvals were not read, and guesses nothing', async () => {
  const plain = await runAction({
    workspace: repo.work,
    eventName: 'workflow_dispatch',
    payload: { repository: { full_name: 'acme/org-members', default_branch: 'main' } },
    sha: repo.head(),
    ref: 'refs/heads/main',
    inputs: { mode: 'audit' }
  })
  expect(plain.code).toBe(0)
  const records = (JSON.parse(plain.outputs.audit!) as History).records
  expect(records.every((r) => r.approvals?.read === false && r.approvals.why === 'no github-token was given, so who approved each change was not read')).toBe(true)
  expect(plain.summary).toContain('Approvals were not read: no github-token was given, so who approved each change was not read.')
})
