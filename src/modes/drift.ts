// Mode drift (a scheduled run, or on demand): the whole file against the live organization, with no diff and no pull
// request. Reads, compares, reports; writes nothing to the organization. The organization is read while the file is
// validated (in a worker when it is large): the read is most of the run, and needs nothing from the file but a guess
// of how many members to expect.
import { validateAside } from '../manifest/validation-worker.js'
import type { RunOutcome } from '../model/run.js'
import { ApiError } from '../organization/api-error.js'
import { driftCount, driftWords } from '../organization/classify.js'
import { describeApiError } from '../organization/retry.js'
import { CancelledError, Sender } from '../organization/send.js'
import { against, invalid, start } from './plan.js'
import type { RunPorts, RunRequest } from './request.js'
import { compareWithOrganization, knowTags, startHistory, startReading } from './steps.js'

export async function drift(request: RunRequest, ports: RunPorts, sender = new Sender(request.send)): Promise<RunOutcome> {
  const { file } = request
  // Handle: the read starts first; the SDK loads before the file is validated (its compiling competes with the
  // worker's for the runner's two cores).
  const reading = ports.organization ? startReading(ports, sender, countEntries(request.bytes), true) : undefined
  await reading?.api.catch(() => undefined)
  const manifest = await validateAside(file, request.bytes)
  const outcome = start('drift', request, manifest)
  if (manifest.errors.length > 0) {
    reading?.abandon()
    return { ...invalid(outcome, file), failure: `${file} has ${manifest.errors.length} error${manifest.errors.length === 1 ? '' : 's'}; nothing was compared.` }
  }
  ports.log(`${file} is valid: ${manifest.entries.length} ${manifest.entries.length === 1 ? 'entry' : 'entries'}.`)
  if (!reading) {
    return {
      ...outcome,
      failure:
        'Mode drift compares the file with the organization, so it needs credentials: the secret-id and secret-key inputs (or TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY), or role-arn and oidc-provider-id.'
    }
  }
  let org
  try {
    org = await knowTags(await reading.state, manifest.entries, sender, await reading.api)
  } catch (e) {
    if (e instanceof CancelledError) return { ...outcome, failure: 'The run was cancelled while reading the organization; nothing was compared.' }
    return { ...outcome, failure: `Reading the organization failed, so nothing was compared: ${e instanceof ApiError ? describeApiError(e) : (e as Error).message}` }
  }
  ports.log(`Read the organization: ${org.nodes.length} nodes, ${org.members.length} members (${org.calls} calls).`)
  const compared = compareWithOrganization(request, undefined, manifest, org)
  const reconciliation = await startHistory(ports, compared.rec)
  const drifted = driftCount(reconciliation)
  ports.log(drifted === 0 ? `${file} and the organization agree.` : `${driftWords(reconciliation)} of ${file} and the organization differ.`)
  // Drift plans no writes: what an apply would send is the plan's business, against a diff.
  const { writes: _none, ...view } = against(compared, org)
  const done: RunOutcome = { ...outcome, ...view, reconciliation }
  if (request.failOnDrift && drifted > 0) {
    done.failure = `${file} and the organization differ for ${driftWords(reconciliation)} (fail-on-drift is on); the job summary lists every difference.`
  }
  return done
}

/** A guess, before parsing, of how many entries the file holds: every entry has one MemberUin key. */
export function countEntries(bytes: Buffer): number {
  let n = 0
  for (let at = bytes.indexOf('MemberUin:'); at >= 0; at = bytes.indexOf('MemberUin:', at + 10)) n++
  return n
}
