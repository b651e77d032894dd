// Reads the runner's settings, runs the pipeline and reports. Everything that decides lives elsewhere.
import * as core from '@actions/core'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { readContext } from './github-context.js'
import { readSettings } from './inputs.js'
import { decideMode } from './mode.js'
import { runPipeline } from './pipeline.js'
import { chooseBase } from './revision/base.js'
import { GitSource } from './revision/git-source.js'
import { annotate } from './report/annotations.js'
import { planOutput, resultsOutput } from './report/outputs.js'
import { renderSummary } from './report/summary.js'
import { createOrganizationApi } from './tencent/client.js'
import { isLoopback } from './tencent/endpoint.js'
import { DEFAULT_INVITE_OPTIONS } from './tencent/invite.js'

export async function run(): Promise<void> {
  const ctx = readContext()
  const settings = readSettings(ctx.workspace)
  const decision = decideMode(settings.mode, ctx)
  if (decision.downgraded) core.warning(decision.downgraded, { title: 'Not applied' })

  let bytes: Buffer
  try {
    bytes = await readFile(resolve(ctx.workspace, settings.filePath))
  } catch {
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
      onRetry: (entry, error, attempt) =>
        core.info(`Retrying MemberUin ${entry.member.MemberUin} after attempt ${attempt}: ${error.code ?? error.message}`)
    },
    revisions: () => new GitSource(ctx.workspace),
    api: async () => {
      if (!settings.credentials) {
        throw new Error('Apply needs credentials: set the secret-id and secret-key inputs (or TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY).')
      }
      if (settings.endpoint.protocol === 'http://' && !isLoopback(settings.endpoint)) {
        core.warning(`endpoint ${settings.endpoint.host} uses plain http: requests can be read and altered on the way.`)
      }
      return createOrganizationApi({
        credentials: settings.credentials,
        endpoint: settings.endpoint,
        ...(settings.region ? { region: settings.region } : {}),
        timeoutSeconds: settings.timeoutSeconds
      })
    },
    log: (message) => core.info(message)
  })

  annotate(result.diagnostics)
  for (const note of result.notes) core.info(note)
  if (result.plan) core.setOutput('plan', JSON.stringify(planOutput(result.plan)))
  const results = result.invites?.results ?? []
  core.setOutput('results', JSON.stringify(resultsOutput(results)))
  core.setOutput('invited', results.filter((r) => r.status === 'invited').length)
  core.setOutput('failed', results.filter((r) => r.status === 'failed').length)

  const lineUrl = ctx.repository && ctx.sha ? (line: number) => `${ctx.serverUrl}/${ctx.repository}/blob/${ctx.sha}/${settings.filePath}#L${line}` : undefined
  const summary = renderSummary({
    file: settings.filePath,
    mode: result.mode,
    notes: [...(decision.downgraded ? [decision.downgraded] : []), ...result.notes],
    diagnostics: result.diagnostics,
    entries: result.entries.length,
    ...(result.plan ? { plan: result.plan } : {}),
    ...(result.invites ? { invites: result.invites } : {}),
    ...(lineUrl ? { lineUrl } : {})
  })
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summary).write()
  else core.info(summary)

  if (result.failure) core.setFailed(result.failure)
}
