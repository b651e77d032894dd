// The command-line tool, run as a user runs it: the bundled dist/cli/index.js in a real git checkout.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './support/action-runner.js'
import { TencentCloudEmulator } from './support/emulator.js'
import { Repo } from './support/git-repo.js'
import { membersYaml } from './support/members.js'

const CLI = join(ROOT, 'dist', 'cli', 'index.js')
let repo: Repo

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [CLI, ...args], { cwd: repo.work }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code) : 0, stdout, stderr })
    })
  })
}

/** The tool with only PATH and `env` in its environment: no credentials but those given. */
function cliWith(env: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [CLI, ...args], { cwd: repo.work, env: { PATH: process.env.PATH ?? '', ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code) : 0, stdout, stderr })
    })
  })
}

beforeAll(() => {
  repo = new Repo()
  repo.commit({ 'members.yaml': membersYaml(2) }, 'Two members')
  repo.commit({ 'members.yaml': membersYaml(3), 'bad.yaml': membersYaml(2).replace('NodeId: 1001', 'NodeId: 1.5').replace('Name: member-1', 'Nmae: member-1') }, 'A third')
})
afterAll(() => repo.cleanup())

describe('tencent-org-members (command line)', () => {
  test('validate: a valid file exits 0', async () => {
    const run = await cli('validate', 'members.yaml')
    expect(run).toEqual({ code: 0, stdout: 'members.yaml: valid, 3 entries.\n', stderr: '' })
  })

  test('validate: errors print as file:line:col: error: message and exit 1', async () => {
    const run = await cli('validate', 'bad.yaml')
    expect(run.code).toBe(1)
    expect(run.stdout.trim().split('\n')).toEqual([
      'bad.yaml:7:13: error: NodeId must be an integer, got the number 1.5.',
      'bad.yaml:9:5: error: Unknown key "Nmae". Did you mean "Name"? Known keys: MemberUin, Name, NodeId, PolicyType, PermissionIds, PayUin, Remark, IsAllowQuit, RelationAuthName, AuthFile, Tags, Node.'
    ])
    expect(run.stderr).toBe('bad.yaml: 2 errors.\n')
  })

  test('plan --base shows what merging would invite', async () => {
    const run = await cli('plan', '--base', 'HEAD~1', 'members.yaml')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('+ 200000000003 member-2 (line 11): will be invited')
    expect(run.stdout).toMatch(/members\.yaml: 1 added, 0 changed, 0 removed, 2 unchanged \(against [0-9a-f]{12}\)\./)
  })

  test('plan --format json gives the plan as the action outputs it', async () => {
    const run = await cli('plan', '--base', 'HEAD~1', '--format', 'json')
    expect(run.code).toBe(0)
    const json = JSON.parse(run.stdout)
    expect(json.ok).toBe(true)
    expect(json.plan.added).toEqual([{ MemberUin: 200000000003, Name: 'member-2', line: 11 }])
  })

  test('plan refuses more added entries than --max-invites, as the action does', async () => {
    const run = await cli('plan', '--base', 'HEAD~1', '--max-invites', '0')
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('members.yaml:11:1: error: The plan adds 1 members, more than max-invites (0)')
  })

  test('schema prints the committed JSON Schema', async () => {
    const run = await cli('schema')
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(readFileSync(join(ROOT, 'schema', 'members.schema.json'), 'utf8')))
  })

  test('a usage error exits 2 with the usage', async () => {
    const run = await cli('destroy')
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('Usage: tencent-org-members <command>')
    expect((await cli('validate', '--base', 'HEAD')).code).toBe(2)
    expect((await cli('--bogus')).code).toBe(2)
  })

  test('a missing file is an error, not a crash', async () => {
    const run = await cli('validate', 'nope.yaml')
    // Issue 23: it said "cannot read the file." and not why; now it says why (this assertion held the old text).
    expect(run).toEqual({ code: 1, stdout: '', stderr: `nope.yaml: error: cannot read the file: not found (no such file in ${repo.work}).\n` })
  })

  test('a file that cannot be read says why: a directory, a symbolic link', async () => {
    mkdirSync(join(repo.work, 'folder.yaml'), { recursive: true })
    expect(await cli('validate', 'folder.yaml')).toEqual({ code: 1, stdout: '', stderr: 'folder.yaml: error: cannot read the file: it is a directory, not a file.\n' })
    symlinkSync(join(repo.work, 'members.yaml'), join(repo.work, 'link.yaml'))
    const link = await cli('validate', 'link.yaml')
    expect(link.code).toBe(1)
    expect(link.stderr).toBe(
      'link.yaml: error: cannot read the file: it is a symbolic link; the members file must be a regular file, as the action reads it: name the file the link points to.\n'
    )
  })

  test('one entry is "1 entry"', async () => {
    writeFileSync(join(repo.work, 'one.yaml'), membersYaml(1))
    // Issue 23: it said "valid, 1 entries".
    expect(await cli('validate', 'one.yaml')).toEqual({ code: 0, stdout: 'one.yaml: valid, 1 entry.\n', stderr: '' })
  })

  test('--version prints the version of package.json', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
    expect(await cli('--version')).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' })
    expect(await cli('-v')).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' })
  })

  test('every usage error says why, before the usage', async () => {
    const why = async (...args: string[]) => {
      const run = await cliWith({}, ...args)
      expect(run.code).toBe(2)
      expect(run.stdout).toBe('')
      const [reason, rest] = run.stderr.split('\n\n', 2)
      expect(rest).toMatch(/^Usage: tencent-org-members <command>/)
      return reason
    }
    expect(await why()).toBe('No command given.')
    expect(await why('destroy')).toBe('Unknown command "destroy": it is not one of validate, plan, drift, audit, schema, import, review.')
    expect(await why('plan', '--format', 'yaml')).toBe('--format yaml is not one of text, json, markdown (the formats of plan).')
    expect(await why('audit', '--format', 'xml')).toBe('--format xml is not one of text, markdown, csv, json (the formats of audit).')
    expect(await why('validate', 'a.yaml', 'b.yaml')).toBe('validate takes one file, but was given 2: "a.yaml", "b.yaml".')
    expect(await why('schema', 'x')).toBe('schema takes no file, but was given "x".')
    expect(await why('validate', '--base', 'HEAD')).toBe('--base goes with plan, not validate.')
    expect(await why('validate', '--endpoint', 'example.com')).toBe('--endpoint goes with plan, drift, import and review, not validate.')
    expect(await why('plan', '--fail-on-drift')).toBe('--fail-on-drift goes with drift, not plan.')
    expect(await why('review', '--format', 'text')).toBe('--format text is not one of markdown, json, csv (the formats of review).')
    expect(await why('review', '--sensitive-permissions', '3,11')).toContain('--sensitive-permissions holds "11", which is not a PermissionId')
    expect(await why('plan', '--max-invites', 'many')).toBe('--max-invites "many" is not a whole number.')
    expect(await why('plan', '--reconcile', 'some')).toBe('--reconcile some is not one of none, changes, all.')
    expect(await why('plan', '--protected-members', '12,abc')).toBe('--protected-members holds "abc", which is not a UIN: give UINs separated by commas.')
    expect(await why('plan', '--endpoint', 'ftp://example.com')).toBe('--endpoint "ftp://example.com" must use https:// or http://, not ftp://.')
    expect(await why('--bogus')).toMatch(/^Unknown option '--bogus'/)
  })

  test('plan --format markdown prints the summary the action writes', async () => {
    const run = await cliWith({}, 'plan', '--base', 'HEAD~1', '--format', 'markdown')
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    expect(run.stdout).toMatch(/^## Tencent Cloud organization members: plan\n\n\*\*3\*\* entries in `members\.yaml` · \*\*1\*\* added/)
    expect(run.stdout).toContain('### Added (1): to be invited on merge')
    expect(run.stdout).toContain('| 200000000003 | member-2 | 1001 | 1, 2 | 11 |  |')
    expect(run.stdout).toContain('> No credentials in the environment (TENCENTCLOUD\\_SECRET\\_ID, TENCENTCLOUD\\_SECRET\\_KEY)')
  })

  test('validate --format markdown: an invalid file as the summary lists it, exit 1', async () => {
    const run = await cliWith({}, 'validate', 'bad.yaml', '--format', 'markdown')
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('**bad.yaml is invalid**: 2 errors; nothing was sent.')
    expect(run.stderr).toBe('bad.yaml: error: bad.yaml has 2 errors; nothing was sent.\n')
  })

  test('drift needs credentials, and says which', async () => {
    expect(await cliWith({}, 'drift')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'drift reads the organization: set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (and TENCENTCLOUD_SESSION_TOKEN for temporary credentials).\n'
    })
    const plan = await cliWith({}, 'plan', '--endpoint', 'example.com')
    expect(plan.code).toBe(2)
    expect(plan.stderr).toContain('--endpoint is where plan reads the organization, which needs credentials')
  })
})

