// Access review, end to end: the bundle as a runner runs it, real git history, the emulator. Who holds what, which
// change granted it, the flags, the files and their digest, and what changed since the last review.
import { afterAll, afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runAction, type ActionRun } from './support/action-runner.js'
import { TencentCloudEmulator } from './support/emulator.js'
import { Repo } from './support/git-repo.js'
import { html } from './support/markdown.js'
import { FakeGitHub } from './support/fake-github.js'
import { PullFlow } from './support/pull-flow.js'

let emulator: TencentCloudEmulator
let repo: Repo
beforeEach(async () => {
  emulator = await TencentCloudEmulator.start()
  repo?.cleanup()
  repo = new Repo()
})
afterEach(async () => {
  await emulator.close()
})
afterAll(() => repo?.cleanup())

const UIN = 750000000001
const DEFAULTS = 'defaults:\n  PolicyType: Financial\n  PermissionIds: [1, 2]\n'
const entry = (i: number, extra = '') => `  - MemberUin: ${UIN + i}\n    Name: m${i}\n    NodeId: 1001\n${extra}`
const today = () => new Date().toISOString().slice(0, 10)

function runReview(inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    workspace: repo.work,
    eventName: 'workflow_dispatch',
    payload: { repository: { full_name: 'acme/org-members', default_branch: 'main' } },
    sha: repo.head(),
    ref: 'refs/heads/main',
    inputs: { mode: 'review', 'secret-id': emulator.secretId, 'secret-key': emulator.secretKey, endpoint: emulator.url, ...inputs }
  })
}

type Row = {
  MemberUin: number
  state: string
  flags: string[]
  permissions: { value: Array<{ id: number; name: string }>; file?: number[]; provenance?: { pr: number | null; approval: string; subject: string } }
}
const rows = (run: ActionRun) => (JSON.parse(run.outputs.review!) as { rows: Row[] }).rows
const row = (run: ActionRun, i: number) => rows(run).find((r) => r.MemberUin === UIN + i)!

