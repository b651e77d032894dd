// The findings a run's outcome puts on the lines of the file: changes a revision makes that are not applied, every
// difference with the organization (a change under review, or drift), entries still pending, members still in the
// organization that the file took out, and each write's answer. Derived from values, in the words a reviewer reads.
import { error, notice, warning, type Diagnostic } from '../model/diagnostics.js'
import type { Diff, Entry } from '../model/entries.js'
import type { ComparedField, Difference, MemberStatus, Reconciliation, Since, Value } from '../model/reconcile.js'
import type { ReconcileLevel, RunOutcome } from '../model/run.js'
import type { WriteResult } from '../model/writes.js'

/** Every finding of the outcome: its own (validation, the organization's refusals, guards), then the derived ones. */
export function allFindings(o: RunOutcome): Diagnostic[] {
  const rec = o.reconciliation
  return [
    ...o.diagnostics,
    ...(o.diff ? diffFindings(o.file, o.diff, o.entries, o.reconcile, rec) : []),
    ...(rec ? reconcileFindings(o.file, rec, o.entries, o.diff, o.reconcile, o.mode === 'plan') : []),
    ...(rec?.nodes ? nodeFindings(o.file, rec, o.entries, o.reconcile) : []),
    ...(o.results ? resultFindings(o.file, o.results) : [])
  ]
}

/**
 * Changes and removals this revision makes, where the organization was not compared: a change to an entry that is a
 * live member is said better by its differences (reconcileFindings).
 */
function diffFindings(file: string, diff: Diff, entries: readonly Entry[], reconcile: ReconcileLevel, rec: Reconciliation | undefined): Diagnostic[] {
  const out: Diagnostic[] = []
  const compared = new Set(rec?.members.filter((s) => s.live && s.entry).map((s) => s.MemberUin) ?? [])
  for (const c of diff.changed) {
    const m = c.entry.member
    if (compared.has(m.MemberUin)) continue
    out.push(
      warning(
        file,
        c.entry,
        'Change not applied',
        `MemberUin ${m.MemberUin} (${m.Name}) changed ${c.fields.join(', ')}. This action only invites; change the member in the Tencent Cloud console.`
      )
    )
  }
  // A removed entry has no line in this file: the warning is the file's, naming the base line.
  for (const e of diff.removed) {
    out.push(
      fileLevel(
        file,
        'Removal not applied',
        reconcile === 'all'
          ? `MemberUin ${e.member.MemberUin} (${e.member.Name}) was removed (line ${e.line} of the base revision). Apply (reconcile: all) takes it out of the organization if it is still a member; the summary's removal section says what it loses.`
          : `MemberUin ${e.member.MemberUin} (${e.member.Name}) was removed (line ${e.line} of the base revision). This action removes members only with reconcile: all; remove it in the Tencent Cloud console.`
      )
    )
  }
  return out
}

/** A warning about the file as a whole. */
function fileLevel(file: string, title: string, message: string): Diagnostic {
  return { ...warning(file, { line: 1, col: 1 }, title, message), fileLevel: true }
}

/**
 * `review`: a pull request's plan. Drift it did not cause is then a notice: GitHub shows ten annotations of each level
 * per step, and every pull request would otherwise repeat the same drift above its own changes.
 */
export function reconcileFindings(file: string, rec: Reconciliation, entries: readonly Entry[], diff?: Diff, reconcile: ReconcileLevel = 'none', review = false): Diagnostic[] {
  const out: Diagnostic[] = []
  const warn = (at: { line: number; col: number }, title: string, message: string) => out.push(warning(file, at, title, message))
  const drift = (at: { line: number; col: number }, title: string, message: string) => out.push(review ? notice(file, at, title, message) : warning(file, at, title, message))
  const changed = new Map(diff?.changed.map((c) => [c.entry.member.MemberUin, c]) ?? [])
  for (const s of rec.members) {
    const who = `MemberUin ${s.MemberUin} (${s.Name})`
    for (const d of s.differences) (d.underReview ? warn : drift)(d.at, `${d.underReview ? 'Change under review' : 'Drift'}: ${d.field}`, `${who}: ${differenceText(d, reconcile)}`)
    // The API returns neither: a change to them can be reported, never compared or sent.
    const unsent = changed.get(s.MemberUin)?.fields.filter((f) => f === 'RelationAuthName' || f === 'AuthFile') ?? []
    if (s.live && s.entry && unsent.length > 0) {
      warn(s.entry, 'Change not applied', `${who} changed ${unsent.join(', ')}, which count only at invitation: the member keeps what it was invited with.`)
    }
    if (s.states[0] === 'pending' && s.entry)
      drift(
        s.entry,
        'Invitation pending',
        `${who} is declared ${sinceText(s)} but is not a member of the organization: the invitation is still open, or it lapsed (after about 14 days) or was declined; Tencent Cloud does not say which.`
      )
    // A removal this revision makes is already reported by the plan; one from the history is news.
    if (s.states[0] === 'remove' && !s.before) {
      out.push(
        fileLevel(
          file,
          'Still a member',
          `${who} was taken out of ${file} ${sinceText(s)} but is still a member of the organization. Apply removes only the members the applied revision takes out (reconcile: all): remove it in the Tencent Cloud console, set base to a revision that still declares it, or declare it again.`
        )
      )
    }
  }
  return out
}

