// The nodes benchmark: one apply of the real bundle with `reconcile: changes` that creates 50 nodes three levels deep
// (2 teams, 4 units each, 5 squads each) and invites 200 members into the squads, the emulator answering every call
// after 150 ms. A node's creation waits for its parent's answer, so the tree costs one answer per level; the
// invitations into a squad wait for that squad alone, and go out at 20 per second. Floor: 3 levels x latency + the
// busiest action's calls / 20 per second (200 invitations: 10 s).
import { performance } from 'node:perf_hooks'
import { runAction } from '../__tests__/support/action-runner.js'
import { TencentCloudEmulator } from '../__tests__/support/emulator.js'
import { Repo, pushEvent } from '../__tests__/support/git-repo.js'
import type { WallMeasure } from './bench-measure.js'

export const NODE_COUNT = 50
export const NODE_MEMBERS = 200
export const NODE_LEVELS = 3
const FIRST = 820000000001

export async function nodesRun(node: string, rate: number, latencyMs: number): Promise<WallMeasure> {
  const repo = new Repo()
  const emulator = await TencentCloudEmulator.start({ latencyMs })
  try {
    const paths: string[] = []
    for (let a = 0; a < 2; a++) {
      paths.push(`team-${a}`)
      for (let b = 0; b < 4; b++) {
        paths.push(`team-${a}/unit-${b}`)
        for (let c = 0; c < 5; c++) paths.push(`team-${a}/unit-${b}/squad-${c}`)
      }
    }
    const squads = paths.filter((p) => p.split('/').length === NODE_LEVELS)
    const members = Array.from({ length: NODE_MEMBERS }, (_, i) => `  - MemberUin: ${FIRST + i}\n    Name: n-${i}\n    Node: ${squads[i % squads.length]}\n`).join('')
    const defaults = 'defaults:\n  PolicyType: Financial\n  PermissionIds: [1, 2]\n'
    const base = repo.commit({ 'members.yaml': defaults + 'members: []\n' }, 'Empty')
    const sha = repo.commit({ 'members.yaml': `nodes:\n${paths.map((p) => `  - Path: ${p}\n`).join('')}${defaults}members:\n${members}` }, 'A tree and its members')
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
        'max-changes': String(NODE_COUNT),
        'max-invites': String(NODE_MEMBERS)
      },
      node,
      timeoutMs: 300_000
    })
    const wallMs = performance.now() - t0
    const results = run.outputs.results ? (JSON.parse(run.outputs.results) as Array<{ action: string; status: string }>) : []
    const count = (action: string, status: string) => results.filter((r) => r.action === action && r.status === status).length
    let invalid: string | undefined
    if (run.code !== 0) invalid = `the action exited ${run.code}: ${run.failure ?? run.stderr.trim().split('\n').at(-1) ?? ''}`
    else if (count('create-node', 'created') !== NODE_COUNT || count('invite', 'invited') !== NODE_MEMBERS) {
      invalid = `created ${count('create-node', 'created')}, invited ${count('invite', 'invited')}: not what was asked`
    }
    const by = (action: string) => emulator.requests.filter((r) => r.action === action)
    const firstInvite = by('InviteOrganizationMember')[0]?.at
    const lastCreate = by('AddOrganizationNode').at(-1)?.at
    return {
      wallMs,
      floorMs: NODE_LEVELS * latencyMs + (Math.max(NODE_MEMBERS, NODE_COUNT) / rate) * 1000,
      throttled: emulator.throttled,
      requests: emulator.requests.length,
      ...(invalid ? { invalid } : {}),
      detail: {
        creations: by('AddOrganizationNode').length,
        invites: by('InviteOrganizationMember').length,
        // Invitations start before the last node exists: each waits for its own squad only.
        invitesBeforeLastNodeMs: firstInvite !== undefined && lastCreate !== undefined ? lastCreate - firstInvite : null
      }
    }
  } finally {
    await emulator.close()
    repo.cleanup()
  }
}
