// The action's outputs, as the contract spells them.
import type { Entry } from '../manifest/validate.js'
import type { Plan } from '../plan.js'
import type { InviteResult } from '../tencent/invite.js'
import type { PipelineResult } from '../pipeline.js'
import type { ReinviteResult } from '../reconcile/outcomes.js'
import type { FieldChange, PlannedWrite, WriteAction } from '../reconcile/writes.js'
import type { WriteResult } from '../tencent/send-writes.js'

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

/** One write of a run, whatever its action: an invitation, a re-sent one, an update, a move, a tag change. */
export interface RunResult {
  action: WriteAction
  MemberUin: number
  Name: string
  line: number
  status: InviteResult['status'] | ReinviteResult['status'] | WriteResult['status']
  code?: string
  message?: string
  requestId?: string
  at?: string
  /** For changes: each field as it was (before) and as the write leaves it (after). */
  changes?: FieldChange[]
}

export type ResultOutput = Pick<RunResult, 'action' | 'MemberUin' | 'Name' | 'status' | 'code' | 'message' | 'requestId' | 'at' | 'changes'> & Partial<RunRecord>

/** Every write's outcome in one list: invitations of added entries, re-sent invitations, then changes in file order. */
export function allResults(r: Pick<PipelineResult, 'invites' | 'reinvites' | 'writes'>): RunResult[] {
  return [
    ...(r.invites?.results ?? []).map((x): RunResult => ({ ...x, action: 'invite' })),
    ...(r.reinvites ?? []),
    ...(r.writes?.results ?? []).map(({ write, ...x }): RunResult => ({ ...x, changes: write.changes }))
  ]
}

export function planOutput(plan: Plan, alreadyMembers: readonly Entry[] = []): PlanOutput {
  const brief = (e: { member: { MemberUin: number; Name: string }; line: number }) => ({
    MemberUin: e.member.MemberUin,
    Name: e.member.Name,
    line: e.line
  })
  return {
    base: plan.base,
    added: plan.added.map((e) => (alreadyMembers.includes(e) ? { ...brief(e), alreadyMember: true as const } : brief(e))),
    changed: plan.changed.map((c) => ({ ...brief(c.entry), fields: c.fields })),
    removed: plan.removed.map(brief),
    unchanged: plan.unchanged
  }
}

export function resultsOutput(results: readonly RunResult[], record?: RunRecord): ResultOutput[] {
  return results.map(({ action, MemberUin, Name, status, code, message, requestId, at, changes }) => ({
    action,
    MemberUin,
    Name,
    status,
    ...(changes ? { changes } : {}),
    ...(code ? { code } : {}),
    ...(message ? { message } : {}),
    ...(requestId ? { requestId } : {}),
    ...(at ? { at } : {}),
    ...record
  }))
}

/** The `plan` output's `writes`, with reconcile: what apply sends, each field before and after. */
export function writesOutput(writes: readonly PlannedWrite[]): Array<Record<string, unknown>> {
  return writes.map((w) => ({
    action: w.action,
    MemberUin: w.MemberUin,
    Name: w.Name,
    line: w.line,
    ...(w.action === 'reinvite' ? (w.since ? { since: w.since } : {}) : w.action === 'remove' ? { baseLine: w.baseLine } : { changes: w.changes })
  }))
}