describe('tencent-org-members against the organization (the emulator)', () => {
  let emulator: TencentCloudEmulator
  beforeAll(async () => {
    emulator = await TencentCloudEmulator.start({ defaultIsAllowQuit: 'Allow' })
    // member-0 renamed in the console: drift, and the write reconcile would send back.
    emulator.addMember({ MemberUin: 200000000001, Name: 'member-zero', NodeId: 1001 })
    emulator.addMember({ MemberUin: 200000000002, Name: 'member-1', NodeId: 1002 })
    emulator.addMember({ MemberUin: 200000000099, Name: 'Eve \u001b[2J\u001b[31mred', NodeId: 1001 })
  })
  afterAll(() => emulator.close())
  const secrets = () => ({ TENCENTCLOUD_SECRET_ID: emulator.secretId, TENCENTCLOUD_SECRET_KEY: emulator.secretKey })

  test('plan reads it: drift and undeclared members in text, terminal-safe, and no write', async () => {
    const run = await cliWith(secrets(), 'plan', '--base', 'HEAD~1', '--endpoint', emulator.url, '--reconcile', 'all')
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    const lines = run.stdout.trim().split('\n')
    expect(lines).toContain('+ 200000000003 member-2 (line 11): will be invited')
    expect(lines).toContain('organization: 3 nodes, 3 members (read in 3 calls): 1 update, 1 undeclared, 1 invite, 1 in-sync.')
    expect(lines).toContain(
      '? 200000000099 Eve \\u001b[2J\\u001b[31mred: a member of the organization that members.yaml does not declare; left alone (tencent-org-members import writes an entry for it)'
    )
    expect(lines).toContain('reconcile (all): 1 write apply would send on merge; this tool sends none.')
    expect(lines).toContain('write: update 200000000001 member-0 (line 5): Name: "member-zero" → "member-0" · UpdateOrganizationMember')
    expect(run.stdout).not.toContain('\u001b')
    expect(emulator.writes).toEqual([])
    expect(emulator.invitations).toEqual([])
  })

  test("plan --format json carries the organization, every state and the writes, as the action's plan output", async () => {
    const run = await cliWith(secrets(), 'plan', '--base', 'HEAD~1', '--endpoint', emulator.url, '--reconcile', 'changes', '--format', 'json')
    expect(run.code).toBe(0)
    const json = JSON.parse(run.stdout)
    expect(json.organization).toEqual({ nodes: 3, members: 3, calls: 3 })
    expect(json.plan.undeclared).toEqual([{ MemberUin: 200000000099, Name: 'Eve \u001b[2J\u001b[31mred' }])
    expect(json.plan.writes).toEqual([
      { action: 'update', MemberUin: 200000000001, Name: 'member-0', line: 5, changes: [{ field: 'Name', before: 'member-zero', after: 'member-0' }] }
    ])
  })

  test('drift compares the whole file; a large one is validated in a worker of the tool', async () => {
    // Over 64 KB: drift validates it aside (manifest/validation-worker.ts), in a worker of dist/cli/index.js. Were the
    // worker to run the command line instead, it would print its usage on stderr (and the file be validated here).
    writeFileSync(join(repo.work, 'large.yaml'), membersYaml(1200))
    const run = await cliWith(secrets(), 'drift', 'large.yaml', '--endpoint', emulator.url, '--format', 'json')
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const json = JSON.parse(run.stdout)
    expect(json.ok).toBe(true)
    // 1,200 declared: member-0 renamed, member-1 in sync, 200000000099 named Eve there; the rest not members.
    expect(json.drift.filter((d: { state: string }) => d.state === 'pending')).toHaveLength(1197)
    const failing = await cliWith(secrets(), 'drift', '--endpoint', emulator.url, '--fail-on-drift')
    expect(failing.code).toBe(1)
    expect(failing.stdout.trim().split('\n').pop()).toBe('members.yaml and the organization differ: 3 MemberUins.')
  })

  test('review: the same review as the action, from HEAD, approvals said not read; files and digest with --output-dir', async () => {
    const run = await cliWith(secrets(), 'review', '--endpoint', emulator.url, '--format', 'json')
    expect(run.code).toBe(0)
    const review = JSON.parse(run.stdout) as {
      file: { commit: string }
      rows: Array<{ MemberUin: number; flags: string[]; node: { provenance?: { approval: string; approvalUnknown?: string } } }>
    }
    expect(review.file.commit).toBe(repo.head())
    // member-0 (renamed in the console: in the file, not drift in a reviewed field), member-1, the one not in the file, member-2 pending.
    expect(review.rows.map((r) => r.MemberUin).sort()).toEqual([200000000001, 200000000002, 200000000003, 200000000099])
    expect(review.rows.find((r) => r.MemberUin === 200000000099)!.flags).toContain('not-in-file')
    // Both commits name no pull request: taken as direct pushes, flagged, never guessed approved.
    expect(review.rows.find((r) => r.MemberUin === 200000000001)!.node.provenance).toMatchObject({ approval: 'unapproved' })
    const digest = /SHA-256 of the JSON: ([0-9a-f]{64})\./.exec(run.stderr)![1]
    // The bytes printed are the bytes digested: a reviewer can check the digest with sha256sum.
    expect(createHash('sha256').update(run.stdout).digest('hex')).toBe(digest)
    expect(emulator.writes).toEqual([])

    const written = await cliWith(secrets(), 'review', '--endpoint', emulator.url, '--output-dir', 'reviews')
    expect(written.code).toBe(0)
    const day = new Date().toISOString().slice(0, 10)
    expect(readFileSync(join(repo.work, 'reviews', `${day}.json`), 'utf8')).toBe(run.stdout)
    expect(readFileSync(join(repo.work, 'reviews', `${day}.md`), 'utf8')).toContain(`# Access review ${day}`)
    expect(readFileSync(join(repo.work, 'reviews', `${day}.csv`), 'utf8').split('\r\n')[0]).toMatch(/^MemberUin,Name,state,/)
  })

  test('review refuses a file that differs from HEAD, and needs credentials', async () => {
    const original = readFileSync(join(repo.work, 'members.yaml'), 'utf8')
    writeFileSync(join(repo.work, 'members.yaml'), original + '# edited\n')
    try {
      const edited = await cliWith(secrets(), 'review', '--endpoint', emulator.url)
      expect(edited.code).toBe(1)
      expect(edited.stderr).toContain('members.yaml: error: the file differs from HEAD')
    } finally {
      writeFileSync(join(repo.work, 'members.yaml'), original)
    }
    // A folder in the checkout that is a link (a pull request may plant one) is not written through.
    mkdirSync(join(repo.work, 'elsewhere'))
    symlinkSync(join(repo.work, 'elsewhere'), join(repo.work, 'linked-reviews'))
    const linked = await cliWith(secrets(), 'review', '--endpoint', emulator.url, '--output-dir', 'linked-reviews')
    expect(linked.code).toBe(1)
    expect(linked.stderr).toContain('linked-reviews: error: cannot write the review')
    expect(readdirSync(join(repo.work, 'elsewhere'))).toEqual([])
    const noPrevious = await cliWith(secrets(), 'review', '--endpoint', emulator.url, '--previous', 'reviews/none.json')
    expect(noPrevious.code).toBe(1)
    expect(noPrevious.stderr).toContain('reviews/none.json: error: cannot read the last review: ENOENT.')
    const bare = await cliWith({}, 'review')
    expect(bare.code).toBe(2)
    expect(bare.stderr).toContain('review reads the organization: set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY')
  })
})

