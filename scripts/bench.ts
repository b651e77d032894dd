// `npm run bench`: measured ratios against the physical limits, each against a baseline measured beside it in the
// same run (the machine is shared and noisy; absolute numbers mean little, ratios do).
//
//   1. invitation throughput: 200 added entries through the real bundle against the LOCAL EMULATOR with 150 ms
//      latency, over the floor N / 20 per second = 10 s; and how many throttling answers the emulator gave.
//   2. validation of a 10,000-member file: the action's whole process over a bare `yaml` parse in a fresh process.
//   3. start-up: validating this repository's 3-member members.yaml, the action's whole process over `node -e 0`.
//   4. the size of dist/index.js and of every chunk, and which run loads which chunk.
//   5. hostile files (scripts/bench-hostile.ts): time and peak memory of validating 8 MiB of short keys and an
//      8 MiB value, over a bare `yaml` parse of the same file.
//   5. drift: a scheduled drift run over 5,000 members in 200 nodes (150 ms latency), over the floor of reading every
//      page at 20 per second per action, and the run's peak memory (scripts/bench-drift.ts).
//   6. reconcile: an apply with reconcile: changes of 200 updates, 100 moves across 5 nodes and 200 re-invitations
//      (150 ms latency), over the floor of the busiest action at 20 per second (scripts/bench-reconcile.ts).
//   7. nodes: an apply with reconcile: changes that creates 50 nodes three levels deep and invites 200 members into
//      them (150 ms latency), over the floor of one answer per tree level plus the busiest action's calls at 20 per
//      second (scripts/bench-nodes.ts).
//   8. review: an access review of 5,000 members in 200 nodes whose file has 2,000 commits of history (150 ms
//      latency), over the floor of reading the organization at 20 per second per action, and its peak memory
//      (scripts/bench-review.ts).
//
// Timed processes run under this machine's node and under Node 24 (what action.yml names), each against a
// baseline on the same node. A report, not a test: it exits 0 when a goal is missed, and says which.
import { execFileSync, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, loadavg, platform, arch, release, tmpdir, totalmem } from 'node:os'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { BUNDLE, NODE24, ROOT, runAction, type ActionRun } from '../__tests__/support/action-runner.js'
import { TencentCloudEmulator } from '../__tests__/support/emulator.js'
import { Repo, pushEvent } from '../__tests__/support/git-repo.js'
import { membersYaml } from '../__tests__/support/members.js'
import { HOSTILE_GOAL, measureHostile } from './bench-hostile.js'
import { DRIFT_MEMBERS, DRIFT_NODES, driftRun } from './bench-drift.js'
import { RECONCILE_MOVES, RECONCILE_NODES, RECONCILE_REINVITES, RECONCILE_UPDATES, reconcileRun } from './bench-reconcile.js'
import { NODE_COUNT, NODE_LEVELS, NODE_MEMBERS, nodesRun } from './bench-nodes.js'
import type { WallMeasure } from './bench-measure.js'
import { REVIEW_COMMITS, REVIEW_MEMBERS, REVIEW_NODES, reviewRun } from './bench-review.js'

// ---- what is measured, and the goals -----------------------------------------------------------------------

const INVITES = 200
const API_RATE = 20 // requests per second, the API's limit
const LATENCY_MS = 150
const INVITE_GOAL = 1.1
const VALIDATE_MEMBERS = 10_000
const VALIDATE_RUNS = 5
const VALIDATE_GOAL = 1.5
const STARTUP_RUNS = 9
const STARTUP_GOAL = 3
const BUNDLE_LIMIT = 2 * 1024 * 1024
const DRIFT_GOAL = 1.1
const RECONCILE_GOAL = 1.15
/** A review reads what drift reads, then blames the file once: the blame and the report on top of the read. */
const REVIEW_GOAL = 1.5

const DIST = join(ROOT, 'dist')
/** Set in the child that measures a private copy of the project (see snapshot()): the project it was copied from. */
const SOURCE = process.env.BENCH_SNAPSHOT_OF
const OUT = join(SOURCE ?? ROOT, '.build', 'bench.json')
const PROBE = join(ROOT, '.build', 'scripts', 'bench-probe.js')

interface Runtime {
  /** e.g. "node v20.20.2" */
  label: string
  path: string
  version: string
}

interface Row {
  id: string
  measure: string
  node?: string
  value: number
  unit: 'ms' | 's' | 'bytes' | 'count' | 'MiB'
  baseline?: number
  baselineLabel?: string
  ratio?: number
  goal: string
  /** null: information only, no goal. */
  pass: boolean | null
  /** Why a measurement is not valid (the action failed, did not do the work); such a row fails. */
  invalid?: string
  samples?: { measured: number[]; baseline: number[] }
  detail?: Record<string, unknown>
}

