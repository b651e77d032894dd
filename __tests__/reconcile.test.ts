// The pure pieces of reconcile: classification, the history's say, import rendering, inert Markdown, the mode a
// scheduled run takes.
import { describe, expect, test } from '@jest/globals'
import { parse } from 'yaml'
import type { GitHubContext } from '../src/settings/context.js'
import { readManifest } from '../src/manifest/validate.js'
import type { Entry } from '../src/model/entries.js'
import { decideMode } from '../src/settings/mode.js'
import { validateAside as readManifestAside } from '../src/manifest/validation-worker.js'
import { BUNDLE } from './support/action-runner.js'
import { membersYaml } from './support/members.js'
import { diff } from '../src/manifest/diff.js'
import { classify, isDrift, withHistory } from '../src/organization/classify.js'
import { renderImport } from '../src/manifest/import-writer.js'
import { scalar } from '../src/manifest/yaml-writer.js'
import { code } from '../src/report/markdown.js'
import type { OrgMember } from '../src/model/organization.js'
import type { OrganizationState } from '../src/model/organization.js'

function entries(text: string): Entry[] {
  const { entries, errors } = readManifest('members.yaml', text)
  expect(errors).toEqual([])
  return entries
}

const HEAD = `defaults:
  PolicyType: Financial
  PermissionIds: [1, 2]
members:
  - MemberUin: 1
    Name: alice
    NodeId: 10
  - MemberUin: 2
    Name: bob
    NodeId: 10
    Remark: hello
  - MemberUin: 3
    Name: carol
    NodeId: 10
  - MemberUin: 4
    Name: dave
    NodeId: 10
`
const BASE = HEAD.replace('    Remark: hello\n', '').replace(/  - MemberUin: 4\n[\s\S]*$/, '') + '  - MemberUin: 5\n    Name: erin\n    NodeId: 10\n'

const member = (m: Partial<OrgMember> & { MemberUin: number; Name: string }): OrgMember => ({
  NodeId: 10,
  PolicyType: 'Financial',
  PermissionIds: [2, 1],
  IsAllowQuit: 'Allow',
  ...m
})
const org = (members: OrgMember[]): OrganizationState => ({ nodes: [{ NodeId: 10, Name: 'root' }], members, calls: 2 })

