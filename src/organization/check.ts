// What the live organization says about the file before anything is sent: a node that does not exist (for an entry
// this revision adds, or one that would move), a Name another member already holds, a payer that is not in the
// organization, an added entry that is already a member, and the members the file does not declare.
import { error, warning, type Diagnostic } from '../model/diagnostics.js'
import type { Diff, Entry } from '../model/entries.js'
import type { OrgMember, OrgNode, OrganizationState } from '../model/organization.js'

export interface OrganizationCheck {
  diagnostics: Diagnostic[]
  /** Added entries whose MemberUin is already in the organization: not invited. */
  alreadyMembers: Entry[]
  /** Members of the organization the file does not declare (never removed). */
  undeclared: OrgMember[]
}

/**
 * `entries`: the whole file; `diff`: what this revision adds (none in mode drift). `newNodes`: paths of nodes this
 * run creates, which entries may name though they do not exist yet.
 */
export function checkAgainstOrganization(
  file: string,
  diff: Diff,
  entries: readonly Entry[],
  org: OrganizationState,
  newNodes: ReadonlySet<string> = new Set()
): OrganizationCheck {
  const nodes = new Map(org.nodes.map((n) => [n.NodeId, n]))
  const members = new Map(org.members.map((m) => [m.MemberUin, m]))
  const owner = new Map(org.members.map((m) => [m.Name, m]))
  const out: OrganizationCheck = { diagnostics: [], alreadyMembers: [], undeclared: [] }
  const added = new Set(diff.added)
  const fileUins = new Set(entries.map((e) => e.member.MemberUin))
  const knownNode = (e: Entry): boolean => nodes.has(e.member.NodeId) || (e.node !== undefined && newNodes.has(e.node))
  for (const entry of entries) {
    const m = entry.member
    const live = members.get(m.MemberUin)
    if (added.has(entry) && live) {
      out.alreadyMembers.push(entry)
      continue
    }
    // A node is needed by an invitation (an added entry) and by a move (a member whose node differs): both must exist.
    const needsNode = added.has(entry) || (live !== undefined && live.NodeId !== m.NodeId)
    if (needsNode && !knownNode(entry) && entry.node === undefined) {
      const near = nearest(m.NodeId, org.nodes)
        .map((n) => `${n.NodeId} (${n.Name})`)
        .join(', ')
      const move = added.has(entry) ? '' : `, so member ${m.MemberUin} cannot be moved there from node ${live!.NodeId}`
      out.diagnostics.push(
        error(file, entry.positions.NodeId ?? entry, 'Unknown NodeId', `NodeId ${m.NodeId} does not exist in the organization${move}.${near ? ` Nearest: ${near}.` : ''}`)
      )
    }
    if (added.has(entry)) {
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
    // The payer pays on the member's behalf from inside the organization: a member, or the management account. One
    // the file declares but that has not joined yet is a warning (the API refuses it until it joins); any other is an
    // error the API would answer with FailedOperation.PayUinIllegal after merge.
    const sendsPayer = m.PayUin !== undefined && (added.has(entry) || (live !== undefined && live.PayUin !== m.PayUin))
    if (sendsPayer && !members.has(Number(m.PayUin)) && String(org.info?.HostUin ?? '') !== m.PayUin) {
      const where = entry.positions.PayUin ?? entry
      const host = org.info?.HostUin === undefined ? '' : ` nor its management account (${org.info.HostUin})`
      if (fileUins.has(Number(m.PayUin))) {
        out.diagnostics.push(
          warning(
            file,
            where,
            'Payer not a member yet',
            `PayUin ${m.PayUin} is declared in ${file} but is not a member of the organization yet: the API refuses a payer outside the organization (FailedOperation.PayUinIllegal) until it joins.`
          )
        )
      } else {
        out.diagnostics.push(
          error(
            file,
            where,
            'Payer not in the organization',
            `PayUin ${m.PayUin} is neither a member of the organization${host}, nor declared in ${file}: the payer must be a member. The API would refuse it (FailedOperation.PayUinIllegal).`
          )
        )
      }
    }
  }
  const declared = new Set(entries.map((e) => e.member.MemberUin))
  const host = org.info?.HostUin
  out.undeclared = org.members.filter((m) => !declared.has(m.MemberUin) && m.MemberUin !== host)
  return out
}

/** The three nodes closest by ID: a mistyped NodeId is most often a digit off. */
function nearest(id: number, nodes: readonly OrgNode[]): OrgNode[] {
  return [...nodes].sort((a, b) => Math.abs(a.NodeId - id) - Math.abs(b.NodeId - id) || a.NodeId - b.NodeId).slice(0, 3)
}
