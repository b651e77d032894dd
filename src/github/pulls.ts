// The REST calls approvals read (github/approvals.ts decides what they mean): a commit's pull requests, a pull
// request, its reviews and its last commit, the pushes to a branch, and a reviewer's permission. Part of GitHubApi
// (rest.ts); each answer cut down to the fields the action reads.
import type { getOctokit } from '@actions/github'

type Octokit = ReturnType<typeof getOctokit>

export interface PullSummary {
  number: number
  state: string
  mergedAt: string | null
  /** After the merge: the merge commit, the squashed commit, or the commit a rebase left the base branch at. */
  mergeCommitSha: string | null
  baseRef: string
}

export interface Pull extends PullSummary {
  url: string
  title: string
  author: string
  headSha: string
  headRef: string
  /** `owner/name` of the head branch's repository; '' when it is gone (a deleted fork). */
  headRepo: string
  baseSha: string
  mergedBy?: string
  /** How many commits the pull request has. */
  commits: number
}

export interface Review {
  id: number
  /** null: the account was deleted (GitHub shows "ghost"). */
  login: string | null
  state: string
  commitId: string | null
  submittedAt?: string
}

/** The accounts GitHub links to a commit's author and committer (by their e-mail addresses); absent when none. */
export interface CommitPeople {
  sha: string
  author?: string
  committer?: string
}

export interface Push {
  actor?: string
  before: string
  after: string
  ref: string
  type: string
  at: string
}

export interface PullRequestsApi {
  /** The pull requests GitHub associates with a commit (merged ones whose merge made it, and open ones holding it). */
  pullsOfCommit(sha: string): Promise<PullSummary[]>
  getPull(pull: number): Promise<Pull>
  /** Every review, every page, in the order GitHub lists them (chronological). */
  listReviews(pull: number): Promise<Review[]>
  /** The last commit of a pull request, with the accounts GitHub links to it. */
  lastCommit(pull: Pull): Promise<CommitPeople | undefined>
  /**
   * The push that moved `ref` of the repository `repo` (owner/name) to `sha`, from GitHub's repository activity;
   * undefined when none of the newest `maxPages` pages of activity has it.
   */
  findPush(repo: string, ref: string, sha: string, maxPages: number): Promise<Push | undefined>
  /** `admin`, `write`, `read` or `none` (GitHub's legacy permission, which maps maintain to write and triage to read). */
  permissionOf(login: string): Promise<string>
}

/** GitHub lists at most this many commits of a pull request (docs.github.com/rest/pulls/pulls#list-commits-on-a-pull-request). */
const PULL_COMMITS_LISTED = 250

export function pullRequestCalls(octokit: Octokit, owner: string, repo: string, call: <T>(what: string, f: () => Promise<T>) => Promise<T>): PullRequestsApi {
  const login = (u: { login?: string } | null | undefined): string | undefined => u?.login || undefined
  return {
    pullsOfCommit: (sha) =>
      call(`Listing the pull requests of commit ${sha.slice(0, 12)}`, async () =>
        (await octokit.paginate(octokit.rest.repos.listPullRequestsAssociatedWithCommit, { owner, repo, commit_sha: sha, per_page: 100 })).map((p) => ({
          number: p.number,
          state: p.state,
          mergedAt: p.merged_at ?? null,
          mergeCommitSha: p.merge_commit_sha ?? null,
          baseRef: p.base.ref
        }))
      ),
    getPull: (pull) =>
      call(`Reading pull request #${pull}`, async () => {
        const p = (await octokit.rest.pulls.get({ owner, repo, pull_number: pull })).data
        return {
          number: p.number,
          state: p.state,
          mergedAt: p.merged_at ?? null,
          mergeCommitSha: p.merge_commit_sha ?? null,
          baseRef: p.base.ref,
          url: p.html_url,
          title: p.title,
          author: p.user?.login ?? '',
          headSha: p.head.sha,
          headRef: p.head.ref,
          headRepo: p.head.repo?.full_name ?? '',
          baseSha: p.base.sha,
          ...(login(p.merged_by) ? { mergedBy: login(p.merged_by)! } : {}),
          commits: p.commits
        }
      }),
    listReviews: (pull) =>
      call(`Listing the reviews of pull request #${pull}`, async () =>
        (await octokit.paginate(octokit.rest.pulls.listReviews, { owner, repo, pull_number: pull, per_page: 100 })).map((r) => ({
          id: r.id,
          login: r.user?.login ?? null,
          state: r.state,
          commitId: r.commit_id ?? null,
          ...(r.submitted_at ? { submittedAt: r.submitted_at } : {})
        }))
      ),
    lastCommit: (pull) =>
      call(`Reading the last commit of pull request #${pull.number}`, async () => {
        // The list stops at 250 commits; past that the head commit is read on its own.
        if (pull.commits > PULL_COMMITS_LISTED || pull.commits < 1) {
          const c = (await octokit.rest.repos.getCommit({ owner, repo, ref: pull.headSha, per_page: 1 })).data
          return { sha: c.sha, ...people(c) }
        }
        const page = Math.ceil(pull.commits / 100)
        const list = (await octokit.rest.pulls.listCommits({ owner, repo, pull_number: pull.number, per_page: 100, page })).data
        const c = list.at(-1)
        return c ? { sha: c.sha, ...people(c) } : undefined
      }),
    findPush: (full, ref, sha, maxPages) =>
      call(`Reading who pushed ${sha.slice(0, 12)} (repository activity of ${full})`, async () => {
        const [o = '', r = ''] = full.split('/')
        let pages = 0
        for await (const page of octokit.paginate.iterator(octokit.rest.repos.listActivities, { owner: o, repo: r, ref: `refs/heads/${ref}`, per_page: 100 })) {
          const found = page.data.find((a) => a.after === sha && ['push', 'force_push', 'branch_creation'].includes(a.activity_type))
          if (found)
            return {
              ...(login(found.actor) ? { actor: login(found.actor)! } : {}),
              before: found.before,
              after: found.after,
              ref: found.ref,
              type: found.activity_type,
              at: found.timestamp
            }
          if (++pages >= maxPages) break
        }
        return undefined
      }),
    permissionOf: async (who) => {
      try {
        return (await octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: who })).data.permission
      } catch (e) {
        // 404: not a collaborator (or no such account): no permission to approve with.
        if ((e as { status?: number }).status === 404) return 'none'
        return call(`Reading the repository permission of ${who}`, () => Promise.reject(e))
      }
    }
  }
}

function people(c: { author: unknown; committer: unknown }): { author?: string; committer?: string } {
  const loginOf = (u: unknown): string | undefined => (u && typeof u === 'object' && 'login' in u && typeof u.login === 'string' && u.login ? u.login : undefined)
  const author = loginOf(c.author)
  const committer = loginOf(c.committer)
  return { ...(author ? { author } : {}), ...(committer ? { committer } : {}) }
}
