// Approvals in words: the section of the summary and the pull request comment (which tiers the change touches, what
// each still needs, who approved and whose approval does not count, and why), and the sentences apply refuses or
// holds back a write with. Logins go into code spans: a rendered @name would notify the person on every update.
import type { Approval, ApprovalStatus, NotCounted, PullRequestApprovals, ReviewedPlan, Tier } from '../model/approvals.js'
import type { RunOutcome } from '../model/run.js'
import { isMemberWrite, type PlannedWrite } from '../model/writes.js'
import { code, table, text } from './markdown.js'

const WHY: Record<NotCounted, string> = {
  'not-final-head': 'given on an earlier commit, before the last push',
  author: "the pull request's author",
  'last-pusher': 'pushed the last commit',
  'no-write-access': 'no write access to the repository',
  'after-merge': 'given after the merge'
}

const TIER_WORDS: Record<Tier, string> = {
  changes: 'a change',
  sensitive: 'sensitive (a removal, a node deletion, or a grant of a sensitive permission)'
}

export function who(login: string): string {
  return `@${login}`
}

export function people(logins: readonly string[]): string {
  return logins.length === 0 ? 'nobody' : logins.map(who).join(', ')
}

/** A write, named for a sentence. */
export function writeName(w: PlannedWrite): string {
  return isMemberWrite(w) ? `${w.action} of ${w.MemberUin} (${w.Name})` : `${w.action} of node ${w.path}`
}

export function notCountedText(a: Approval): string {
  return a.notCounted.map((n) => WHY[n]).join('; ')
}

/** One error per write of a tier that lacks approvals, on its line. */
export function missingApprovals(w: PlannedWrite, tier: Tier, needs: number, status: ApprovalStatus, sha: string): string {
  const need = `${needs} approval${needs === 1 ? '' : 's'}`
  if (status.directPush) {
    return `The ${writeName(w)} is ${TIER_WORDS[tier]}: it needs ${need}, and ${sha.slice(0, 12)} was pushed to the branch directly, not merged from a pull request, so it has none. Nothing was sent.`
  }
  const pr = status.pullRequest!
  const stale = pr.approvals.filter((a) => !a.counted)
  return (
    `The ${writeName(w)} is ${TIER_WORDS[tier]}: it needs ${need} of pull request #${pr.number} on its final head ${pr.headSha.slice(0, 12)}; ` +
    `counted so far: ${people(pr.counted)} (${pr.counted.length} of ${needs}).` +
    (stale.length > 0 ? ` Not counted: ${stale.map((a) => `${who(a.login)} (${notCountedText(a)})`).join(', ')}.` : '') +
    ' Nothing was sent.'
  )
}

export function approvalsFailure(status: ApprovalStatus): string {
  const lacking = status.tiers.filter((t) => t.missing > 0)
  const parts = lacking.map(
    (t) => `the ${t.tier} tier (${t.writes} write${t.writes === 1 ? '' : 's'}) needs ${t.needs} approval${t.needs === 1 ? '' : 's'} and has ${t.approvedBy.length}`
  )
  const where = status.directPush ? 'this commit was pushed directly, not merged from a pull request' : `approved by ${people(status.pullRequest?.counted ?? [])}`
  return `Not enough approvals: ${parts.join('; ')} (${where}); nothing was sent.`
}

/** Why a write was held back: the plan reviewed on the pull request did not show it. */
export function unreviewedMessage(pr: PullRequestApprovals | undefined, why: string | undefined): string {
  const source = pr ? `the plan reviewed on pull request #${pr.number} (final head ${pr.headSha.slice(0, 12)})` : 'no reviewed plan (no pull request merged this commit)'
  const because = why ? `: ${why}` : ' did not show it (the organization changed after the review)'
  return `Not sent: ${source}${because}. The next pull request, or a workflow_dispatch run with reconcile, sends it.`
}