const rows: Row[] = []
const problems: string[] = []
let probedWith = ''

// ---- helpers ---------------------------------------------------------------------------------------------

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}
const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits

function runtimes(): Runtime[] {
  const out: Runtime[] = [{ label: `node ${process.version}`, path: process.execPath, version: process.version }]
  if (existsSync(NODE24)) {
    try {
      const version = execFileSync(NODE24, ['--version'], { encoding: 'utf8' }).trim()
      if (version !== process.version) out.push({ label: `node ${version}`, path: NODE24, version })
    } catch (e) {
      problems.push(`Node 24 at ${NODE24} does not run (${(e as Error).message}); measured with ${process.version} only.`)
    }
  } else {
    problems.push(`Node 24 (${NODE24}) is not installed; measured with ${process.version} only.`)
  }
  return out
}

interface Timed {
  ms: number
  code: number
  stdout: string
  stderr: string
}

/** Wall time of one process, spawn to exit. Synchronous: nothing else in this process runs meanwhile. */
function timeProcess(node: string, args: string[], cwd: string, env: Record<string, string>): Timed {
  const t0 = performance.now()
  const r = spawnSync(node, args, { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  const ms = performance.now() - t0
  if (r.error) throw r.error
  return { ms, code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }
}

/** The environment a runner gives a validate step: inputs, workspace, and the files commands write to. */
function validateEnv(workspace: string, file: string, runnerTemp: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runnerTemp,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: join(runnerTemp, 'output.txt'),
    GITHUB_STEP_SUMMARY: join(runnerTemp, 'summary.md'),
    RUNNER_TEMP: runnerTemp,
    INPUT_MODE: 'validate',
    INPUT_FILE: file
  }
}

function resetRunnerFiles(env: Record<string, string>): void {
  writeFileSync(env.GITHUB_OUTPUT!, '')
  writeFileSync(env.GITHUB_STEP_SUMMARY!, '')
}

/**
 * `runs` interleaved pairs after one warm-up pair (not counted); the order within a pair alternates so that a
 * drift in the machine's load falls on both sides alike.
 */
function interleave(runs: number, measured: () => number, baseline: () => number): { measured: number[]; baseline: number[] } {
  measured()
  baseline()
  const out = { measured: [] as number[], baseline: [] as number[] }
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      out.baseline.push(baseline())
      out.measured.push(measured())
    } else {
      out.measured.push(measured())
      out.baseline.push(baseline())
    }
  }
  return out
}

function check(run: Timed, what: string, expect: RegExp | string): string | undefined {
  if (run.code !== 0) {
    const lines = `${run.stderr}\n${run.stdout}`
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
    const why = lines.find((l) => /^(::error|\w*Error\b)/.test(l)) ?? lines.at(-1) ?? ''
    return `${what} exited ${run.code}: ${why.slice(0, 300)}`
  }
  const ok = typeof expect === 'string' ? run.stdout.includes(expect) : expect.test(run.stdout)
  return ok ? undefined : `${what} did not print ${String(expect)}`
}

// ---- 2 and 3: validation of 10,000 members, and start-up ---------------------------------------------------------

function processRatio(o: {
  id: string
  measure: string
  rt: Runtime
  runs: number
  goal: number
  workspace: string
  file: string
  entries: number
  baselineArgs: string[]
  baselineLabel: string
  baselineExpect: string
}): void {
  const temp = mkdtempSync(join(tmpdir(), 'bench-runner-'))
  const env = validateEnv(o.workspace, o.file, temp)
  let invalid: string | undefined
  const measured = (): number => {
    resetRunnerFiles(env)
    const run = timeProcess(o.rt.path, [BUNDLE], o.workspace, env)
    invalid ??= check(run, 'the action', `is valid: ${o.entries} entries`)
    return run.ms
  }
  const baseline = (): number => {
    const run = timeProcess(o.rt.path, o.baselineArgs, ROOT, env)
    invalid ??= check(run, 'the baseline', o.baselineExpect)
    return run.ms
  }
  try {
    const samples = interleave(o.runs, measured, baseline)
    const m = median(samples.measured)
    const b = median(samples.baseline)
    const ratio = m / b
    rows.push({
      id: o.id,
      measure: o.measure,
      node: o.rt.label,
      value: round(m),
      unit: 'ms',
      baseline: round(b),
      baselineLabel: o.baselineLabel,
      ratio: round(ratio, 2),
      goal: `≤ ${o.goal}`,
      pass: !invalid && ratio <= o.goal,
      ...(invalid ? { invalid } : {}),
      samples: { measured: samples.measured.map((x) => round(x)), baseline: samples.baseline.map((x) => round(x)) }
    })
  } finally {
    rmSync(temp, { recursive: true, force: true })
  }
}

