// The reconcile stage of a run that read the organization (plan, apply, drift): classify every MemberUin, ask the
// history since when the pending ones wait, and turn what differs into findings on the lines of the file.
import { error, type Diagnostic } from '../diagnostics.js'
import type { Entry } from '../manifest/validate.js'
import type { PipelineResult } from '../pipeline.js'
import type { Plan } from '../plan.js'
import type { OrganizationState } from '../tencent/organization.js'
import {
  classify,
  comparedValue,
  needsHistory,
  withHistory,
  type ComparedField,
  type Difference,
  type MemberStatus,
  type Reconciliation,
  type Since,
  type Value
} from './classify.js'
import type { HistoryLookup } from './since.js'
import type { ReconcileLevel } from './writes.js'

export interface ReconcileInput {
  file: string
  /** This revision's diff; none in mode drift. */
  plan?: Plan
  org: OrganizationState
  /** Looks MemberUins up in the file's history; none: since when stays unsaid. */
  history?: (uins: number[]) => Promise<HistoryLookup>
  /** Input reconcile: whether apply sends what differs (the findings say so), default none. */
  reconcile?: ReconcileLevel
}

/** Classifies, asks the history, reports on the file's lines, and narrows "not declared" to members the file never held. */
export async function reconcileInto(result: PipelineResult, input: ReconcileInput): Promise<Reconciliation> {
  return withHistoryInto(result, input, classifyInto(result, input))
}

/** A reconciliation without the history yet, and the findings it put in the result (replaced once the history is in). */
export interface Classified {
  rec: Reconciliation
  findings: Diagnostic[]
}

/**
 * The first half: classifies and reports without the history. What apply sends is decided here, because no write
 * depends on the history: it only says since when an entry is pending, and which members the file once held
 * (reported, never removed); so apply sends while the history is read (a git walk that parses old revisions).
 */
export function classifyInto(result: PipelineResult, input: ReconcileInput): Classified {
  const rec = classify(result.entries, input.plan, input.org)
  // With the organization read, its own values say more than "changed, not applied" on a member that exists.
  const members = new Set(rec.members.filter((s) => s.live && s.entry).map((s) => s.entry!.line))
  result.diagnostics = result.diagnostics.filter((d) => !(d.title === 'Change not applied' && members.has(d.line)))
  return { rec, findings: report(result, input, rec) }
}

/** The second half: the history's answers added, and the findings of the first half said again with them. */
export async function withHistoryInto(result: PipelineResult, input: ReconcileInput, first: Classified): Promise<Reconciliation> {
  const uins = needsHistory(first.rec)
  if (uins.length === 0 || !input.history) return first.rec
  const full = withHistory(first.rec, await input.history(uins))
  const said = new Set(first.findings)
  result.diagnostics = result.diagnostics.filter((d) => !said.has(d))
  report(result, input, full)
  return full
}

function report(result: PipelineResult, input: ReconcileInput, rec: Reconciliation): Diagnostic[] {
  result.reconcile = rec
  const check = result.organization?.check
  if (check) {
    const undeclared = new Set(rec.members.filter((s) => s.states[0] === 'undeclared').map((s) => s.MemberUin))
    check.undeclared = check.undeclared.filter((m) => undeclared.has(m.MemberUin))
  }
  const found = findings(input.file, rec, result.entries, input.plan, input.reconcile)
  result.diagnostics.push(...found)
  return found
}

export function findings(file: string, rec: Reconciliation, entries: readonly Entry[], plan?: Plan, reconcile: ReconcileLevel = 'none'): Diagnostic[] {
  const out: Diagnostic[] = []
  const warn = (at: { line: number; col: number }, title: string, message: string) => out.push({ ...error(file, at, title, message), severity: 'warning' })
  const changed = new Map(plan?.changed.map((c) => [c.entry.member.MemberUin, c]) ?? [])
  for (const s of rec.members) {
    const who = `MemberUin ${s.MemberUin} (${s.Name})`
    for (const d of s.differences) warn(d.at, `${d.underReview ? 'Change under review' : 'Drift'}: ${d.field}`, `${who}: ${differenceText(d, reconcile)}`)
    // The API returns neither: a change to them can be reported, never compared or sent.
    const unsent = changed.get(s.MemberUin)?.fields.filter((f) => f === 'RelationAuthName' || f === 'AuthFile') ?? []
    if (s.live && s.entry && unsent.length > 0) {
      warn(s.entry, 'Change not applied', `${who} changed ${unsent.join(', ')}, which count only at invitation: the member keeps what it was invited with.`)
    }
    if (s.states[0] === 'pending' && s.entry)
      warn(
        s.entry,
        'Invitation pending',
        `${who} is declared ${sinceText(s)} but is not a member of the organization: the invitation is still open, or it lapsed (after about 14 days) or was declined; Tencent Cloud does not say which.`
      )
    // A removal this revision makes is already reported by the plan; one from the history is news.
    if (s.states[0] === 'remove' && !s.before) {
      warn(
        entries[0] ?? { line: 1, col: 1 },
        'Still a member',
        `${who} was taken out of ${file} ${sinceText(s)} but is still a member of the organization. Apply removes only the members the applied revision takes out (reconcile: all): remove it in the Tencent Cloud console, set base to a revision that still declares it, or declare it again.`
      )
    }
  }
  return out
}

export function differenceText(d: Difference, reconcile: ReconcileLevel = 'none'): string {
  const values = `${d.field} is ${showValue(d.field, d.file, true)} in the file and ${showValue(d.field, d.live, false)} in the organization.`
  const applied = reconcile === 'none' ? '' : ' Apply (reconcile: ' + reconcile + ") sets it to the file's value."
  return d.underReview
    ? `${values} This revision makes that change${applied ? '.' + applied : '; this action does not apply changes to members (reconcile: none), so make it in the Tencent Cloud console once merged.'}`
    : `${values} Drift: this revision did not change it, so the member was edited outside the file (in the console?) or an earlier change was never applied.${applied}`
}

export function sinceText(s: MemberStatus): string {
  if (s.since) return `since ${sinceShort(s.since)}`
  return s.sinceUnknown ? `(since when is unknown: ${s.sinceUnknown})` : '(since when was not looked up)'
}

export function sinceShort(since: Since): string {
  return `${since.date.slice(0, 10)} (commit ${since.commit.slice(0, 12)}, "${since.subject}")`
}

/** A value for a person: an absent field names the default it stands for. */
export function showValue(field: ComparedField, v: Value, inFile: boolean): string {
  if (v === null || (Array.isArray(v) && v.length === 0) || v === '') {
    const fallback = comparedValue(field, null)
    const none = inFile ? 'not set' : 'empty'
    return field === 'IsAllowQuit' ? `${none} (${fallback})` : none
  }
  if (field === 'Tags') return (v as Array<{ TagKey: string; TagValue: string }>).map((t) => `${t.TagKey}=${t.TagValue}`).join(', ')
  if (Array.isArray(v)) return `[${[...(v as number[])].sort((a, b) => a - b).join(', ')}]`
  return typeof v === 'string' ? JSON.stringify(v) : String(v)
}
