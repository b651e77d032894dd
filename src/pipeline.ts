// read -> validate -> diff -> apply, with every side effect passed in, so the flow reads top to bottom
// and each stage can be exercised on its own. Reporting is the caller's: this returns what happened.
import { error, type Diagnostic } from './diagnostics.js'
import type { Entry } from './manifest/validate.js'
import { readManifest } from './manifest/validate.js'
import type { Mode } from './mode.js'
import { diff, type Plan } from './plan.js'
import type { BaseSpec } from './revision/base.js'
import type { ResolvedBase } from './revision/git-source.js'
import type { OrganizationApi } from './tencent/client.js'
import { inviteAll, type InviteOptions, type InviteResult, type InviteRun } from './tencent/invite.js'
import { ApiError } from './tencent/api-error.js'
import { classify, describeError } from './tencent/retry.js'
import { readOrganization, type OrganizationState } from './tencent/organization.js'
import { checkAgainstOrganization, type OrganizationCheck } from './organization-check.js'
import type { Reconciliation } from './reconcile/classify.js'
import { classifyInto, withHistoryInto } from './reconcile/reconcile.js'
import type { HistoryLookup } from './reconcile/since.js'
import { runDrift } from './drift.js'
import { planWrites, withSince, type PlannedWrite, type ReconcileLevel } from './reconcile/writes.js'
import { guardWrites, isChange, truncationCheck } from './reconcile/guards.js'
import { writeDiagnostics, reinviteResults, writesFailure, type ReinviteResult } from './reconcile/outcomes.js'
import { sendWrites, type WriteRun } from './tencent/send-writes.js'
import { onDeparture } from './tencent/departures.js'

export interface RevisionSource {
  resolve(spec: BaseSpec): Promise<ResolvedBase>
  readFile(sha: string, path: string): Promise<Buffer | null>
}

export interface PipelineInput {
  mode: Mode
  /** Path relative to the repository root, as annotations want it. */
  file: string
  bytes: Buffer
  base: BaseSpec
  maxInvites: number
  invite: Omit<InviteOptions, 'onRetry'> & Pick<InviteOptions, 'onRetry'>
  revisions: () => RevisionSource
  /** Whether credentials were given, so that `api` can work: then the organization is read before planning. */
  canCallApi: boolean
  /** Said in the plan when the organization is not read (default: that no credentials were given). */
  offlineNote?: string
  /** Throws a plain-language error when it cannot make a client. */
  api: () => Promise<OrganizationApi>
  log: (message: string) => void
  /** Looks MemberUins up in the file's git history (since when pending, ever declared); none: not looked up. */
  history?: (uins: number[]) => Promise<HistoryLookup>
  /** Mode drift: any drift fails the run. */
  failOnDrift?: boolean
  /** Input reconcile: what apply sends beyond invitations of added entries (default none). */
  reconcile?: ReconcileLevel
  maxChanges?: number
  maxRemovals?: number
  protectedMembers?: readonly number[]
}

export interface PipelineResult {
  mode: Mode
  entries: Entry[]
  diagnostics: Diagnostic[]
  notes: string[]
  plan?: Plan
  /** What the live organization said, when it was read. */
  organization?: { check: OrganizationCheck; nodes: number; members: number; calls: number }
  invites?: InviteRun
  /** Every MemberUin of the file and the organization in its reconcile state, when the organization was read. */
  reconcile?: Reconciliation
  /** What reconcile would send (plan) or sends (apply), when the organization was read and `reconcile` is not none. */
  writePlan?: PlannedWrite[]
  /** Apply with reconcile: the answers to updates, moves and tag changes, and to re-sent invitations. */
  writes?: WriteRun
  reinvites?: ReinviteResult[]
  /** Run-level warnings with no place in the file. */
  warnings: string[]
  /** Why the run failed, in one sentence; undefined when it succeeded. */
  failure?: string
}

