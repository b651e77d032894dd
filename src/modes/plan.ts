// Mode plan (and validate): validate the file, diff it against the base revision, compare it with the live
// organization, and say what apply would send. Never writes. Apply (apply.ts) is this, then the send.
import { describeApiError } from '../organization/retry.js'
import { ApiError } from '../organization/api-error.js'
import { CancelledError, Sender } from '../organization/send.js'
import type { Diff, Manifest } from '../model/entries.js'
import type { WriteResult } from '../model/writes.js'
import type { OrganizationState } from '../model/organization.js'
import type { RunOutcome } from '../model/run.js'
import type { RunPorts, RunRequest } from './request.js'
import { checkDiff, compareWithOrganization, diffWithBase, knowTags, readBaseRevision, startHistory, startReading, validateFile, type Compared, type Planned } from './steps.js'
import type { OrganizationApi } from '../organization/api.js'
import { planApprovalStatus, reviewedPlanOf, startPlanApprovals } from './approvals.js'

export type { Planned }

/** Mode validate: the file alone. No git, no network. */
export function validate(request: RunRequest, ports: RunPorts): RunOutcome {
  const manifest = validateFile(request)
  const outcome = start('validate', request, manifest)
  if (manifest.errors.length > 0) return invalid(outcome, request.file)
  ports.log(`${request.file} is valid: ${manifest.entries.length} ${manifest.entries.length === 1 ? 'entry' : 'entries'}.`)
  return outcome
}

export async function plan(request: RunRequest, ports: RunPorts, sender = new Sender(request.send)): Promise<RunOutcome> {
  // Handle: the pull request's reviews are read while the plan is made.
  const approvals = startPlanApprovals(request, ports)
  const planned = await planWrites('plan', request, ports, sender)
  const reviewedPlan = reviewedPlanOf(request, planned)
  if (reviewedPlan) planned.outcome.reviewedPlan = reviewedPlan
  if (approvals) planned.outcome.approvals = planApprovalStatus(request, planned, await approvals)
  return finish(planned)
}

/** Every step of plan, for plan and apply. */
export async function planWrites(mode: 'plan' | 'apply', request: RunRequest, ports: RunPorts, sender: Sender): Promise<Planned> {
  const { file } = request
  const manifest = validateFile(request)
  const outcome = start(mode, request, manifest)
  if (manifest.errors.length > 0) return { outcome: invalid(outcome, file) }
  ports.log(`${file} is valid: ${manifest.entries.length} ${manifest.entries.length === 1 ? 'entry' : 'entries'}.`)

  // Handle: the organization does not depend on the base revision, so it is read while git works.
  // The management account is asked for when reconcile may change members, or a payer may be it.
  const management = request.reconcile !== 'none' || manifest.entries.some((e) => e.member.PayUin !== undefined)
  const reading = ports.organization ? startReading(ports, sender, manifest.entries.length, management) : undefined
  const base = await readBaseRevision(request, ports, reading?.firstPageLeft)
  outcome.notes.push(...base.notes)
  if (base.failure) {
    reading?.abandon()
    return { outcome: { ...outcome, failure: base.failure } }
  }
  const diff = diffWithBase(base, manifest)
  outcome.diff = diff
  const limits = checkDiff(request, diff)
  outcome.diagnostics.push(...limits.diagnostics)
  outcome.warnings.push(...limits.warnings)
  if (limits.failure) {
    reading?.abandon()
    return { outcome: { ...outcome, failure: limits.failure } }
  }
  if (!reading) {
    // Apply with something to invite and no way to read the organization fails, every added entry unsent.
    if (mode === 'apply' && diff.added.length > 0)
      return { outcome: { ...outcome, results: unsent(diff, 'Not sent: no credentials.'), failure: ports.unreadable ?? 'Apply needs credentials.' } }
    outcome.notes.push(ports.offlineNote ?? 'No credentials: the file was checked on its own; the organization (its nodes and members) was not read.')
    return { outcome }
  }

  let org: OrganizationState
  let api: OrganizationApi
  try {
    api = await reading.api
    org = await knowTags(await reading.state, manifest.entries, sender, api)
  } catch (e) {
    if (e instanceof CancelledError)
      return { outcome: { ...outcome, cancelled: cancelSignal(request), failure: 'The run was cancelled while reading the organization; nothing was sent.' } }
    const why = e instanceof ApiError ? describeApiError(e) : (e as Error).message
    if (mode === 'apply')
      return {
        outcome: { ...outcome, results: unsent(diff, 'Not sent: reading the organization failed.'), failure: `Reading the organization failed, so nothing was sent: ${why}` }
      }
    outcome.warnings.push(`The organization could not be read, so the file was checked on its own: ${why}`)
    return { outcome }
  }
  ports.log(`Read the organization: ${org.nodes.length} nodes, ${org.members.length} members (${org.calls} calls).`)
  const compared = compareWithOrganization(request, diff, manifest, org)
  Object.assign(outcome, against(compared, org))
  outcome.diagnostics.push(...compared.check.diagnostics, ...compared.verdict.diagnostics)
  const refused = compared.check.diagnostics.filter((d) => d.severity === 'error').length
  if (refused > 0) outcome.failure = `The organization would refuse ${refused === 1 ? 'an entry' : `${refused} entries`} of ${file}; nothing was sent.`
  else if (compared.verdict.failure) outcome.failure = compared.verdict.failure
  // Handle: the history says since when pending entries wait; no write depends on it, so apply sends meanwhile.
  return { outcome, compared, org, api, base, history: startHistory(ports, compared.rec) }
}

/** The plan complete: the history's answers in, awaited. */
export async function finish(planned: Planned): Promise<RunOutcome> {
  const reconciliation = await planned.history
  return reconciliation ? { ...planned.outcome, reconciliation } : planned.outcome
}

/** The outcome's view of a comparison. */
export function against(compared: Compared, org: OrganizationState): Partial<RunOutcome> {
  return {
    organization: {
      nodes: org.nodes.length,
      members: org.members.length,
      calls: org.calls,
      nodePaths: Object.fromEntries([...compared.nodeIds].map(([path, id]) => [id, path]))
    },
    alreadyMembers: compared.check.alreadyMembers,
    reconciliation: compared.rec,
    writes: compared.writes
  }
}

export function start(mode: RunOutcome['mode'], request: RunRequest, manifest: Manifest): RunOutcome {
  return { mode, file: request.file, entries: manifest.entries, diagnostics: [...manifest.errors], notes: [], warnings: [], reconcile: request.reconcile }
}

export function invalid(outcome: RunOutcome, file: string): RunOutcome {
  const n = outcome.diagnostics.length
  return { ...outcome, invalid: true, failure: `${file} has ${n} error${n === 1 ? '' : 's'}; nothing was sent.` }
}

/** A result for every added entry, none of them sent. */
function unsent(diff: Diff, message: string): WriteResult[] {
  return diff.added.map((entry) => ({
    write: { action: 'invite', MemberUin: entry.member.MemberUin, Name: entry.member.Name, line: entry.line, entry, changes: [], cause: 'change' },
    status: 'skipped',
    message,
    attempts: 0
  }))
}

function cancelSignal(request: RunRequest): string {
  return String(request.send.cancel?.reason ?? 'cancelled')
}
