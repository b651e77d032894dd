// GitHub's local runner for actions (@github/local-action, `npm run local-action`) works by standing in for
// @actions/core. These runs show that the action speaks through it: the outputs, the annotations and the job summary
// reach local-action, not only stdout. It runs the TypeScript sources (src/action.ts) with tsx; nothing leaves the
// machine.
import { afterAll, describe, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from './support/action-runner.js'
import { localActionCommand } from './support/local-action.js'
import { membersYaml } from './support/members.js'

const dirs: string[] = []
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

interface LocalRun {
  code: number
  stdout: string
  stderr: string
  summary: string
}

/** One local-action run in a fresh workspace holding `file` as members.yaml, with `inputs` in its .env file. */
async function localAction(file: string, inputs: Record<string, string>): Promise<LocalRun> {
  const dir = mkdtempSync(join(tmpdir(), 'local-action-'))
  dirs.push(dir)
  writeFileSync(join(dir, 'members.yaml'), file)
  const summary = join(dir, 'summary.md')
  const dotenv = { ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])), GITHUB_WORKSPACE: dir, GITHUB_STEP_SUMMARY: summary }
  const envFile = join(dir, '.env')
  writeFileSync(
    envFile,
    Object.entries(dotenv)
      .map(([k, v]) => `${k}=${JSON.stringify(v)}\n`)
      .join('')
  )
  const command = localActionCommand(envFile)
  // Only what a shell on a laptop would have: nothing of a CI runner's GITHUB_* may leak in.
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir, FORCE_COLOR: '0', ...command.env }
  const child = spawn(command.file, command.args, { cwd: ROOT, env })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (c) => resolve(c ?? -1))
  })
  let text = ''
  try {
    text = readFileSync(summary, 'utf8')
  } catch {
    // no summary written: the assertions below say so
  }
  return { code, stdout, stderr, summary: text }
}

/** The rows of local-action's "Action Outputs" table: name -> value as it prints them. */
function outputsTable(stdout: string): Record<string, string> {
  const section = stdout.slice(stdout.indexOf('Action Outputs'))
  const rows: Record<string, string> = {}
  for (const m of section.matchAll(/│\s*\d+\s*│\s*'([^']+)'\s*│\s*'(.*)'\s*│/g)) rows[m[1]!] = m[2]!
  return rows
}

describe('@github/local-action runs the action and sees what it reports', () => {
  test('validate: the log line, the outputs and the job summary', async () => {
    const run = await localAction(membersYaml(3), { mode: 'validate' })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('members.yaml is valid: 3 entries.')
    expect(run.stdout).not.toContain('No outputs were set!')
    expect(outputsTable(run.stdout)).toEqual({ results: '[]', invited: '0', failed: '0' })
    expect(run.summary).toContain('## Tencent Cloud organization members: validate')
    expect(run.summary).toContain('**3** entries in `members.yaml`')
  }, 180_000)

  test('a file with a mistake: the annotation on its line, and the failure', async () => {
    const file = membersYaml(2) + '  - MemberUin: not-a-number\n    Name: member-2\n    NodeId: 1001\n'
    const run = await localAction(file, { mode: 'validate' })
    expect(run.code).toBe(0) // local-action records setFailed; it does not end its own process with it
    expect(run.stdout).toContain('::error title=Wrong type,file=members.yaml,line=11,endLine=11,col=16,endColumn=28::MemberUin must be an integer, got the string "not-a-number".')
    expect(run.stdout).toContain('::error::members.yaml has 1 error; nothing was sent.')
    expect(outputsTable(run.stdout)).toEqual({ results: '[]', invited: '0', failed: '0' })
    expect(run.summary).toContain('**members.yaml is invalid**: 1 error; nothing was sent.')
  }, 180_000)
})