export async function runPipeline(input: PipelineInput): Promise<PipelineResult> {
  const { file, mode } = input
  // Drift reads the organization while the file is validated: it needs no diff to know what to ask.
  if (mode === 'drift') return runDrift(input)
  const manifest = readManifest(file, input.bytes)
  const result: PipelineResult = { mode, entries: manifest.entries, diagnostics: manifest.errors, notes: [], warnings: [] }
  if (manifest.errors.length > 0) {
    const n = manifest.errors.length
    return { ...result, failure: `${file} has ${n} error${n === 1 ? '' : 's'}; nothing was sent.` }
  }
  input.log(`${file} is valid: ${manifest.entries.length} entries.`)
  if (mode === 'validate') return result

  const live = input.canCallApi ? startReading(input, manifest.entries.length) : undefined
  // Parsing the base revision holds this thread for 0.1-0.3 s: the organization's first requests leave before it.
  const before = await readBase(input, result, live && firstDeparture(live))
  if (result.failure) return result
  const plan = diff(before.sha, before.entries, manifest.entries)
  result.plan = plan
  const reconcile = input.reconcile ?? 'none'
  result.diagnostics = planWarnings(file, plan, manifest.entries, reconcile)
  // A file that lost a quarter of its entries: refused with reconcile: all, a loud warning otherwise.
  const truncated = truncationCheck(file, plan.removed.length + plan.changed.length + plan.unchanged, plan.removed.length, reconcile)
  if (truncated.warning) result.warnings.push(truncated.warning)
  if (truncated.failure) {
    result.diagnostics.push(...truncated.diagnostics)
    return { ...result, failure: truncated.failure }
  }

  if (plan.added.length > input.maxInvites) {
    const failure = `The plan adds ${plan.added.length} members, more than max-invites (${input.maxInvites}); nothing is sent. If this many invitations are intended, raise the max-invites input of the workflow to at least ${plan.added.length}.`
    result.diagnostics.push(error(file, { line: plan.added[input.maxInvites]!.line, col: 1 }, 'Too many invitations', failure))
    return { ...result, failure }
  }

  if (!live) result.notes.push(input.offlineNote ?? 'No credentials: the file was checked on its own; the organization (its nodes and members) was not read.')
  const checked = live ? await checkOrganization(input, live, plan, result) : undefined
  if (result.failure || mode === 'plan' || (plan.added.length === 0 && !result.writePlan?.length)) {
    await checked?.history
    return result
  }
  return apply(input, checked?.api ?? (await input.api()), plan, result, checked?.history)
}

/**
 * The organization does not depend on the base revision, so it is read while git works. Rejections are handled
 * where the results are awaited; the no-op catches only keep an early return from leaving them unobserved.
 */
function startReading(input: PipelineInput, entries: number): Promise<{ api: OrganizationApi; org: Promise<OrganizationState> }> {
  const live = input.api().then((api) => {
    // Reconcile needs the management account, which it never changes; a run without reconcile asks what it always did.
    // The file's entries are a guess of the members: their pages are asked at once, not after the first answer.
    const org = readOrganization(api, input.invite.rateLimit, input.invite, { organization: (input.reconcile ?? 'none') !== 'none', expectedMembers: entries })
    org.catch(() => undefined)
    return { api, org }
  })
  live.catch(() => undefined)
  return live
}

/**
 * Resolves once the organization's first member page has left (or the read ended): a request whose turn has come
 * still needs the event loop to connect and write, which a long parse would hold up. Another HTTP client announces
 * no departures: then a short wait stands in.
 */
function firstDeparture(live: ReturnType<typeof startReading>): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = onDeparture('DescribeOrganizationMembers', () => done())
    const timer = setTimeout(() => done(), 300)
    function done(): void {
      stop()
      clearTimeout(timer)
      resolve()
    }
    live.then(({ org }) => org).then(done, done)
  })
}

/**
 * The entries at the base revision; none when there is no base or no file there. Sets `failure` when unreadable.
 * `ready`: awaited before parsing (see firstDeparture).
 */
async function readBase(input: PipelineInput, result: PipelineResult, ready?: Promise<void>): Promise<{ sha: string | null; entries: Entry[] }> {
  const { file } = input
  const source = input.revisions()
  const base = await source.resolve(input.base)
  result.notes.push(...base.notes)
  if (!base.sha) return { sha: null, entries: [] }
  const bytes = await source.readFile(base.sha, file)
  if (bytes === null) {
    result.notes.push(`${file} does not exist at ${base.sha.slice(0, 12)}: every entry counts as added.`)
    return { sha: base.sha, entries: [] }
  }
  await ready
  const old = readManifest(file, bytes)
  if (old.errors.length > 0) {
    // Without a readable base, "added" cannot be told from "already there": inviting could repeat or miss people.
    const first = old.errors[0]!
    result.failure = `${file} at the base revision ${base.sha.slice(0, 12)} is invalid (line ${first.line}: ${first.message.replace(/\.$/, '')}), so what is new cannot be told. Set the base input to a revision whose file is valid.`
  }
  return { sha: base.sha, entries: old.entries }
}

