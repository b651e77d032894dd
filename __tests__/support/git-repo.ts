// Real git repositories in a temporary folder: a bare "origin" and a working clone, like a runner's checkout.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Ada Admin',
  GIT_AUTHOR_EMAIL: 'ada@example.com',
  GIT_COMMITTER_NAME: 'Ada Admin',
  GIT_COMMITTER_EMAIL: 'ada@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null'
}

export function git(cwd: string, ...args: string[]): string {
  return gitWith(cwd, {}, ...args)
}

/** git with extra environment (another author, fixed dates). */
export function gitWith(cwd: string, env: Record<string, string>, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: { ...GIT_ENV, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()
}

/** Who made a commit and when: dates are ISO 8601, and both author and committer dates get `date`. */
export interface Authorship {
  author?: { name: string; email: string }
  committer?: { name: string; email: string }
  date?: string
}

function authorshipEnv(a: Authorship): Record<string, string> {
  return {
    ...(a.author ? { GIT_AUTHOR_NAME: a.author.name, GIT_AUTHOR_EMAIL: a.author.email } : {}),
    ...(a.committer ? { GIT_COMMITTER_NAME: a.committer.name, GIT_COMMITTER_EMAIL: a.committer.email } : {}),
    ...(a.date ? { GIT_AUTHOR_DATE: a.date, GIT_COMMITTER_DATE: a.date } : {})
  }
}

export class Repo {
  readonly root: string
  readonly origin: string
  readonly work: string

  constructor() {
    this.root = mkdtempSync(join(tmpdir(), 'members-repo-'))
    this.origin = join(this.root, 'origin.git')
    this.work = join(this.root, 'work')
    git(this.root, 'init', '--quiet', '--bare', '--initial-branch=main', this.origin)
    git(this.root, 'init', '--quiet', '--initial-branch=main', this.work)
    git(this.work, 'remote', 'add', 'origin', this.origin)
  }

  /** Writes files (relative path -> content; null deletes), commits and pushes; returns the new commit. */
  commit(files: Record<string, string | null>, message = 'Update members', branch = 'main'): string {
    this.commitOnly(files, message)
    git(this.work, 'push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`)
    return this.head()
  }

  /** Commits without pushing (to rewrite history, then force-push). */
  commitOnly(files: Record<string, string | null>, message = 'Update members'): string {
    return this.commitAs(files, message, {})
  }

  /** Commits on the current branch, without pushing, as someone else and/or at a given date. */
  commitAs(files: Record<string, string | null>, message: string, who: Authorship): string {
    this.write(files)
    git(this.work, 'add', '-A')
    gitWith(this.work, authorshipEnv(who), 'commit', '--quiet', '--allow-empty', '-m', message)
    return this.head()
  }

  /** `git mv`, committed without pushing. */
  rename(from: string, to: string, message: string, who: Authorship = {}): string {
    mkdirSync(dirname(join(this.work, to)), { recursive: true })
    git(this.work, 'mv', from, to)
    gitWith(this.work, authorshipEnv(who), 'commit', '--quiet', '-m', message)
    return this.head()
  }

  /** Switches the working clone to `branch`, creating it at HEAD when `create`. */
  checkout(branch: string, create = false): void {
    git(this.work, 'checkout', '--quiet', ...(create ? ['-b'] : []), branch)
  }

  /** Merges `branch` into the current branch with a merge commit, as GitHub's "Create a merge commit" does. */
  merge(branch: string, message: string, who: Authorship = {}): string {
    gitWith(this.work, authorshipEnv(who), 'merge', '--quiet', '--no-ff', '-m', message, branch)
    return this.head()
  }

  /** Pushes the current HEAD to `branch` of origin. */
  push(branch = 'main'): void {
    git(this.work, 'push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`)
  }

  private write(files: Record<string, string | null>): void {
    for (const [path, content] of Object.entries(files)) {
      const full = join(this.work, path)
      // Removed first, never written through: a test may have left a symbolic link at the path.
      rmSync(full, { force: true })
      if (content !== null) {
        mkdirSync(dirname(full), { recursive: true })
        writeFileSync(full, content)
      }
    }
  }

  head(): string {
    return git(this.work, 'rev-parse', 'HEAD')
  }

  /** A depth-1 clone of `ref`, as actions/checkout makes by default. */
  shallowClone(ref = 'main'): string {
    const dir = join(this.root, `shallow-${Math.random().toString(36).slice(2)}`)
    git(this.root, 'clone', '--quiet', '--depth=1', '--no-tags', '--branch', ref, `file://${this.origin}`, dir)
    return dir
  }

  cleanup(): void {
    rmSync(this.root, { recursive: true, force: true })
  }
}

export function pushEvent(before: string, after: string, branch = 'main'): Record<string, unknown> {
  return {
    ref: `refs/heads/${branch}`,
    before,
    after,
    created: /^0+$/.test(before),
    repository: { full_name: 'acme/org-members', default_branch: 'main' }
  }
}

export function pullRequestEvent(baseSha: string, headSha: string, number = 7): Record<string, unknown> {
  return {
    number,
    pull_request: { number, base: { sha: baseSha, ref: 'main' }, head: { sha: headSha, ref: 'feature' } },
    repository: { full_name: 'acme/org-members', default_branch: 'main' }
  }
}
