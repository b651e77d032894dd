// Invitations against an API that throttles, fails, hangs and refuses: the bundle, as a runner runs it.
import { afterAll, afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { runAction, type ActionRun } from './support/action-runner.js'
import { TencentCloudEmulator } from './support/emulator.js'
import { Repo, pushEvent } from './support/git-repo.js'
import { FIRST_UIN, entryLine, membersYaml } from './support/members.js'

let emulator: TencentCloudEmulator
let repo: Repo
let base: string

beforeEach(async () => {
  emulator = await TencentCloudEmulator.start()
  repo?.cleanup()
  repo = new Repo()
  base = repo.commit({ 'members.yaml': membersYaml(0) }, 'Empty list')
})
afterEach(async () => {
  await emulator.close()
})
afterAll(() => repo?.cleanup())

async function apply(count: number, inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<ActionRun> {
  const head = repo.commit({ 'members.yaml': membersYaml(count) }, `Add ${count} members`)
  return rerun(head, inputs, env)
}

function rerun(head: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    workspace: repo.work,
    eventName: 'push',
    payload: pushEvent(base, head),
    sha: head,
    ref: 'refs/heads/main',
    inputs: { 'secret-id': emulator.secretId, 'secret-key': emulator.secretKey, endpoint: emulator.url, ...inputs },
    env,
    timeoutMs: 120_000
  })
}

const invites = () => emulator.requests.filter((r) => r.action === 'InviteOrganizationMember')
const statuses = (run: ActionRun) => JSON.parse(run.outputs.results!).map((r: { status: string }) => r.status) as string[]

describe('pacing and retries', () => {
  test('60 invitations under 20 per second: each invited exactly once, all done', async () => {
    const run = await apply(60, { 'max-invites': '60' })
    expect(run.failure).toBeUndefined()
    expect(run.code).toBe(0)
    // What must hold, whatever the load: every entry invited once, and a throttling answer (a loaded two-core machine
    // can bunch arrivals past the pacer's margin) only ever retried, never a second invitation. How often the API
    // throttles is a figure for `npm run bench`, not a test: the pacer's own count per window is tested in errors.test.ts.
    const accepted = emulator.invitations.map((i) => i.uin)
    expect(accepted).toHaveLength(60)
    expect(new Set(accepted).size).toBe(60)
    expect(invites().filter((r) => r.outcome !== 'RequestLimitExceeded')).toHaveLength(60)
    expect(statuses(run).every((s) => s === 'invited')).toBe(true)
  })

  test('an API that counts with a small token bucket: the first throttling answer evens out the pace, and all go through', async () => {
    // The pacer sends a window's worth in a quarter second, which a token bucket of 4 refuses; the documentation does
    // not say which way the API counts, so the run must finish either way, each entry invited once.
    await emulator.close()
    emulator = await TencentCloudEmulator.start({ rateModel: { bucket: 4 } })
    const run = await apply(40, { 'max-invites': '40' })
    expect(run.code).toBe(0)
    expect(statuses(run).every((s) => s === 'invited')).toBe(true)
    for (let i = 0; i < 40; i++) expect(emulator.invitesFor(FIRST_UIN + i)).toBe(1)
    expect(emulator.throttled).toBeGreaterThan(0)
    // Evened out after the first refusal: a handful of throttled answers, not one per burst.
    expect(emulator.throttled).toBeLessThanOrEqual(6)
    const admitted = invites().filter((r) => r.outcome === 'ok')
    expect(admitted).toHaveLength(40)
  }, 120_000)

  test('20% mixed transient faults on 40 entries: every entry invited exactly once', async () => {
    // Lost answers too: the API did the work and the reply never came, the case a client cannot tell apart.
    emulator.setFaults({ rate: 0.2, kinds: ['internal-error', 'http-502', 'reset', 'throttle', 'hang', 'lost-answer'], seed: 11 })
    const run = await apply(40, { timeout: '1' })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const faults = emulator.requests.filter((r) => r.fault)
    expect(new Set(faults.map((f) => f.fault)).size).toBeGreaterThanOrEqual(5)
    for (let i = 0; i < 40; i++) expect(emulator.invitesFor(FIRST_UIN + i)).toBe(1)
    const lost = new Set(faults.filter((f) => f.fault === 'lost-answer').map((f) => (f.body as { MemberUin: number }).MemberUin))
    expect(lost.size).toBeGreaterThan(0)
    const results = JSON.parse(run.outputs.results!) as Array<{ MemberUin: number; status: string }>
    // Each entry whose answer was lost is found on retry (already invited); every other one is invited.
    expect(results.map((r) => r.status)).toEqual(results.map((r) => (lost.has(r.MemberUin) ? 'already-invited' : 'invited')))
    expect(run.outputs.invited).toBe(String(40 - lost.size))
    expect(run.stdout).toMatch(/Retrying MemberUin \d+ after attempt 1/)
  }, 120_000)
})

