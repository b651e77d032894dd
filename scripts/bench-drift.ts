// The drift benchmark: a scheduled drift run of the real bundle over an organization of 5,000 members in 200 nodes,
// the emulator answering every call after 150 ms. The floor is reading every page at 20 requests per second per
// action, nodes and members side by side: max(100 member pages, 4 node pages) / 20 = 5 s.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { ROOT, runAction } from '../__tests__/support/action-runner.js'
import { TencentCloudEmulator } from '../__tests__/support/emulator.js'
import { Repo } from '../__tests__/support/git-repo.js'
import { FIRST_UIN, membersYaml } from '../__tests__/support/members.js'
import type { WallMeasure } from './bench-measure.js'

export const DRIFT_MEMBERS = 5000
export const DRIFT_NODES = 200
/** Console edits made before the run: the report has something to say, as a real one would. */
const EDITED = 10
const PAGE = 50

/** The shortest time, as the emulator saw arrivals, spanned by rate + 1 requests: under 1000 is a throttled answer. */
export function tightestWindow(arrivals: number[], rate: number): number | null {
  let min: number | null = null
  for (let i = 0; i + rate < arrivals.length; i++) min = Math.min(min ?? Infinity, arrivals[i + rate]! - arrivals[i]!)
  return min
}

export async function driftRun(node: string, rate: number, latencyMs: number): Promise<WallMeasure> {
  const repo = new Repo()
  const temp = mkdtempSync(join(tmpdir(), 'bench-drift-'))
  // The file leaves IsAllowQuit out and means Allow (the product's reading); the emulator's default is Denied.
  const emulator = await TencentCloudEmulator.start({ latencyMs, defaultIsAllowQuit: 'Allow' })
  try {
    for (let i = 0; emulator.nodes.length < DRIFT_NODES; i++) emulator.addNode({ Name: `team-${i}`, NodeId: 3000 + i })
    // The file membersYaml writes: members in 1001 and 1002, PolicyType and PermissionIds from defaults.
    for (let i = 0; i < DRIFT_MEMBERS; i++) {
      emulator.addMember({ MemberUin: FIRST_UIN + i, Name: `member-${i}`, NodeId: i % 2 === 0 ? 1001 : 1002, PermissionIds: [1, 2], PolicyType: 'Financial' })
    }
    // Console grants of a permission the file (its defaults) declares: drift on a managed field.
    for (let i = 0; i < EDITED; i++) emulator.editMember(FIRST_UIN + i * 97, { PermissionIds: [1, 2, 8] })
    repo.commit({ 'members.yaml': membersYaml(DRIFT_MEMBERS) }, `${DRIFT_MEMBERS} members`)
    const rss = join(temp, 'maxrss')
    const d0 = Date.now()
    const t0 = performance.now()
    const run = await runAction({
      workspace: repo.work,
      eventName: 'schedule',
      payload: { schedule: '17 6 * * *' },
      sha: repo.head(),
      ref: 'refs/heads/main',
      inputs: { mode: 'drift', 'secret-id': emulator.secretId, 'secret-key': emulator.secretKey, endpoint: emulator.url },
      env: { NODE_OPTIONS: `--import=${pathToFileURL(join(ROOT, '.build', 'scripts', 'bench-memory.js')).href}`, BENCH_MAXRSS: rss },
      node,
      timeoutMs: 300_000
    })
    const wallMs = performance.now() - t0
    const d1 = Date.now()
    const pages = Math.max(Math.ceil(DRIFT_MEMBERS / PAGE), Math.ceil(DRIFT_NODES / PAGE))
    const floorMs = (pages / rate) * 1000
    let maxRssBytes: number | null = null
    try {
      maxRssBytes = Number(readFileSync(rss, 'utf8')) * 1024
    } catch {
      maxRssBytes = null
    }
    const drift = run.outputs.drift ? (JSON.parse(run.outputs.drift) as unknown[]) : []
    let invalid: string | undefined
    if (run.code !== 0) invalid = `the action exited ${run.code}: ${run.failure ?? run.stderr.trim().split('\n').at(-1) ?? ''}`
    else if (drift.length !== EDITED) invalid = `${drift.length} differences reported, ${EDITED} expected`
    const reads = emulator.requests.filter((r) => r.action === 'DescribeOrganizationMembers')
    return {
      wallMs,
      floorMs,
      maxRssBytes,
      throttled: emulator.throttled,
      requests: emulator.requests.length,
      ...(invalid ? { invalid } : {}),
      detail: {
        memberPages: reads.length,
        firstToLastMemberPageMs: reads.length > 1 ? reads.at(-1)!.at - reads[0]!.at : null,
        tightestWindowMs: tightestWindow(
          reads.map((r) => r.at),
          rate
        ),
        spawnToFirstRequestMs: emulator.requests[0] ? emulator.requests[0].at - d0 : null,
        lastRequestToExitMs: emulator.requests.at(-1) ? d1 - emulator.requests.at(-1)!.at : null
      }
    }
  } finally {
    await emulator.close()
    repo.cleanup()
    rmSync(temp, { recursive: true, force: true })
  }
}
