// Reads the members file at a revision with git, fetching just the commit it needs when the clone is
// shallow (actions/checkout clones with depth 1 by default).
import type { BaseSpec } from './base.js'
import { MAX_BYTES } from '../manifest/parse.js'
import { GitError, commitOf, git, isShallow } from './git.js'

export { GitError }

export interface ResolvedBase {
  /** null: there is no base commit (the repository's first commit). */
  sha: string | null
  notes: string[]
}

/** Where the members file at another revision comes from: git, and the GitHub API when git cannot reach it. */
export interface RevisionSource {
  resolve(spec: BaseSpec): Promise<ResolvedBase>
  readFile(sha: string, path: string): Promise<Buffer | null>
}

/**
 * A revision as git names them: a commit id, or a branch or tag name by git's own rules (check-ref-format),
 * with the ~ and ^ suffixes. Whatever else (`--upload-pack=...`) is refused before git sees it.
 */
export function isRevision(rev: string): boolean {
  if (/^[0-9a-f]{4,64}$/i.test(rev)) return true
  const name = rev.replace(/(?:[~^]\d*)+$/, '')
  return (
    name.length > 0 &&
    name.length <= 255 &&
    !name.startsWith('-') &&
    !name.startsWith('/') &&
    !name.endsWith('/') &&
    !name.endsWith('.') &&
    !name.endsWith('.lock') &&
    !/\.\.|\/\/|@\{|\/\.|^\./.test(name) &&
    // Controls, space and the characters git reserves: ~ ^ : ? * [ \ and DEL.
    !/[\u0000-\u0020\u007f~^:?*[\\]/.test(name)
  )
}

export class GitSource implements RevisionSource {
  constructor(
    private readonly cwd: string,
    private readonly remote = 'origin'
  ) {}

  async resolve(spec: BaseSpec): Promise<ResolvedBase> {
    const rev = spec.kind === 'commit' ? spec.rev : spec.of
    // Not a GitError: no fallback (the API, a merge base) may stand in for a revision that was never one.
    if (!isRevision(rev)) throw new Error(`${JSON.stringify(rev.slice(0, 60))} (${spec.reason}) is not a commit id or a branch or tag name.`)
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
      await this.git(['fetch', '--no-tags', '--no-recurse-submodules', ...depth, '--end-of-options', this.remote, `+refs/heads/${branch}:${ref}`])
      if (shallow) await this.git(['fetch', '--no-tags', '--no-recurse-submodules', '--deepen=200', '--end-of-options', this.remote, head])
    } catch {
      return undefined
    }
    try {
      return (await this.git(['merge-base', '--end-of-options', head, ref])).toString().trim() || undefined
    } catch {
      return undefined
    }
  }

  /**
   * The file at a commit the clone may lack (a pull request's head after a squash or rebase merge, which the
   * branch's history does not hold): fetched from the remote by its id, else by `ref` (GitHub keeps
   * refs/pull/<n>/head). A full clone fetches without a depth, so that it stays a full clone (the history walks
   * need it whole); a shallow one fetches the one commit.
   */
  async readCommitFile(sha: string, path: string, ref: string): Promise<Buffer | null> {
    if (!(await this.commit(sha))) {
      const depth = (await this.isShallow()) ? ['--depth=1'] : []
      for (const rev of [sha, ref]) {
        try {
          await this.git(['-c', 'protocol.version=2', 'fetch', '--no-tags', '--no-recurse-submodules', ...depth, '--end-of-options', this.remote, rev])
        } catch {
          continue
        }
        if (await this.commit(sha)) break
      }
      if (!(await this.commit(sha))) throw new GitError(`${sha.slice(0, 12)} is not in the clone and could not be fetched from ${this.remote} (by its id, or as ${ref})`)
    }
    return this.readFile(sha, path, MAX_BYTES)
  }

  /** The commit checked out in the workspace, or undefined when there is none (not a git repository). */
  head(): Promise<string | undefined> {
    return this.commit('HEAD')
  }

  /**
   * The file's bytes at `sha`, or null when the file does not exist there; at most `maxBytes + 1` of them, which
   * is enough for the caller to refuse the file as too large. A symbolic link is refused: its blob is the link's
   * target, not a members file.
   */
  async readFile(sha: string, path: string, maxBytes = MAX_BYTES): Promise<Buffer | null> {
    // Paths are relative to the working directory, so a file below a subfolder workspace still resolves.
    const entry = (await this.git(['ls-tree', '-z', '--end-of-options', sha, '--', path])).toString()
    const [mode, type, oid] = entry.split('\t')[0]!.split(' ')
    if (!oid) return null
    if (mode === '120000') throw new GitError(`${path} at ${sha.slice(0, 12)} is a symbolic link, not a members file.`)
    if (type !== 'blob') throw new GitError(`${path} at ${sha.slice(0, 12)} is a ${type}, not a file.`)
    const size = Number((await this.git(['cat-file', '-s', oid])).toString().trim())
    if (size > maxBytes) return Buffer.alloc(maxBytes + 1, 0x20)
    return (await this.git(['cat-file', 'blob', oid], 'buffer')) as Buffer
  }

  private async shallowParent(head: string, notes: string[]): Promise<string | undefined> {
    if (!(await this.isShallow())) return undefined
    return this.fetchThen(head, 2, notes, () => this.commit(`${head}^`))
  }

  private async fetchThen(rev: string, depth: number, notes: string[], retry: () => Promise<string | undefined>): Promise<string | undefined> {
    try {
      await this.git(['-c', 'protocol.version=2', 'fetch', '--no-tags', '--no-recurse-submodules', `--depth=${depth}`, '--end-of-options', this.remote, rev])
      notes.push(`Fetched ${rev.slice(0, 12)} (depth ${depth}) from ${this.remote}: the clone did not have it.`)
    } catch {
      return undefined
    }
    return retry()
  }

  private isShallow(): Promise<boolean> {
    return isShallow(this.cwd)
  }

  private commit(rev: string): Promise<string | undefined> {
    return commitOf(this.cwd, rev)
  }

  private git(args: string[], encoding: 'utf8' | 'buffer' = 'utf8'): Promise<string | Buffer> {
    return git(this.cwd, args, { encoding })
  }

  /**
   * The tip of `branch` on the checkout's remote, asked with `git ls-remote` (the credentials actions/checkout left);
   * undefined when the remote cannot be asked (no remote, no network, a laptop).
   */
  async remoteTip(branch: string): Promise<string | undefined> {
    try {
      const out = await git(this.cwd, ['ls-remote', '--end-of-options', this.remote, `refs/heads/${branch}`], { timeoutMs: 20_000 })
      return /^([0-9a-f]{40,64})\t/m.exec(out)?.[1]
    } catch {
      return undefined
    }
  }
}
