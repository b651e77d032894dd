// Mode import of the action: the members file written from the live organization into the workspace (input `file`),
// for a later step to commit or open a pull request with. Never writes to the organization.
import * as core from '../runner/protocol.js'
import type { GitHubContext } from '../model/github-context.js'
import type { OrganizationApi } from '../organization/api.js'
import { ApiError } from '../organization/api-error.js'
import { DEFAULT_RETRY, describeApiError } from '../organization/retry.js'
import { code, text } from '../report/markdown.js'
import { writeWorkspaceFile } from '../runner/workspace-file.js'
import { importMembers, importSummary } from './import.js'

/** What mode import of the action is asked: where to write, how fast to read, and a way to the organization. */
export interface ImportRequest {
  file: string
  rateLimit: number
  nodeIds: boolean
  /** Throws a plain-language error when it cannot make a client (no credentials). */
  client: () => Promise<OrganizationApi>
}

export async function importAction(ctx: GitHubContext, request: ImportRequest): Promise<void> {
  const file = request.file
  let result
  try {
    result = await importMembers(await request.client(), file, { ...DEFAULT_RETRY, rateLimit: request.rateLimit }, { nodeIds: request.nodeIds })
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
