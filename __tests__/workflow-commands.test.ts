// The runner's protocol goes through @actions/core (src/workflow-commands.ts). What matters is what the runner
// makes of stdout: text from members.yaml must reach the log as text, never as a command of its own, and every
// command must carry exactly the message and properties it was given. support/runner-log.ts reads stdout as the
// runner does.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as commands from '../src/runner/protocol.js'
import { ROOT } from './support/action-runner.js'
import { FakeIdTokenEndpoint } from './support/fake-id-token.js'
import { readRunnerLog } from './support/runner-log.js'

const env = { ...process.env }
let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'commands-'))
  delete process.env.GITHUB_OUTPUT
  delete process.env.GITHUB_STEP_SUMMARY
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

async function captureAsync(run: () => Promise<void>): Promise<string> {
  const write = process.stdout.write.bind(process.stdout)
  let out = ''
  process.stdout.write = ((chunk: string | Uint8Array) => {
    out += chunk.toString()
    return true
  }) as typeof process.stdout.write
  try {
    await run()
  } finally {
    process.stdout.write = write
  }
  return out
}

/** Text a members.yaml entry could carry into a message, each trying to start a command of its own. */
const hostile = [
  'Ann\n::error::forged',
  'Ann\r::add-mask::forged',
  'Ann\r\n   ::set-output name=invited::99',
  'Ann\n\u0085::warning::forged',
  'Ann\n\t::stop-commands::x\n::error::forged',
  'in the middle ::error:: of a line',
  '100%0A::error::forged%25',
  'Ann ##[error]forged',
  '##[stop-commands]x',
  '##[add-mask]forged ::error::x',
  '::error file=members.yaml,line=1::forged',
  'ends with a break\n',
  '%0D%0A%25%3A%2C'
]

describe('log lines: the runner reads text, never a command, out of any message', () => {
  test.each(hostile)('info(%j)', (message) => {
    const log = readRunnerLog(capture(() => commands.info(message)))
    expect(log.commands).toEqual([])
    expect(log.stoppedAtEnd).toBe(false)
  })

  test('plain text is printed as it is, and text that could be a command is printed whole between stop and resume', () => {
    expect(capture(() => commands.info('members.yaml is valid: 3 entries.'))).toBe('members.yaml is valid: 3 entries.\n')
    const out = capture(() => commands.info('Ann\n::error::forged'))
    expect(out).toMatch(/^::stop-commands::([0-9a-f]{32})\nAnn\n::error::forged\n::\1::\n$/)
    expect(readRunnerLog(out).shielded).toEqual(['Ann', '::error::forged'])
  })

  test('a later command still works after shielded text', () => {
    const log = readRunnerLog(
      capture(() => {
        commands.info('##[stop-commands]x\n::error::forged')
        commands.warning('real')
      })
    )
    expect(log.commands).toEqual([{ command: 'warning', properties: {}, data: 'real' }])
  })
})

describe('commands: one each, carrying exactly the message they were given', () => {
  test.each(hostile)('debug, error, warning, notice and add-mask with %j', (message) => {
    const log = readRunnerLog(
      capture(() => {
        commands.debug(message)
        commands.error(message)
        commands.warning(message)
        commands.notice(message)
        commands.setSecret(message)
      })
    )
    expect(log.commands).toEqual(['debug', 'error', 'warning', 'notice', 'add-mask'].map((command) => ({ command, properties: {}, data: message })))
  })

  test('annotation properties are escaped: a title or a path cannot add, end or change a property', () => {
    const properties = { title: 'Wrong type: 1,2\nline=99', file: 'dir,x/members:%0A.yaml', startLine: 7, endLine: 7, startColumn: 5, endColumn: 9 }
    const log = readRunnerLog(capture(() => commands.error('Ann\n::error::forged', properties)))
    expect(log.commands).toEqual([
      {
        command: 'error',
        properties: { title: 'Wrong type: 1,2\nline=99', file: 'dir,x/members:%0A.yaml', line: '7', endLine: '7', col: '5', endColumn: '9' },
        data: 'Ann\n::error::forged'
      }
    ])
  })

  test('setFailed: one error line, and the step fails', () => {
    const log = readRunnerLog(capture(() => commands.setFailed('the run failed: 100%\n::notice::forged')))
    expect(log.commands).toEqual([{ command: 'error', properties: {}, data: 'the run failed: 100%\n::notice::forged' }])
    expect(process.exitCode).toBe(1)
  })
})

