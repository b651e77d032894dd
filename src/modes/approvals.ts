// Approvals, as plan and apply use them (CONTRACT.md, "Approvals: what was approved is what is applied").
//
// Plan, on a pull request: the plan's writes as keys (organization/write-keys.ts), kept hidden in the sticky
// comment with a digest and the head commit they were planned on; and with `approvals` set, which tiers the change
// touches, what each needs and who approved, read from GitHub (github/approvals.ts).
//
// Apply: the pull request is the one whose merge made GITHUB_SHA; a commit no pull request merged has no approvals.
// What apply may send is bound twice, and neither bound can be widened by editing or deleting the comment:
// 1. The comment's keys: the plan on the pull request's final head, against the organization as reviewers saw it.
//    They count only from a comment written by the token's own account (the action's identity) and last edited by it
//    (GraphQL's `editor`: anyone with write access can edit any comment, and the author stays), holding one plan
//    whose digest is over exactly the keys it lists, made on the pull request's final head commit, for this file.
//    A missing, edited, or other comment gives no keys: then nothing is reviewed, and nothing is sent.
// 2. A recomputation from git: the plan of the final head's own file (the head commit is in the repository after the
//    merge; a squashed head is fetched) against this apply's base and the organization as it is now. The digest is no
//    secret, and the token's identity can be borrowed (any workflow of the repository writes as github-actions[bot]),
//    so a forged plan is conceivable; intersected with this, it can at most name a write the reviewed file itself
//    makes, never one for an entry the reviewed head does not hold or a value it does not set.
// A write outside both is `unreviewed`: not sent, reported on its line; the next pull request, or a
// workflow_dispatch run with reconcile, sends it. A workflow_dispatch run is a person's deliberate request on the
// default branch, which the approvals of the pull request that merged its commit still gate; it sends what the
// organization needs now, without the reviewed-plan bound (that is how held-back writes are sent).
// Then each tier (organization/approval-tiers.ts) must have its approvals, or the whole apply is refused before
// anything is sent, one error per write of a lacking tier.
import { ApprovalReader } from '../github/approvals.js'
import { GitHubError, type GitHubApi } from '../github/rest.js'
import type { ApprovalStatus, PullRequestApprovals, ReviewedPlan, ReviewedSource } from '../model/approvals.js'
import { error, warning, type Diagnostic } from '../model/diagnostics.js'
import type { PlannedWrite, WriteResult } from '../model/writes.js'
import { approvalsNeeded, tierOf, tierStatuses } from '../organization/approval-tiers.js'
import { planInvitations } from '../organization/reconcilers/invitation.js'
import { planDigest, writeKey } from '../organization/write-keys.js'
import { approvalsFailure, approvalsUnreadable, missingApprovals, unreviewedMessage, writeName } from '../report/approvals.js'
import { marker } from '../report/comment.js'
import { readReviewedPlan } from '../report/reviewed-plan.js'
import type { Planned } from './steps.js'
import type { RunPorts, RunRequest } from './request.js'
import { compareWithOrganization, diffWithBase, validateFile } from './steps.js'

// ---- plan --------------------------------------------------------------------------------------------------------

/** The writes a plan shows: every write when the organization was read, else the invitations of added entries alone. */
function shownWrites(planned: Planned): PlannedWrite[] {
  if (planned.compared) return planned.compared.writes
  const diff = planned.outcome.diff
  return diff && !planned.outcome.failure ? planInvitations(diff, new Set(), undefined, 'none') : []
}

/** On a pull request: the plan reviewers see, to keep in the comment. */
export function reviewedPlanOf(request: RunRequest, planned: Planned): ReviewedPlan | undefined {
  const pr = request.change?.pullRequest
  if (!pr) return undefined
  const organization = planned.compared !== undefined
  const keys = [...new Set(shownWrites(planned).map(writeKey))].sort()
  return { version: 1, file: request.file, head: pr.head, organization, keys, digest: planDigest(request.file, pr.head, organization, keys) }
}

/** Handle: the pull request's approvals, read while the plan is made. Never rejects. */
export function startPlanApprovals(request: RunRequest, ports: RunPorts): Promise<{ pr?: PullRequestApprovals; unreadable?: string }> | undefined {
  const number = request.change?.pullRequest?.number
  if (!request.approvals || number === undefined) return undefined
  return (async () => {
    const api = await ports.github?.()
    if (!api) return { unreadable: 'there is no github-token, so who approved cannot be read' }
    return { pr: await new ApprovalReader(api).pullRequest(number) }
  })().catch((e: unknown) => ({ unreadable: approvalsUnreadable((e as Error).message, (e as GitHubError).status) }))
}

