// Who approved a pull request, and which approvals count (CONTRACT.md, Approvals). An approval counts when it is:
//
// 1. A review in state APPROVED that is its author's latest opinion. GitHub lists a pull request's reviews in
//    chronological order (docs.github.com/rest/pulls/reviews#list-reviews-for-a-pull-request: "The list of reviews
//    returns in chronological order"), and a reviewer's standing is their latest review that states an opinion:
//    APPROVED, CHANGES_REQUESTED, or DISMISSED (what a dismissed review's state becomes). A COMMENTED review states
//    none, so it leaves an earlier approval standing; GitHub's GraphQL API names that set `latestOpinionatedReviews`
//    (docs.github.com/graphql/reference/objects#pullrequest), and the merge box counts approvals the same way.
//    PENDING reviews are drafts only their author sees; the REST list does not show them to others.
// 2. Given on the pull request's final head commit (`commit_id`): an approval of an earlier commit did not see the
//    last push (GitHub's "Dismiss stale pull request approvals when new commits are pushed").
// 3. By someone who is neither the pull request's author nor the pusher of its last commit: GitHub's rule "Require
//    approval of the most recent reviewable push" ("the most recent reviewable push must be approved by someone
//    other than the person who pushed it": docs.github.com, available rules for rulesets). Who pushed is read from
//    GitHub's own record of pushes, the repository activity (GET /repos/{owner}/{repo}/activity: the actor of the
//    push whose `after` is the head commit). Git's author and committer are whatever the pusher typed, so a second
//    account could push a commit that names someone else; the activity's actor is the account that authenticated
//    the push. When the activity does not have it (a fork's activity the token cannot read, activity older than the
//    pages read), the account GitHub links to the head commit's committer stands in (its author, for a commit made
//    on github.com, whose committer is GitHub's `web-flow`), and the record says which. When neither tells, no
//    approval counts: an approval that cannot be shown to be independent of the last push is not counted.
// 4. By someone with write access (GitHub counts "approvals from people with write permissions"; anyone who can
//    read a public repository can leave an APPROVED review), and before the merge.
import type { Approval, AuditFlag, LastPush, NotCounted, PullRequestApprovals } from '../model/approvals.js'
import type { GitHubApi } from './rest.js'
import type { Pull, Review } from './pulls.js'

/** GitHub's committer for commits made on github.com (the web editor, suggestions, "Update branch"). */
const WEB_FLOW = 'web-flow'
/** Pages of repository activity (100 each) read to find who pushed a head: a bound on the cost of a busy repository. */
const ACTIVITY_PAGES = 5
/** Permissions that may approve: GitHub's legacy permission maps maintain to write. */
const WRITERS = new Set(['admin', 'write'])

/** The latest opinion of each reviewer: the newest of their APPROVED, CHANGES_REQUESTED and DISMISSED reviews. */
export function latestOpinions(reviews: readonly Review[]): Map<string, Review> {
  const ordered = reviews
    .map((r, i) => ({ r, i }))
    // Chronological as listed; submitted_at first where both have one, then the listing's own order.
    .sort((a, b) => (a.r.submittedAt && b.r.submittedAt && a.r.submittedAt !== b.r.submittedAt ? (a.r.submittedAt < b.r.submittedAt ? -1 : 1) : a.i - b.i))
  const latest = new Map<string, Review>()
  for (const { r } of ordered) {
    if (r.login === null || !['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'].includes(r.state)) continue
    latest.set(r.login, r)
  }
  return latest
}

/**
 * The approvals of a pull request as values, each with why it does not count. `writes(login)`: whether the account
 * may write to the repository, asked only of approvals that pass every other rule.
 */