describe('an answer lost after the API did the work', () => {
  test('the retry finds the invitation, counts it already invited, and nothing is sent twice', async () => {
    emulator.failNext(1, 'lost-answer')
    const run = await apply(3, { timeout: '2' })
    expect(run.code).toBe(0)
    expect(emulator.requests.filter((r) => r.outcome === 'lost-answer')).toHaveLength(1)
    for (let i = 0; i < 3; i++) expect(emulator.invitesFor(FIRST_UIN + i)).toBe(1)
    const results = JSON.parse(run.outputs.results!) as Array<{ status: string; code?: string; message?: string }>
    expect(results.map((r) => r.status).sort()).toEqual(['already-invited', 'invited', 'invited'])
    const lost = results.find((r) => r.status === 'already-invited')!
    expect(lost.code).toBe('FailedOperation.InvitationExist')
    expect(lost.message).toContain('Most likely sent by an earlier attempt of this run whose answer was lost')
  })
})

describe('one entry failing', () => {
  test('a permanent business error fails that entry alone, annotated on its line; a rerun sends nothing new', async () => {
    const bad = FIRST_UIN + 2
    emulator.failUin(bad, 'FailedOperation.MemberExistInOtherOrganization')
    const run = await apply(5)
    expect(run.code).toBe(1)
    const results = JSON.parse(run.outputs.results!)
    expect(results).toHaveLength(5)
    const failed = results.find((r: { MemberUin: number }) => r.MemberUin === bad)
    expect(failed).toMatchObject({ status: 'failed', code: 'FailedOperation.MemberExistInOtherOrganization' })
    expect(failed.message).toContain('The member already belongs to another organization.')
    expect(failed.requestId).toMatch(/^[0-9a-f-]{36}$/)
    expect(results.filter((r: { status: string }) => r.status === 'invited')).toHaveLength(4)
    expect(run.outputs.failed).toBe('1')
    const annotation = run.annotations.find((a) => a.file === 'members.yaml' && a.level === 'error')
    expect(annotation).toMatchObject({ line: entryLine(2), title: 'Invitation failed: FailedOperation.MemberExistInOtherOrganization' })
    expect(annotation!.message).toContain(`RequestId: ${failed.requestId}`)
    expect(run.failure).toBe('1 of 5 invitations failed; the others went through.')

    const invitations = emulator.invitations.length
    const again = await rerun(repo.head())
    expect(again.code).toBe(1)
    expect(emulator.invitations.length).toBe(invitations)
    expect(statuses(again)).toEqual(['already-invited', 'already-invited', 'failed', 'already-invited', 'already-invited'])
    expect(again.annotations.filter((a) => a.file && a.level === 'error').map((a) => a.line)).toEqual([entryLine(2)])
  })
})

