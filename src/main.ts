// Reads the runner's settings, runs the pipeline and reports. Everything that decides lives elsewhere.
import * as core from './workflow-commands.js'
import { defaultBranch, readContext, type GitHubContext } from './github/context.js'
import { readSettings } from './inputs.js'
import { checkoutRefusal, decideMode } from './mode.js'
import { MAX_BYTES } from './manifest/parse.js'
import { logLines } from './untrusted-text.js'
import { readWorkspaceFile, WorkspaceFileError } from './workspace-file.js'
import type { Settings } from './inputs.js'
import { runPipeline } from './pipeline.js'
import { chooseBase } from './revision/base.js'
import { GitSource } from './revision/git-source.js'
import { RevisionReader } from './revision/reader.js'
import { createGitHubApi, type GitHubApi } from './github/rest.js'
import { commentBody, upsertComment } from './report/comment.js'
import { annotate, overflowNote } from './report/annotations.js'
import { allResults, planOutput, resultsOutput, writesOutput } from './report/outputs.js'
import { renderSummary } from './report/summary.js'
import { createOrganizationApi, preloadSdk } from './tencent/client.js'
import { isLoopback } from './tencent/endpoint.js'
import { DEFAULT_INVITE_OPTIONS } from './tencent/invite.js'
import { driftOutput, reconcilePlanOutput } from './report/drift.js'
import { keepDriftIssue } from './github/drift-issue.js'
// Imported statically although few runs use them: a module that a lazy chunk shares with the entry cannot be hoisted
// into the entry's scope, and stays a wrapped function that Node compiles twice on every run. Import and audit read
// members files, so a chunk of theirs would take the validator and yaml out of that scope; the OIDC sign-in shares the
// runner protocol and p-retry. What loads lazily is code the validate path shares nothing with: the SDK, Octokit,
// @actions/core's OIDC client (README, Performance).
import { importAction } from './import-action.js'
import { auditForAction } from './audit/action.js'
import { lookUpHistory } from './reconcile/since.js'
import { signInWithOidc } from './tencent/oidc.js'

