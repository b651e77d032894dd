// The worst files a pull request can bring, measured: an 8 MiB file of short keys (one mapping of ~800,000 keys)
// and an 8 MiB single value (an enum field, where "did you mean" once built a table of 8 MiB x the known word).
// Each is validated by the bundle in a fresh process, as a runner runs it, against a bare `yaml` parse of the same
// file in a fresh process; time and peak memory (maxRSS, read by a preload at exit) are both compared.
//
// The baseline parses with `uniqueKeys: false`: the library's default duplicate-key check is quadratic (the bug
// that was fixed), and a baseline that slow would flatter any measurement beside it.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { BUNDLE, ROOT } from '../__tests__/support/action-runner.js'

const MiB = 1024 * 1024
/** Just under the members file's 8 MiB limit, so the whole file is read and parsed. */
const SIZE = 8 * MiB - 4096
export const HOSTILE_GOAL = 3
const RUNS = 3

export interface HostileRow {
  id: string
  measure: string
  node: string
  value: number
  unit: 'ms' | 'bytes'
  baseline: number
  baselineLabel: string
  ratio: number
  goal: string
  pass: boolean
  invalid?: string
  samples?: { measured: number[]; baseline: number[] }
}

function shortKeys(): string {
  let out = 'defaults:\n'
  for (let i = 0; out.length < SIZE - 32; i++) out += `  k${i.toString(36)}: 1\n`
  return out + 'members: []\n'
}

function singleValue(): string {
  const head = 'members:\n  - MemberUin: 200000000001\n    Name: member-0\n    NodeId: 1001\n    PolicyType: Financial\n    PermissionIds: [1, 2]\n    IsAllowQuit: '
  return head + 'K'.repeat(SIZE - head.length - 1) + '\n'
}

interface Sample {
  ms: number
  maxRssBytes: number
  code: number | null
  signal: string | null
  stdout: string
}

function run(node: string, args: string[], env: Record<string, string>, rssFile: string): Sample {
  rmSync(rssFile, { force: true })
  const t0 = performance.now()
  const r = spawnSync(node, args, {
    cwd: ROOT,
    env: { ...env, NODE_OPTIONS: `--require ${join(rssFile, '..', 'maxrss.cjs')}`, BENCH_RSS_FILE: rssFile },
    encoding: 'utf8',
    maxBuffer: 64 * MiB
  })
  const ms = performance.now() - t0
  // Node reports maxRSS in KiB.
  const kib = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : NaN
  return { ms, maxRssBytes: kib * 1024, code: r.status, signal: r.signal, stdout: r.stdout }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits

export function measureHostile(node: { label: string; path: string }, log: (s: string) => void): HostileRow[] {
  const dir = mkdtempSync(join(tmpdir(), 'bench-hostile-'))
  writeFileSync(join(dir, 'maxrss.cjs'), "process.on('exit', () => require('fs').writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)))\n")
  const rows: HostileRow[] = []
  try {
    for (const [id, what, text] of [
      ['hostile-keys', '8 MiB of short keys', shortKeys()],
      ['hostile-value', 'an 8 MiB enum value', singleValue()]
    ] as const) {
      log(`bench: validate ${what}, ${node.label}`)
      const workspace = mkdtempSync(join(dir, 'ws-'))
      writeFileSync(join(workspace, 'members.yaml'), text)
      const summary = join(dir, 'summary.md')
      const env = {
        PATH: process.env.PATH ?? '',
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: workspace,
        GITHUB_OUTPUT: join(dir, 'output.txt'),
        GITHUB_STEP_SUMMARY: summary,
        RUNNER_TEMP: dir,
        INPUT_MODE: 'validate'
      }
      const rss = join(dir, 'rss.txt')
      const parse = [
        '-e',
        "const d = require('yaml').parseDocument(require('fs').readFileSync(process.argv[1], 'utf8'), { uniqueKeys: false }); process.stdout.write(String(d.errors.length))",
        join(workspace, 'members.yaml')
      ]
      const measured: Sample[] = []
      const baseline: Sample[] = []
      let invalid: string | undefined
      for (let i = 0; i < RUNS; i++) {
        // The runner creates both files before the step; @actions/core refuses to write to a missing one.
        writeFileSync(summary, '')
        writeFileSync(env.GITHUB_OUTPUT, '')
        const m = run(node.path, [BUNDLE], env, rss)
        // The file is invalid: exit 1 with its errors in the summary is the work done; a signal is a crash.
        if (m.code !== 1 || !readFileSync(summary, 'utf8').includes('is invalid')) invalid ??= `the action exited ${m.code ?? m.signal} without an invalid-file summary`
        measured.push(m)
        const b = run(node.path, parse, env, rss)
        if (b.code !== 0) invalid ??= `the baseline exited ${b.code ?? b.signal}`
        baseline.push(b)
      }
      const time = { m: median(measured.map((s) => s.ms)), b: median(baseline.map((s) => s.ms)) }
      const memory = { m: median(measured.map((s) => s.maxRssBytes)), b: median(baseline.map((s) => s.maxRssBytes)) }
      for (const [suffix, unit, v] of [
        ['time', 'ms', time],
        ['peak memory', 'bytes', memory]
      ] as const) {
        const ratio = v.m / v.b
        rows.push({
          id: `${id}-${suffix === 'time' ? 'time' : 'memory'}`,
          measure: `validate ${what}: ${suffix}`,
          node: node.label,
          value: unit === 'ms' ? round(v.m) : Math.round(v.m),
          unit,
          baseline: unit === 'ms' ? round(v.b) : Math.round(v.b),
          baselineLabel: 'bare yaml parse',
          ratio: round(ratio, 2),
          goal: `≤ ${HOSTILE_GOAL}`,
          pass: !invalid && ratio <= HOSTILE_GOAL,
          ...(invalid ? { invalid } : {}),
          ...(unit === 'ms' ? { samples: { measured: measured.map((s) => round(s.ms)), baseline: baseline.map((s) => round(s.ms)) } } : {})
        })
      }
      rmSync(workspace, { recursive: true, force: true })
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return rows
}