describe('errors that stop the run', () => {
  test('a wrong secret key stops after the first answer, with a clear authentication message', async () => {
    const run = await apply(5, { 'secret-key': 'not-the-right-key' })
    expect(run.code).toBe(1)
    // The first calls read the organization (nodes and members side by side); their answer stops everything.
    expect(emulator.requests.map((r) => [r.action, r.outcome]).sort()).toEqual([
      ['DescribeOrganizationMembers', 'AuthFailure.SignatureFailure'],
      ['DescribeOrganizationNodes', 'AuthFailure.SignatureFailure']
    ])
    expect(statuses(run)).toEqual(['skipped', 'skipped', 'skipped', 'skipped', 'skipped'])
    expect(run.failure).toMatch(/^Reading the organization failed, so nothing was sent: AuthFailure\.SignatureFailure: .*secret key.* Check the secret-key input/)
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at \S+ \(/)
  })

  test('ResourceNotFound.OrganizationNotExist stops the run; nothing after it is sent', async () => {
    emulator.failUin(FIRST_UIN, 'ResourceNotFound.OrganizationNotExist')
    // Two per second: the first answer certainly comes back before a second invitation could leave.
    const run = await apply(4, { 'rate-limit': '2' })
    expect(run.code).toBe(1)
    expect(invites()).toHaveLength(1)
    expect(statuses(run)).toEqual(['failed', 'skipped', 'skipped', 'skipped'])
    expect(run.summary).toContain('Stopped on ResourceNotFound.OrganizationNotExist')
  })

  test('more added entries than max-invites: nothing is sent, and the error says how to raise it', async () => {
    const run = await apply(6, { 'max-invites': '5' })
    expect(run.code).toBe(1)
    // The organization may be read (it is read while git works); no invitation is sent.
    expect(invites()).toHaveLength(0)
    expect(emulator.requests.every((r) => r.action.startsWith('Describe'))).toBe(true)
    expect(run.failure).toBe(
      'The plan adds 6 members, more than max-invites (5); nothing is sent. If this many invitations are intended, raise the max-invites input of the workflow to at least 6.'
    )
    expect(run.annotations).toContainEqual(expect.objectContaining({ file: 'members.yaml', line: entryLine(5), title: 'Too many invitations' }))
  })

  test('apply without credentials fails plainly and sends nothing', async () => {
    const run = await apply(2, { 'secret-id': '', 'secret-key': '' })
    expect(run.code).toBe(1)
    expect(emulator.requests).toHaveLength(0)
    expect(run.failure).toContain('Apply needs credentials')
  })
})

describe('secrets', () => {
  const leaks = (run: ActionRun, secret: string): string[] => {
    const places = {
      // `::add-mask::` is how a secret is handed to the runner for masking; the runner never prints it.
      stdout: run.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
      stderr: run.stderr,
      summary: run.summary,
      outputs: JSON.stringify(run.outputs)
    }
    return Object.entries(places)
      .filter(([, text]) => text.includes(secret))
      .map(([where]) => where)
  }

  test('the secret key never appears in stdout, stderr, the summary or the outputs, even with RUNNER_DEBUG=1', async () => {
    const ok = await apply(3, {}, { RUNNER_DEBUG: '1' })
    expect(ok.code).toBe(0)
    expect(ok.stdout).toContain(`::add-mask::${emulator.secretKey}`)
    expect(leaks(ok, emulator.secretKey)).toEqual([])

    const wrong = 'wrong-key-Zx81'
    const bad = await rerun(repo.head(), { 'secret-key': wrong }, { RUNNER_DEBUG: '1' })
    expect(bad.code).toBe(1)
    expect(leaks(bad, wrong)).toEqual([])
  })

  test('credentials from the environment are masked the same way', async () => {
    const run = await apply(
      2,
      { 'secret-id': '', 'secret-key': '' },
      {
        RUNNER_DEBUG: '1',
        TENCENTCLOUD_SECRET_ID: emulator.secretId,
        TENCENTCLOUD_SECRET_KEY: emulator.secretKey
      }
    )
    expect(run.code).toBe(0)
    expect(run.outputs.invited).toBe('2')
    expect(run.stdout).toContain(`::add-mask::${emulator.secretKey}`)
    expect(leaks(run, emulator.secretKey)).toEqual([])
  })
})

describe('temporary credentials', () => {
  test('session-token is sent with every request, and masked', async () => {
    await emulator.close()
    emulator = await TencentCloudEmulator.start({ sessionToken: 'session-token-Qx7' })
    const run = await apply(2, { 'session-token': 'session-token-Qx7' })
    expect(run.code).toBe(0)
    expect(run.outputs.invited).toBe('2')
    expect(emulator.requests.every((r) => r.headers['x-tc-token'] === 'session-token-Qx7')).toBe(true)
    expect(run.stdout).toContain('::add-mask::session-token-Qx7')
    expect(
      run.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n')
    ).not.toContain('session-token-Qx7')
  })

  test('without it, the first answer stops the run with the token failure', async () => {
    await emulator.close()
    emulator = await TencentCloudEmulator.start({ sessionToken: 'session-token-Qx7' })
    const run = await apply(2)
    expect(run.code).toBe(1)
    expect(invites()).toHaveLength(0)
    expect(run.failure).toContain('AuthFailure.TokenFailure')
    expect(run.failure).toContain('session-token')
  })
})
