// The access-review benchmark: a review by the real bundle of an organization of 5,000 members in 200 nodes whose
// file has 2,000 commits of history, the emulator answering every call after 150 ms. The floor is reading the
// organization at 20 requests per second per action (100 member pages; the members' tags, 100 reads of 50, go side by
// side under their own action): 100 / 20 = 5 s. The history's cost is git blame's, one pass: it must not grow as
// commits x members.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { ROOT, runAction } from '../__tests__/support/action-runner.js'
import { TencentCloudEmulator } from '../__tests__/support/emulator.js'
import { Repo } from '../__tests__/support/git-repo.js'
import { FIRST_UIN, memberEntry } from '../__tests__/support/members.js'
import type { WallMeasure } from './bench-measure.js'

export const REVIEW_MEMBERS = 5000
export const REVIEW_NODES = 200
export const REVIEW_COMMITS = 2000
const PAGE = 50

/**
 * 2,000 commits of members.yaml written with git fast-import (seconds, where 2,000 `git commit`s would take minutes):
 * 3,001 members in the first, one more in each of the next 1,999, every tenth a merge-style "(#n)" subject.
 */
function history(repo: Repo): void {
  const header = 'defaults:\n  PolicyType: Financial\n  PermissionIds: [1, 2]\nmembers:\n'
  // The first commit holds the rest, so the last of the 2,000 completes the 5,000.
  const first = REVIEW_MEMBERS - REVIEW_COMMITS + 1
  let body = ''
  for (let i = 0; i < first; i++) body += memberEntry(i)
  const chunks: string[] = []
  const time = 1_700_000_000
  for (let c = 0; c < REVIEW_COMMITS; c++) {
    if (c > 0) body += memberEntry(first + c - 1)
    const text = Buffer.from(header + body)
    const subject = c % 10 === 0 ? `Add member ${c} (#${c + 1})` : `Add member ${c}`
    chunks.push(
      `commit refs/heads/main\ncommitter Bench <bench@example.com> ${time + c * 60} +0000\ndata ${Buffer.byteLength(subject)}\n${subject}\n` +
        `M 100644 inline members.yaml\ndata ${text.length}\n`
    )
    chunks.push(text.toString('utf8') + '\n')
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: repo.work, input: chunks.join(''), maxBuffer: 1024 * 1024 * 1024 })
  execFileSync('git', ['checkout', '--quiet', '--force', 'main'], { cwd: repo.work })
}

export async function reviewRun(node: string, rate: number, latencyMs: number): Promise<WallMeasure> {
  const repo = new Repo()
  const temp = mkdtempSync(join(tmpdir(), 'bench-review-'))
  const emulator = await TencentCloudEmulator.start({ latencyMs })
  try {
    for (let i = 0; emulator.nodes.length < REVIEW_NODES; i++) emulator.addNode({ Name: `team-${i}`, NodeId: 3000 + i })
    for (let i = 0; i < REVIEW_MEMBERS; i++) {
      emulator.addMember({ MemberUin: FIRST_UIN + i, Name: `member-${i}`, NodeId: i % 2 === 0 ? 1001 : 1002, PermissionIds: [1, 2], PolicyType: 'Financial' })
    }
    history(repo)
    const rss = join(temp, 'maxrss')
    const t0 = performance.now()
    const run = await runAction({
      workspace: repo.work,
      eventName: 'workflow_dispatch',
      payload: {},
      sha: repo.head(),
      ref: 'refs/heads/main',
      inputs: { mode: 'review', 'secret-id': emulator.secretId, 'secret-key': emulator.secretKey, endpoint: emulator.url },
      env: { NODE_OPTIONS: `--import=${pathToFileURL(join(ROOT, '.build', 'scripts', 'bench-memory.js')).href}`, BENCH_MAXRSS: rss },
      node,
      timeoutMs: 600_000
    })
    const wallMs = performance.now() - t0
    const floorMs = (Math.max(Math.ceil(REVIEW_MEMBERS / PAGE), Math.ceil(REVIEW_NODES / PAGE)) / rate) * 1000
    let maxRssBytes: number | null = null
    try {
      maxRssBytes = Number(readFileSync(rss, 'utf8')) * 1024
    } catch {
      maxRssBytes = null
    }
    const rows = run.outputs.review ? (JSON.parse(run.outputs.review) as { rows: Array<{ permissions: { provenance?: unknown } }> }).rows : []
    let invalid: string | undefined
    if (run.code !== 0) invalid = `the action exited ${run.code}: ${run.failure ?? run.stderr.trim().split('\n').at(-1) ?? ''}`
    else if (rows.length !== REVIEW_MEMBERS || rows.some((r) => !r.permissions.provenance)) invalid = `${rows.length} rows, not all with their provenance`
    return {
      wallMs,
      floorMs,
      maxRssBytes,
      throttled: emulator.throttled,
      requests: emulator.requests.length,
      ...(invalid ? { invalid } : {}),
      detail: {
        memberPages: emulator.requests.filter((r) => r.action === 'DescribeOrganizationMembers').length,
        tagReads: emulator.requests.filter((r) => r.action === 'DescribeResourceTagsByResourceIds').length
      }
    }
  } finally {
    await emulator.close()
    repo.cleanup()
    rmSync(temp, { recursive: true, force: true })
  }
}
