// The action's outputs, as the contract spells them: plan, results, drift, invited, failed.
import type { Diff, Entry } from '../model/entries.js'
import type { OrgMember } from '../model/organization.js'
import type { MemberStatus, Reconciliation, State } from '../model/reconcile.js'
import type { RunOutcome } from '../model/run.js'
import { FAILED_STATUSES, type FieldChange, type PlannedWrite, type WriteAction, type WriteResult, type WriteStatus } from '../model/writes.js'
import { isDrift } from '../organization/classify.js'
import { nodeDrift } from '../organization/node-tree.js'

export interface PlanOutput {
  base: string | null
  added: Array<{ MemberUin: number; Name: string; line: number; alreadyMember?: true }>
  changed: Array<{ MemberUin: number; Name: string; line: number; fields: string[] }>
  removed: Array<{ MemberUin: number; Name: string; line: number }>
  unchanged: number
}

/** Who and what caused an apply: kept on every result so one line of the output stands on its own in an audit. */
export interface RunRecord {
  commit: string
  actor: string
  runUrl: string
}

/** One write of a run as a person or a program reads it: flat, whatever its resource. */
export interface RunResult {
  action: WriteAction
  MemberUin?: number
  Name?: string
  /** A node write's path, and the id of a node it created. */
  Node?: string
  NodeId?: number
  line: number
  status: WriteStatus
  code?: string
  message?: string
  requestId?: string
  at?: string
  /** For changes: each field as it was (before) and as the write leaves it (after). */
  changes?: FieldChange[]
}

/** Members of the organization the file never declared (not those it took out: they are `remove`). */
export function undeclaredMembers(o: RunOutcome): OrgMember[] {
  return o.reconciliation?.members.filter((s) => s.states[0] === 'undeclared' && s.live).map((s) => s.live!) ?? []
}

export function runResult(r: WriteResult): RunResult {
  const w = r.write
  const who = 'MemberUin' in w ? { MemberUin: w.MemberUin, Name: w.Name } : { Node: w.path, ...('NodeId' in w ? { NodeId: w.NodeId } : r.NodeId ? { NodeId: r.NodeId } : {}) }
  return {
    action: w.action,
    ...who,
    line: w.line,
    status: r.status,
    ...(w.action !== 'invite' && w.action !== 'reinvite' ? { changes: w.changes } : {}),
    ...(r.code ? { code: r.code } : {}),
    ...(r.message ? { message: r.message } : {}),
    ...(r.requestId ? { requestId: r.requestId } : {}),
    ...(r.at ? { at: r.at } : {})
  }
}

export function planOutput(diff: Diff, alreadyMembers: readonly Entry[] = []): PlanOutput {
  const brief = (e: { member: { MemberUin: number; Name: string }; line: number }) => ({ MemberUin: e.member.MemberUin, Name: e.member.Name, line: e.line })
  return {
    base: diff.base,
    added: diff.added.map((e) => (alreadyMembers.includes(e) ? { ...brief(e), alreadyMember: true as const } : brief(e))),
    changed: diff.changed.map((c) => ({ ...brief(c.entry), fields: c.fields })),
    removed: diff.removed.map(brief),
    unchanged: diff.unchanged
  }
}

/** The `plan` output: the diff, and with the organization read, every state and what apply sends. */
export function fullPlanOutput(o: RunOutcome): Record<string, unknown> | undefined {
  if (!o.diff) return undefined
  return {
    ...planOutput(o.diff, o.alreadyMembers),
    ...(o.reconciliation ? reconcilePlanOutput(o.reconciliation) : {}),
    ...(o.reconciliation?.nodes ? { nodes: nodesOutput(o.reconciliation) } : {}),
    ...(o.writes && o.reconcile !== 'none' ? { writes: writesOutput(o.writes) } : {})
  }
}

export function resultsOutput(results: readonly WriteResult[], record?: RunRecord): Array<Record<string, unknown>> {
  return results.map((r) => {
    const { line: _line, ...flat } = runResult(r)
    return { ...flat, ...record }
  })
}

