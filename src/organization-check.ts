// What the live organization says about a plan, before anything is sent: a NodeId that does not exist, a Name
// another member already holds, an entry that is already a member, and members the file does not declare.
import { error, type Diagnostic } from './diagnostics.js'
import type { Entry } from './manifest/validate.js'
import type { Plan } from './plan.js'
import type { OrgMember, OrgNode } from './tencent/client.js'
import type { OrganizationState } from './tencent/organization.js'

export interface OrganizationCheck {
  diagnostics: Diagnostic[]
  /** Added entries whose MemberUin is already in the organization: not invited. */
  alreadyMembers: Entry[]
  /** Members of the organization the file does not declare (never removed). */
  undeclared: OrgMember[]
}

export function checkAgainstOrganization(file: string, plan: Plan, entries: readonly Entry[], org: OrganizationState): OrganizationCheck {
  const nodes = new Map(org.nodes.map((n) => [n.NodeId, n]))
  const members = new Map(org.members.map((m) => [m.MemberUin, m]))
  const owner = new Map(org.members.map((m) => [m.Name, m]))
  const out: OrganizationCheck = { diagnostics: [], alreadyMembers: [], undeclared: [] }
  for (const entry of plan.added) {
    const m = entry.member
    if (members.has(m.MemberUin)) {
      out.alreadyMembers.push(entry)
      continue
    }
    if (!nodes.has(m.NodeId)) {
      const near = nearest(m.NodeId, org.nodes)
        .map((n) => `${n.NodeId} (${n.Name})`)
        .join(', ')
      out.diagnostics.push(
        error(file, entry.positions.NodeId ?? entry, 'Unknown NodeId', `NodeId ${m.NodeId} does not exist in the organization.${near ? ` Nearest: ${near}.` : ''}`)
      )
    }
    const holder = owner.get(m.Name)
    if (holder && holder.MemberUin !== m.MemberUin) {
      out.diagnostics.push(
        error(
          file,
          entry.positions.Name ?? entry,
          'Name in use',
          `Name "${m.Name}" is already used by member ${holder.MemberUin} of the organization; the API would refuse it (FailedOperation.OrganizationMemberNameUsed).`
        )
      )
    }
  }
  const declared = new Set(entries.map((e) => e.member.MemberUin))
  out.undeclared = org.members.filter((m) => !declared.has(m.MemberUin))
  return out
}

/** The three nodes closest by ID: a mistyped NodeId is most often a digit off. */
function nearest(id: number, nodes: readonly OrgNode[]): OrgNode[] {
  return [...nodes].sort((a, b) => Math.abs(a.NodeId - id) - Math.abs(b.NodeId - id) || a.NodeId - b.NodeId).slice(0, 3)
}

/** Entries ready to paste into members.yaml for members that exist but are not declared. */
export function undeclaredSnippet(members: readonly OrgMember[]): string {
  const lines: string[] = []
  for (const m of members) {
    lines.push(`  - MemberUin: ${m.MemberUin}`, `    Name: ${yamlString(m.Name)}`)
    if (m.NodeId !== undefined) lines.push(`    NodeId: ${m.NodeId}`)
    if (m.PolicyType) lines.push(`    PolicyType: ${m.PolicyType}`)
    if (m.PermissionIds?.length) lines.push(`    PermissionIds: [${m.PermissionIds.join(', ')}]`)
    if (m.PayUin) lines.push(`    PayUin: "${m.PayUin}"`)
    if (m.IsAllowQuit) lines.push(`    IsAllowQuit: ${m.IsAllowQuit}`)
  }
  return lines.join('\n')
}

function yamlString(s: string): string {
  return /^[A-Za-z0-9_.\-@+\p{Script=Han}]+$/u.test(s) && !/^[0-9.+-]/.test(s) ? s : JSON.stringify(s)
}
