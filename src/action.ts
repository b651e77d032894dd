// One run of the action: settings -> mode -> report. Everything that decides lives below; index.ts starts it.
import * as core from './runner/protocol.js'
import { readContext } from './settings/context.js'
import { readSettings, type Settings } from './settings/inputs.js'
import { checkoutRefusal, decideMode, staleRefusal, workingTreeRefusal } from './settings/mode.js'
import { githubClient, missingCredentials, organizationClient } from './settings/clients.js'
import { pullRequestOf, type GitHubContext } from './model/github-context.js'
import type { RunOutcome } from './model/run.js'
import { MAX_BYTES } from './manifest/parse.js'
import { chooseBase } from './history/base.js'
import { GitSource } from './history/revision.js'
import { RevisionReader } from './history/reader.js'
import { lookUpHistory } from './history/since.js'
import { preloadSdk } from './organization/sdk-client.js'
import { DEFAULT_RETRY } from './organization/retry.js'
import { readWorkspaceFile, WorkspaceFileError } from './runner/workspace-file.js'
import { writeLogLine } from './report/log.js'
import { publish } from './report/publish.js'
import { validate, plan } from './modes/plan.js'
import { apply } from './modes/apply.js'
import { drift } from './modes/drift.js'
import { importAction } from './modes/import-action.js'
import { auditAction } from './modes/audit.js'
import { approvalsThroughGitHub, reviewAction } from './modes/review-action.js'
import { blame } from './history/blame.js'
import type { RunPorts, RunRequest } from './modes/request.js'

/** One run of the action; `cancel` is aborted when the runner cancels the step (index.ts). */
export async function run(cancel: AbortSignal = new AbortController().signal): Promise<void> {
  const ctx = readContext()
  const settings = readSettings(ctx.workspace)
  const github = githubClient(settings.githubToken, ctx)
  let decision = decideMode(settings.mode, ctx)
  if (decision.downgraded) core.warning(decision.downgraded, { title: 'Not applied' })
  if (decision.mode === 'audit') {
    return auditAction(ctx, { file: settings.filePath, ...pick(settings, 'since', 'until', 'base') }, github)
  }
  if (decision.mode === 'review') {
    const approvals = await approvalsThroughGitHub(github)
    return reviewAction(
      {
        workspace: ctx.workspace,
        file: settings.filePath,
        bytes: await readFile(ctx, settings),
        commit: ctx.sha || null,
        date: new Date().toISOString().slice(0, 10),
        sensitivePermissions: settings.sensitivePermissions,
        send: { ...DEFAULT_RETRY, rateLimit: settings.rateLimit },
        reviewDir: settings.reviewDir,
        ...(settings.previousReview ? { previousReview: settings.previousReview } : {}),
        issue: settings.reviewIssue,
        github
      },
      {
        organization: () => organizationClient(settings, 'review'),
        blame: () => blame(ctx.workspace, settings.filePath, ctx.sha || 'HEAD'),
        ...(approvals ? { approvals } : { approvalsUnknown: 'approvals are not read without a github-token' }),
        log: (line) => core.info(line)
      }
    )
  }
  if (decision.mode === 'import') {
    return importAction(ctx, { file: settings.filePath, rateLimit: settings.rateLimit, nodeIds: settings.importNodeIds, client: () => organizationClient(settings, 'import') })
  }
  // OIDC signs in for apply and drift only (the default branch's runs): a pull request's token is not one the role
  // should trust (README, OIDC section).
  const readsOrganization = settings.credentials !== undefined || (settings.oidc !== undefined && (decision.mode === 'apply' || decision.mode === 'drift'))
  if (readsOrganization && decision.mode !== 'validate') preloadSdk()

  let bytes = await readFile(ctx, settings)
  if (decision.mode === 'apply') {
    const confirmed = await confirmApply(ctx, settings, bytes)
    if (confirmed.refusal) {
      decision = { mode: 'plan', downgraded: confirmed.refusal }
      core.warning(confirmed.refusal, { title: 'Not applied' })
    } else bytes = confirmed.bytes
  }
  const mode = decision.mode
  const request: RunRequest = {
    file: settings.filePath,
    bytes,
    base: chooseBase(settings.base, ctx),
    maxInvites: settings.maxInvites,
    reconcile: settings.reconcile,
    maxChanges: settings.maxChanges,
    maxRemovals: settings.maxRemovals,
    protectedMembers: settings.protectedMembers,
    failOnDrift: settings.failOnDrift,
    ...(settings.approvals ? { approvals: settings.approvals } : {}),
    change: { event: ctx.eventName, sha: ctx.sha, ...(pullRequestOf(ctx) ? { pullRequest: pullRequestOf(ctx)! } : {}) },
    send: {
      ...DEFAULT_RETRY,
      rateLimit: settings.rateLimit,
      cancel,
      onRetry: (what, error, attempt) => core.info(`Retrying ${what} after attempt ${attempt}: ${error.code ?? error.message}`)
    }
  }
  const ports: RunPorts = {
    ...(readsOrganization ? { organization: () => organizationClient(settings, mode === 'apply' ? 'apply' : 'read') } : {}),
    ...(readsOrganization ? {} : { unreadable: missingCredentials(mode === 'apply' ? 'apply' : 'read') }),
    revisions: () =>
      new RevisionReader({
        git: new GitSource(ctx.workspace),
        api: github,
        head: ctx.sha || 'HEAD',
        ...(ctx.payload.repository?.default_branch ? { defaultBranch: String(ctx.payload.repository.default_branch) } : {}),
        forcePushPossible: ctx.eventName === 'push' && !settings.base
      }),
    history: (uins) => lookUpHistory(ctx.workspace, settings.filePath, uins, ctx.sha || undefined),
    github,
    commitFile: (sha, ref) => new GitSource(ctx.workspace).readCommitFile(sha, settings.filePath, ref),
    log: (line) => core.info(line),
    onResult: (result) => core.info(writeLogLine(result))
  }
  const outcome: RunOutcome =
    mode === 'validate' ? validate(request, ports) : mode === 'plan' ? await plan(request, ports) : mode === 'drift' ? await drift(request, ports) : await apply(request, ports)
  await publish(outcome, { ctx, github, ...(decision.downgraded ? { downgraded: decision.downgraded } : {}), comment: settings.comment, driftIssue: settings.driftIssue })
}