export async function run(): Promise<void> {
  const ctx = readContext()
  const settings = readSettings(ctx.workspace)
  let decision = decideMode(settings.mode, ctx)
  if (decision.mode === 'apply') {
    // The event says which branch the run is for, not what was checked out: a pull request's head checked out
    // under issue_comment or workflow_run must not be applied.
    const refusal = checkoutRefusal(ctx, await new GitSource(ctx.workspace).head())
    if (refusal) decision = { mode: 'plan', downgraded: refusal }
  }
  let client: Promise<GitHubApi> | undefined
  const github = async (): Promise<GitHubApi | undefined> => (settings.githubToken ? (client ??= createGitHubApi(settings.githubToken, ctx)) : undefined)
  if (decision.downgraded) core.warning(decision.downgraded, { title: 'Not applied' })
  if (decision.mode === 'audit') return audit(ctx, settings)
  if (decision.mode === 'import') return importAction(ctx, settings)
  // OIDC signs in for apply only: a pull request's token is not one the role should trust (README, OIDC section).
  const branch = defaultBranch(ctx)
  // Drift runs on the default branch (schedule, workflow_dispatch), as apply does: the same role may trust it.
  const canCallApi = settings.credentials !== undefined || (settings.oidc !== undefined && (decision.mode === 'apply' || decision.mode === 'drift'))
  if (canCallApi && decision.mode !== 'validate') preloadSdk()

  let bytes: Buffer
  try {
    bytes = await readWorkspaceFile(ctx.workspace, settings.filePath, MAX_BYTES)
  } catch (e) {
    if (e instanceof WorkspaceFileError && !e.missing) throw e
    throw new Error(`${settings.filePath} was not found in the workspace (${ctx.workspace}). Check the file input, and that actions/checkout ran first.`)
  }

  const result = await runPipeline({
    mode: decision.mode,
    file: settings.filePath,
    bytes,
    base: chooseBase(settings.base, ctx),
    maxInvites: settings.maxInvites,
    invite: {
      ...DEFAULT_INVITE_OPTIONS,
      rateLimit: settings.rateLimit,
      onRetry: (entry, error, attempt) => core.info(`Retrying MemberUin ${entry.member.MemberUin} after attempt ${attempt}: ${error.code ?? error.message}`)
    },
    revisions: () =>
      new RevisionReader({
        git: new GitSource(ctx.workspace),
        api: github,
        head: ctx.sha || 'HEAD',
        ...(branch ? { defaultBranch: branch } : {}),
        forcePushPossible: ctx.eventName === 'push' && !settings.base
      }),
    canCallApi,
    api: async () => {
      if (!settings.credentials && !settings.oidc) {
        throw new Error(
          'Apply needs credentials: set role-arn and oidc-provider-id (OIDC sign-in, no stored secret), or the secret-id and secret-key inputs (or TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY).'
        )
      }
      if (settings.endpoint.protocol === 'http://' && !isLoopback(settings.endpoint)) {
        core.warning(`endpoint ${settings.endpoint.host} uses plain http: requests can be read and altered on the way.`)
      }
      const sts = settings.oidc?.stsEndpoint
      if (!settings.credentials && sts?.protocol === 'http://' && !isLoopback(sts)) {
        core.warning(`sts-endpoint ${sts.host} uses plain http: the ID token and the temporary credentials can be read on the way.`)
      }
      return createOrganizationApi({
        // OIDC runs only: the SDK's STS client loads here (src/tencent/oidc.ts).
        credentials: settings.credentials ?? (await signInWithOidc(settings.oidc!, { timeoutSeconds: settings.timeoutSeconds })),
        endpoint: settings.endpoint,
        ...(settings.tagEndpoint ? { tagEndpoint: settings.tagEndpoint } : {}),
        ...(settings.region ? { region: settings.region } : {}),
        timeoutSeconds: settings.timeoutSeconds
      })
    },
    log: (message) => core.info(message),
    history: (uins) => lookUpHistory(ctx.workspace, settings.filePath, uins, ctx.sha || undefined),
    failOnDrift: settings.failOnDrift,
    reconcile: settings.reconcile,
    maxChanges: settings.maxChanges,
    maxRemovals: settings.maxRemovals,
    protectedMembers: settings.protectedMembers
  })

  annotate(result.diagnostics)
  const overflow = overflowNote(result.diagnostics)
  if (overflow) core.notice(overflow)
  for (const note of result.notes) core.info(note)
  for (const warning of result.warnings) core.warning(warning)
  const undeclared = result.organization?.check.undeclared.length ?? 0
  if (undeclared > 0)
    core.notice(
      `${undeclared} member${undeclared === 1 ? ' of the organization is' : 's of the organization are'} not declared in ${settings.filePath}; the job summary has entries to paste.`,
      { title: 'Undeclared members' }
    )
  if (result.plan)
    core.setOutput(
      'plan',
      JSON.stringify({
        ...planOutput(result.plan, result.organization?.check.alreadyMembers),
        ...(result.reconcile ? reconcilePlanOutput(result.reconcile) : {}),
        ...(result.writePlan ? { writes: writesOutput(result.writePlan) } : {})
      })
    )
  if (result.reconcile) core.setOutput('drift', JSON.stringify(driftOutput(result.reconcile)))
  const runUrl = ctx.repository && ctx.runId ? `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}` : ''
  const record = { commit: ctx.sha, actor: ctx.actor, runUrl }
  const results = allResults(result)
  const applied = result.invites || result.writes || result.reinvites
  core.setOutput('results', JSON.stringify(resultsOutput(results, applied ? record : undefined)))
  core.setOutput('invited', results.filter((r) => r.status === 'invited').length)
  core.setOutput('failed', results.filter((r) => r.status === 'failed').length)

  // On a pull request GITHUB_SHA is a merge commit nobody reads; the head commit is what the author wrote.
  const blob = (ctx.payload.pull_request?.head?.sha as string | undefined) ?? ctx.sha
  const path = encodeURI(settings.filePath).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  const lineUrl = ctx.repository && blob ? (line: number) => `${ctx.serverUrl}/${ctx.repository}/blob/${blob}/${path}#L${line}` : undefined
  const summary = renderSummary({
    file: settings.filePath,
    mode: result.mode,
    notes: [...(decision.downgraded ? [decision.downgraded] : []), ...result.notes],
    diagnostics: result.diagnostics,
    entries: result.entries.length,
    ...(result.plan ? { plan: result.plan } : {}),
    ...(result.organization ? { organization: result.organization } : {}),
    warnings: result.warnings,
    ...(applied ? { record } : {}),
    ...(result.invites ? { invites: result.invites } : {}),
    ...(applied ? { results } : {}),
    ...(result.writePlan ? { writePlan: result.writePlan } : {}),
    reconcileLevel: settings.reconcile,
    ...(result.reconcile ? { reconcile: result.reconcile } : {}),
    ...(lineUrl ? { lineUrl } : {})
  })
  // Without a summary file (a local run) the summary goes to the log, escaped: file text must not make commands.
  if (!core.appendSummary(summary)) for (const line of logLines(summary)) core.info(line)
  if (settings.comment) await comment(ctx, settings.filePath, summary, github, runUrl)
  if (settings.driftIssue && result.mode === 'drift' && result.reconcile) await keepDriftIssue(settings.filePath, result.reconcile, summary, github, runUrl)

  if (result.failure) core.setFailed(result.failure)
}

/** The sticky plan comment on a pull request. It informs; it never decides the run's outcome. */
async function comment(ctx: GitHubContext, file: string, summary: string, github: () => Promise<GitHubApi | undefined>, runUrl: string): Promise<void> {
  const issue = ctx.payload.pull_request?.number
  if (typeof issue !== 'number') return
  try {
    const api = await github()
    if (!api) return core.info('No github-token: the plan is in the job summary only.')
    const done = await upsertComment(api, issue, file, commentBody(file, summary, runUrl || undefined))
    core.info(`Plan comment ${done} on pull request #${issue}.`)
  } catch (e) {
    const status = (e as { status?: number }).status
    const why = status === 403 || status === 404 ? ' The token cannot write to this pull request (a fork? add `permissions: pull-requests: write`).' : ''
    core.warning(`The plan comment was not posted: ${(e as Error).message}.${why} The plan is in the job summary.`, { title: 'No plan comment' })
  }
}

/** Mode audit: the file's membership history, as Markdown in the summary and JSON and CSV in the outputs. */
async function audit(ctx: GitHubContext, settings: Settings): Promise<void> {
  const report = await auditForAction({
    workspace: ctx.workspace,
    file: settings.filePath,
    ...(settings.since ? { since: settings.since } : {}),
    ...(settings.until ? { until: settings.until } : {}),
    // Only an explicit base bounds the walk: the per-event default would cut the history to one push.
    ...(settings.base ? { from: settings.base } : {}),
    ...(ctx.sha ? { to: ctx.sha } : {})
  })
  core.setOutput('audit', report.json)
  core.setOutput('audit-csv', report.csv)
  if (!core.appendSummary(report.markdown)) for (const line of logLines(report.markdown)) core.info(line)
  if (report.failure) core.setFailed(report.failure)
  else core.info(`${report.records} record${report.records === 1 ? '' : 's'} of membership changes in ${settings.filePath}.`)
}