export function countOutputs(results: readonly WriteResult[]): { invited: number; failed: number } {
  return { invited: results.filter((r) => r.status === 'invited').length, failed: results.filter((r) => FAILED_STATUSES.includes(r.status)).length }
}

/** The `plan` output's `writes`, with reconcile: what apply sends beyond invitations, each field before and after. */
export function writesOutput(writes: readonly PlannedWrite[]): Array<Record<string, unknown>> {
  return writes
    .filter((w) => w.action !== 'invite')
    .map((w) => ({
      action: w.action,
      ...('MemberUin' in w ? { MemberUin: w.MemberUin, Name: w.Name } : { Node: w.path }),
      line: w.line,
      ...(w.action === 'reinvite' ? (w.since ? { since: w.since } : {}) : w.action === 'remove' || w.action === 'delete-node' ? { baseLine: w.baseLine } : { changes: w.changes })
    }))
}

/** The `drift` output: one object per difference this revision did not make, pending entry, and member out of the file. */
export function driftOutput(rec: Reconciliation): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = []
  for (const n of rec.nodes ?? []) {
    if (!nodeDrift(n, rec.scope)) continue
    const who = { Node: n.path, ...(n.NodeId !== undefined ? { NodeId: n.NodeId } : {}) }
    for (const d of n.differences) if (!d.underReview) out.push({ ...who, state: n.state, field: d.field, file: d.file, live: d.live, line: n.entry?.line })
    if (n.state === 'create') out.push({ ...who, state: n.state, field: null, file: 'declared', live: null, line: n.entry?.line })
    if (n.state === 'undeclared') out.push({ ...who, state: n.state, field: null, file: null, live: 'node' })
  }
  for (const s of rec.members) {
    if (!isDrift(s)) continue
    const who = { MemberUin: s.MemberUin, Name: s.Name }
    for (const d of s.differences) if (!d.underReview) out.push({ ...who, state: d.state, field: d.field, file: d.file, live: d.live, line: d.at.line })
    const state = s.states[0]!
    if (state === 'pending') out.push({ ...who, state, field: null, file: 'declared', live: null, line: s.entry!.line, ...sinceField(s) })
    if (state === 'remove' || state === 'undeclared') out.push({ ...who, state, field: null, file: null, live: 'member', ...sinceField(s) })
  }
  return out
}

/** Every node in its state: the `plan` output's `nodes`. */
export function nodesOutput(rec: Reconciliation): Array<Record<string, unknown>> {
  return (rec.nodes ?? []).map((n) => ({
    Node: n.path,
    state: n.state,
    ...(n.NodeId !== undefined ? { NodeId: n.NodeId } : {}),
    ...(n.entry ? { line: n.entry.line } : {}),
    ...(n.livePath ? { livePath: n.livePath } : {}),
    ...(n.differences.length > 0 ? { fields: n.differences } : {})
  }))
}

/** What the contract adds to the `plan` output when the organization was read: every state with its fields. */
export function reconcilePlanOutput(rec: Reconciliation): Record<string, unknown> {
  const pick = (state: State) => rec.members.filter((s) => s.states.includes(state))
  const changes = (state: State) =>
    pick(state).map((s) => ({
      ...brief(s),
      fields: s.differences.filter((d) => d.state === state).map((d) => ({ field: d.field, file: d.file, live: d.live, underReview: d.underReview }))
    }))
  return {
    updates: changes('update'),
    moves: changes('move'),
    tags: changes('tags'),
    pending: pick('pending').map((s) => ({ ...brief(s), ...sinceField(s) })),
    removals: pick('remove').map((s) => ({ ...brief(s), ...sinceField(s) })),
    undeclared: pick('undeclared').map(brief),
    inSync: rec.counts['in-sync']
  }
}

function brief(s: MemberStatus): Record<string, unknown> {
  return { MemberUin: s.MemberUin, Name: s.Name, ...(s.entry ? { line: s.entry.line } : {}) }
}

function sinceField(s: MemberStatus): Record<string, unknown> {
  return s.since ? { since: s.since } : s.sinceUnknown ? { sinceUnknown: s.sinceUnknown } : {}
}