// ---- 1: invitation throughput --------------------------------------------------------------------------------

async function inviteThroughput(rt: Runtime, repo: Repo, base: string, head: string): Promise<void> {
  const emulator = await TencentCloudEmulator.start({ latencyMs: LATENCY_MS })
  let run: ActionRun
  let wallMs: number
  const t0 = Date.now()
  try {
    const p0 = performance.now()
    run = await runAction({
      workspace: repo.work,
      eventName: 'push',
      payload: pushEvent(base, head),
      sha: head,
      ref: 'refs/heads/main',
      inputs: { mode: 'apply', 'max-invites': String(INVITES), 'secret-id': emulator.secretId, 'secret-key': emulator.secretKey, endpoint: emulator.url },
      node: rt.path,
      timeoutMs: 300_000
    })
    wallMs = performance.now() - p0
  } finally {
    await emulator.close()
  }
  const floorMs = (INVITES / API_RATE) * 1000
  const ratio = wallMs / floorMs
  const invites = emulator.requests.filter((r) => r.action === 'InviteOrganizationMember')
  const firstAny = emulator.requests[0]?.at
  const invited = run.outputs.invited
  let invalid: string | undefined
  if (run.code !== 0) invalid = `the action exited ${run.code}: ${run.failure ?? run.stderr.trim().split('\n').at(-1) ?? ''}`
  else if (invited !== String(INVITES) || emulator.invitations.length !== INVITES) {
    invalid = `${invited ?? 'no'} invited (output), ${emulator.invitations.length} accepted by the emulator, expected ${INVITES}`
  }
  // Where the time went, from the emulator's arrival times (ms since the process was spawned).
  const first = invites[0]?.at
  const second = invites[1]?.at
  const last = invites.at(-1)?.at
  const detail = {
    inviteRequests: invites.length,
    otherRequests: emulator.requests.length - invites.length,
    retries: invites.length - emulator.invitations.length,
    spawnToFirstApiRequestMs: firstAny !== undefined ? firstAny - t0 : null,
    spawnToFirstInviteMs: first !== undefined ? first - t0 : null,
    firstToSecondInviteMs: first !== undefined && second !== undefined ? second - first : null,
    secondToLastInviteMs: second !== undefined && last !== undefined ? last - second : null,
    meanGapMs: second !== undefined && last !== undefined && invites.length > 2 ? round((last - second) / (invites.length - 2), 2) : null,
    lastInviteToExitMs: last !== undefined ? round(t0 + wallMs - last) : null
  }
  rows.push({
    id: 'invite-wall',
    measure: `invite ${INVITES} (latency ${LATENCY_MS} ms)`,
    node: rt.label,
    value: round(wallMs / 1000, 2),
    unit: 's',
    baseline: floorMs / 1000,
    baselineLabel: `floor N/${API_RATE}`,
    ratio: round(ratio, 3),
    goal: `≤ ${INVITE_GOAL}`,
    pass: !invalid && ratio <= INVITE_GOAL,
    ...(invalid ? { invalid } : {}),
    detail
  })
  rows.push({
    id: 'invite-throttled',
    measure: `  throttling answers`,
    node: rt.label,
    value: emulator.throttled,
    unit: 'count',
    goal: '= 0',
    pass: emulator.throttled === 0
  })
}

/** The rows of a wall-clock scenario: its time against its floor, its throttling answers, its peak memory if measured. */
function wallRows(rt: Runtime, id: string, m: WallMeasure, o: { measure: string; baselineLabel: string; goal: number; throttled: boolean }): void {
  const ratio = m.wallMs / m.floorMs
  rows.push({
    id: `${id}-wall`,
    measure: `${o.measure} (latency ${LATENCY_MS} ms)`,
    node: rt.label,
    value: round(m.wallMs / 1000, 2),
    unit: 's',
    baseline: m.floorMs / 1000,
    baselineLabel: o.baselineLabel,
    ratio: round(ratio, 3),
    goal: `≤ ${o.goal}`,
    pass: !m.invalid && ratio <= o.goal,
    ...(m.invalid ? { invalid: m.invalid } : {}),
    detail: { requests: m.requests, ...m.detail }
  })
  if (o.throttled) rows.push({ id: `${id}-throttled`, measure: '  throttling answers', node: rt.label, value: m.throttled, unit: 'count', goal: '= 0', pass: m.throttled === 0 })
  if (m.maxRssBytes != null) {
    rows.push({ id: `${id}-memory`, measure: '  peak memory (maxRSS)', node: rt.label, value: round(m.maxRssBytes / 1024 / 1024, 1), unit: 'MiB', goal: '—', pass: null })
  }
}

