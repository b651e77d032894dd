// The action speaks the runner's protocol itself (src/workflow-commands.ts) to keep @actions/core's HTTP client
// out of start-up. @actions/core is the reference: every call must write exactly what it writes.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import * as reference from '@actions/core'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as ours from '../src/workflow-commands.js'

type Api = Pick<typeof ours, 'info' | 'debug' | 'setSecret' | 'error' | 'warning' | 'notice' | 'setFailed' | 'setOutput' | 'getInput'>

const env = { ...process.env }
let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'commands-'))
})
afterEach(() => {
  process.env = { ...env }
  process.exitCode = 0
})

function capture(run: () => void): string {
  const write = process.stdout.write.bind(process.stdout)
  let out = ''
  process.stdout.write = ((chunk: string | Uint8Array) => {
    out += chunk.toString()
    return true
  }) as typeof process.stdout.write
  try {
    run()
  } finally {
    process.stdout.write = write
  }
  return out
}

const awkward = 'line one\nline two\r\n100% done, a:b, c'

function script(api: Api): void {
  api.info(awkward)
  api.debug(awkward)
  api.setSecret('s3cr%t\nkey')
  api.error(awkward)
  api.error(awkward, { title: 'Wrong type: 1,2', file: 'dir/members.yaml', startLine: 7, startColumn: 5 })
  api.warning('changed', { title: 'Change not applied', file: 'members.yaml', startLine: 12, endLine: 14 })
  api.notice('fifteen errors', { title: 'Many', file: 'members.yaml', startLine: 3, startColumn: 1, endColumn: 9 })
  api.setFailed('the run failed: 100%')
}

describe('workflow commands, against @actions/core', () => {
  test('log lines, masks and annotations are byte for byte the same', () => {
    const theirs = capture(() => script(reference as unknown as Api))
    const mine = capture(() => script(ours))
    expect(mine).toBe(theirs)
    expect(mine).toContain('::error title=Wrong type%3A 1%2C2,file=dir/members.yaml,line=7,col=5::line one%0Aline two%0D%0A100%25 done, a:b, c')
    expect(process.exitCode).toBe(1)
  })

  test('outputs in GITHUB_OUTPUT are the same but for the random delimiter', () => {
    const write = (api: Api): string => {
      const file = join(dir, `out-${Math.random()}`)
      writeFileSync(file, '')
      process.env.GITHUB_OUTPUT = file
      api.setOutput('plan', JSON.stringify({ added: [{ Name: 'a\nb' }] }))
      api.setOutput('invited', 2 as never)
      return readFileSync(file, 'utf8').replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIMITER')
    }
    expect(write(ours)).toBe(write(reference as unknown as Api))
    expect(write(ours)).toBe('plan<<DELIMITER\n{"added":[{"Name":"a\\nb"}]}\nDELIMITER\ninvited<<DELIMITER\n2\nDELIMITER\n')
  })

  test('inputs are read and trimmed the same way', () => {
    process.env['INPUT_SECRET-ID'] = '  AKID  '
    process.env.INPUT_MAX_INVITES = '7'
    for (const name of ['secret-id', 'max invites', 'absent']) expect(ours.getInput(name)).toBe(reference.getInput(name))
    expect(ours.getInput('secret-id')).toBe('AKID')
  })

  test('the job summary is appended to GITHUB_STEP_SUMMARY, and is skipped without one', () => {
    const file = join(dir, 'summary.md')
    writeFileSync(file, '# before\n')
    process.env.GITHUB_STEP_SUMMARY = file
    expect(ours.appendSummary('## plan\n')).toBe(true)
    expect(readFileSync(file, 'utf8')).toBe('# before\n## plan\n')
    delete process.env.GITHUB_STEP_SUMMARY
    expect(ours.appendSummary('## plan\n')).toBe(false)
  })
})