describe('tencent-org-members audit', () => {
  test('prints the history as CSV, oldest first', async () => {
    const run = await cli('audit', 'members.yaml', '--format', 'csv')
    expect(run.code).toBe(0)
    const rows = run.stdout.trim().split('\r\n')
    // The record gained approvals (issue 21): six columns after the ten it had, which the tool (git alone) does not read.
    expect(rows[0]).toBe('commit,date,author,committer,pr,change,MemberUin,Name,fields,error,approvals,pr_author,approvers,merged_by,merged_at,flags')
    expect(rows.slice(1).every((r) => r.includes(',not read: the command-line tool reads git alone'))).toBe(true)
    expect(rows.slice(1).map((r) => r.split(',').slice(5, 8).join(' '))).toEqual(['added 200000000001 member-0', 'added 200000000002 member-1', 'added 200000000003 member-2'])
  })

  test('--format text prints one plain line per change, no Markdown', async () => {
    const run = await cli('audit', '--format', 'text')
    expect(run.code).toBe(0)
    const lines = run.stdout.trim().split('\n')
    expect(lines[0]).toMatch(/^Membership history of members\.yaml: 2 commits up to [0-9a-f]{12} changed the membership\.$/)
    expect(lines.slice(1).map((l) => l.replace(/^\S+ [0-9a-f]{12} /, ''))).toEqual([
      'Ada Admin: added 200000000001 member-0',
      'Ada Admin: added 200000000002 member-1',
      'Ada Admin: added 200000000003 member-2'
    ])
    expect(run.stdout).not.toMatch(/[|#`*]/)
  })

  test('--from and --to limit the range', async () => {
    const run = await cli('audit', '--from', 'HEAD~1', '--to', 'HEAD', '--format', 'json')
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout).records.map((r: { added: Array<{ Name: string }> }) => r.added.map((a) => a.Name))).toEqual([['member-2']])
  })
})