describe('mode review', () => {
  test('who holds what, where each fact came from, the flags, the files and their digest', async () => {
    // m0: added by a merged pull request (its merge commit names it), holds a sensitive permission (7).
    // m1: added by a direct push. m2: declared, never joined (pending). m3: a console grant of 3 the file does not hold.
    // m9: a member the file never declared.
    repo.commit({ 'members.yaml': DEFAULTS + 'members:\n' + entry(1) + entry(3) }, 'Direct push: m1 and m3')
    repo.checkout('add-m0', true)
    repo.commitOnly({ 'members.yaml': DEFAULTS + 'members:\n' + entry(0, '    PermissionIds: [1, 2, 7]\n    PayUin: "750000000002"\n') + entry(1) + entry(3) }, 'Add m0')
    repo.checkout('main')
    repo.merge('add-m0', 'Merge pull request #12 from acme/add-m0')
    repo.commitOnly({ 'members.yaml': readFileSync(join(repo.work, 'members.yaml'), 'utf8') + entry(2) }, 'Declare m2')
    repo.push()
    emulator.addMember({ MemberUin: UIN, Name: 'm0', NodeId: 1001, PermissionIds: [1, 2, 7], PolicyType: 'Financial', PayUin: '750000000002' })
    emulator.addMember({ MemberUin: UIN + 1, Name: 'm1', NodeId: 1001, PermissionIds: [1, 2], PolicyType: 'Financial' })
    emulator.addMember({ MemberUin: UIN + 3, Name: 'm3', NodeId: 1001, PermissionIds: [1, 2, 3], PolicyType: 'Financial' })
    emulator.addMember({ MemberUin: UIN + 8, Name: 'm9', NodeId: 1002, PermissionIds: [1, 2], PolicyType: 'Financial' })
    const run = await runReview()
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    // Sensitive first, then the other flagged, each by node path (engineering before finance) and MemberUin.
    expect(rows(run).map((r) => [r.MemberUin - UIN, r.state, r.flags])).toEqual([
      [0, 'member', ['sensitive']],
      [3, 'member', ['sensitive', 'unapproved', 'drift']],
      [8, 'member', ['unapproved', 'not-in-file']],
      [1, 'member', ['unapproved']],
      [2, 'pending', ['unapproved', 'pending-since']]
    ])
    // m0 was granted by the merge of #12 (without a github-token its approvals are not read: said, not guessed).
    expect(row(run, 0).permissions.provenance).toMatchObject({ pr: 12, subject: 'Merge pull request #12 from acme/add-m0', approval: 'unknown' })
    // m1's entry came by a direct push: unapproved, whatever GitHub says.
    expect(row(run, 1).permissions.provenance).toMatchObject({ pr: null, approval: 'unapproved' })
    // m3: the console granted 3; the file holds [1, 2].
    expect(row(run, 3).permissions).toMatchObject({
      value: [
        { id: 1, name: 'view bills' },
        { id: 2, name: 'view balance' },
        { id: 3, name: 'transfer funds' }
      ],
      file: [1, 2]
    })
    // The files, and the digest of the JSON in the output and the summary.
    const base = join(repo.work, 'access-reviews', today())
    const json = readFileSync(`${base}.json`, 'utf8')
    expect(json).toBe(run.outputs.review!)
    const digest = createHash('sha256').update(json).digest('hex')
    expect(run.outputs['review-digest']).toBe(digest)
    expect(run.summary).toContain(`SHA-256 of the JSON: \`${digest}\``)
    const csv = readFileSync(`${base}.csv`, 'utf8').split('\r\n')
    expect(csv[0]).toBe('MemberUin,Name,state,node,permissions,PayUin,IsAllowQuit,Tags,since,flags,granted by commit,granted on,pull request,author,approvers,approval,source')
    expect(csv).toHaveLength(7)
    const md = readFileSync(`${base}.md`, 'utf8')
    expect(md).toContain(`# Access review ${today()}`)
    expect(md).toContain('Reviewed by: ______')
    expect(html(md)).toContain('<table>')
  })

  test('two runs over the same state give the same digest; a second review lists exactly what changed', async () => {
    repo.commit({ 'members.yaml': DEFAULTS + 'members:\n' + entry(0) + entry(1) }, 'Two')
    emulator.addMember({ MemberUin: UIN, Name: 'm0', NodeId: 1001, PermissionIds: [1, 2], PolicyType: 'Financial' })
    emulator.addMember({ MemberUin: UIN + 1, Name: 'm1', NodeId: 1001, PermissionIds: [1, 2], PolicyType: 'Financial' })
    const first = await runReview()
    const again = await runReview()
    expect(again.outputs['review-digest']).toBe(first.outputs['review-digest'])
    // The first review committed as the record; then access changes: m1 leaves (and the file lets it go), m0 gains 8
    // in the console, m2 joins from outside the file.
    repo.commit({ [`reviews/first.json`]: first.outputs.review!, 'members.yaml': DEFAULTS + 'members:\n' + entry(0) }, 'Record the review; m1 leaves')
    emulator.removeMember(UIN + 1)
    emulator.editMember(UIN, { PermissionIds: [1, 2, 8] })
    emulator.addMember({ MemberUin: UIN + 2, Name: 'm2', NodeId: 1002, PermissionIds: [1, 2], PolicyType: 'Financial' })
    const second = await runReview({ 'previous-review': 'reviews/first.json' })
    expect(second.code).toBe(0)
    const since = (JSON.parse(second.outputs.review!) as { since: { date: string; digest: string; changes: unknown[] } }).since
    expect(since.digest).toBe(first.outputs['review-digest'])
    expect(since.changes).toEqual([
      { MemberUin: UIN, Name: 'm0', change: 'changed', fields: ['permissions'] },
      { MemberUin: UIN + 1, Name: 'm1', change: 'removed', fields: [] },
      { MemberUin: UIN + 2, Name: 'm2', change: 'added', fields: [] }
    ])
    expect(second.summary).toContain(`## Since the review of ${today()}`)
  })

  test('a shallow clone says the provenance is unknown, rather than guessing', async () => {
    repo.commit({ 'members.yaml': DEFAULTS + 'members:\n' + entry(0) }, 'One')
    emulator.addMember({ MemberUin: UIN, Name: 'm0', NodeId: 1001, PermissionIds: [1, 2], PolicyType: 'Financial' })
    const shallow = repo.shallowClone()
    const run = await runAction({
      workspace: shallow,
      eventName: 'workflow_dispatch',
      payload: {},
      sha: repo.head(),
      ref: 'refs/heads/main',
      inputs: { mode: 'review', 'secret-id': emulator.secretId, 'secret-key': emulator.secretKey, endpoint: emulator.url }
    })
    expect(run.code).toBe(0)
    const r = (JSON.parse(run.outputs.review!) as { rows: Array<{ permissions: { provenanceUnknown?: string } }> }).rows[0]!
    expect(r.permissions.provenanceUnknown).toContain('the clone is shallow')
  })

  test('a member added through an approved pull request names its approvers; a direct push titled with a number borrows nothing', async () => {
    const github = await FakeGitHub.start()
    try {
      const flow = new PullFlow(repo, github)
      repo.commit({ 'members.yaml': DEFAULTS + 'members:\n' + entry(1) }, 'Start')
      const own = '    PermissionIds: [1, 2, 8]\n' // its own line, so the grant's provenance is this change, not the defaults'
      flow.open(21, { 'members.yaml': DEFAULTS + 'members:\n' + entry(0, own) + entry(1) }, { author: 'dev' })
      github.pulls.review(21, 'bob', 'APPROVED')
      github.pulls.review(21, 'dev', 'APPROVED') // the author's own approval never counts
      flow.merge(21, 'squash')
      // A direct push whose subject claims pull request #21: GitHub knows no pull request merged it.
      repo.checkout('main')
      repo.commit({ 'members.yaml': DEFAULTS + 'members:\n' + entry(0, own) + entry(1) + entry(2, own) }, 'Add m2 (#21)')
      for (const i of [0, 1, 2]) emulator.addMember({ MemberUin: UIN + i, Name: `m${i}`, NodeId: 1001, PermissionIds: i === 1 ? [1, 2] : [1, 2, 8], PolicyType: 'Financial' })
      const run = await runAction({
        workspace: repo.work,
        eventName: 'workflow_dispatch',
        payload: { repository: { full_name: 'acme/org-members', default_branch: 'main' } },
        sha: repo.head(),
        ref: 'refs/heads/main',
        inputs: { mode: 'review', 'secret-id': emulator.secretId, 'secret-key': emulator.secretKey, endpoint: emulator.url, 'github-token': github.token },
        env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'acme/org-members' }
      })
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      const provenance = (i: number) => (row(run, i) as unknown as { permissions: { provenance: Record<string, unknown> } }).permissions.provenance
      expect(provenance(0)).toMatchObject({ pr: 21, approval: 'approved', approvers: [{ login: 'bob', onFinalHead: true, at: expect.any(String) }] })
      expect(row(run, 0).flags).toEqual([])
      expect(provenance(2)).toMatchObject({ pr: null, approval: 'unapproved', approvers: [] })
      expect(row(run, 2).flags).toContain('unapproved')
      // m1 came with the first commit, which no pull request merged.
      expect(provenance(1)).toMatchObject({ pr: null, approval: 'unapproved' })
      // The Markdown a reviewer signs names the approver.
      expect(readFileSync(join(repo.work, 'access-reviews', `${today()}.md`), 'utf8')).toContain('bob')
    } finally {
      await github.close()
    }
  })

  test("each page of members starts its tags' read as it arrives, not after the last page", async () => {
    repo.commit({ 'members.yaml': DEFAULTS + 'members:\n' + entry(0) }, 'One')
    for (let i = 0; i < 500; i++) emulator.addMember({ MemberUin: UIN + i, Name: `m${i}`, NodeId: 1001, PermissionIds: [1, 2], PolicyType: 'Financial' })
    const run = await runReview()
    expect(run.code).toBe(0)
    expect(rows(run)).toHaveLength(500)
    const actions = emulator.requests.map((r) => r.action)
    expect(actions.filter((a) => a === 'DescribeOrganizationMembers')).toHaveLength(10)
    // Ten pages paced at 20 a second: the first page's tags are asked for while later pages are still to come.
    expect(actions.indexOf('DescribeResourceTagsByResourceIds')).toBeLessThan(actions.lastIndexOf('DescribeOrganizationMembers'))
  })
})
