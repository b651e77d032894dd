// The action's outputs, as the contract spells them.
import type { Plan } from '../plan.js'
import type { InviteResult } from '../tencent/invite.js'

export interface PlanOutput {
  base: string | null
  added: Array<{ MemberUin: number; Name: string; line: number }>
  changed: Array<{ MemberUin: number; Name: string; line: number; fields: string[] }>
  removed: Array<{ MemberUin: number; Name: string; line: number }>
  unchanged: number
}

export type ResultOutput = Pick<InviteResult, 'MemberUin' | 'Name' | 'status' | 'code' | 'message' | 'requestId' | 'at'>

export function planOutput(plan: Plan): PlanOutput {
  const brief = (e: { member: { MemberUin: number; Name: string }; line: number }) => ({
    MemberUin: e.member.MemberUin,
    Name: e.member.Name,
    line: e.line
  })
  return {
    base: plan.base,
    added: plan.added.map(brief),
    changed: plan.changed.map((c) => ({ ...brief(c.entry), fields: c.fields })),
    removed: plan.removed.map(brief),
    unchanged: plan.unchanged
  }
}

export function resultsOutput(results: readonly InviteResult[]): ResultOutput[] {
  return results.map(({ MemberUin, Name, status, code, message, requestId, at }) => ({
    MemberUin,
    Name,
    status,
    ...(code ? { code } : {}),
    ...(message ? { message } : {}),
    ...(requestId ? { requestId } : {}),
    ...(at ? { at } : {})
  }))
}
