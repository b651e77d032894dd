// The rules approvals are decided by, one at a time: a reviewer's latest opinion, which approvals count, the tier of
// a write, the keys a reviewed plan is made of, and the hidden block that keeps it in a comment.
import { describe, expect, test } from '@jest/globals'
import { judgeApprovals, latestOpinions } from '../src/github/approvals.js'
import type { Pull, Review } from '../src/github/pulls.js'
import type { Entry } from '../src/model/entries.js'
import type { PlannedWrite } from '../src/model/writes.js'
import { approvalsNeeded, tierOf, tierStatuses } from '../src/organization/approval-tiers.js'
import { planDigest, writeKey } from '../src/organization/write-keys.js'
import { MAX_BLOCK, readReviewedPlan, reviewedPlanBlock } from '../src/report/reviewed-plan.js'

const HEAD = 'a'.repeat(40)
const OLD = 'b'.repeat(40)
let id = 1
const review = (login: string | null, state: string, commitId = HEAD, submittedAt?: string): Review => ({
  id: id++,
  login,
  state,
  commitId,
  ...(submittedAt ? { submittedAt } : {})
})

describe("a reviewer's latest opinion", () => {
  test('COMMENTED states none; CHANGES_REQUESTED and DISMISSED cancel an approval; a new approval restores it', () => {
    const latest = latestOpinions([
      review('bob', 'APPROVED'),
      review('bob', 'COMMENTED'),
      review('carol', 'APPROVED'),
      review('carol', 'CHANGES_REQUESTED'),
      review('dave', 'DISMISSED'),
      review('dave', 'APPROVED'),
      review('erin', 'APPROVED'),
      review('erin', 'DISMISSED'),
      review(null, 'APPROVED'),
      review('frank', 'PENDING')
    ])
    expect([...latest].map(([login, r]) => [login, r.state])).toEqual([
      ['bob', 'APPROVED'],
      ['carol', 'CHANGES_REQUESTED'],
      ['dave', 'APPROVED'],
      ['erin', 'DISMISSED']
    ])
  })

  test('submission time orders them where the listing does not', () => {
    const latest = latestOpinions([review('bob', 'CHANGES_REQUESTED', HEAD, '2024-01-02T00:00:00Z'), review('bob', 'APPROVED', HEAD, '2024-01-01T00:00:00Z')])
    expect(latest.get('bob')!.state).toBe('CHANGES_REQUESTED')
  })
})

describe('which approvals count', () => {
  const pull: Pull = {
    number: 7,
    state: 'closed',
    mergedAt: '2024-02-01T00:00:00Z',
    mergeCommitSha: 'c'.repeat(40),
    baseRef: 'main',
    url: 'https://github.example/acme/org-members/pull/7',
    title: 'Add',
    author: 'alice',
    headSha: HEAD,
    headRef: 'add',
    headRepo: 'acme/org-members',
    baseSha: OLD,
    mergedBy: 'maintainer',
    commits: 2
  }
  const before = '2024-01-15T00:00:00Z'

  test('on the final head, not the author, not the last pusher, with write access, before the merge', async () => {
    const asked: string[] = []
    const judged = await judgeApprovals(
      pull,
      [
        review('alice', 'APPROVED', HEAD, before),
        review('pusher', 'APPROVED', HEAD, before),
        review('bob', 'APPROVED', OLD, before),
        review('reader', 'APPROVED', HEAD, before),
        review('late', 'APPROVED', HEAD, '2024-03-01T00:00:00Z'),
        review('carol', 'APPROVED', HEAD, before)
      ],
      { login: 'pusher', source: 'activity' },
      async (login) => (asked.push(login), login !== 'reader')
    )
    expect(judged.approvals.map((a) => [a.login, a.counted, a.notCounted])).toEqual([
      ['alice', false, ['author']],
      ['pusher', false, ['last-pusher']],
      ['bob', false, ['not-final-head']],
      ['reader', false, ['no-write-access']],
      // In the order the reviews were given: the late one last.
      ['carol', true, []],
      ['late', false, ['after-merge']]
    ])
    expect(judged.counted).toEqual(['carol'])
    // Permissions are asked only of approvals that pass every other rule.
    expect(asked).toEqual(['reader', 'carol'])
  })

  test('when who pushed last is unknown, no approval counts', async () => {
    const judged = await judgeApprovals(pull, [review('carol', 'APPROVED', HEAD, before)], { source: 'unknown', why: 'no record' }, async () => true)
    expect(judged.approvals[0]!.notCounted).toEqual(['last-pusher'])
    expect(judged.counted).toEqual([])
  })
})

