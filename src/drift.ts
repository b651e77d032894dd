// Mode drift (a scheduled run, or on demand): the whole file against the live organization, with no diff and no
// pull request. Reads, compares, reports; writes nothing to the organization. The organization is read while the
// file is validated (aside, when it is large): the read is most of the run, and needs nothing from the file but a
// guess of how many members to expect.
import { checkAgainstOrganization } from './organization-check.js'
import { readManifestAside } from './manifest/aside.js'
import { describeApiError, type PipelineInput, type PipelineResult } from './pipeline.js'
import { isDrift } from './reconcile/classify.js'
import { reconcileInto } from './reconcile/reconcile.js'
import { ApiError } from './tencent/api-error.js'
import { readOrganization, type OrganizationState } from './tencent/organization.js'

export async function runDrift(input: PipelineInput): Promise<PipelineResult> {
  const { file } = input
  const stop = new AbortController()
  const live = input.canCallApi ? startReading(input, stop.signal) : undefined
  const reading = live?.org
  // The SDK loads first (its compiling competes with the worker's for the runner's two cores); then the file.
  await live?.api.catch(() => undefined)
  const manifest = await readManifestAside(file, input.bytes)
  const result: PipelineResult = { mode: 'drift', entries: manifest.entries, diagnostics: manifest.errors, notes: [], warnings: [] }
  if (manifest.errors.length > 0) {
    stop.abort()
    const n = manifest.errors.length
    return { ...result, failure: `${file} has ${n} error${n === 1 ? '' : 's'}; nothing was compared.` }
  }
  input.log(`${file} is valid: ${manifest.entries.length} entries.`)
  if (!reading) {
    result.failure =
      'Mode drift compares the file with the organization, so it needs credentials: the secret-id and secret-key inputs (or TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY), or role-arn and oidc-provider-id.'
    return result
  }
  let org: OrganizationState
  try {
    org = await reading
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

function startReading(input: PipelineInput, signal: AbortSignal): { api: Promise<unknown>; org: Promise<OrganizationState> } {
  const api = input.api()
  const org = api.then((a) => readOrganization(a, input.invite.rateLimit, input.invite, { organization: true, expectedMembers: countEntries(input.bytes), signal }))
  org.catch(() => undefined) // awaited later, or abandoned with an invalid file
  return { api, org }
}

/** A guess, before parsing, of how many entries the file holds: every entry has one MemberUin key. */
export function countEntries(bytes: Buffer): number {
  let n = 0
  for (let at = bytes.indexOf('MemberUin:'); at >= 0; at = bytes.indexOf('MemberUin:', at + 10)) n++
  return n
}
