// The pure pieces of reconcile's writes: what is sent for each difference, and the guards.
import { describe, expect, test } from '@jest/globals'
import { readManifest } from '../src/manifest/validate.js'
import { diff } from '../src/manifest/diff.js'
import { classify } from '../src/organization/classify.js'
import { guardWrites, parseProtectedMembers, truncationCheck } from '../src/organization/guards.js'
import { planMemberChanges as planWrites } from '../src/organization/reconcilers/plan.js'
import { holds } from '../src/organization/reconcilers/member-changes.js'
import type { MemberWrite as PlannedWrite } from '../src/model/writes.js'
import { memberResource, tagChange, tagEndpointFor } from '../src/organization/tag.js'
import type { OrgMember } from '../src/model/organization.js'

const FILE = `defaults:
  PolicyType: Financial
  PermissionIds: [1, 2]
members:
  - MemberUin: 1
    Name: alice
    NodeId: 10
    PermissionIds: [1, 2, 7]
    PayUin: "9"
  - MemberUin: 2
    Name: bob
    NodeId: 20
    Tags: [{ TagKey: team, TagValue: b }]
  - MemberUin: 3
    Name: carol
    NodeId: 10
`

function reconciliation(live: OrgMember[], level: 'none' | 'changes' = 'changes') {
  const { entries } = readManifest('members.yaml', FILE)
  const plan = diff('base', entries, entries)
  return planWrites(classify(entries, plan, { nodes: [], members: live, calls: 0, info: { HostUin: 100 } }), level)
}

describe('planWrites', () => {
  const live: OrgMember[] = [
    { MemberUin: 1, Name: 'alice', NodeId: 10, PolicyType: 'Financial', PermissionIds: [1, 2, 7], PayUin: '8', Remark: 'old' },
    {
      MemberUin: 2,
      Name: 'bob',
      NodeId: 10,
      PolicyType: 'Financial',
      PermissionIds: [1, 2],
      Tags: [
        { TagKey: 'team', TagValue: 'a' },
        { TagKey: 'gone', TagValue: 'x' }
      ]
    }
  ]

  test('one write per member and kind, with the fields that differ; PolicyType, PermissionIds and PayUin together', () => {
    const writes = reconciliation(live)
    expect(writes.map((w) => [w.action, w.MemberUin])).toEqual([
      ['update', 1],
      ['move', 2],
      ['tags', 2],
      ['reinvite', 3]
    ])
    // Remark is not in the file: not managed, so the live "old" is neither compared nor sent (issue 19: no default is documented).
    expect(writes[0]).toMatchObject({ body: { MemberUin: 1, PolicyType: 'Financial', PermissionIds: [1, 2, 7], PayUin: '9' } })
    expect(writes[0]).not.toHaveProperty('body.Remark')
    expect(writes[0]!.changes).toEqual([{ field: 'PayUin', before: '8', after: '9' }])
    expect(writes[1]).toMatchObject({ nodeId: 20, changes: [{ field: 'NodeId', before: 10, after: 20 }] })
    expect(writes[2]).toMatchObject({ replace: [{ TagKey: 'team', TagValue: 'b' }], remove: ['gone'] })
  })

  test('reconcile none plans nothing', () => {
    expect(reconciliation(live, 'none')).toEqual([])
  })

  test('holds: a member read back holds a write when every changed field has the value the write sets', () => {
    const [update, move, tags] = reconciliation(live)
    // As the organization was: nothing of it done.
    expect([update, move, tags].map((w) => holds(w!, live[w!.MemberUin - 1]!))).toEqual([false, false, false])
    const after = (w: PlannedWrite, patch: Partial<OrgMember>) => holds(w, { ...live[w.MemberUin - 1]!, ...patch })
    // Done: the field the write sets (Remark is not the file's, so whatever it reads is not the write's), tags in any
    // order, permissions in any order.
    expect(after(update!, { PayUin: '9', Remark: '' })).toBe(true)
    expect(after(update!, { PayUin: '9' })).toBe(true)
    expect(after(update!, { PayUin: '7' })).toBe(false)
    expect(after(move!, { NodeId: 20 })).toBe(true)
    expect(after(tags!, { Tags: [{ TagKey: 'team', TagValue: 'b' }] })).toBe(true)
    expect(
      after(tags!, {
        Tags: [
          { TagKey: 'team', TagValue: 'b' },
          { TagKey: 'gone', TagValue: 'x' }
        ]
      })
    ).toBe(false)
  })
})