/** The members file from the workspace: a regular file, reached without links, at most MAX_BYTES. */
async function readFile(ctx: GitHubContext, settings: Settings): Promise<Buffer> {
  try {
    return await readWorkspaceFile(ctx.workspace, settings.filePath, MAX_BYTES)
  } catch (e) {
    if (e instanceof WorkspaceFileError && !e.missing) throw e
    throw new Error(`${settings.filePath} was not found in the workspace (${ctx.workspace}). Check the file input, and that actions/checkout ran first.`)
  }
}

/**
 * Apply sends only what the default branch's newest commit says: the checkout is that commit, the file is read from
 * the commit (not the working tree), and the commit is still the branch's tip. Otherwise the run plans, and says why.
 */
async function confirmApply(ctx: GitHubContext, settings: Settings, workspace: Buffer): Promise<{ bytes: Buffer; refusal?: string }> {
  const git = new GitSource(ctx.workspace)
  // The event says which branch the run is for, not what was checked out: a pull request's head checked out under
  // issue_comment or workflow_run must not be applied.
  const checkout = checkoutRefusal(ctx, await git.head())
  if (checkout) return { bytes: workspace, refusal: checkout }
  const committed = await git.readFile(ctx.sha, settings.filePath, MAX_BYTES)
  const changed = workingTreeRefusal(settings.filePath, ctx.sha, committed, workspace)
  if (changed) return { bytes: workspace, refusal: changed }
  const branch = ctx.payload.repository?.default_branch
  const tip = typeof branch === 'string' && branch ? await git.remoteTip(branch) : undefined
  if (!tip && typeof branch === 'string' && branch) {
    core.warning(
      `Could not ask the remote whether ${ctx.sha.slice(0, 12)} is still the tip of ${branch} (no remote, or no network): applying it. A re-run of an older push would apply its older file.`,
      { title: 'Tip of the branch not checked' }
    )
  }
  const stale = staleRefusal(ctx, tip)
  return stale ? { bytes: workspace, refusal: stale } : { bytes: committed! }
}

/** The keys of `o` that are set. */
function pick<T extends object, K extends keyof T>(o: T, ...keys: K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]])) as Partial<Pick<T, K>>
}