export async function judgeApprovals(pull: Pull, reviews: readonly Review[], lastPush: LastPush, writes: (login: string) => Promise<boolean>): Promise<PullRequestApprovals> {
  const opinions = latestOpinions(reviews)
  const approvals: Approval[] = []
  for (const [login, r] of opinions) {
    if (r.state !== 'APPROVED') continue
    const notCounted: NotCounted[] = []
    const onFinalHead = r.commitId === pull.headSha
    if (!onFinalHead) notCounted.push('not-final-head')
    if (login === pull.author) notCounted.push('author')
    // Unknown pusher: nobody can be shown to be someone else.
    if (lastPush.source === 'unknown' || login === lastPush.login) notCounted.push('last-pusher')
    if (pull.mergedAt && r.submittedAt && r.submittedAt > pull.mergedAt) notCounted.push('after-merge')
    if (notCounted.length === 0 && !(await writes(login))) notCounted.push('no-write-access')
    approvals.push({ login, ...(r.submittedAt ? { at: r.submittedAt } : {}), commit: r.commitId, onFinalHead, counted: notCounted.length === 0, notCounted })
  }
  return {
    number: pull.number,
    url: pull.url,
    title: pull.title,
    author: pull.author,
    headSha: pull.headSha,
    headRef: pull.headRef,
    headRepo: pull.headRepo,
    baseSha: pull.baseSha,
    merged: pull.mergedAt !== null,
    ...(pull.mergedBy ? { mergedBy: pull.mergedBy } : {}),
    ...(pull.mergedAt ? { mergedAt: pull.mergedAt } : {}),
    ...(pull.mergeCommitSha && pull.mergedAt ? { mergeCommit: pull.mergeCommitSha } : {}),
    lastPush,
    approvals,
    changesRequested: [...opinions].filter(([, r]) => r.state === 'CHANGES_REQUESTED').map(([login]) => login),
    counted: approvals.filter((a) => a.counted).map((a) => a.login),
    reviews: reviews.length
  }
}

/** Who pushed the head commit: the repository activity, else the head commit's committer as GitHub links it. */
export async function lastPushOf(api: GitHubApi, pull: Pull): Promise<LastPush> {
  let why = pull.headRepo ? '' : 'the head repository is gone'
  if (pull.headRepo) {
    try {
      const push = await api.findPush(pull.headRepo, pull.headRef, pull.headSha, ACTIVITY_PAGES)
      if (push?.actor) return { login: push.actor, source: 'activity', at: push.at }
      why = push ? 'the push has no actor' : `no push of ${pull.headSha.slice(0, 12)} in the newest activity of ${pull.headRepo}`
    } catch (e) {
      why = `the activity of ${pull.headRepo} could not be read (${(e as Error).message})`
    }
  }
  const commit = await api.lastCommit(pull)
  if (commit && commit.sha === pull.headSha) {
    const login = commit.committer && commit.committer !== WEB_FLOW ? commit.committer : commit.author
    if (login) return { login, source: 'commit', why }
  }
  return { source: 'unknown', why: `${why}; and GitHub links no account to the head commit's committer` }
}

export function auditFlags(pr: PullRequestApprovals | null): AuditFlag[] {
  if (!pr) return ['direct-push', 'no-approval']
  const flags: AuditFlag[] = []
  if (pr.counted.length === 0) flags.push('no-approval')
  if (pr.approvals.some((a) => !a.onFinalHead)) flags.push('approved-before-last-push')
  return flags
}

/**
 * Reads approvals through the API, once per pull request and once per reviewer's permission: the audit of a long
 * history asks about the same pull requests and people again and again.
 */
export class ApprovalReader {
  private readonly pulls = new Map<number, Promise<PullRequestApprovals>>()
  private readonly permissions = new Map<string, Promise<boolean>>()

  constructor(private readonly api: GitHubApi) {}

  /**
   * The pull request whose merge made `sha`: merged, with `merge_commit_sha` equal to it. That is the merge commit
   * of a merge, the squashed commit of a squash, and the last rebased commit of a rebase (the commit the base branch
   * was updated to: docs.github.com/rest/pulls/pulls#get-a-pull-request). null: none (a direct push).
   * `rebased`: also a merged pull request that only holds `sha`, as the earlier commits of a rebase merge do (the
   * audit's record of each commit; apply takes only the commit the merge left the branch at).
   */
  async mergedAs(sha: string, rebased = false): Promise<number | null> {
    const pulls = await this.api.pullsOfCommit(sha)
    const merged = pulls.filter((p) => p.mergedAt !== null)
    return (merged.find((p) => p.mergeCommitSha === sha) ?? (rebased ? merged[0] : undefined))?.number ?? null
  }

  pullRequest(number: number): Promise<PullRequestApprovals> {
    let found = this.pulls.get(number)
    if (!found) {
      found = this.read(number)
      this.pulls.set(number, found)
    }
    return found
  }

  private async read(number: number): Promise<PullRequestApprovals> {
    const pull = await this.api.getPull(number)
    const [reviews, lastPush] = await Promise.all([this.api.listReviews(number), lastPushOf(this.api, pull)])
    return judgeApprovals(pull, reviews, lastPush, (login) => this.writes(login))
  }

  private writes(login: string): Promise<boolean> {
    let known = this.permissions.get(login)
    if (!known) {
      known = this.api.permissionOf(login).then((p) => WRITERS.has(p))
      this.permissions.set(login, known)
    }
    return known
  }
}