describe('outputs', () => {
  test('go to GITHUB_OUTPUT, one heredoc each, with a delimiter no value holds', () => {
    const file = join(dir, 'output.txt')
    writeFileSync(file, '')
    process.env.GITHUB_OUTPUT = file
    const plan = JSON.stringify({ added: [{ Name: 'a\nb' }] })
    expect(
      capture(() => {
        commands.setOutput('plan', plan)
        commands.setOutput('invited', 2)
      })
    ).toBe('')
    const text = readFileSync(file, 'utf8')
    expect(text.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIMITER')).toBe(`plan<<DELIMITER\n${plan}\nDELIMITER\ninvited<<DELIMITER\n2\nDELIMITER\n`)
  })

  test('without GITHUB_OUTPUT, a set-output command whose value cannot break out of it', () => {
    const value = 'x\n::error::forged'
    const log = readRunnerLog(capture(() => commands.setOutput('plan', value)))
    expect(log.commands).toEqual([{ command: 'set-output', properties: { name: 'plan' }, data: value }])
  })
})

describe('inputs', () => {
  test('are read from INPUT_*, spaces as underscores, and trimmed', () => {
    process.env['INPUT_SECRET-ID'] = '  AKID  '
    process.env.INPUT_MAX_INVITES = '7'
    expect(commands.getInput('secret-id')).toBe('AKID')
    expect(commands.getInput('max invites')).toBe('7')
    expect(commands.getInput('absent')).toBe('')
  })
})

describe('the job summary', () => {
  // core.summary keeps the first path it could use for the rest of the process (a runner never changes it), so the
  // one test below goes from a file that cannot be used to one that can.
  test('goes through core.summary to GITHUB_STEP_SUMMARY in call order; a file it cannot use is a warning', async () => {
    process.env.GITHUB_STEP_SUMMARY = join(dir, 'missing', 'summary.md')
    const out = await captureAsync(async () => {
      expect(commands.appendSummary('## lost\n')).toBe(true)
      await commands.summaryWritten()
    })
    expect(readRunnerLog(out).commands).toEqual([expect.objectContaining({ command: 'warning', data: expect.stringMatching(/^The job summary could not be written: /) })])

    const file = join(dir, 'summary.md')
    writeFileSync(file, '# before\n')
    process.env.GITHUB_STEP_SUMMARY = file
    expect(commands.appendSummary('## plan\n')).toBe(true)
    expect(commands.appendSummary('## results\n')).toBe(true)
    await commands.summaryWritten()
    // The text that could not be written is not carried into the next write.
    expect(readFileSync(file, 'utf8')).toBe('# before\n## plan\n## results\n')
  })

  test('is skipped without GITHUB_STEP_SUMMARY (a local run): false, and nothing thrown', () => {
    expect(commands.appendSummary('## plan\n')).toBe(false)
  })
})

// @actions/core 3 imports its OIDC client (with @actions/http-client and undici, about 1 MB) from its entry, so every
// run would load it; patches/@actions+core+3.0.1.patch moves that import into getIDToken (README, Performance).
describe('the ID token: @actions/core loads its OIDC client only when getIDToken is called', () => {
  test('getIDToken asks the token endpoint and masks the token it gets', async () => {
    const idp = await FakeIdTokenEndpoint.start()
    try {
      Object.assign(process.env, idp.env())
      let token = ''
      const out = await captureAsync(async () => {
        token = await commands.getIDToken('sts.tencentcloudapi.com')
      })
      expect(idp.issued).toEqual([token])
      expect(idp.requests).toEqual([expect.objectContaining({ audience: 'sts.tencentcloudapi.com', authorized: true, status: 200 })])
      expect(readRunnerLog(out).commands).toContainEqual(expect.objectContaining({ command: 'add-mask', data: token }))
    } finally {
      await idp.close()
    }
  })

  test("the bundle's entry holds neither the OIDC client nor undici; one chunk, loaded by getIDToken, holds the client", () => {
    const dist = join(ROOT, 'dist')
    const entry = readFileSync(join(dist, 'index.js'), 'utf8')
    expect(entry).not.toMatch(/class OidcClient\b/)
    expect(entry).not.toMatch(/class ProxyAgent\b/)
    const chunks = readdirSync(dist).filter((f) => /^\d+\.index\.js$/.test(f))
    expect(chunks.filter((f) => /class OidcClient\b/.test(readFileSync(join(dist, f), 'utf8')))).toHaveLength(1)
  })
})
