// What a removal means, said before merge and at the top of the summary and the comment: each member this revision
// takes out of the file, its node and permissions, and what leaving the organization takes from it. Values from the
// file or the organization go through code(), so they render as written.
import type { MemberStatus, Reconciliation } from '../model/reconcile.js'
import type { ReconcileLevel } from '../model/run.js'
import { code, raw, table } from './markdown.js'
import { permissionNames } from './permissions.js'

/** Members this revision takes out of the file that are still in the organization. */
export function removals(rec: Reconciliation): MemberStatus[] {
  return rec.members.filter((s) => s.states[0] === 'remove' && s.before)
}

export function removalSection(rec: Reconciliation, level: ReconcileLevel, applying: boolean): string | undefined {
  const members = removals(rec)
  if (members.length === 0) return undefined
  const fate = level === 'all' ? (applying ? 'removed by this run' : 'removed from the organization on merge') : `reported only (reconcile: ${level}; only all removes)`
  const rows = members.map((s) => {
    const live = s.live!
    const ids = [...(live.PermissionIds ?? [])].sort((a, b) => a - b)
    return [
      s.MemberUin,
      code(s.Name),
      live.NodeName ? raw(`${code(live.NodeName).text} (${live.NodeId ?? ''})`) : String(live.NodeId ?? ''),
      permissionNames(ids),
      live.PayUin ? raw(`paid for by ${code(live.PayUin).text}`) : '',
      s.before!.line
    ]
  })
  return (
    `### ⚠️ Removals (${members.length}): ${fate}\n\n` +
    table(['MemberUin', 'Name', 'Node', 'Financial permissions it loses', 'Payer', 'Line in base'], rows) +
    '\n\nA removal takes the account out of the organization; the account itself stays (this action never calls ' +
    "DeleteAccount). It loses the organization's financial management: the permissions above, consolidated bills, " +
    'payment on its behalf and inherited discounts, so it pays its own bills from then on; and every resource shared ' +
    'with it through the organization (Resource Sharing), with the access its users had through it. The API refuses a ' +
    'member that is a delegated administrator, a shared-resource administrator or entity administrator, a payer or ' +
    'paid for by one, an account the organization created, or one without a payment method; each refusal says what to do first.'
  )
}
