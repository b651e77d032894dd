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
import { inviteAll, type InviteOptions, type InviteRun } from './tencent/invite.js'
import { ApiError } from './tencent/api-error.js'
import { classify } from './tencent/retry.js'
import { readOrganization } from './tencent/organization.js'
import { checkAgainstOrganization, type OrganizationCheck } from './organization-check.js'

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
  /** Run-level warnings with no place in the file. */
  warnings: string[]
  /** Why the run failed, in one sentence; undefined when it succeeded. */
  failure?: string
}

export async function runPipeline(input: PipelineInput): Promise<PipelineResult> {
  const { file, mode } = input
  const manifest = readManifest(file, input.bytes)
  const result: PipelineResult = { mode, entries: manifest.entries, diagnostics: manifest.errors, notes: [], warnings: [] }
  if (manifest.errors.length > 0) {
    const n = manifest.errors.length
    return { ...result, failure: `${file} has ${n} error${n === 1 ? '' : 's'}; nothing was sent.` }
  }
  input.log(`${file} is valid: ${manifest.entries.length} entries.`)
  if (mode === 'validate') return result

  // The organization does not depend on the base revision: it is read while git works. Rejections are handled
  // where the results are awaited; the no-op catches only keep an early return from leaving them unobserved.
  const live = input.canCallApi
    ? input.api().then((api) => {
        const org = readOrganization(api, input.invite.rateLimit, input.invite)
        org.catch(() => undefined)
        return { api, org }
      })
    : undefined
  live?.catch(() => undefined)

  const source = input.revisions()
  const base = await source.resolve(input.base)
  result.notes.push(...base.notes)
  const baseBytes = base.sha ? await source.readFile(base.sha, file) : null
  let before: Entry[] = []
  if (base.sha && baseBytes === null) result.notes.push(`${file} does not exist at ${base.sha.slice(0, 12)}: every entry counts as added.`)
  if (baseBytes) {
    const old = readManifest(file, baseBytes)
    if (old.errors.length > 0) {
      // Without a readable base, "added" cannot be told from "already there": inviting could repeat or miss people.
      return {
        ...result,
        failure: `${file} at the base revision ${base.sha!.slice(0, 12)} is invalid (${old.errors[0]!.message} at line ${old.errors[0]!.line}), so what is new cannot be told. Set the base input to a revision whose file is valid.`
      }
    }
    before = old.entries
  }
  const plan = diff(base.sha, before, manifest.entries)
  result.plan = plan
  result.diagnostics = planWarnings(file, plan, manifest.entries)

  if (plan.added.length > input.maxInvites) {
    const failure = `The plan adds ${plan.added.length} members, more than max-invites (${input.maxInvites}); nothing is sent. If this many invitations are intended, raise the max-invites input of the workflow to at least ${plan.added.length}.`
    result.diagnostics.push(error(file, { line: plan.added[input.maxInvites]!.line, col: 1 }, 'Too many invitations', failure))
    return { ...result, failure }
  }

  let api: OrganizationApi | undefined
  let already: Entry[] = []
  if (!input.canCallApi) {
    result.notes.push(input.offlineNote ?? 'No credentials: the file was checked on its own; the organization (its nodes and members) was not read.')
  } else {
    const started = await live!
    api = started.api
    try {
      const org = await started.org
      const check = checkAgainstOrganization(file, plan, manifest.entries, org)
      result.organization = { check, nodes: org.nodes.length, members: org.members.length, calls: org.calls }
      result.diagnostics.push(...check.diagnostics)
      already = check.alreadyMembers
      input.log(`Read the organization: ${org.nodes.length} nodes, ${org.members.length} members (${org.calls} calls).`)
      if (check.diagnostics.length > 0) {
        const n = check.diagnostics.length
        return { ...result, failure: `The organization would refuse ${n === 1 ? 'an entry' : `${n} entries`} of ${file}; nothing was sent.` }
      }
    } catch (e) {
      const why = e instanceof ApiError ? describeApiError(e) : (e as Error).message
      if (mode === 'apply') {
        const skipped = plan.added.map((e) => ({ MemberUin: e.member.MemberUin, Name: e.member.Name, line: e.line, status: 'skipped' as const, message: 'Not sent: reading the organization failed.', attempts: 0 }))
        return { ...result, invites: { results: skipped }, failure: `Reading the organization failed, so nothing was sent: ${why}` }
      }
      result.warnings.push(`The organization could not be read, so the file was checked on its own: ${why}`)
    }
  }
  const toInvite = plan.added.filter((e) => !already.includes(e))
  if (mode === 'plan' || plan.added.length === 0) return result

  // A successful read of the organization already proved the credentials: no need to probe with one invitation.
  const invites = toInvite.length > 0 ? await inviteAll(toInvite, api ?? (await input.api()), { ...input.invite, probe: !result.organization }) : { results: [] }
  const sent = new Map(invites.results.map((r) => [r.MemberUin, r]))
  // One result per added entry, in file order; entries found in the organization beforehand were not sent.
  invites.results = plan.added.map(
    (e) =>
      sent.get(e.member.MemberUin) ?? {
        MemberUin: e.member.MemberUin,
        Name: e.member.Name,
        line: e.line,
        status: 'already-member' as const,
        message: 'Already a member of the organization (read before sending): not invited.',
        attempts: 0
      }
  )
  result.invites = invites
  for (const r of invites.results) {
    if (r.status !== 'failed') continue
    const request = r.requestId ? ` RequestId: ${r.requestId}.` : ''
    result.diagnostics.push(error(file, { line: r.line, col: 1 }, `Invitation failed: ${r.code}`, `MemberUin ${r.MemberUin} (${r.Name}): ${r.code}: ${r.message}${request}`))
  }
  const failed = invites.results.filter((r) => r.status === 'failed').length
  const skipped = invites.results.filter((r) => r.status === 'skipped').length
  if (invites.stoppedBy) {
    return { ...result, failure: `The run stopped on ${invites.stoppedBy.code}: ${invites.stoppedBy.description}${invites.stoppedBy.hint ? ' ' + invites.stoppedBy.hint : ''} ${skipped} entr${skipped === 1 ? 'y was' : 'ies were'} not sent.` }
  }
  if (failed > 0) return { ...result, failure: `${failed} of ${invites.results.length} invitations failed; the others went through.` }
  return result
}

function planWarnings(file: string, plan: Plan, entries: readonly Entry[]): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const c of plan.changed) {
    const m = c.entry.member
    out.push({
      ...error(file, c.entry, 'Change not applied', `MemberUin ${m.MemberUin} (${m.Name}) changed ${c.fields.join(', ')}. This action only invites; change the member in the Tencent Cloud console.`),
      severity: 'warning'
    })
  }
  // A removed entry has no line in this file; the warning goes where the list is, naming the base line.
  const at = entries[0] ?? { line: 1, col: 1 }
  for (const e of plan.removed) {
    out.push({
      ...error(file, at, 'Removal not applied', `MemberUin ${e.member.MemberUin} (${e.member.Name}) was removed (line ${e.line} of the base revision). This action never removes members; remove it in the Tencent Cloud console.`),
      severity: 'warning'
    })
  }
  return out
}

function describeApiError(e: ApiError): string {
  const info = classify(e)
  return `${info.code}: ${info.description}${info.hint ? ' ' + info.hint : ''}`
}