// ---- 5: drift over 5,000 members ------------------------------------------------------------------------------

async function driftWall(rt: Runtime): Promise<void> {
  wallRows(rt, 'drift', await driftRun(rt.path, API_RATE, LATENCY_MS), {
    measure: `drift ${DRIFT_MEMBERS.toLocaleString('en')} members, ${DRIFT_NODES} nodes`,
    baselineLabel: `floor pages/${API_RATE}`,
    goal: DRIFT_GOAL,
    throttled: true
  })
}

// ---- 6: reconcile: updates, moves and re-invitations side by side -----------------------------------------------

async function reconcileWall(rt: Runtime): Promise<void> {
  wallRows(rt, 'reconcile', await reconcileRun(rt.path, API_RATE, LATENCY_MS), {
    measure: `reconcile ${RECONCILE_UPDATES} updates, ${RECONCILE_MOVES} moves to ${RECONCILE_NODES} nodes, ${RECONCILE_REINVITES} re-invitations`,
    baselineLabel: `floor busiest action/${API_RATE}`,
    goal: RECONCILE_GOAL,
    throttled: true
  })
}

// ---- 7: nodes: a tree three levels deep created, members invited into it ---------------------------------------

async function nodesWall(rt: Runtime): Promise<void> {
  wallRows(rt, 'nodes', await nodesRun(rt.path, API_RATE, LATENCY_MS), {
    measure: `nodes: ${NODE_COUNT} created ${NODE_LEVELS} levels deep, ${NODE_MEMBERS} members invited into them`,
    baselineLabel: `floor ${NODE_LEVELS} x latency + busiest action/${API_RATE}`,
    goal: RECONCILE_GOAL,
    throttled: true
  })
}

// ---- 8: access review: the organization read, the history blamed ------------------------------------------------

async function reviewWall(rt: Runtime): Promise<void> {
  wallRows(rt, 'review', await reviewRun(rt.path, API_RATE, LATENCY_MS), {
    measure: `review ${REVIEW_MEMBERS.toLocaleString('en')} members, ${REVIEW_NODES} nodes, ${REVIEW_COMMITS.toLocaleString('en')} commits of history`,
    baselineLabel: `floor pages/${API_RATE}`,
    goal: REVIEW_GOAL,
    throttled: false
  })
}

// ---- 4: sizes, and which run loads which chunk -------------------------------------------------------------------

/** dist/ files (as names) a run loaded, from a probe run with the logging hooks preloaded. */
function loadedFromLog(log: string): string[] {
  if (!existsSync(log)) return []
  const prefix = pathToFileURL(DIST).href + '/'
  const names = readFileSync(log, 'utf8')
    .split('\n')
    .filter((u) => u.startsWith(prefix))
    .map((u) => u.slice(prefix.length))
  return [...new Set(names)]
}

async function probeChunks(rt: Runtime, tenK: { workspace: string; file: string }): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {}
  if (!existsSync(PROBE)) {
    problems.push(`${PROBE} is missing: chunk loading was not probed.`)
    return out
  }
  probedWith = rt.label
  const temp = mkdtempSync(join(tmpdir(), 'bench-probe-'))
  const hooks = { NODE_OPTIONS: `--import=${pathToFileURL(PROBE).href}` }
  try {
    const probes: [string, string, string][] = [
      ['start-up (validate 3)', ROOT, 'members.yaml'],
      [`validate ${VALIDATE_MEMBERS}`, tenK.workspace, tenK.file]
    ]
    for (const [i, [name, workspace, file]] of probes.entries()) {
      const log = join(temp, `validate-${i}.log`)
      const env = { ...validateEnv(workspace, file, temp), ...hooks, BENCH_LOAD_LOG: log }
      resetRunnerFiles(env)
      const run = timeProcess(rt.path, [BUNDLE], workspace, env)
      if (run.code !== 0) problems.push(`probe "${name}" exited ${run.code}: ${run.stderr.trim().split('\n').at(-1)}`)
      out[name] = loadedFromLog(log)
    }
    // A small apply: the same code path as the timed one, without its ten seconds.
    const repo = new Repo()
    const emulator = await TencentCloudEmulator.start()
    try {
      const base = repo.commit({ 'members.yaml': membersYaml(0) }, 'Empty list')
      const head = repo.commit({ 'members.yaml': membersYaml(3) }, 'Add 3 members')
      const log = join(temp, 'apply.log')
      const run = await runAction({
        workspace: repo.work,
        eventName: 'push',
        payload: pushEvent(base, head),
        sha: head,
        ref: 'refs/heads/main',
        inputs: { mode: 'apply', 'secret-id': emulator.secretId, 'secret-key': emulator.secretKey, endpoint: emulator.url },
        env: { ...hooks, BENCH_LOAD_LOG: log },
        node: rt.path
      })
      if (run.code !== 0) problems.push(`probe "apply" exited ${run.code}: ${run.failure ?? run.stderr.trim().split('\n').at(-1)}`)
      out['invite (apply)'] = loadedFromLog(log)
    } finally {
      await emulator.close()
      repo.cleanup()
    }
  } finally {
    rmSync(temp, { recursive: true, force: true })
  }
  return out
}