const entry = (PermissionIds: number[]): Entry => ({
  member: { MemberUin: 1, Name: 'm', NodeId: 1001, PolicyType: 'Financial', PermissionIds },
  line: 5,
  col: 3,
  positions: {}
})
const base = { MemberUin: 1, Name: 'm', line: 5, cause: 'change' as const }
const update = (before: number[], after: number[]): PlannedWrite => ({
  ...base,
  action: 'update',
  body: { MemberUin: 1, PolicyType: 'Financial', PermissionIds: after },
  changes: [{ field: 'PermissionIds', before, after }]
})

describe('tiers', () => {
  const sensitive = [3, 7, 10]
  test('removals, node deletions and grants of a sensitive permission the member did not have are sensitive', () => {
    expect(tierOf({ ...base, action: 'remove', baseLine: 5, changes: [], live: { MemberUin: 1, Name: 'm' } }, sensitive)).toBe('sensitive')
    expect(tierOf({ path: 'a', line: 3, changes: [], cause: 'change', action: 'delete-node', NodeId: 9, baseLine: 3 }, sensitive)).toBe('sensitive')
    expect(tierOf({ ...base, action: 'invite', entry: entry([1, 2, 7]), changes: [] }, sensitive)).toBe('sensitive')
    expect(tierOf({ ...base, action: 'reinvite', entry: entry([1, 2, 10]), changes: [] }, sensitive)).toBe('sensitive')
    expect(tierOf(update([1, 2], [1, 2, 3]), sensitive)).toBe('sensitive')
    // Keeping 7 while adding 4 grants nothing sensitive.
    expect(tierOf(update([1, 2, 7], [1, 2, 4, 7]), sensitive)).toBe('changes')
    expect(tierOf({ ...base, action: 'invite', entry: entry([1, 2]), changes: [] }, sensitive)).toBe('changes')
    expect(tierOf({ ...base, action: 'move', nodeId: 1002, changes: [{ field: 'NodeId', before: 1001, after: 1002 }] }, sensitive)).toBe('changes')
  })

  test('a sensitive write needs at least the changes tier', () => {
    expect(approvalsNeeded('sensitive', { changes: 3, sensitive: 2, sensitivePermissions: sensitive })).toBe(3)
    expect(tierStatuses([update([1, 2], [1, 2, 3]), update([1], [1, 2])], { changes: 1, sensitive: 2, sensitivePermissions: sensitive }, ['bob'])).toEqual([
      { tier: 'changes', writes: 1, needs: 1, approvedBy: ['bob'], missing: 0 },
      { tier: 'sensitive', writes: 1, needs: 2, approvedBy: ['bob'], missing: 1 }
    ])
  })
})

describe('write keys', () => {
  test('the same write in another order is the same key; another state before is another key', () => {
    expect(writeKey(update([2, 1], [1, 2, 7]))).toBe(writeKey(update([1, 2], [7, 2, 1])))
    expect(writeKey(update([1, 2], [1, 2, 7]))).toBe('update:1:PermissionIds=[1,2]>[1,2,7]')
    expect(writeKey(update([1, 2, 3], [1, 2, 7]))).not.toBe(writeKey(update([1, 2], [1, 2, 7])))
  })
})

describe('the hidden block', () => {
  const keys = ['invite:1:#0123456789abcdef', 'update:2:Remark=a-->b>c']
  const plan = { version: 1 as const, file: 'members.yaml', head: HEAD, organization: true, keys, digest: planDigest('members.yaml', HEAD, true, keys) }

  test('reads back what was written, whatever the values hold', () => {
    const block = reviewedPlanBlock(plan)
    expect(block.match(/-->/g)).toHaveLength(1)
    expect(readReviewedPlan(`<!-- marker -->\n${block}\nthe plan`)).toEqual(plan)
  })

  test('an edited list, a second block, or garbage is refused with a reason', () => {
    const edited = reviewedPlanBlock({ ...plan, keys: [...keys, 'remove:3:'] })
    expect(readReviewedPlan(edited)).toEqual({ invalid: 'its digest is not the digest of the writes it lists (the comment was edited)' })
    expect(readReviewedPlan(reviewedPlanBlock(plan) + reviewedPlanBlock(plan))).toEqual({ invalid: 'it holds more than one reviewed plan' })
    expect(readReviewedPlan('<!-- tencent-org-members:reviewed-plan e30= -->')).toEqual({ invalid: 'its reviewed plan is not in the form this action writes' })
    expect(readReviewedPlan('no plan here')).toBeUndefined()
  })

  test('a plan too large for a comment keeps no keys, and says so', () => {
    const many = Array.from({ length: 3000 }, (_, i) => `update:${i}:Remark=${'x'.repeat(20)}`)
    const block = reviewedPlanBlock({ ...plan, keys: many, digest: planDigest('members.yaml', HEAD, true, many) })
    expect(block.length).toBeLessThanOrEqual(MAX_BLOCK)
    expect(readReviewedPlan(block)).toMatchObject({ keys: [], tooLarge: true })
  })
})