/** Each node that differs from its declaration, on its line under nodes:; a removal where the file's lists start. */
function nodeFindings(file: string, rec: Reconciliation, entries: readonly Entry[], reconcile: ReconcileLevel): Diagnostic[] {
  const out: Diagnostic[] = []
  const applied = (what: string, needs: ReconcileLevel): string =>
    reconcile === 'none' || (needs === 'all' && reconcile !== 'all') ? ` Apply does not ${what} it (reconcile: ${reconcile}).` : ` Apply (reconcile: ${reconcile}) ${what}s it.`
  for (const s of rec.nodes ?? []) {
    const at = s.entry ?? entries[0] ?? { line: 1, col: 1 }
    for (const d of s.differences) {
      const values = `${d.field} is ${d.file === null ? 'empty' : JSON.stringify(d.file)} in the file and ${d.live === null ? 'empty' : JSON.stringify(d.live)} in the organization.`
      const kind = d.underReview
        ? 'This revision makes that change.'
        : 'Drift: this revision did not change it, so the node was edited outside the file (in the console?) or an earlier change was never applied.'
      out.push(
        warning(
          file,
          at,
          `${d.underReview ? 'Change under review' : 'Drift'}: node ${d.field}`,
          `Node ${s.path} (NodeId ${s.NodeId}): ${values} ${kind}${applied('update', 'changes')}`
        )
      )
    }
    if (s.state === 'create') {
      const missing = s.before ? ` It was declared before and is not in the organization (deleted in the console?).` : ''
      out.push(warning(file, at, 'Node to create', `Node ${s.path} is declared under nodes: and does not exist in the organization.${missing}${applied('create', 'changes')}`))
    }
    if (s.state === 'remove') {
      out.push(
        warning(
          file,
          at,
          'Node removed',
          `Node ${s.path} (NodeId ${s.NodeId}) was taken out of nodes: (line ${s.before?.line ?? '?'} of the base revision) and still exists.${applied('delete', 'all')}`
        )
      )
    }
  }
  return out
}

const FAILED_TITLE: Record<string, string> = {
  invite: 'Invitation failed',
  update: 'Update failed',
  move: 'Move failed',
  tags: 'Tag change failed',
  remove: 'Removal failed',
  reinvite: 'Re-invitation failed',
  'create-node': 'Node creation failed',
  'update-node': 'Node update failed',
  'delete-node': 'Node deletion failed'
}

const DONE_TITLE: Record<string, string> = {
  updated: 'Updated',
  moved: 'Moved',
  tagged: 'Tags set',
  removed: 'Removed from the organization',
  'already-removed': 'Already removed',
  reinvited: 'Invited again',
  'still-pending': 'Invitation still pending',
  'already-member': 'Already a member',
  created: 'Node created',
  deleted: 'Node deleted',
  skipped: 'Not sent',
  cancelled: 'Cancelled: not sent',
  unknown: 'Cancelled: answer unknown',
  'not-applied': 'Written, not applied'
}

/**
 * One annotation per write on its entry's line: an error with its code, the catalogue's words and the RequestId when
 * it failed, a notice with the RequestId otherwise, so the record of what changed sits on the file. A plain
 * invitation that went through is in the results table only: one per added entry would crowd out the rest.
 */
export function resultFindings(file: string, results: readonly WriteResult[]): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const r of results) {
    const w = r.write
    const who = 'MemberUin' in w ? `MemberUin ${w.MemberUin} (${w.Name})` : `Node ${w.path}`
    const request = r.requestId ? ` RequestId: ${r.requestId}.` : ''
    const at = { line: w.line, col: 1 }
    if (r.status === 'failed') {
      out.push(error(file, at, `${FAILED_TITLE[w.action]}: ${r.code}`, `${who}: ${r.code}: ${r.message}${request}`))
      continue
    }
    if (w.action === 'invite' && r.status !== 'cancelled' && r.status !== 'unknown') continue
    const fields = w.changes.length > 0 ? ` ${w.changes.map((c) => c.field).join(', ')}.` : ''
    const message = `${who}: ${w.action} ${r.status}.${fields}${r.message ? ' ' + r.message : ''}${request}`
    const title = DONE_TITLE[r.status] ?? r.status
    out.push(
      r.status === 'not-applied' || r.status === 'unknown'
        ? error(file, at, title, message)
        : r.status === 'skipped' || r.status === 'cancelled'
          ? warning(file, at, title, message)
          : notice(file, at, title, message)
    )
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

/** A value for a person. */
export function showValue(field: ComparedField, v: Value, inFile: boolean): string {
  if (v === null || (Array.isArray(v) && v.length === 0) || v === '') return inFile ? 'not set' : 'empty'
  if (field === 'Tags') return (v as Array<{ TagKey: string; TagValue: string }>).map((t) => `${t.TagKey}=${t.TagValue}`).join(', ')
  if (Array.isArray(v)) return `[${[...(v as number[])].sort((a, b) => a - b).join(', ')}]`
  return typeof v === 'string' ? JSON.stringify(v) : String(v)
}
