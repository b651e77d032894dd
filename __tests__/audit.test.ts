// The compliance record, on a real scripted history: additions, edits, a comment-only commit, a broken revision,
// a rename, a merge commit and a squash commit naming pull requests.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { auditForAction } from '../src/modes/audit.js'
import { auditCommand } from '../src/cli/audit-command.js'
import { walkHistory, type AuditRecord, type History } from '../src/history/walk.js'
import { csv, markdown } from '../src/report/audit.js'
import { Repo } from './support/git-repo.js'
import { parseCsv } from './support/csv.js'

const HEADER = 'defaults:\n  PolicyType: Financial\n  PermissionIds: [1, 2]\nmembers:\n'
const ALICE = 100000000001
const BOB = 100000000002
const CAROL = 100000000003
const DAVE = 100000000004
const entry = (uin: number | string, name: string, rest = '    NodeId: 1001\n') => `  - MemberUin: ${uin}\n    Name: ${name}\n${rest}`
const day = (n: number) => ({ date: `2024-01-${String(n).padStart(2, '0')}T10:00:00Z` })
const iso = (n: number) => `2024-01-${String(n).padStart(2, '0')}T10:00:00+00:00`

const alicePays = entry(ALICE, 'alice', '    NodeId: 1001\n    PermissionIds: [1, 2, 7]\n    PayUin: "222222222222"\n')
const bobMoved = entry(BOB, 'bob', '    NodeId: 1002\n')
const carol = entry(CAROL, 'carol')
const dave = entry(DAVE, 'dave')

let repo: Repo
const sha: Record<string, string> = {}

beforeAll(() => {
  repo = new Repo()
  sha.c1 = repo.commitAs({ 'members.yaml': HEADER + entry(ALICE, 'alice') + entry(BOB, 'bob') }, 'Add alice and bob', day(1))
  sha.c2 = repo.commitAs({ 'members.yaml': HEADER + alicePays + bobMoved }, 'Alice pays on behalf; bob moves', day(2))
  // Same effective membership: a comment, another key order, PermissionIds in another order.
  const reordered = '  - Name: alice  # finance\n    MemberUin: 100000000001\n    PayUin: "222222222222"\n    PermissionIds: [7, 2, 1]\n    NodeId: 1001\n'
  sha.c3 = repo.commitAs({ 'members.yaml': `# who is in the organization\n${HEADER}${reordered}${bobMoved}` }, 'Tidy the file', day(3))
  sha.c4 = repo.commitAs({ 'members.yaml': HEADER + alicePays + bobMoved + entry(`"${CAROL}"`, 'carol') }, 'Add carol', day(4))
  sha.c5 = repo.commitAs({ 'members.yaml': HEADER + alicePays + bobMoved + carol }, 'Unquote carol', day(5))
  sha.c6 = repo.rename('members.yaml', 'org/members.yaml', 'Move the file', day(6))
  repo.checkout('add-dave', true)
  sha.f1 = repo.commitAs({ 'org/members.yaml': HEADER + alicePays + bobMoved + carol + dave }, 'Add dave', {
    author: { name: 'Bob Builder', email: 'bob@example.com' },
    ...day(7)
  })
  repo.checkout('main')
  sha.c7 = repo.commitAs({ 'README.md': 'members\n' }, 'Unrelated', day(8))
  sha.merge = repo.merge('add-dave', 'Merge pull request #12 from acme/add-dave\n\nAdd dave', day(9))
  sha.squash = repo.commitAs({ 'org/members.yaml': HEADER + alicePays + carol + dave }, 'Remove bob (#34)\n\n* Remove bob\n* Tidy', {
    author: { name: 'Carol "CJ" Jones, Ops', email: 'carol@example.com' },
    committer: { name: 'GitHub', email: 'noreply@github.com' },
    ...day(10)
  })
  repo.push()
})
afterAll(() => repo.cleanup())

const walk = (o: { since?: string; until?: string; from?: string; to?: string } = {}) => walkHistory({ cwd: repo.work, file: 'org/members.yaml', ...o })
const subjects = (h: History) => h.records.map((r) => r.subject)
const uins = (list: Array<{ MemberUin: number }>) => list.map((e) => e.MemberUin)

