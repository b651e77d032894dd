// The reconcile benchmark: one apply of the real bundle with `reconcile: changes` that sends 200 updates, 100 moves
// across 5 nodes and 200 re-invitations, the emulator answering every call after 150 ms. Each API action has its own
// limit of 20 requests per second, so the floor is the busiest action's calls at that rate: 200 / 20 = 10 s.
import { performance } from 'node:perf_hooks'
import { runAction } from '../__tests__/support/action-runner.js'
import { TencentCloudEmulator } from '../__tests__/support/emulator.js'
import { Repo, pushEvent } from '../__tests__/support/git-repo.js'
import { tightestWindow } from './bench-drift.js'
import type { WallMeasure } from './bench-measure.js'

export const RECONCILE_UPDATES = 200
export const RECONCILE_MOVES = 100
export const RECONCILE_NODES = 5
export const RECONCILE_REINVITES = 200
const FIRST = 810000000001

function entry(i: number, nodeId: number, remark?: string): string {
  return `  - MemberUin: ${FIRST + i}\n    Name: r-${i}\n    NodeId: ${nodeId}\n${remark ? `    Remark: ${remark}\n` : ''}`
}

export async function reconcileRun(node: string, rate: number, latencyMs: number): Promise<WallMeasure> {
  const repo = new Repo()
  // The file leaves IsAllowQuit out and means Allow (the product's reading); the emulator's default is Denied.
  const emulator = await TencentCloudEmulator.start({ latencyMs, defaultIsAllowQuit: 'Allow' })
  try {
    const targets = Array.from({ length: RECONCILE_NODES }, (_, i) => emulator.addNode({ Name: `team-${i}`, NodeId: 3000 + i }).NodeId)
    const members = RECONCILE_UPDATES + RECONCILE_MOVES
    for (let i = 0; i < members; i++) emulator.addMember({ MemberUin: FIRST + i, Name: `r-${i}`, NodeId: 1001, PermissionIds: [1, 2], PolicyType: 'Financial' })
    const all = members + RECONCILE_REINVITES
    const head = (i: number) => (i < RECONCILE_UPDATES ? entry(i, 1001, `updated-${i}`) : i < members ? entry(i, targets[i % RECONCILE_NODES]!) : entry(i, 1001))
    const defaults = 'defaults:\n  PolicyType: Financial\n  PermissionIds: [1, 2]\nmembers:\n'
    // The base declares every entry as the organization holds it (the pending ones too: declared, never accepted).
    const base = repo.commit({ 'members.yaml': defaults + Array.from({ length: all }, (_, i) => entry(i, 1001)).join('') }, 'Base')
    const sha = repo.commit({ 'members.yaml': defaults + Array.from({ length: all }, (_, i) => head(i)).join('') }, 'Reconcile')
    const d0 = Date.now()
    const t0 = performance.now()
    const run = await runAction({
      workspace: repo.work,
      eventName: 'push',
      payload: pushEvent(base, sha),
      sha,
      ref: 'refs/heads/main',
      inputs: {
        'secret-id': emulator.secretId,
        'secret-key': emulator.secretKey,
        endpoint: emulator.url,
        reconcile: 'changes',
        'max-changes': String(RECONCILE_UPDATES + RECONCILE_MOVES),
        'max-invites': String(RECONCILE_REINVITES)
      },
      node,
      timeoutMs: 300_000
    })
    const wallMs = performance.now() - t0
    const d1 = Date.now()
    const busiest = Math.max(RECONCILE_UPDATES, RECONCILE_REINVITES, RECONCILE_NODES)
    const results = run.outputs.results ? (JSON.parse(run.outputs.results) as Array<{ status: string }>) : []
    const count = (s: string) => results.filter((r) => r.status === s).length
    let invalid: string | undefined
    if (run.code !== 0) invalid = `the action exited ${run.code}: ${run.failure ?? run.stderr.trim().split('\n').at(-1) ?? ''}`
    else if (count('updated') !== RECONCILE_UPDATES || count('moved') !== RECONCILE_MOVES || count('reinvited') !== RECONCILE_REINVITES) {
      invalid = `updated ${count('updated')}, moved ${count('moved')}, reinvited ${count('reinvited')}: not what was asked`
    }
    const by = (action: string) => emulator.requests.filter((r) => r.action === action)
    return {
      wallMs,
      floorMs: (busiest / rate) * 1000,
      throttled: emulator.throttled,
      requests: emulator.requests.length,
      ...(invalid ? { invalid } : {}),
      detail: {
        updates: by('UpdateOrganizationMember').length,
        moveCalls: by('MoveOrganizationNodeMembers').length,
        invites: by('InviteOrganizationMember').length,
        tightestWindowMs: Object.fromEntries(
          ['UpdateOrganizationMember', 'InviteOrganizationMember'].map((a) => [
            a,
            tightestWindow(
              by(a).map((r) => r.at),
              rate
            )
          ])
        ),
        ...(() => {
          const writes = emulator.requests.filter((r) => !r.action.startsWith('Describe'))
          const reads = emulator.requests.filter((r) => r.action.startsWith('Describe'))
          return {
            spawnToFirstReadMs: reads[0] ? reads[0].at - d0 : null,
            lastReadToFirstWriteMs: reads.at(-1) && writes[0] ? writes[0].at - reads.at(-1)!.at : null,
            firstToLastWriteMs: writes.length > 1 ? writes.at(-1)!.at - writes[0]!.at : null,
            lastWriteToExitMs: writes.at(-1) ? d1 - writes.at(-1)!.at : null
          }
        })()
      }
    }
  } finally {
    await emulator.close()
    repo.cleanup()
  }
}