/** What a chunk holds, told by markers in its text and by which file imports it. */
function describeChunk(name: string, text: string, all: Map<string, string>): string {
  const id = name.split('/').pop()!.replace('.index.js', '')
  // webpack's chunk loading: `__nccwpck_require__.e(/* import() */ 413)` or, for several, `[….e(212), ….e(733)]`.
  const loads = new RegExp(`_require__\\.e\\((?:/\\* import\\(\\) \\*/ )?${id}\\)`)
  const parents = [...all].filter(([other, t]) => other !== name && loads.test(t)).map(([other]) => other)
  const service = /super\("([a-z]+)\.tencentcloudapi\.com", "([\d-]+)"/.exec(text)
  const what = /class AbstractClient/.test(text)
    ? 'tencentcloud-sdk-nodejs common (AbstractClient, TC3 signing, node-fetch-native)'
    : service
      ? `tencentcloud-sdk-nodejs ${service[1]} client (API ${service[2]})`
      : /class OidcClient\b/.test(text)
        ? "@actions/core's OIDC client (getIDToken), @actions/http-client, tunnel"
        : /class ProxyAgent\b/.test(text)
          ? 'undici (for @actions/http-client)'
          : /octokit/i.test(text)
            ? '@actions/github (Octokit REST client)'
            : /multipart/i.test(text)
              ? 'multipart/form-data parser (node-fetch-native, for Response.formData())'
              : 'unidentified'
  return `${what}; imported by ${parents.length ? parents.join(', ') : '?'}`
}

function sizes(loaded: Record<string, string[]>): Array<{ file: string; bytes: number; holds: string; loadedIn: string[] }> {
  // The entry first, then its chunks by id, then other entries (dist/cli/) and theirs.
  const all = (readdirSync(DIST, { recursive: true }) as string[]).filter((f) => /(^|\/)(\d+\.)?index\.js$/.test(f))
  const order = (f: string) => [f.includes('/') ? 1 : 0, /(^|\/)index\.js$/.test(f) ? 0 : 1, parseInt(f.split('/').pop()!) || 0] as const
  const names = all.sort((a, b) => {
    const [x, y] = [order(a), order(b)]
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || a.localeCompare(b)
  })
  const texts = new Map(names.map((n) => [n, readFileSync(join(DIST, n), 'utf8')]))
  const probed = Object.keys(loaded).length > 0
  return names.map((name) => {
    const loadedIn = Object.entries(loaded)
      .filter(([, files]) => files.includes(name))
      .map(([run]) => run)
    const bytes = statSync(join(DIST, name)).size
    const entry = /(^|\/)index\.js$/.test(name)
    const holds =
      name === 'index.js' ? "the action's entry: everything not split off" : entry ? 'another entry point (not run by the action)' : describeChunk(name, texts.get(name)!, texts)
    rows.push({
      id: `size:${name}`,
      measure: `dist/${name}${name === 'index.js' ? '' : entry ? ' (another entry)' : ` (${probed ? (loadedIn.length ? 'loaded in: ' + loadedIn.join(', ') : 'loaded in no run') : 'not probed'})`}`,
      value: bytes,
      unit: 'bytes',
      ...(name === 'index.js'
        ? { baseline: BUNDLE_LIMIT, baselineLabel: 'limit', ratio: round(bytes / BUNDLE_LIMIT, 3), goal: '≤ 2 MiB', pass: bytes <= BUNDLE_LIMIT }
        : { goal: '—', pass: null })
    })
    return { file: `dist/${name}`, bytes, holds, loadedIn }
  })
}

// ---- report -------------------------------------------------------------------------------------------------

function show(value: number | undefined, unit: Row['unit']): string {
  if (value === undefined) return '—'
  switch (unit) {
    case 'ms':
      return `${value.toFixed(1)} ms`
    case 's':
      return `${value.toFixed(2)} s`
    case 'count':
      return String(value)
    case 'MiB':
      return `${value.toFixed(1)} MiB`
    case 'bytes':
      return value >= 1024 * 1024 ? `${(value / 1024 / 1024).toFixed(2)} MiB (${value} B)` : `${(value / 1024).toFixed(1)} KiB (${value} B)`
  }
}

function table(header: string[], body: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)))
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd()
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)].join('\n')
}