describe('the walk', () => {
  let history: History
  let byCommit: (name: string) => AuditRecord
  beforeAll(async () => {
    history = await walk()
    byCommit = (name) => history.records.find((r) => r.commit === sha[name])!
  })

  test('one record per commit that changed the membership, oldest first, following the rename', () => {
    expect(history.records.map((r) => r.commit)).toEqual([sha.c1, sha.c2, sha.c4, sha.c5, sha.merge, sha.squash])
    expect(history.records.map((r) => r.path)).toEqual(['members.yaml', 'members.yaml', 'members.yaml', 'members.yaml', 'org/members.yaml', 'org/members.yaml'])
  })

  test('additions, and edits with the fields that changed and their values', () => {
    expect(uins(byCommit('c1').added)).toEqual([ALICE, BOB])
    expect(byCommit('c1').added[0]!.member).toEqual({ MemberUin: ALICE, Name: 'alice', NodeId: 1001, PolicyType: 'Financial', PermissionIds: [1, 2] })
    const c2 = byCommit('c2')
    expect([c2.added, c2.removed]).toEqual([[], []])
    expect(c2.changed).toEqual([
      {
        MemberUin: ALICE,
        Name: 'alice',
        fields: ['PermissionIds', 'PayUin'],
        before: { PermissionIds: [1, 2], PayUin: null },
        after: { PermissionIds: [1, 2, 7], PayUin: '222222222222' }
      },
      { MemberUin: BOB, Name: 'bob', fields: ['NodeId'], before: { NodeId: 1001 }, after: { NodeId: 1002 } }
    ])
  })

  test("a comment-only commit and a pure rename are not changes; the feature branch commit is the merge's", () => {
    const listed = history.records.map((r) => r.commit)
    for (const skipped of [sha.c3, sha.c6, sha.f1, sha.c7]) expect(listed).not.toContain(skipped)
  })

  test('a broken revision is reported, and the next valid one is compared with the last valid one', () => {
    const broken = byCommit('c4')
    expect(broken.error).toMatch(/^line 13, col 16: Wrong type: MemberUin must be an integer.*remove the quotes/)
    expect([broken.added, broken.changed, broken.removed]).toEqual([[], [], []])
    const fixed = byCommit('c5')
    expect(fixed.error).toBeUndefined()
    expect(uins(fixed.added)).toEqual([CAROL])
    expect([fixed.changed, fixed.removed]).toEqual([[], []])
  })

  test('a merge commit and a squash commit name their pull requests, with author and committer', () => {
    const merge = byCommit('merge')
    expect(merge.pr).toBe(12)
    expect(merge.parents).toEqual([sha.c7, sha.f1])
    expect(uins(merge.added)).toEqual([DAVE])
    expect(merge.author).toEqual({ name: 'Ada Admin', email: 'ada@example.com', date: iso(9) })
    const squash = byCommit('squash')
    expect(squash.pr).toBe(34)
    expect(squash.subject).toBe('Remove bob (#34)')
    expect(uins(squash.removed)).toEqual([BOB])
    expect(squash.author).toEqual({ name: 'Carol "CJ" Jones, Ops', email: 'carol@example.com', date: iso(10) })
    expect(squash.committer).toEqual({ name: 'GitHub', email: 'noreply@github.com', date: iso(10) })
    expect(byCommit('c2').pr).toBeNull()
  })

  test('the file named from a subfolder of the clone', async () => {
    const inside = await walkHistory({ cwd: join(repo.work, 'org'), file: 'members.yaml' })
    expect(inside.records.map((r) => r.commit)).toEqual(history.records.map((r) => r.commit))
  })
})

describe('ranges', () => {
  test('since and until (commit dates): the first change in range is a diff against the revision before it', async () => {
    const h = await walk({ since: '2024-01-02T00:00:00Z', until: '2024-01-05T12:00:00Z' })
    expect(subjects(h)).toEqual(['Alice pays on behalf; bob moves', 'Add carol', 'Unquote carol'])
    expect(h.records[0]!.added).toEqual([])
    expect(uins(h.records[0]!.changed)).toEqual([ALICE, BOB])
  })

  test('from..to, with the baseline found past a broken revision before the range', async () => {
    const h = await walk({ from: sha.c4!, to: sha.merge! })
    expect(h.records.map((r) => r.commit)).toEqual([sha.c5, sha.merge])
    expect(uins(h.records[0]!.added)).toEqual([CAROL])
    expect(h.range).toEqual({ from: sha.c4, to: sha.merge })
  })

  test('a range without changes, and an unknown revision', async () => {
    const h = await walk({ from: sha.c5!, to: sha.c7! })
    expect(h.records).toEqual([])
    expect(markdown(h)).toContain(`No commit after ${sha.c5!.slice(0, 12)}, up to ${sha.c7!.slice(0, 12)} changed the membership.`)
    const run = await auditForAction({ workspace: repo.work, file: 'org/members.yaml', from: 'no-such-branch' })
    expect(run.failure).toBe('Unknown revision no-such-branch (from): it is not a commit of this clone.')
  })
})

