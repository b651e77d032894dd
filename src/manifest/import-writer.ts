// A members file from the live organization, for a team that already has one: every field DescribeOrganizationMembers
// returns that the format has, nodes named in comments, what every member shares factored into `defaults`, members
// sorted by node then MemberUin. Pure: the organization as read in, YAML text out.
import type { OrgMember, OrgNode, OrganizationState } from '../model/organization.js'
import { commentText, fieldLines, scalar, type WrittenField } from './yaml-writer.js'

/** Fields the file takes from the API, in the format's own order. MemberUin and Name identify an entry. */
const IMPORTED = ['NodeId', 'PolicyType', 'PermissionIds', 'PayUin', 'Remark', 'IsAllowQuit', 'Tags'] as const
type Imported_ = (typeof IMPORTED)[number]
type Value = unknown

export interface ImportOptions {
  /** Shown in the header: when the organization was read (ISO 8601). */
  at: string
}

export interface Imported {
  text: string
  members: number
  /** MemberUins left out, and why (the management account). */
  skipped: Array<{ MemberUin: number; why: string }>
}

export function renderImport(org: OrganizationState, o: ImportOptions): Imported {
  const host = org.info?.HostUin
  const skipped = org.members.filter((m) => m.MemberUin === host).map((m) => ({ MemberUin: m.MemberUin, why: 'the management account: it is the organization, not a member' }))
  const members = org.members.filter((m) => m.MemberUin !== host).sort((a, b) => (a.NodeId ?? 0) - (b.NodeId ?? 0) || a.MemberUin - b.MemberUin)
  const nodes = new Map(org.nodes.map((n) => [n.NodeId, n]))
  const defaults = shared(members)

  const lines = [
    '# yaml-language-server: $schema=./schema/members.schema.json',
    `# Imported from the Tencent Cloud organization${org.info?.OrgId !== undefined ? ` ${org.info.OrgId}` : ''} on ${o.at.slice(0, 10)}: ` +
      `${members.length} member${members.length === 1 ? '' : 's'} in ${new Set(members.map((m) => m.NodeId)).size} node${new Set(members.map((m) => m.NodeId)).size === 1 ? '' : 's'}.`,
    '# RelationAuthName and AuthFile count only at invitation and the API does not return them: add them by hand if needed.'
  ]
  if (host !== undefined) lines.push(`# The management account ${host} is the organization itself, not an entry.`)
  if (defaults.size > 0) {
    lines.push('defaults:')
    for (const [field, value] of defaults) {
      const note = field === 'NodeId' ? `  # ${nodeLabel(value as number, nodes)}` : ''
      lines.push(...fieldLines(field as WrittenField, value, '  ').map((l, i) => (i === 0 ? l + note : l)))
    }
  }
  if (members.length === 0) {
    lines.push('members: []')
  } else {
    lines.push('members:')
    let node: number | undefined | null = null
    for (const m of members) {
      if (m.NodeId !== node) {
        node = m.NodeId
        lines.push(`  # Node ${node ?? '(none)'}: ${node === undefined ? 'no node' : nodeLabel(node, nodes)}`)
      }
      lines.push(`  - MemberUin: ${m.MemberUin}`, `    Name: ${scalar(m.Name)}`)
      for (const field of IMPORTED) {
        const value = m[field]
        if (defaults.has(field) || isEmpty(value)) continue
        lines.push(...fieldLines(field as WrittenField, value, '    '))
      }
    }
  }
  return { text: lines.join('\n') + '\n', members: members.length, skipped }
}

/** Fields every member holds, with one value: written once, under `defaults`. One member alone keeps its own. */
function shared(members: readonly OrgMember[]): Map<Imported_, Value> {
  const out = new Map<Imported_, Value>()
  if (members.length < 2) return out
  for (const field of IMPORTED) {
    const first = members[0]![field]
    if (isEmpty(first)) continue
    const key = same(field, first)
    if (members.every((m) => !isEmpty(m[field]) && same(field, m[field]) === key)) out.set(field, first)
  }
  return out
}

/** A value as a comparable string: PermissionIds and Tags are sets. */
function same(field: Imported_, v: Value): string {
  if (field === 'PermissionIds') return JSON.stringify([...(v as number[])].sort((a, b) => a - b))
  if (field === 'Tags') return JSON.stringify([...(v as Array<{ TagKey: string; TagValue: string }>)].map((t) => [t.TagKey, t.TagValue]).sort())
  return String(v)
}

/** The node's path from the root, for a comment: one line whatever the names hold. */
function nodeLabel(id: number, nodes: Map<number, OrgNode>): string {
  const path: string[] = []
  for (let n = nodes.get(id), guard = 0; n && guard < 50; n = n.ParentNodeId ? nodes.get(n.ParentNodeId) : undefined, guard++) path.unshift(n.Name)
  return path.length > 0 ? commentText(path.join(' / ')) : "(not among the organization's nodes)"
}

function isEmpty(v: Value): boolean {
  return v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)
}