export function planApprovalStatus(request: RunRequest, planned: Planned, read: { pr?: PullRequestApprovals; unreadable?: string }): ApprovalStatus {
  const policy = request.approvals!
  return {
    policy,
    ...(read.pr ? { pullRequest: read.pr } : {}),
    ...(read.unreadable ? { unreadable: read.unreadable } : {}),
    tiers: tierStatuses(shownWrites(planned), policy, read.pr?.counted ?? [])
  }
}

// ---- apply -------------------------------------------------------------------------------------------------------

export type Evidence =
  { kind: 'pull-request'; pr: PullRequestApprovals; comment?: { plan?: ReviewedPlan; why?: string } } | { kind: 'direct-push' } | { kind: 'unreadable'; why: string }

/** Handle: who approved the pull request that made GITHUB_SHA, and its reviewed plan, read while the organization is. */
export function startApplyApprovals(request: RunRequest, ports: RunPorts): Promise<Evidence> | undefined {
  if (!request.approvals) return undefined
  return readEvidence(request, ports).catch((e: unknown) => ({ kind: 'unreadable' as const, why: approvalsUnreadable((e as Error).message, (e as GitHubError).status) }))
}

async function readEvidence(request: RunRequest, ports: RunPorts): Promise<Evidence> {
  const api = await ports.github?.()
  if (!api) {
    return {
      kind: 'unreadable',
      why: 'approvals is set, so apply reads who approved the merged pull request through the GitHub API, and there is no github-token: give the github-token input (the default, the workflow token, needs `permissions: pull-requests: read`).'
    }
  }
  const sha = request.change?.sha ?? ''
  const reader = new ApprovalReader(api)
  const number = await reader.mergedAs(sha)
  if (number === null) return { kind: 'direct-push' }
  const [pr, comment] = await Promise.all([
    reader.pullRequest(number),
    request.change?.event === 'workflow_dispatch' ? Promise.resolve(undefined) : reviewedComment(api, number, request.file)
  ])
  return { kind: 'pull-request', pr, ...(comment ? { comment } : {}) }
}

/** The reviewed plan of the pull request's comment, when a comment by the token's own account holds a sound one. */
async function reviewedComment(api: GitHubApi, number: number, file: string): Promise<{ plan?: ReviewedPlan; why?: string }> {
  const self = await api.viewer()
  if (self.login === undefined) return { why: `GitHub did not say which account the token belongs to (${self.unknown}), so the plan comment cannot be told from a copy` }
  const mine = (await api.listComments(number)).filter((c) => c.author === self.login && c.body.startsWith(marker(file)))
  if (mine.length === 0) return { why: `pull request #${number} has no plan comment by ${self.login} (it was deleted, or the plan did not run on the pull request)` }
  const comment = mine.at(-1)!
  // The author stays when someone else edits: only a comment last written by the token's own account is its plan.
  const editor = await api.commentEditor(comment.nodeId).catch((e: unknown) => ({ failed: (e as Error).message }))
  if ('failed' in editor) return { why: `who last edited the plan comment on pull request #${number} could not be read (${editor.failed})` }
  if (editor.login !== undefined && editor.login !== self.login)
    return { why: `the plan comment on pull request #${number} was last edited by ${editor.login}, not by ${self.login}` }
  const found = readReviewedPlan(comment.body)
  if (found === undefined) return { why: `the plan comment on pull request #${number} holds no reviewed plan` }
  if ('invalid' in found) return { why: `the plan comment on pull request #${number} cannot be trusted: ${found.invalid}` }
  if (found.file !== file) return { why: `the plan comment on pull request #${number} is for ${found.file}, not ${file}` }
  return { plan: found }
}

export interface Gate {
  /** What may be sent. */
  send: PlannedWrite[]
  /** Held back: unreviewed. */
  held: WriteResult[]
  diagnostics: Diagnostic[]
  status: ApprovalStatus
  reviewedFrom?: { comment?: { digest: string; head: string; writes: number }; why?: string }
  failure?: string
}

