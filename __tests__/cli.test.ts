// The command-line tool, run as a user runs it: the bundled dist/cli/index.js in a real git checkout.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './support/action-runner.js'
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
    expect(run).toEqual({ code: 1, stdout: '', stderr: 'nope.yaml: error: cannot read the file.\n' })
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

  test('--from and --to limit the range', async () => {
    const run = await cli('audit', '--from', 'HEAD~1', '--to', 'HEAD', '--format', 'json')
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout).records.map((r: { added: Array<{ Name: string }> }) => r.added.map((a) => a.Name))).toEqual([['member-2']])
  })
})