/**
 * Checks the plan against the live organization; sets `failure` when it would refuse an entry, or (apply) when
 * unreadable. `history`: the reconciliation completed with the file's history, still under way.
 */
async function checkOrganization(
  input: PipelineInput,
  live: ReturnType<typeof startReading>,
  plan: Plan,
  result: PipelineResult
): Promise<{ api: OrganizationApi; history?: Promise<unknown> }> {
  const { file } = input
  const { api, org: reading } = await live
  let history: Promise<unknown> | undefined
  try {
    const org = await reading
    const check = checkAgainstOrganization(file, plan, result.entries, org)
    result.organization = { check, nodes: org.nodes.length, members: org.members.length, calls: org.calls }
    result.diagnostics.push(...check.diagnostics)
    const reconcile = input.reconcile ?? 'none'
    const reconciling = { file, plan, org, reconcile, ...(input.history ? { history: input.history } : {}) }
    const first = classifyInto(result, reconciling)
    const rec = first.rec
    history = withHistoryInto(result, reconciling, first)
    history.catch(() => undefined) // awaited once the writes are out
    input.log(`Read the organization: ${org.nodes.length} nodes, ${org.members.length} members (${org.calls} calls).`)
    const n = check.diagnostics.length
    if (n > 0) result.failure = `The organization would refuse ${n === 1 ? 'an entry' : `${n} entries`} of ${file}; nothing was sent.`
    if (reconcile !== 'none') {
      result.writePlan = planWrites(rec, reconcile, result.entries[0]?.line ?? 1)
      const verdict = guardWrites(file, result.writePlan, {
        invites: plan.added.length - check.alreadyMembers.length,
        maxInvites: input.maxInvites,
        maxChanges: input.maxChanges ?? 50,
        protectedMembers: new Set(input.protectedMembers ?? []),
        added: plan.added.map((e) => ({ MemberUin: e.member.MemberUin, Name: e.member.Name, line: e.line })),
        maxRemovals: input.maxRemovals ?? 5,
        orgMembers: org.members.length,
        ...(rec.managementUin !== undefined ? { managementUin: rec.managementUin } : {})
      })
      result.diagnostics.push(...verdict.diagnostics)
      if (verdict.failure) result.failure ??= verdict.failure
    }
  } catch (e) {
    const why = e instanceof ApiError ? describeApiError(e) : (e as Error).message
    if (input.mode === 'apply') {
      result.invites = { results: plan.added.map((entry) => unsent(entry, 'skipped', 'Not sent: reading the organization failed.')) }
      result.failure = `Reading the organization failed, so nothing was sent: ${why}`
    } else {
      result.warnings.push(`The organization could not be read, so the file was checked on its own: ${why}`)
    }
  }
  return { api, ...(history ? { history } : {}) }
}

/**
 * Invites the added entries not already in the organization (one result per added entry, in file order) and, with
 * reconcile, sends the planned writes beside them: re-invitations through the same pacer, changes and removals each
 * under their own.
 */