/** Apply's gate: the reviewed-plan bound, then the tiers. `planned` has its comparison (the organization was read). */
export async function gateWrites(request: RunRequest, ports: RunPorts, planned: Planned, evidence: Evidence): Promise<Gate> {
  const policy = request.approvals!
  const writes = planned.compared!.writes
  const file = request.file
  if (evidence.kind === 'unreadable') {
    const status: ApprovalStatus = { policy, tiers: tierStatuses(writes, policy, []), unreadable: evidence.why }
    return { send: [], held: [], diagnostics: [], status, failure: evidence.why }
  }
  const pr = evidence.kind === 'pull-request' ? evidence.pr : undefined
  let send = writes
  let held: WriteResult[] = []
  let reviewedFrom: Gate['reviewedFrom']
  // A direct push is refused for its approvals below; with tiers that need none, it has no reviewed plan to send.
  if (request.change?.event !== 'workflow_dispatch') {
    const source = pr
      ? await reviewedKeys(request, ports, planned, pr, evidence.kind === 'pull-request' ? evidence.comment : undefined)
      : { why: 'no pull request merged this commit' }
    reviewedFrom = { ...(source.comment ? { comment: source.comment } : {}), ...(source.why ? { why: source.why } : {}) }
    send = writes.filter((w) => source.keys?.has(writeKey(w)))
    held = writes
      .filter((w) => !source.keys?.has(writeKey(w)))
      .map((w): WriteResult => ({ write: w, status: 'unreviewed', message: unreviewedMessage(pr, source.why), attempts: 0 }))
  }
  // The tiers count what would be sent; a direct push has nothing reviewed, so every write asks for its approvals.
  const counted = pr ? send : writes
  const status: ApprovalStatus = { policy, ...(pr ? { pullRequest: pr } : { directPush: true as const }), tiers: tierStatuses(counted, policy, pr?.counted ?? []) }
  const lacking = new Set(status.tiers.filter((t) => t.missing > 0).map((t) => t.tier))
  if (lacking.size > 0) {
    const diagnostics = counted
      .filter((w) => lacking.has(tierOf(w, policy.sensitivePermissions)))
      .map((w) => {
        const tier = tierOf(w, policy.sensitivePermissions)
        return error(file, { line: w.line, col: 1 }, 'Approvals missing', missingApprovals(w, tier, approvalsNeeded(tier, policy), status, request.change?.sha ?? ''))
      })
    return { send: [], held: [], diagnostics, status, ...(reviewedFrom ? { reviewedFrom } : {}), failure: approvalsFailure(status) }
  }
  const diagnostics = held.map((r) => warning(file, { line: r.write.line, col: 1 }, 'Not reviewed', `The ${writeName(r.write)}: ${r.message}`))
  return { send, held, diagnostics, status, ...(reviewedFrom ? { reviewedFrom } : {}) }
}

/** The keys apply may send: the comment's (when sound and for the final head), within the final head's own plan. */
async function reviewedKeys(
  request: RunRequest,
  ports: RunPorts,
  planned: Planned,
  pr: PullRequestApprovals,
  comment: { plan?: ReviewedPlan; why?: string } | undefined
): Promise<ReviewedSource> {
  const plan = comment?.plan
  if (!plan) return { why: comment?.why ?? 'the pull request has no reviewed plan' }
  if (plan.head !== pr.headSha) {
    return {
      why: `the plan comment was made on ${plan.head.slice(0, 12)}, not on the pull request's final head ${pr.headSha.slice(0, 12)} (the plan did not run after the last push)`
    }
  }
  if (plan.tooLarge) return { why: 'the reviewed plan had too many writes to keep in the comment' }
  let headKeys: Set<string>
  try {
    headKeys = await headPlanKeys(request, ports, planned, pr)
  } catch (e) {
    return { why: `the final head's file could not be planned from git (${(e as Error).message})` }
  }
  return { keys: new Set(plan.keys.filter((k) => headKeys.has(k))), comment: { digest: plan.digest, head: plan.head, writes: plan.keys.length } }
}

/** The writes the final head's own file makes against this apply's base and the organization now, as keys. */
async function headPlanKeys(request: RunRequest, ports: RunPorts, planned: Planned, pr: PullRequestApprovals): Promise<Set<string>> {
  if (!ports.commitFile || !planned.base || !planned.org) throw new Error('git is not available')
  const bytes = await ports.commitFile(pr.headSha, `refs/pull/${pr.number}/head`)
  if (bytes === null) throw new Error(`${request.file} is not in ${pr.headSha.slice(0, 12)}`)
  const manifest = validateFile({ file: request.file, bytes })
  if (manifest.errors.length > 0) throw new Error(`${request.file} at ${pr.headSha.slice(0, 12)} is invalid`)
  const compared = compareWithOrganization(request, diffWithBase(planned.base, manifest), manifest, planned.org)
  return new Set(compared.writes.map(writeKey))
}