function print(machine: Record<string, unknown>, chunks: ReturnType<typeof sizes>, loaded: Record<string, string[]>): string[] {
  const bold = (s: string) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s)
  console.log(bold('\nMachine'))
  console.log(`  ${machine.cpu}, ${machine.cores} cores (available parallelism ${machine.availableParallelism}), ${machine.memoryGiB} GiB, ${machine.os}`)
  console.log(`  node: ${(machine.nodes as Runtime[]).map((n) => `${n.version} (${n.path})`).join(', ')}`)
  console.log(`  load average at start ${(machine.loadavgStart as number[]).join(' ')}, at end ${(machine.loadavgEnd as number[]).join(' ')}`)
  console.log(`  measured: a copy of ${machine.source}/dist/ taken at the start, dist/index.js sha256 ${(machine.bundleSha256 as string).slice(0, 16)}…`)

  console.log(bold('\nResults') + ' (ratio = value / baseline; times are medians of interleaved runs, wall time spawn to exit)\n')
  const body = rows.map((r) => [
    r.measure,
    r.node ?? '',
    show(r.value, r.unit),
    r.baseline === undefined ? '—' : `${show(r.baseline, r.unit)}${r.baselineLabel ? ` ${r.baselineLabel}` : ''}`,
    r.ratio === undefined ? '—' : r.ratio.toFixed(r.unit === 's' ? 3 : 2),
    r.goal,
    r.pass === null ? 'info' : r.pass ? 'pass' : r.invalid ? 'FAIL (invalid run)' : 'FAIL'
  ])
  console.log(table(['measure', 'node', 'value', 'baseline', 'ratio', 'goal', 'result'], body))

  console.log(bold('\nDetails'))
  for (const r of rows) {
    if (r.samples) console.log(`  ${r.measure.trim()} [${r.node}]: measured ${r.samples.measured.join(', ')} ms; baseline ${r.samples.baseline.join(', ')} ms`)
    if (r.detail)
      console.log(
        `  ${r.measure.trim()} [${r.node}]: ${Object.entries(r.detail)
          .map(([k, v]) => `${k} ${shown(v)}`)
          .join(', ')}`
      )
    if (r.invalid) console.log(`  ${r.measure.trim()} [${r.node}]: INVALID: ${r.invalid}`)
  }
  console.log(bold('\nChunks') + (probedWith ? ` (which run loads what: probe runs under ${probedWith} with a module-loading hook, not timed)` : ''))
  for (const c of chunks) console.log(`  ${c.file}: ${show(c.bytes, 'bytes')}; ${c.holds}`)
  for (const [run, files] of Object.entries(loaded)) console.log(`  ${run} loads: ${files.map((f) => `dist/${f}`).join(', ') || 'nothing from dist/'}`)
  for (const p of problems) console.log(`  note: ${p}`)

  const missed = rows
    .filter((r) => r.pass === false)
    .map(
      (r) =>
        `${r.measure.trim()}${r.node ? ` [${r.node}]` : ''}: ${show(r.value, r.unit)}${r.ratio !== undefined && r.unit !== 'bytes' ? `, ratio ${r.ratio}` : ''} (goal ${r.goal})${r.invalid ? ` — invalid: ${r.invalid}` : ''}`
    )
  console.log('')
  if (missed.length === 0) console.log(bold('All goals met.'))
  else {
    console.log(bold(`GOALS MISSED (${missed.length}):`))
    for (const m of missed) console.log(`  ✗ ${m}`)
  }
  console.log(`\nWritten to ${OUT}`)
  return missed
}

// ---- the run ------------------------------------------------------------------------------------------------

