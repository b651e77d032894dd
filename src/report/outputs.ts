// The action's outputs, as the contract spells them.
import type { Entry } from '../manifest/validate.js'
import type { Plan } from '../plan.js'
import type { InviteResult } from '../tencent/invite.js'

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

export type ResultOutput = Pick<InviteResult, 'MemberUin' | 'Name' | 'status' | 'code' | 'message' | 'requestId' | 'at'> & Partial<RunRecord>

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

export function resultsOutput(results: readonly InviteResult[], record?: RunRecord): ResultOutput[] {
  return results.map(({ MemberUin, Name, status, code, message, requestId, at }) => ({
    MemberUin,
    Name,
    status,
    ...(code ? { code } : {}),
    ...(message ? { message } : {}),
    ...(requestId ? { requestId } : {}),
    ...(at ? { at } : {}),
    ...record
  }))
}
