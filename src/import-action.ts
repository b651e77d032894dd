// Mode import of the action: the members file written from the live organization into the workspace (input
// `file`), for a later step to commit or open a pull request with. Never writes to the organization.
import * as core from './workflow-commands.js'
import type { GitHubContext } from './github/context.js'
import { importMembers, importSummary } from './import.js'
import type { Settings } from './inputs.js'
import { describeApiError } from './pipeline.js'
import { ApiError } from './tencent/api-error.js'
import { createOrganizationApi, type OrganizationApi } from './tencent/client.js'
import { isLoopback } from './tencent/endpoint.js'
import { signInWithOidc } from './tencent/oidc.js'
import { code, text } from './report/markdown.js'
import { writeWorkspaceFile } from './workspace-file.js'
import { DEFAULT_INVITE_OPTIONS } from './tencent/invite.js'

export async function importAction(ctx: GitHubContext, settings: Settings): Promise<void> {
  const file = settings.filePath
  let result
  try {
    result = await importMembers(await client(settings), file, settings.rateLimit, DEFAULT_INVITE_OPTIONS)
  } catch (e) {
    const why = e instanceof ApiError ? describeApiError(e) : (e as Error).message
    core.appendSummary(`## Tencent Cloud organization members: import\n\n**Nothing was imported**: reading the organization failed.\n`)
    return core.setFailed(`Reading the organization failed, so ${file} was not written: ${why}`)
  }
  await writeWorkspaceFile(ctx.workspace, file, result.text)
  const { message, failure } = importSummary(file, result)
  core.info(message)
  core.setOutput('imported', result.members)
  core.appendSummary(
    `## Tencent Cloud organization members: import\n\n${text(message)}\n\n` +
      `A plan of ${code(file)} now finds every member in sync. Commit it, or open a pull request with it, to keep the organization as code.\n`
  )
  if (failure) core.setFailed(failure)
}

async function client(settings: Settings): Promise<OrganizationApi> {
  if (!settings.credentials && !settings.oidc) {
    throw new Error(
      'Import reads the organization, so it needs credentials: the secret-id and secret-key inputs (or TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY), or role-arn and oidc-provider-id.'
    )
  }
  if (settings.endpoint.protocol === 'http://' && !isLoopback(settings.endpoint)) {
    core.warning(`endpoint ${settings.endpoint.host} uses plain http: requests can be read and altered on the way.`)
  }
  return createOrganizationApi({
    credentials: settings.credentials ?? (await signInWithOidc(settings.oidc!, { timeoutSeconds: settings.timeoutSeconds })),
    endpoint: settings.endpoint,
    ...(settings.region ? { region: settings.region } : {}),
    timeoutSeconds: settings.timeoutSeconds
  })
}
