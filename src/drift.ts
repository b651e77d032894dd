// Mode drift (a scheduled run, or on demand): the whole file against the live organization, with no diff and no
// pull request. Reads, compares, reports; writes nothing to the organization.
import { checkAgainstOrganization } from './organization-check.js'
import { describeApiError, type PipelineInput, type PipelineResult } from './pipeline.js'
import { isDrift } from './reconcile/classify.js'
import { reconcileInto } from './reconcile/reconcile.js'
import { ApiError } from './tencent/api-error.js'
import { readOrganization, type OrganizationState } from './tencent/organization.js'

export async function runDrift(input: PipelineInput, result: PipelineResult): Promise<PipelineResult> {
  const { file } = input
  if (!input.canCallApi) {
    result.failure = 'Mode drift compares the file with the organization, so it needs credentials: the secret-id and secret-key inputs (or TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY), or role-arn and oidc-provider-id.'
    return result
  }
  let org: OrganizationState
  try {
    org = await readOrganization(await input.api(), input.invite.rateLimit, input.invite, { organization: true })
  } catch (e) {
    result.failure = `Reading the organization failed, so nothing was compared: ${e instanceof ApiError ? describeApiError(e) : (e as Error).message}`
    return result
  }
  // Nothing is added in a drift run: the check contributes the members the file does not declare.
  const none = { base: null, added: [], changed: [], removed: [], unchanged: result.entries.length }
  const check = checkAgainstOrganization(file, none, result.entries, org)
  result.organization = { check, nodes: org.nodes.length, members: org.members.length, calls: org.calls }
  input.log(`Read the organization: ${org.nodes.length} nodes, ${org.members.length} members (${org.calls} calls).`)
  const rec = await reconcileInto(result, { file, org, ...(input.history ? { history: input.history } : {}) })
  const drifted = rec.members.filter(isDrift).length
  input.log(drifted === 0 ? `${file} and the organization agree.` : `${drifted} MemberUin${drifted === 1 ? '' : 's'} of ${file} and the organization differ.`)
  if (input.failOnDrift && drifted > 0) {
    result.failure = `${file} and the organization differ for ${drifted} MemberUin${drifted === 1 ? '' : 's'} (fail-on-drift is on); the job summary lists every difference.`
  }
  return result
}
