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
  /** Only called when there is something to invite. Throws a plain-language error when it cannot. */
  api: () => Promise<OrganizationApi>
  log: (message: string) => void
}

export interface PipelineResult {
  mode: Mode
  entries: Entry[]
  diagnostics: Diagnostic[]
  notes: string[]
  plan?: Plan
  invites?: InviteRun
  /** Why the run failed, in one sentence; undefined when it succeeded. */
  failure?: string
}

export async function runPipeline(input: PipelineInput): Promise<PipelineResult> {
  const { file, mode } = input
  const manifest = readManifest(file, input.bytes)
  const result: PipelineResult = { mode, entries: manifest.entries, diagnostics: manifest.errors, notes: [] }
  if (manifest.errors.length > 0) {
    const n = manifest.errors.length
    return { ...result, failure: `${file} has ${n} error${n === 1 ? '' : 's'}; nothing was sent.` }
  }
  input.log(`${file} is valid: ${manifest.entries.length} entries.`)
  if (mode === 'validate') return result

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
  if (mode === 'plan' || plan.added.length === 0) return result

  const api = await input.api()
  const invites = await inviteAll(plan.added, api, input.invite)
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