describe('classify', () => {
  const live = org([
    member({ MemberUin: 1, Name: 'alice' }),
    member({ MemberUin: 2, Name: 'bob', NodeId: 11, Tags: [{ TagKey: 'k', TagValue: 'v' }] }),
    member({ MemberUin: 5, Name: 'erin' }),
    member({ MemberUin: 6, Name: 'frank' })
  ])

  test('every MemberUin of the file, the base and the organization gets its state', () => {
    const now = entries(HEAD)
    const rec = classify(now, diff('b'.repeat(40), entries(BASE), now), live)
    expect(rec.members.map((s) => [s.MemberUin, s.states])).toEqual([
      [1, ['in-sync']],
      // bob's Tags are not in the file: not managed, so the live tag is no difference (issue 19).
      [2, ['update', 'move']],
      [3, ['pending']],
      [4, ['invite']],
      [5, ['remove']],
      [6, ['undeclared']]
    ])
    expect(rec.counts).toEqual({ update: 1, move: 1, tags: 0, pending: 1, remove: 1, undeclared: 1, invite: 1, 'in-sync': 1 })
    const bob = rec.members[1]!
    expect(bob.differences.map((d) => [d.field, d.file, d.live, d.underReview, d.at.line])).toEqual([
      ['NodeId', 10, 11, false, 10],
      ['Remark', 'hello', null, true, 11]
    ])
    expect(rec.members.filter(isDrift).map((s) => s.MemberUin)).toEqual([2, 3, 6])
  })

  test('the whole file alone (drift): nothing is under review, every entry that is not a member is pending', () => {
    const rec = classify(entries(HEAD), undefined, live)
    expect(rec.scope).toBe('whole-file')
    expect(rec.members.map((s) => s.states[0])).toEqual(['in-sync', 'update', 'pending', 'pending', 'undeclared', 'undeclared'])
    expect(rec.members[1]!.differences.every((d) => !d.underReview)).toBe(true)
  })

  test('sets and undeclared fields: PermissionIds in any order, tags by key; absent Remark, PayUin and IsAllowQuit are not managed', () => {
    const text =
      'members:\n  - { MemberUin: 1, Name: a, NodeId: 10, PolicyType: Financial, PermissionIds: [2, 1], Tags: [{ TagKey: b, TagValue: "2" }, { TagKey: a, TagValue: "1" }] }\n'
    const same = org([
      member({
        MemberUin: 1,
        Name: 'a',
        Tags: [
          { TagKey: 'a', TagValue: '1' },
          { TagKey: 'b', TagValue: '2' }
        ]
      })
    ])
    expect(classify(entries(text), undefined, same).members[0]!.states).toEqual(['in-sync'])
    const other = org([
      member({
        MemberUin: 1,
        Name: 'a',
        Tags: [
          { TagKey: 'a', TagValue: '1' },
          { TagKey: 'b', TagValue: '3' }
        ],
        IsAllowQuit: 'Denied',
        PayUin: '9'
      })
    ])
    // PayUin and IsAllowQuit are not in the file: whatever the organization holds is left alone, never compared.
    expect(classify(entries(text), undefined, other).members[0]!.differences.map((d) => d.field)).toEqual(['Tags'])
    const declared = text.replace('PolicyType: Financial,', 'PolicyType: Financial, IsAllowQuit: Allow,')
    expect(classify(entries(declared), undefined, other).members[0]!.differences.map((d) => [d.field, d.file, d.live])).toEqual([
      ['IsAllowQuit', 'Allow', 'Denied'],
      ['Tags', expect.any(Array), expect.any(Array)]
    ])
  })

  test('the history dates pending entries and tells removed members from ones never declared', () => {
    const rec = classify(entries(HEAD), undefined, live)
    const since = { commit: 'c'.repeat(40), date: '2025-01-02T03:04:05Z', subject: 'Add' }
    const out = withHistory(rec, {
      found: new Map([
        [3, { added: since }],
        [5, { removed: since }]
      ]),
      looked: new Set([3, 4, 5, 6])
    })
    expect(out.members.map((s) => [s.MemberUin, s.states[0], s.since?.subject ?? s.sinceUnknown ?? null])).toEqual([
      [1, 'in-sync', null],
      [2, 'update', null],
      [3, 'pending', 'Add'],
      [4, 'pending', 'the history of the file does not show it being added'],
      [5, 'remove', 'Add'],
      [6, 'undeclared', null]
    ])
    expect(out.counts.remove).toBe(1)
    const shallow = withHistory(rec, { found: new Map(), looked: new Set([3]), unknown: 'shallow' })
    expect(shallow.members[2]!.sinceUnknown).toBe('shallow')
  })

  test('the management account is never undeclared', () => {
    const rec = classify(entries(HEAD), undefined, { ...live, info: { HostUin: 6 } })
    expect(rec.members.map((s) => s.MemberUin)).not.toContain(6)
    expect(rec.managementUin).toBe(6)
  })
})

