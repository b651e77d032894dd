// The one git runner: every git command the action runs goes through here, with the same environment (no terminal
// prompt), the same error type, and child_process loaded on first use (a validate run never calls git, and the module
// is a few milliseconds of every start that loads it).

/** A git command failed; the message is git's own first words, for a person. */
export class GitError extends Error {}

export interface GitOptions {
  /** The bytes as they are (a blob), rather than text. */
  encoding?: 'utf8' | 'buffer'
  /** Largest answer read (default 64 MiB). */
  maxBuffer?: number
  /** Killed after this long (a command that reaches the network). */
  timeoutMs?: number
}

export function git(cwd: string, args: readonly string[], options?: GitOptions & { encoding?: 'utf8' }): Promise<string>
export function git(cwd: string, args: readonly string[], options: GitOptions & { encoding: 'buffer' }): Promise<Buffer>
export function git(cwd: string, args: readonly string[], options?: GitOptions): Promise<string | Buffer>
export async function git(cwd: string, args: readonly string[], options: GitOptions = {}): Promise<string | Buffer> {
  const { execFile } = await import('node:child_process')
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      [...args],
      { cwd, encoding: options.encoding ?? 'utf8', maxBuffer: options.maxBuffer ?? 64 * 1024 * 1024, env: gitEnv(), ...(options.timeoutMs ? { timeout: options.timeoutMs } : {}) },
      (error, stdout, stderr) => {
        if (error) reject(new GitError(`git ${args[0]} failed: ${String(stderr).trim() || error.message}`))
        else resolve(stdout)
      }
    )
  })
}

function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: '0' }
}

/** Whether the clone holds only the latest commits (actions/checkout's default depth of 1). */
export async function isShallow(cwd: string): Promise<boolean> {
  return (await git(cwd, ['rev-parse', '--is-shallow-repository'])).trim() === 'true'
}

/** The full id of the commit `rev` names, or undefined when it names none. */
export async function commitOf(cwd: string, rev: string): Promise<string | undefined> {
  try {
    return (await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`])).trim() || undefined
  } catch {
    return undefined
  }
}

/** Many blobs through one `git cat-file --batch`; a spec that names no blob (file absent there) maps to null. */
export async function readBlobs(cwd: string, specs: readonly string[]): Promise<Map<string, Buffer | null>> {
  const { spawn } = await import('node:child_process')
  return new Promise((resolveBlobs, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'] })
    const chunks: Buffer[] = []
    let stderr = ''
    child.stdout.on('data', (b: Buffer) => chunks.push(b))
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0) return reject(new GitError(`git cat-file failed: ${stderr.trim() || `exit ${code}`}`))
      const out = Buffer.concat(chunks)
      const blobs = new Map<string, Buffer | null>()
      let at = 0
      for (const spec of specs) {
        const eol = out.indexOf(10, at)
        if (eol < 0) return reject(new GitError(`git cat-file ended early, at ${spec}`))
        const header = out.subarray(at, eol).toString()
        at = eol + 1
        const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header)
        if (!m) {
          blobs.set(spec, null)
          continue
        }
        const size = Number(m[2])
        blobs.set(spec, m[1] === 'blob' ? out.subarray(at, at + size) : null)
        at += size + 1
      }
      resolveBlobs(blobs)
    })
    child.stdin.on('error', () => undefined) // a failing git closes its input; the close handler reports it
    child.stdin.end(specs.map((s) => `${s}\n`).join(''))
  })
}