describe('formats', () => {
  test('JSON: one object per commit', async () => {
    const run = await auditForAction({ workspace: repo.work, file: 'org/members.yaml' })
    expect(run.failure).toBeUndefined()
    expect(run.records).toBe(6)
    const parsed = JSON.parse(run.json) as History
    expect(parsed.file).toBe('org/members.yaml')
    expect(parsed.range.to).toBe(sha.squash)
    expect(parsed.records.map((r) => [r.commit, r.pr, r.error !== undefined])).toEqual([
      [sha.c1, null, false],
      [sha.c2, null, false],
      [sha.c4, null, true],
      [sha.c5, null, false],
      [sha.merge, 12, false],
      [sha.squash, 34, false]
    ])
  })

  test('CSV: RFC 4180, one row per entry change', async () => {
    const run = await auditForAction({ workspace: repo.work, file: 'org/members.yaml' })
    // The record gained approvals (issue 21): six columns after the ten it had, in the same order; without a token
    // every row says the approvals were not read.
    expect(run.csv.split('\r\n')[0]).toBe('commit,date,author,committer,pr,change,MemberUin,Name,fields,error,approvals,pr_author,approvers,merged_by,merged_at,flags')
    const [head, ...rows] = parseCsv(run.csv)
    const table = rows.map((r) => Object.fromEntries(head!.map((k, i) => [k, r[i]])))
    expect(table.map((r) => [r.commit, r.change, r.MemberUin, r.Name, r.fields])).toEqual([
      [sha.c1, 'added', String(ALICE), 'alice', ''],
      [sha.c1, 'added', String(BOB), 'bob', ''],
      [sha.c2, 'changed', String(ALICE), 'alice', 'PermissionIds;PayUin'],
      [sha.c2, 'changed', String(BOB), 'bob', 'NodeId'],
      [sha.c4, 'unparseable', '', '', ''],
      [sha.c5, 'added', String(CAROL), 'carol', ''],
      [sha.merge, 'added', String(DAVE), 'dave', ''],
      [sha.squash, 'removed', String(BOB), 'bob', '']
    ])
    expect(table[4]!.error).toMatch(/^line 13, col 16: Wrong type: MemberUin must be an integer, got the string "100000000003" \(remove the quotes\)/)
    expect(table[7]).toMatchObject({ date: iso(10), author: 'Carol "CJ" Jones, Ops <carol@example.com>', committer: 'GitHub <noreply@github.com>', pr: '34' })
    expect(table[6]).toMatchObject({ pr: '12', author: 'Ada Admin <ada@example.com>' })
    expect(new Set(table.map((r) => r.approvals))).toEqual(new Set(['not read: no github-token was given, so who approved each change was not read']))
  })

  test('Markdown: a table of the changes for the job summary', async () => {
    const md = (await auditForAction({ workspace: repo.work, file: 'org/members.yaml' })).markdown
    expect(md).toContain('## Membership history of `org/members.yaml`')
    expect(md).toContain('6 commits up to')
    expect(md).toContain('; 1 of them left the file unparseable.')
    expect(md).toContain(`| ${iso(9)} | ${sha.merge!.slice(0, 12)} | #12 | Ada Admin | added | ${DAVE} | dave |  |`)
    expect(md).toContain(`| ${iso(10)} | ${sha.squash!.slice(0, 12)} | #34 | Carol "CJ" Jones, Ops (committed by GitHub) | removed | ${BOB} | bob |  |`)
    expect(md).toContain(`| ${sha.c2!.slice(0, 12)} |  | Ada Admin | changed | ${ALICE} | alice | PermissionIds, PayUin |`)
    expect(md).toMatch(/\| unparseable \|  \|  \| line 13, col 16: Wrong type/)
  })

  test('CSV guards against formulas in every text cell: author names, member names', () => {
    const person = { name: '=HYPERLINK("http://x")', email: 'x@example.com', date: iso(1) }
    const record: AuditRecord = {
      commit: 'a'.repeat(40),
      parents: [],
      author: person,
      committer: person,
      subject: 's',
      pr: null,
      path: 'members.yaml',
      added: [{ MemberUin: 1, Name: '-1+2', member: { MemberUin: 1, Name: '-1+2', NodeId: 1, PolicyType: 'Financial', PermissionIds: [1, 2] } }],
      changed: [],
      removed: []
    }
    const [, row] = parseCsv(csv({ file: 'members.yaml', range: { to: 'a'.repeat(40) }, records: [record] }))
    expect(row![2]).toBe(`'=HYPERLINK("http://x") <x@example.com>`)
    // A member's Name is text a contributor wrote too: `-1+2` and `+1+1` are valid names and formulas (issue 19).
    expect(row![7]).toBe("'-1+2")
  })
})