async function apply(input: PipelineInput, api: OrganizationApi, plan: Plan, result: PipelineResult, history?: Promise<unknown>): Promise<PipelineResult> {
  const already = new Set(result.organization?.check.alreadyMembers ?? [])
  const toInvite = plan.added.filter((e) => !already.has(e))
  let reinvite = reinvitesOf(result.writePlan)
  const changes = (result.writePlan ?? []).filter((w) => isChange(w) || w.action === 'remove')
  // Re-sent invitations are the same API action as new ones: one pacer for both. Changes go out beside them, each
  // action under its own limit.
  const inviting = [...toInvite, ...reinvite.map((w) => w.entry)]
  const [invited, writes] = await Promise.all([
    // A successful read of the organization already proved the credentials: no need to probe with one invitation.
    inviting.length > 0 ? inviteAll(inviting, api, { ...input.invite, probe: !result.organization }) : ({ results: [] } as InviteRun),
    changes.length > 0
      ? sendWrites(changes, api, { ...pacing(input.invite), onRetry: (what, e, n) => input.log(`Retrying the ${what} after attempt ${n}: ${e.code ?? e.message}`) })
      : undefined
  ])
  // The history was read while the writes went out (no write depends on it): now the re-sent invitations learn since
  // when they were pending.
  if (history) {
    await history
    if (result.writePlan && result.reconcile) result.writePlan = withSince(result.writePlan, result.reconcile)
    reinvite = reinvitesOf(result.writePlan)
  }
  const reinvited = new Set(reinvite.map((w) => w.MemberUin))
  const invites: InviteRun = { ...invited, results: invited.results.filter((r) => !reinvited.has(r.MemberUin)) }
  if (reinvite.length > 0) result.reinvites = reinviteResults(invited.results, reinvite)
  if (writes) result.writes = writes
  result.diagnostics.push(...writeDiagnostics(input.file, [...(writes?.results ?? []), ...(result.reinvites ?? [])]))
  const sent = new Map(invites.results.map((r) => [r.MemberUin, r]))
  invites.results = plan.added.map((e) => sent.get(e.member.MemberUin) ?? unsent(e, 'already-member', 'Already a member of the organization (read before sending): not invited.'))
  result.invites = invites
  for (const r of invites.results) {
    if (r.status !== 'failed') continue
    const request = r.requestId ? ` RequestId: ${r.requestId}.` : ''
    result.diagnostics.push(error(input.file, { line: r.line, col: 1 }, `Invitation failed: ${r.code}`, `MemberUin ${r.MemberUin} (${r.Name}): ${r.code}: ${r.message}${request}`))
  }
  const failed = invites.results.filter((r) => r.status === 'failed').length
  const skipped = invites.results.filter((r) => r.status === 'skipped').length
  const stop = invites.stoppedBy
  if (stop) {
    result.failure = `The run stopped on ${stop.code}: ${stop.description}${stop.hint ? ' ' + stop.hint : ''} ${skipped} entr${skipped === 1 ? 'y was' : 'ies were'} not sent.`
  } else if (failed > 0) {
    result.failure = `${failed} of ${invites.results.length} invitations failed; the others went through.`
  }
  const writeFailure = writesFailure(writes, result.reinvites ?? [])
  if (writeFailure) result.failure = result.failure ? `${result.failure} ${writeFailure}` : writeFailure
  return result
}

function reinvitesOf(writes: readonly PlannedWrite[] = []): Array<PlannedWrite & { action: 'reinvite' }> {
  return writes.filter((w): w is PlannedWrite & { action: 'reinvite' } => w.action === 'reinvite')
}

function pacing(o: InviteOptions): Pick<InviteOptions, 'rateLimit' | 'retries' | 'maxRetryTimeMs' | 'minBackoffMs' | 'maxBackoffMs'> {
  return { rateLimit: o.rateLimit, retries: o.retries, maxRetryTimeMs: o.maxRetryTimeMs, minBackoffMs: o.minBackoffMs, maxBackoffMs: o.maxBackoffMs }
}

function unsent(entry: Entry, status: 'skipped' | 'already-member', message: string): InviteResult {
  return { MemberUin: entry.member.MemberUin, Name: entry.member.Name, line: entry.line, status, message, attempts: 0 }
}

function planWarnings(file: string, plan: Plan, entries: readonly Entry[], reconcile: ReconcileLevel): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const c of plan.changed) {
    const m = c.entry.member
    out.push({
      ...error(
        file,
        c.entry,
        'Change not applied',
        `MemberUin ${m.MemberUin} (${m.Name}) changed ${c.fields.join(', ')}. This action only invites; change the member in the Tencent Cloud console.`
      ),
      severity: 'warning'
    })
  }
  // A removed entry has no line in this file; the warning goes where the list is, naming the base line.
  const at = entries[0] ?? { line: 1, col: 1 }
  for (const e of plan.removed) {
    out.push({
      ...error(
        file,
        at,
        'Removal not applied',
        reconcile === 'all'
          ? `MemberUin ${e.member.MemberUin} (${e.member.Name}) was removed (line ${e.line} of the base revision). Apply (reconcile: all) takes it out of the organization if it is still a member; the summary's removal section says what it loses.`
          : `MemberUin ${e.member.MemberUin} (${e.member.Name}) was removed (line ${e.line} of the base revision). This action removes members only with reconcile: all; remove it in the Tencent Cloud console.`
      ),
      severity: 'warning'
    })
  }
  return out
}

export function describeApiError(e: ApiError): string {
  const info = classify(e)
  return `${info.code}: ${describeError(info, e)}`
}