/** dist/ may be mid-rebuild (npm run bundle empties it first): wait until dist/index.js exists and has settled. */
async function settledBundle(): Promise<Buffer> {
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
  for (let waited = 0; ; waited += 1000) {
    const before = existsSync(BUNDLE) ? statSync(BUNDLE).mtimeMs : undefined
    await sleep(waited === 0 ? 0 : 1000)
    if (before !== undefined && existsSync(BUNDLE) && statSync(BUNDLE).mtimeMs === before && Date.now() - before > 3000) return readFileSync(BUNDLE)
    if (waited >= 120_000) throw new Error(`${BUNDLE} is missing or still changing after two minutes: run npm run bundle first.`)
    if (waited === 0) process.stderr.write('bench: waiting for dist/ to be rebuilt…\n')
  }
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')

/**
 * Others rebuild dist/ while this runs (`npm run bundle` empties it first), and the bundle runs from dist/ (runAction
 * has the path built in). So the measuring happens in a private copy of what runs (dist/, the compiled scripts and
 * test support, the emulator's api.json fixtures, action.yml, members.yaml; node_modules linked), taken once dist/ has settled: every number in the
 * report is of one bundle. Returns the child's exit code.
 */
async function snapshot(): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const bundle = await settledBundle()
    const stamp = statSync(BUNDLE).mtimeMs
    const copy = mkdtempSync(join(tmpdir(), 'bench-snapshot-'))
    try {
      try {
        // The emulator checks every request against Tencent Cloud's api.json, read from the test fixtures at run time.
        for (const f of ['dist', '.build', 'action.yml', 'members.yaml', 'package.json', '__tests__/fixtures/api']) {
          cpSync(join(ROOT, f), join(copy, f), { recursive: true, preserveTimestamps: true })
        }
      } catch (e) {
        if (attempt < 5) continue // dist/ vanished mid-copy: a rebuild began; wait for it again
        throw e
      }
      const copied = readFileSync(join(copy, 'dist', 'index.js'))
      if ((!existsSync(BUNDLE) || statSync(BUNDLE).mtimeMs !== stamp || sha256(copied) !== sha256(bundle)) && attempt < 5) continue
      symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir')
      process.stderr.write(`bench: measuring a copy of dist/ (sha256 ${sha256(copied).slice(0, 16)}…) in ${copy}\n`)
      const child = spawnSync(process.execPath, [join(copy, '.build', 'scripts', 'bench.js')], { stdio: 'inherit', env: { ...process.env, BENCH_SNAPSHOT_OF: ROOT } })
      if (child.error) throw child.error
      return child.status ?? 1
    } finally {
      rmSync(copy, { recursive: true, force: true })
    }
  }
}