describe('the command and the action', () => {
  test('audit command in each format', async () => {
    const run = async (format: 'text' | 'markdown' | 'csv' | 'json', extra: { since?: string } = {}) => {
      const out: string[] = []
      const err: string[] = []
      const code = await auditCommand(
        { file: 'org/members.yaml', format, cwd: repo.work, ...extra },
        (s) => out.push(s),
        (s) => err.push(s)
      )
      return { code, out: out.join('\n'), err: err.join('\n') }
    }
    const json = await run('json', { since: '2024-01-09T00:00:00Z' })
    expect(json.code).toBe(0)
    expect((JSON.parse(json.out) as History).records.map((r) => r.pr)).toEqual([12, 34])
    expect(parseCsv((await run('csv')).out)).toHaveLength(9)
    // Issue 23: text was the Markdown table (this assertion said so); it is now one plain line per change, and the
    // table is --format markdown's.
    const text = await run('text')
    const markdownOut = (await run('markdown')).out
    expect(markdownOut).toContain('| removed |')
    expect(text.out.split('\n')).toHaveLength(parseCsv((await run('csv')).out).length)
    expect(text.out).toMatch(/: removed \d+ \S+/)
    expect(text.out).not.toContain('|')
    const bad = await auditCommand(
      { file: 'org/members.yaml', format: 'json', cwd: repo.work, to: 'nope' },
      () => undefined,
      (s) => expect(s).toContain('Unknown revision nope (to)')
    )
    expect(bad).toBe(1)
  })

  test('a shallow clone has no history: the action says to fetch it all, the command to unshallow', async () => {
    const clone = repo.shallowClone()
    const run = await auditForAction({ workspace: clone, file: 'org/members.yaml' })
    expect(run.failure).toMatch(/shallow.*actions\/checkout with `fetch-depth: 0`/)
    expect(run.markdown).toContain(run.failure!)
    const err: string[] = []
    expect(
      await auditCommand(
        { file: 'org/members.yaml', format: 'text', cwd: clone },
        () => undefined,
        (s) => err.push(s)
      )
    ).toBe(1)
    expect(err.join('\n')).toContain('git fetch --unshallow')
  })

  test('a folder that is not a git repository', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'not-a-repo-'))
    try {
      expect((await auditForAction({ workspace: dir, file: 'members.yaml' })).failure).toContain('is not a git repository')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

test('a valid revision after broken ones is recorded even when it restores the same membership', async () => {
  const r = new Repo()
  try {
    const good = HEADER + entry(ALICE, 'alice')
    r.commitAs({ 'members.yaml': good }, 'Add alice', day(1))
    const broken = r.commitAs({ 'members.yaml': good.replace('NodeId: 1001', 'NodeId: x') }, 'Break it', day(2))
    const still = r.commitAs({ 'members.yaml': good.replace('NodeId: 1001', 'NodeId: y') }, 'Still broken', day(3))
    const fixed = r.commitAs({ 'members.yaml': good }, 'Fix it', day(4))
    r.commitAs({ 'members.yaml': `# fine\n${good}` }, 'Comment', day(5))
    const h = await walkHistory({ cwd: r.work, file: 'members.yaml' })
    expect(h.records.map((x) => [x.subject, x.error !== undefined, x.restored ?? false])).toEqual([
      ['Add alice', false, false],
      ['Break it', true, false],
      ['Still broken', true, false],
      ['Fix it', false, true]
    ])
    expect(h.records.slice(1, 3).map((x) => x.commit)).toEqual([broken, still])
    expect(h.records[3]!.commit).toBe(fixed)
    expect(parseCsv(csv(h)).map((row) => row[5])).toEqual(['change', 'added', 'unparseable', 'unparseable', 'restored'])
  } finally {
    r.cleanup()
  }
})