describe('renderImport', () => {
  const at = '2025-06-01T00:00:00Z'

  test('what it writes reads back as the organization, through YAML and the validator', () => {
    const members = [
      member({ MemberUin: 9, Name: 'yes', Remark: 'a: b # c', NodeId: 12 }),
      member({ MemberUin: 8, Name: 'x', PayUin: '0012', PermissionIds: [1, 2, 7], Tags: [{ TagKey: '1e3', TagValue: 'null' }] })
    ]
    const { text } = renderImport(
      {
        nodes: [
          { NodeId: 10, Name: 'r\n# injected: 1' },
          { NodeId: 12, Name: 'child', ParentNodeId: 10 }
        ],
        members,
        calls: 2
      },
      { at }
    )
    // A name that holds a line break and a # stays inside its one comment line.
    expect(text).toContain('  # Node 10: the root (r # injected: 1)\n')
    expect(text).toContain('  # Node 12: child\n')
    expect(parse(text).nodes).toEqual([{ Path: 'child', NodeId: 12 }])
    // Read back, the effective entries are the organization: a member of the root by NodeId (the root has no path),
    // the other by its node's path.
    const read = readManifest('m.yaml', text)
    expect(read.errors).toEqual([])
    expect(read.entries.map((e) => ({ ...e.member, ...(e.node ? { Node: e.node } : {}) }))).toEqual([
      { MemberUin: 8, Name: 'x', NodeId: 10, PolicyType: 'Financial', PermissionIds: [1, 2, 7], IsAllowQuit: 'Allow', PayUin: '0012', Tags: [{ TagKey: '1e3', TagValue: 'null' }] },
      { MemberUin: 9, Name: 'yes', NodeId: 0, Node: 'child', PolicyType: 'Financial', PermissionIds: [1, 2], IsAllowQuit: 'Allow', Remark: 'a: b # c' }
    ])
  })

  test('an empty organization is an empty list; one member keeps its own fields', () => {
    expect(renderImport({ nodes: [], members: [], calls: 2 }, { at }).text).toMatch(/\nmembers: \[\]\n$/)
    const one = renderImport({ nodes: [], members: [member({ MemberUin: 1, Name: 'a' })], calls: 2 }, { at }).text
    expect(one).not.toContain('defaults:')
    expect(one).toContain('    PolicyType: Financial\n')
  })

  test.each([
    ['alice', 'alice'],
    ['数据', '数据'],
    ['a.b-c@d+e', 'a.b-c@d+e'],
    ['true', '"true"'],
    ['No', '"No"'],
    ['null', '"null"'],
    ['1e3', '"1e3"'],
    ['-x', '"-x"'],
    ['a b', '"a b"'],
    ['a:b', '"a:b"'],
    ['', '""'],
    ['"q"', '"\\"q\\""'],
    ['a\nb', '"a\\nb"']
  ])('scalar(%j) is %s', (input, expected) => {
    expect(scalar(input)).toBe(expected)
    expect(parse(`v: ${scalar(input)}`).v).toBe(input)
  })
})

describe('code: file and organization text, inert in Markdown', () => {
  test.each([
    ['alice', '`alice`'],
    ['a`b', '``a`b``'],
    ['`a``', '``` `a`` ```'],
    ['<img src=x> [l](u) @team', '`<img src=x> [l](u) @team`'],
    // CommonMark ends a line at \r\n as at \n: one line, one space.
    ['a\r\nb', '`a b`'],
    ['', '']
  ])('%j', (input, expected) => {
    expect(code(input).text).toBe(expected)
  })

  test('long text is cut with an ellipsis', () => {
    const out = code('x'.repeat(500))
    expect(out.text).toBe('`' + 'x'.repeat(100) + '…`')
  })
})

describe('the mode of a scheduled run', () => {
  const ctx = (eventName: string): GitHubContext => ({
    eventName,
    payload: { repository: { default_branch: 'main' } },
    sha: 'a'.repeat(40),
    ref: 'refs/heads/main',
    workspace: '/w',
    repository: 'acme/org',
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
    runId: '1',
    actor: 'octocat'
  })
  test('auto is drift on schedule, and drift and import are taken as asked', () => {
    expect(decideMode('auto', ctx('schedule'))).toEqual({ mode: 'drift' })
    expect(decideMode('auto', ctx('push'))).toEqual({ mode: 'apply' })
    expect(decideMode('drift', ctx('pull_request'))).toEqual({ mode: 'drift' })
    expect(decideMode('import', ctx('workflow_dispatch'))).toEqual({ mode: 'import' })
  })
})

describe('validation aside', () => {
  const big = Buffer.from(membersYaml(1500))
  test('a worker of the bundle answers exactly what validating here does', async () => {
    const here = readManifest('members.yaml', big)
    expect(here.entries).toHaveLength(1500)
    expect(await readManifestAside('members.yaml', big, BUNDLE)).toEqual(here)
    const broken = Buffer.from(membersYaml(1500).replace('NodeId: 1002', 'NodeId: x'))
    expect(await readManifestAside('members.yaml', broken, BUNDLE)).toEqual(readManifest('members.yaml', broken))
  })

  test('when no worker can start, it validates here', async () => {
    expect((await readManifestAside('members.yaml', big, '/nonexistent/index.js')).entries).toHaveLength(1500)
  })
})
