// A cancelled or killed apply keeps its record: the runner cancels a step with SIGINT (then SIGTERM, then kills it).
// Tried as a runner does it: 100 invitations at 150 ms API latency, the signal once 20 answers were logged.
import { afterAll, afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { startAction, type ActionRun, type StartedAction } from './support/action-runner.js'
import { TencentCloudEmulator } from './support/emulator.js'
import { Repo, pushEvent } from './support/git-repo.js'
import { FIRST_UIN, membersYaml } from './support/members.js'

let emulator: TencentCloudEmulator
let repo: Repo
let base: string
let head: string
const N = 100

beforeEach(async () => {
  emulator = await TencentCloudEmulator.start({ latencyMs: 150 })
  repo?.cleanup()
  repo = new Repo()
  base = repo.commit({ 'members.yaml': membersYaml(0) }, 'Empty list')
  head = repo.commit({ 'members.yaml': membersYaml(N) }, `Add ${N} members`)
})
afterEach(async () => {
  await emulator.close()
})
afterAll(() => repo?.cleanup())

function start(): StartedAction {
  return startAction({
    workspace: repo.work,
    eventName: 'push',
    payload: pushEvent(base, head),
    sha: head,
    ref: 'refs/heads/main',
    inputs: { 'secret-id': emulator.secretId, 'secret-key': emulator.secretKey, endpoint: emulator.url, 'max-invites': String(N) },
    timeoutMs: 120_000
  })
}

/** The log's record of writes: `InviteOrganizationMember MemberUin <uin>: <status> · RequestId <id>`. */
function logged(stdout: string): Map<number, { status: string; requestId?: string }> {
  const out = new Map<number, { status: string; requestId?: string }>()
  for (const m of stdout.matchAll(/^InviteOrganizationMember MemberUin (\d+): ([a-z-]+)(?: [\w.]+)?(?: · RequestId (\S+))?$/gm)) {
    out.set(Number(m[1]), { status: m[2]!, ...(m[3] ? { requestId: m[3] } : {}) })
  }
  return out
}

/** Resolves once the run has logged `n` answers. */
async function answered(run: StartedAction, n: number): Promise<void> {
  for (let i = 0; i < 600 && logged(run.stdout()).size < n; i++) await new Promise((r) => setTimeout(r, 50))
  expect(logged(run.stdout()).size).toBeGreaterThanOrEqual(n)
}

const results = (run: ActionRun) => JSON.parse(run.outputs.results!) as Array<{ MemberUin: number; status: string; requestId?: string }>
const accepted = () => new Map(emulator.invitations.map((i) => [i.uin, i.requestId]))

describe('cancellation', () => {
  test('SIGINT after 20 answers: nothing new is sent, every entry has a result that matches the organization, and the run fails', async () => {
    const run = start()
    await answered(run, 20)
    run.child.kill('SIGINT')
    const done = await run.done
    expect(done.code).not.toBe(0)
    expect(done.stderr).toBe('')
    // Sent before the signal: invited, and the organization has exactly those. Not sent: cancelled. In flight when
    // the signal came: its answer was waited for (150 ms, under the 5 s grace), so nothing is unknown here.
    const all = results(done)
    expect(all.map((r) => r.MemberUin)).toEqual(Array.from({ length: N }, (_, i) => FIRST_UIN + i))
    const invited = all.filter((r) => r.status === 'invited')
    expect(all.every((r) => r.status === 'invited' || r.status === 'cancelled')).toBe(true)
    expect(new Map(invited.map((r) => [r.MemberUin, r.requestId]))).toEqual(accepted())
    expect(invited.length).toBeGreaterThanOrEqual(20)
    expect(invited.length).toBeLessThan(N)
    // The record as it happened: a log line per answer, each with its RequestId.
    const log = logged(done.stdout)
    for (const r of invited) expect(log.get(r.MemberUin)).toEqual({ status: 'invited', requestId: r.requestId })
    // Outputs, summary and annotations say what happened.
    expect(done.outputs.invited).toBe(String(invited.length))
    expect(done.summary).toContain('**Cancelled (SIGINT)**')
    expect(done.summary).toContain('⏹️ cancelled: not sent')
    expect(done.failure).toMatch(
      new RegExp(`^The run was cancelled \\(SIGINT\\): ${invited.length} writes went through, ${N - invited.length} were not sent\\. Rerun to finish the rest\\.`)
    )
    expect(done.annotations.filter((a) => a.title === 'Cancelled: not sent')).toHaveLength(Math.min(10, N - invited.length))

    // A rerun finishes the rest, each entry invited exactly once.
    const rerun = await start().done
    expect(rerun.code).toBe(0)
    expect(emulator.invitations.map((i) => i.uin).sort()).toEqual(Array.from({ length: N }, (_, i) => FIRST_UIN + i))
    const again = results(rerun)
    expect(again.filter((r) => r.status === 'already-invited').map((r) => r.MemberUin)).toEqual(invited.map((r) => r.MemberUin))
    expect(again.filter((r) => r.status === 'invited')).toHaveLength(N - invited.length)
  })

  test('an answer that never comes within the grace is unknown, not invited or cancelled', async () => {
    // Every invitation hangs: the signal comes with requests on their way, and their answers never arrive.
    emulator.failNext(N, 'hang')
    const run = start()
    await emulator.waitForRequests(5, 30_000)
    run.child.kill('SIGINT')
    const done = await run.done
    expect(done.code).not.toBe(0)
    const statuses = new Set(results(done).map((r) => r.status))
    expect([...statuses].sort()).toEqual(['cancelled', 'unknown'])
    expect(done.summary).toContain('❓ unknown: no answer')
    expect(done.failure).toContain('got no answer before the run ended (unknown: a rerun reads the organization before sending them again)')
    // No attempt went out after the signal: every invitation request arrived before it.
    expect(emulator.invitations).toHaveLength(0)
  })

  test('a run killed outright still leaves in its log every invitation it made', async () => {
    const run = start()
    await answered(run, 20)
    run.child.kill('SIGKILL')
    const done = await run.done
    expect(done.code).toBe(137)
    const log = logged(done.stdout)
    const organization = accepted()
    expect(log.size).toBeGreaterThanOrEqual(20)
    // Every logged invitation happened, with that RequestId; at most those still on their way are missing from the log.
    for (const [uin, line] of log) expect(line).toEqual({ status: 'invited', requestId: organization.get(uin) })
    expect(organization.size - log.size).toBeLessThanOrEqual(40)
  })
})