/** How a 403 or 404 reading reviews reads to a person: the token lacks pull-requests: read. */
export function approvalsUnreadable(message: string, status: number | undefined): string {
  const hint =
    status === 403 || status === 404
      ? ' The token may not read pull requests: give the workflow `permissions: pull-requests: read` (the plan workflow has it through pull-requests: write).'
      : ''
  return `approvals is set, and the pull request's approvals could not be read: ${message}.${hint}`
}

/** The section of the summary and the comment. */
export function approvalSection(o: RunOutcome): string | undefined {
  const status = o.approvals
  const reviewed = o.reviewedPlan
  if (!status && !reviewed) return undefined
  const parts: string[] = ['### Approvals']
  if (status) {
    const p = status.policy
    parts.push(
      `Required: ${p.changes} for every write (changes), ${Math.max(p.changes, p.sensitive)} for removals, node deletions and grants of PermissionIds ${p.sensitivePermissions.join(', ') || 'none'} (sensitive).`
    )
    if (status.unreadable) parts.push(`> **Warning:** ${text(status.unreadable)}`)
    if (status.directPush) parts.push('No pull request merged this commit (a direct push): it has no approvals.')
    const pr = status.pullRequest
    if (pr) parts.push(pullRequestLine(pr))
    if (status.tiers.length === 0) parts.push('This change sends nothing that needs an approval.')
    else
      parts.push(
        table(
          ['Tier', 'Writes', 'Needs', 'Approved by', 'Still needs'],
          status.tiers.map((t) => [t.tier, t.writes, t.needs, people(t.approvedBy), t.missing === 0 ? 'nothing: ready' : `${t.missing} more`])
        )
      )
    const stale = pr?.approvals.filter((a) => !a.counted) ?? []
    if (stale.length > 0) parts.push(`Not counted: ${stale.map((a) => `${text(who(a.login)).text} (${notCountedText(a)})`).join(', ')}.`)
    if (pr && pr.changesRequested.length > 0) parts.push(`Changes requested by ${pr.changesRequested.map((l) => text(who(l)).text).join(', ')}.`)
  }
  if (reviewed) parts.push(reviewedLine(reviewed))
  if (o.reviewedFrom?.why) parts.push(`> **No reviewed plan:** ${text(o.reviewedFrom.why)}. Every write is held back as unreviewed.`)
  else if (o.reviewedFrom?.comment) {
    const c = o.reviewedFrom.comment
    parts.push(
      `Reviewed plan: ${c.writes} write${c.writes === 1 ? '' : 's'}, digest ${code(c.digest.slice(0, 19))} on ${code(c.head.slice(0, 12))}; a write it did not show is not sent.`
    )
  }
  return parts.join('\n\n')
}

function pullRequestLine(pr: PullRequestApprovals): string {
  const push =
    pr.lastPush.source === 'unknown'
      ? `who pushed it is unknown (${pr.lastPush.why ?? 'not recorded'}), so no approval counts`
      : `last pushed by ${text(who(pr.lastPush.login!)).text} (${pr.lastPush.source === 'activity' ? "GitHub's record of the push" : "the head commit's committer"})`
  const merged = pr.merged ? `, merged by ${text(who(pr.mergedBy ?? 'unknown')).text} at ${pr.mergedAt ?? 'an unknown time'}` : ''
  return `Pull request ${text(`#${pr.number}`).text} by ${text(who(pr.author)).text}: final head ${code(pr.headSha.slice(0, 12))}, ${push}${merged}; ${pr.reviews} review${pr.reviews === 1 ? '' : 's'} read.`
}

function reviewedLine(plan: ReviewedPlan): string {
  if (plan.tooLarge) return '**The plan has too many writes to keep in this comment**: on merge, apply sends none of them; split the change.'
  const scope = plan.organization ? '' : ' The organization was not read (no credentials), so it holds the invitations alone: other writes are not sent on merge.'
  return `Reviewed plan: ${plan.keys.length} write${plan.keys.length === 1 ? '' : 's'} on ${code(plan.head.slice(0, 12))}, digest ${code(plan.digest.slice(0, 19))}. On merge, apply sends only writes this plan shows.${scope}`
}