describe('guards', () => {
  const live: OrgMember[] = [
    { MemberUin: 1, Name: 'alice', NodeId: 99, PolicyType: 'Financial', PermissionIds: [1, 2, 7], PayUin: '9' },
    { MemberUin: 2, Name: 'bob', NodeId: 99, PolicyType: 'Financial', PermissionIds: [1, 2], Tags: [{ TagKey: 'team', TagValue: 'b' }] }
  ]
  const limits = { invites: 0, maxInvites: 50, maxChanges: 50, protectedMembers: new Set<number>() }

  test('within the limits nothing is refused', () => {
    expect(guardWrites('members.yaml', reconciliation(live), limits)).toEqual({ diagnostics: [] })
  })

  test('max-changes counts updates, moves and tags; max-invites counts re-sent invitations', () => {
    const verdict = guardWrites('members.yaml', reconciliation(live), { ...limits, maxChanges: 1, maxInvites: 0 })
    expect(verdict.failure).toContain('2 changes to members, more than max-changes (1)')
    expect(verdict.failure).toContain('1 invitations with the re-sent ones, more than max-invites (0)')
    expect(verdict.diagnostics.map((d) => [d.title, d.line])).toEqual([
      ['Too many changes', 10],
      ['Too many invitations', 14]
    ])
  })

  test('a protected member is an error on its line; the management account even when added', () => {
    const verdict = guardWrites('members.yaml', reconciliation(live), { ...limits, protectedMembers: new Set([2]), managementUin: 3 })
    expect(verdict.diagnostics.map((d) => [d.title, d.line])).toEqual([
      ['Protected member', 10],
      ['Protected member', 14]
    ])
    expect(verdict.failure).toContain('2 entries would change a protected member or the management account')
    const invite = {
      action: 'invite' as const,
      MemberUin: 7,
      Name: 'boss',
      line: 3,
      entry: readManifest('m.yaml', 'members: []\n').entries[0]!,
      changes: [],
      cause: 'change' as const
    }
    const added = guardWrites('members.yaml', [invite], { ...limits, managementUin: 7 })
    expect(added.diagnostics[0]!.message).toContain('management account')
  })

  test('protected-members takes commas, newlines and spaces; anything else is named', () => {
    expect(parseProtectedMembers('1, 2\n3 4')).toEqual([1, 2, 3, 4])
    expect(parseProtectedMembers('')).toEqual([])
    expect(parseProtectedMembers('1,abc')).toBe('abc')
  })
})

describe('the Tag service', () => {
  test("a member's resource name is the Terraform provider's", () => {
    expect(memberResource('ap-guangzhou', 111)).toBe('qcs::organization:ap-guangzhou:uin/:member/111')
  })

  test('the endpoint follows the Organization one; a URL is used as it is', () => {
    expect(tagEndpointFor({ protocol: 'https://', host: 'organization.tencentcloudapi.com' })).toEqual({ protocol: 'https://', host: 'tag.tencentcloudapi.com' })
    expect(tagEndpointFor({ protocol: 'https://', host: 'organization.intl.tencentcloudapi.com' })).toEqual({ protocol: 'https://', host: 'tag.intl.tencentcloudapi.com' })
    expect(tagEndpointFor({ protocol: 'http://', host: '127.0.0.1:8080' })).toEqual({ protocol: 'http://', host: '127.0.0.1:8080' })
  })

  test('ReplaceTags for new and changed values, DeleteTags for keys gone', () => {
    expect(
      tagChange(
        [
          { TagKey: 'a', TagValue: '1' },
          { TagKey: 'b', TagValue: '2' }
        ],
        [
          { TagKey: 'a', TagValue: '1' },
          { TagKey: 'b', TagValue: '3' },
          { TagKey: 'c', TagValue: '4' }
        ]
      )
    ).toEqual({
      replace: [{ TagKey: 'b', TagValue: '2' }],
      remove: ['c']
    })
  })
})

describe('removals', () => {
  const BASE = FILE + '  - MemberUin: 4\n    Name: dave\n    NodeId: 10\n'
  const live: OrgMember[] = [1, 2, 3, 4, 5].map((uin) => ({
    MemberUin: uin,
    Name: ['alice', 'bob', 'carol', 'dave', 'eve'][uin - 1]!,
    NodeId: 10,
    PolicyType: 'Financial',
    PermissionIds: [1, 2]
  }))
  const writesFor = (level: 'changes' | 'all') => {
    const before = readManifest('members.yaml', BASE).entries
    const after = readManifest('members.yaml', FILE).entries
    return planWrites(classify(after, diff('base', before, after), { nodes: [], members: live, calls: 0 }), level, 5)
  }

  test('only reconcile all removes, and only what this revision took out (never an undeclared member)', () => {
    expect(writesFor('changes').filter((w) => w.action === 'remove')).toEqual([])
    const removals = writesFor('all').filter((w) => w.action === 'remove')
    expect(removals).toEqual([expect.objectContaining({ action: 'remove', MemberUin: 4, line: 5, baseLine: 17 })])
  })

  test('max-removals and a quarter of the organization', () => {
    const removals = writesFor('all').filter((w) => w.action === 'remove')
    const limits = { invites: 0, maxInvites: 50, maxChanges: 50, protectedMembers: new Set<number>() }
    expect(guardWrites('members.yaml', removals, { ...limits, maxRemovals: 1, orgMembers: 4 }).failure).toBeUndefined()
    expect(guardWrites('members.yaml', removals, { ...limits, maxRemovals: 0, orgMembers: 4 }).failure).toContain('raise max-removals to at least 1')
    expect(guardWrites('members.yaml', removals, { ...limits, maxRemovals: 5, orgMembers: 3 }).failure).toContain('set reconcile to changes')
  })

  test('a file that lost more than a quarter of its entries', () => {
    expect(truncationCheck('members.yaml', 4, 1, 'all')).toEqual({ diagnostics: [] })
    expect(truncationCheck('members.yaml', 4, 2, 'changes').warning).toContain('lost 2 of its 4 entries')
    expect(truncationCheck('members.yaml', 4, 2, 'changes').failure).toBeUndefined()
    expect(truncationCheck('members.yaml', 4, 2, 'all').failure).toContain('set the reconcile input to changes')
  })
})
