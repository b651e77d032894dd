// diff() of two revisions of members.yaml: by MemberUin, on effective entries (defaults merged).
import { changedFields, diff } from '../src/manifest/diff.js'
import { readManifest } from '../src/manifest/validate.js'
import type { Entry } from '../src/model/entries.js'
import { lines } from './support/manifest-fixtures.js'

/** The entries of a valid file; the test fails at once if the file is not valid. */
function entries(...text: string[]): Entry[] {
  const { entries, errors } = readManifest('members.yaml', lines(...text))
  expect(errors).toEqual([])
  return entries
}

const DEFAULTS = ['defaults:', '  NodeId: 1001', '  PolicyType: Financial', '  PermissionIds: [1, 2]']
const uins = (list: readonly Entry[]) => list.map((e) => e.member.MemberUin)

describe('diff', () => {
  test('no base revision: every entry is added', () => {
    const after = entries(...DEFAULTS, 'members:', '  - { MemberUin: 1, Name: a }', '  - { MemberUin: 2, Name: b }')
    expect(diff(null, [], after)).toEqual({ base: null, added: after, changed: [], removed: [], unchanged: 0 })
  })

  test('the same file: everything unchanged', () => {
    const text = [...DEFAULTS, 'members:', '  - { MemberUin: 1, Name: a }', '  - { MemberUin: 2, Name: b }']
    expect(diff('abc123', entries(...text), entries(...text))).toEqual({ base: 'abc123', added: [], changed: [], removed: [], unchanged: 2 })
  })

  test('added, changed, removed and unchanged, each by MemberUin, in file order', () => {
    const before = entries(
      ...DEFAULTS,
      'members:',
      '  - { MemberUin: 1, Name: a }',
      '  - { MemberUin: 2, Name: b }',
      '  - { MemberUin: 3, Name: c }',
      '  - { MemberUin: 4, Name: d }'
    )
    const after = entries(
      ...DEFAULTS,
      'members:',
      '  - { MemberUin: 6, Name: f }',
      '  - { MemberUin: 3, Name: c, Remark: new }',
      '  - { MemberUin: 1, Name: a }',
      '  - { MemberUin: 5, Name: e }'
    )
    const plan = diff('base', before, after)
    expect(uins(plan.added)).toEqual([6, 5])
    expect(plan.added.map((e) => e.line)).toEqual([6, 9])
    expect(plan.changed).toHaveLength(1)
    expect(plan.changed[0]).toMatchObject({ fields: ['Remark'], entry: { line: 7, member: { MemberUin: 3, Remark: 'new' } }, before: { line: 8 } })
    // Removed entries keep the lines of the base file.
    expect(plan.removed.map((e) => [e.member.MemberUin, e.line])).toEqual([
      [2, 7],
      [4, 9]
    ])
    expect(plan.unchanged).toBe(1)
  })

  test('a renamed member is changed, not removed and added', () => {
    const plan = diff('base', entries(...DEFAULTS, 'members:', '  - { MemberUin: 1, Name: old }'), entries(...DEFAULTS, 'members:', '  - { MemberUin: 1, Name: new }'))
    expect(plan).toMatchObject({ added: [], removed: [], unchanged: 0 })
    expect(plan.changed.map((c) => [c.before.member.Name, c.entry.member.Name, c.fields])).toEqual([['old', 'new', ['Name']]])
  })

  test('a new MemberUin under an existing Name is a removal and an addition', () => {
    const plan = diff('base', entries(...DEFAULTS, 'members:', '  - { MemberUin: 1, Name: a }'), entries(...DEFAULTS, 'members:', '  - { MemberUin: 2, Name: a }'))
    expect([uins(plan.added), uins(plan.removed), plan.changed, plan.unchanged]).toEqual([[2], [1], [], 0])
  })

  test('the comparison is on effective entries: moving a value into defaults changes nothing', () => {
    const before = entries('members:', '  - { MemberUin: 1, Name: a, NodeId: 1001, PolicyType: Financial, PermissionIds: [1, 2], IsAllowQuit: Denied }')
    const after = entries(...DEFAULTS, '  IsAllowQuit: Denied', 'members:', '', '  # a comment and blank lines move the entry', '  - MemberUin: 1', '    Name: a')
    expect(diff('base', before, after)).toMatchObject({ added: [], changed: [], removed: [], unchanged: 1 })
  })

  test('the comparison is on effective entries: a change in defaults changes every entry that inherits it', () => {
    const before = entries(...DEFAULTS, 'members:', '  - { MemberUin: 1, Name: a }', '  - { MemberUin: 2, Name: b, NodeId: 7 }')
    const after = entries(
      'defaults:',
      '  NodeId: 2002',
      '  PolicyType: Financial',
      '  PermissionIds: [1, 2]',
      'members:',
      '  - { MemberUin: 1, Name: a }',
      '  - { MemberUin: 2, Name: b, NodeId: 7 }'
    )
    const plan = diff('base', before, after)
    expect(plan.changed.map((c) => [c.entry.member.MemberUin, c.fields])).toEqual([[1, ['NodeId']]])
    expect(plan.unchanged).toBe(1)
  })

  test('every changed field is listed, including fields added and removed', () => {
    const before = entries(...DEFAULTS, 'members:', '  - { MemberUin: 1, Name: a, Remark: x, PermissionIds: [1, 2, 7], PayUin: "9" }')
    const after = entries(...DEFAULTS, 'members:', '  - { MemberUin: 1, Name: a, NodeId: 5, IsAllowQuit: Allow }')
    const [change] = diff('base', before, after).changed
    expect([...change!.fields].sort()).toEqual(['IsAllowQuit', 'NodeId', 'PayUin', 'PermissionIds', 'Remark'])
  })

  test('key order inside tag mappings is no change, but a changed tag value is', () => {
    const before = entries(...DEFAULTS, 'members:', '  - { MemberUin: 1, Name: a, Tags: [{ TagKey: team, TagValue: ops }] }')
    const reordered = entries(...DEFAULTS, 'members:', '  - { MemberUin: 1, Name: a, Tags: [{ TagValue: ops, TagKey: team }] }')
    const retagged = entries(...DEFAULTS, 'members:', '  - { MemberUin: 1, Name: a, Tags: [{ TagValue: dev, TagKey: team }] }')
    expect(diff('base', before, reordered)).toMatchObject({ changed: [], unchanged: 1 })
    expect(diff('base', before, retagged).changed.map((c) => c.fields)).toEqual([['Tags']])
  })

  test('removing every entry removes them all', () => {
    const before = entries(...DEFAULTS, 'members:', '  - { MemberUin: 1, Name: a }', '  - { MemberUin: 2, Name: b }')
    expect(diff('base', before, [])).toEqual({ base: 'base', added: [], changed: [], removed: before, unchanged: 0 })
  })

  test('the inputs are left as they were', () => {
    const before = entries(...DEFAULTS, 'members:', '  - { MemberUin: 1, Name: a }')
    const after = entries(...DEFAULTS, 'members:', '  - { MemberUin: 2, Name: b }')
    const copies = JSON.stringify([before, after])
    diff('base', before, after)
    expect(JSON.stringify([before, after])).toBe(copies)
  })
})

describe('changedFields', () => {
  const base = { MemberUin: 1, Name: 'a', NodeId: 1, PolicyType: 'Financial' as const, PermissionIds: [1, 2] }
  test('equal members have no changed field', () => {
    expect(changedFields(base, { ...base, PermissionIds: [1, 2] })).toEqual([])
  })
  test('a field present on one side only is changed', () => {
    expect(changedFields(base, { ...base, Remark: 'x' })).toEqual(['Remark'])
    expect(changedFields({ ...base, Remark: 'x' }, base)).toEqual(['Remark'])
  })
  test('a field whose value differs is changed', () => {
    expect(changedFields(base, { ...base, NodeId: 2, PermissionIds: [1, 2, 3] })).toEqual(['NodeId', 'PermissionIds'])
  })
})
