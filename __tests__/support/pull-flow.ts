// Pull requests as GitHub makes them, in a real repository (support/git-repo.ts) and the fake GitHub at once: a
// branch pushed with refs/pull/<n>/head (GitHub keeps it after the merge), later pushes, and the three merge methods.
import { git, gitWith, type Repo } from './git-repo.js'
import type { FakeGitHub } from './fake-github.js'

/** GitHub writes merge, squash and rebase commits as its own committer. */
const GITHUB_COMMITTER = { GIT_COMMITTER_NAME: 'GitHub', GIT_COMMITTER_EMAIL: 'noreply@github.com' }

export class PullFlow {
  constructor(
    private readonly repo: Repo,
    private readonly github: FakeGitHub
  ) {}

  /** A branch from main with one commit, pushed, opened as pull request `n`; returns its head. */
  open(
    n: number,
    files: Record<string, string | null>,
    o: { author?: string; pushedBy?: string; committer?: string | null; gitAuthor?: { name: string; email: string } } = {}
  ): string {
    this.repo.checkout('main')
    const base = this.repo.head()
    this.repo.checkout(`change-${n}`, true)
    const head = this.repo.commitAs(files, `Change ${n}`, o.gitAuthor ? { author: o.gitAuthor } : {})
    git(this.repo.work, 'push', '--quiet', 'origin', `HEAD:refs/heads/change-${n}`, `HEAD:refs/pull/${n}/head`)
    this.github.pulls.open({
      number: n,
      author: o.author ?? 'alice',
      head,
      base,
      ref: `change-${n}`,
      ...(o.pushedBy ? { pushedBy: o.pushedBy } : {}),
      ...(o.committer !== undefined ? { committer: o.committer } : {})
    })
    return head
  }

  /** Another push to the pull request's branch: a new final head, pushed by `by` (GitHub links `committer` to it). */
  push(n: number, files: Record<string, string | null>, by: string, committer: string | null = by): string {
    this.repo.checkout(`change-${n}`)
    const head = this.repo.commitAs(files, `More for ${n}`, {})
    git(this.repo.work, 'push', '--quiet', 'origin', `HEAD:refs/heads/change-${n}`, `+HEAD:refs/pull/${n}/head`)
    this.github.pulls.pushTo(n, head, by, committer)
    return head
  }

  /** Merges with one of GitHub's methods and pushes main; the fake records the merge as GitHub would. */
  merge(n: number, how: 'merge' | 'squash' | 'rebase' = 'merge', by = 'maintainer'): { before: string; after: string } {
    const branch = this.github.pulls.pull(n).head.ref
    this.repo.checkout('main')
    const before = this.repo.head()
    if (how === 'merge') gitWith(this.repo.work, GITHUB_COMMITTER, 'merge', '--quiet', '--no-ff', '-m', `Merge pull request #${n} from acme/${branch}`, branch)
    if (how === 'squash') {
      git(this.repo.work, 'merge', '--quiet', '--squash', branch)
      gitWith(this.repo.work, GITHUB_COMMITTER, 'commit', '--quiet', '-m', `Change ${n} (#${n})`)
    }
    // Each commit of the branch replayed on main: new commits, none of them the head; the last is merge_commit_sha.
    if (how === 'rebase') gitWith(this.repo.work, GITHUB_COMMITTER, 'cherry-pick', '--allow-empty', `main..${branch}`)
    this.repo.push()
    const after = this.repo.head()
    this.github.pulls.merge(n, after, by)
    // GitHub associates each rebased commit with the pull request too.
    if (how === 'rebase') {
      const replayed = git(this.repo.work, 'rev-list', '--reverse', `${before}..${after}`).split('\n').filter(Boolean)
      this.github.pulls.pull(n).associated.push(...replayed.slice(0, -1))
    }
    return { before, after }
  }
}