async function main(): Promise<void> {
  if (!SOURCE) {
    process.exitCode = await snapshot()
    return
  }
  const bundleBytes = readFileSync(BUNDLE)
  const loadavgStart = loadavg().map((x) => round(x, 2))
  const nodes = runtimes()
  const cpu = cpus()
  const machine: Record<string, unknown> = {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    availableParallelism: availableParallelism(),
    memoryGiB: round(totalmem() / 1024 ** 3, 1),
    os: `${platform()} ${release()} ${arch()}`,
    nodes,
    source: SOURCE,
    bundleSha256: sha256(bundleBytes),
    bundleModified: statSync(BUNDLE).mtime.toISOString(),
    loadavgStart
  }
  const log = (s: string) => process.stderr.write(`${s}\n`)
  log(`bench: ${nodes.map((n) => n.label).join(' and ')}; about a minute per node`)

  const tenK = { workspace: mkdtempSync(join(tmpdir(), 'bench-10k-')), file: 'members.yaml' }
  writeFileSync(join(tenK.workspace, tenK.file), membersYaml(VALIDATE_MEMBERS))
  const tenKPath = join(tenK.workspace, tenK.file)
  const repo = new Repo()
  try {
    // 1. Invitation throughput.
    const base = repo.commit({ 'members.yaml': membersYaml(0) }, 'Empty list')
    const head = repo.commit({ 'members.yaml': membersYaml(INVITES) }, `Add ${INVITES} members`)
    for (const rt of nodes) {
      log(`bench: ${INVITES} invitations, ${rt.label}`)
      await inviteThroughput(rt, repo, base, head)
    }
    // 5. Drift over 5,000 members (after the invitations: the same kind of paced, latency-bound run).
    for (const rt of nodes) {
      log(`bench: drift over ${DRIFT_MEMBERS} members, ${rt.label}`)
      await driftWall(rt)
    }
    // 6. Reconcile: three write actions side by side, each under its own limit.
    for (const rt of nodes) {
      log(`bench: reconcile ${RECONCILE_UPDATES} updates, ${RECONCILE_MOVES} moves, ${RECONCILE_REINVITES} re-invitations, ${rt.label}`)
      await reconcileWall(rt)
    }
    // 7. Nodes: a tree created parents first, members invited into it as each node appears.
    for (const rt of nodes) {
      log(`bench: nodes ${NODE_COUNT} created ${NODE_LEVELS} levels deep, ${NODE_MEMBERS} invitations into them, ${rt.label}`)
      await nodesWall(rt)
    }
    // 8. An access review over a long history.
    for (const rt of nodes) {
      log(`bench: review ${REVIEW_MEMBERS} members with ${REVIEW_COMMITS} commits of history, ${rt.label}`)
      await reviewWall(rt)
    }
    // 2. Validation of 10,000 members, over a bare parse of the same file in a fresh process.
    for (const rt of nodes) {
      log(`bench: validate ${VALIDATE_MEMBERS} members, ${rt.label}`)
      processRatio({
        id: 'validate-10k',
        measure: `validate ${VALIDATE_MEMBERS.toLocaleString('en')} members`,
        rt,
        runs: VALIDATE_RUNS,
        goal: VALIDATE_GOAL,
        ...tenK,
        entries: VALIDATE_MEMBERS,
        baselineArgs: ['-e', "process.stdout.write(String(require('yaml').parse(require('fs').readFileSync(process.argv[1], 'utf8')).members.length))", tenKPath],
        baselineLabel: 'bare yaml.parse',
        baselineExpect: String(VALIDATE_MEMBERS)
      })
    }
    // 3. Start-up: the 3-member file of this repository, over an empty node process.
    for (const rt of nodes) {
      log(`bench: start-up, ${rt.label}`)
      processRatio({
        id: 'startup',
        measure: 'start-up (validate 3 members)',
        rt,
        runs: STARTUP_RUNS,
        goal: STARTUP_GOAL,
        workspace: ROOT,
        file: 'members.yaml',
        entries: 3,
        baselineArgs: ['-e', 'process.stdout.write("0")'],
        baselineLabel: 'node -e 0',
        baselineExpect: '0'
      })
    }
    // 5. Hostile files: time and memory against a bare parse (before the probe, which is not timed).
    for (const rt of nodes) rows.push(...measureHostile(rt, log))
    // 4. Sizes, and which chunk each kind of run loads (probe runs with a module-logging hook; not timed).
    log('bench: probing which chunks each run loads')
    const loaded = await probeChunks(nodes[nodes.length - 1]!, tenK)
    const chunks = sizes(loaded)

    machine.loadavgEnd = loadavg().map((x) => round(x, 2))
    // Others may rebuild dist/ meanwhile: numbers from two different bundles would compare nothing.
    const after = existsSync(BUNDLE) ? sha256(readFileSync(BUNDLE)) : 'missing'
    if (after !== machine.bundleSha256) problems.push(`dist/index.js changed during the run (now ${after.slice(0, 16)}): rerun npm run bench.`)
    const missed = print(machine, chunks, loaded)
    mkdirSync(dirname(OUT), { recursive: true })
    const report = {
      date: new Date().toISOString(),
      machine,
      goals: {
        inviteRatio: INVITE_GOAL,
        throttled: 0,
        validateRatio: VALIDATE_GOAL,
        startupRatio: STARTUP_GOAL,
        bundleBytes: BUNDLE_LIMIT,
        hostileRatio: HOSTILE_GOAL,
        driftRatio: DRIFT_GOAL,
        reconcileRatio: RECONCILE_GOAL
      },
      results: rows,
      chunks,
      loadedByRun: loaded,
      notes: problems,
      missed
    }
    writeFileSync(OUT, JSON.stringify(report, null, 2) + '\n')
    // A report, not a test: a missed goal exits 0. A run that did not do its work makes the numbers meaningless.
    if (rows.some((r) => r.invalid)) {
      console.log('Some runs did not do their work (see INVALID above): their numbers mean nothing.')
      process.exitCode = 2
    }
  } finally {
    repo.cleanup()
    rmSync(tenK.workspace, { recursive: true, force: true })
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e))
  process.exitCode = 1
})

/** A detail's value for the report: objects (a figure per API action) as `key value` pairs, not [object Object]. */
function shown(v: unknown): string {
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    return `{ ${Object.entries(v as Record<string, unknown>)
      .map(([k, x]) => `${k} ${shown(x)}`)
      .join(', ')} }`
  }
  return String(v)
}
