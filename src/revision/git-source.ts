// Reads the members file at a revision with git, fetching just the commit it needs when the clone is
// shallow (actions/checkout clones with depth 1 by default).
import { execFile } from 'node:child_process'
import type { BaseSpec } from './base.js'

export interface ResolvedBase {
  /** null: there is no base commit (the repository's first commit). */
  sha: string | null
  notes: string[]
}

export class GitError extends Error {}

export class GitSource {
  constructor(
    private readonly cwd: string,
    private readonly remote = 'origin'
  ) {}

  async resolve(spec: BaseSpec): Promise<ResolvedBase> {
    const notes: string[] = []
    if (spec.kind === 'commit') {
      // A fetched branch or tag name makes no local ref; FETCH_HEAD is what the fetch brought.
      const fetched = async () => (await this.commit(spec.rev)) ?? (await this.commit('FETCH_HEAD'))
      const sha = (await this.commit(spec.rev)) ?? (await this.fetchThen(spec.rev, 1, notes, fetched))
      if (!sha) throw new GitError(`The base commit ${spec.rev} (${spec.reason}) is not in the clone and cannot be fetched from ${this.remote}.`)
      return { sha, notes }
    }
    const head = await this.commit(spec.of)
    if (!head) throw new GitError(`The commit ${spec.of} is not in the clone; is the workspace checked out?`)
    const parent = (await this.commit(`${head}^`)) ?? (await this.shallowParent(head, notes))
    if (!parent) notes.push(`${head.slice(0, 7)} has no parent: every entry counts as added.`)
    return { sha: parent ?? null, notes }
  }

  /**
   * The merge base of `head` with the remote's default branch, deepening a shallow clone as far as needed
   * (a members repository is small; the history that matters is recent).
   */
  async mergeBase(head: string, branch: string): Promise<string | undefined> {
    const ref = `refs/remotes/${this.remote}/${branch}`
    const shallow = await this.isShallow()
    const depth = shallow ? ['--depth=200'] : []
    try {
      await this.git(['fetch', '--no-tags', '--no-recurse-submodules', ...depth, this.remote, `+refs/heads/${branch}:${ref}`])
      if (shallow) await this.git(['fetch', '--no-tags', '--no-recurse-submodules', '--deepen=200', this.remote, head])
    } catch {
      return undefined
    }
    try {
      return (await this.git(['merge-base', head, ref])).toString().trim() || undefined
    } catch {
      return undefined
    }
  }

  /** The file's bytes at `sha`, or null when the file does not exist there. */
  async readFile(sha: string, path: string): Promise<Buffer | null> {
    // `rev:./path` is relative to the working directory, so a file below a subfolder workspace still resolves.
    const oid = await this.revParse(`${sha}:./${path}`)
    if (!oid) return null
    return (await this.git(['cat-file', 'blob', oid], 'buffer')) as Buffer
  }

  private async shallowParent(head: string, notes: string[]): Promise<string | undefined> {
    if (!(await this.isShallow())) return undefined
    return this.fetchThen(head, 2, notes, () => this.commit(`${head}^`))
  }

  private async fetchThen(rev: string, depth: number, notes: string[], retry: () => Promise<string | undefined>): Promise<string | undefined> {
    try {
      await this.git(['-c', 'protocol.version=2', 'fetch', '--no-tags', '--no-recurse-submodules', `--depth=${depth}`, this.remote, rev])
      notes.push(`Fetched ${rev.slice(0, 12)} (depth ${depth}) from ${this.remote}: the clone did not have it.`)
    } catch {
      return undefined
    }
    return retry()
  }

  private async isShallow(): Promise<boolean> {
    return (await this.git(['rev-parse', '--is-shallow-repository'])).toString().trim() === 'true'
  }

  private commit(rev: string): Promise<string | undefined> {
    return this.revParse(`${rev}^{commit}`)
  }

  private async revParse(rev: string): Promise<string | undefined> {
    try {
      return (await this.git(['rev-parse', '--verify', '--quiet', rev])).toString().trim() || undefined
    } catch {
      return undefined
    }
  }

  private git(args: string[], encoding: 'utf8' | 'buffer' = 'utf8'): Promise<string | Buffer> {
    return new Promise((resolveGit, reject) => {
      execFile(
        'git',
        args,
        { cwd: this.cwd, encoding, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } },
        (error, stdout, stderr) => {
          if (error) reject(new GitError(`git ${args[0]} failed: ${String(stderr).trim() || error.message}`))
          else resolveGit(stdout)
        }
      )
    })
  }
}
