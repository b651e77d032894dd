// A members file from the live organization, for a team that already has one: the node tree under `nodes:` (every
// node below the root, pinned by its NodeId, with its Remark), every field DescribeOrganizationMembers returns that the
// format has, members named by their node's path, the most common value of each field every member holds factored into
// `defaults` (the others written on their entries), members sorted by node then MemberUin. Pure: the organization as
// read in, YAML text out; every value written by the one YAML writer (yaml-writer.ts).
import type { OrgMember, OrgNode, OrganizationState } from '../model/organization.js'
import { pathProblem } from './node-paths.js'
import { SCHEMA_MODELINE } from './schema-url.js'
import { commentText, fieldLines, scalar, type WrittenField } from './yaml-writer.js'

/** Fields the file takes from the API, in the format's own order. MemberUin and Name identify an entry. */
const IMPORTED = ['PolicyType', 'PermissionIds', 'PayUin', 'Remark', 'IsAllowQuit', 'Tags'] as const
type ImportedField = (typeof IMPORTED)[number]
/**
 * Fields factored into defaults when every member holds one: their most common value, so that a new entry without
 * them is valid. Not PayUin, Remark or Tags (a default would give every new entry a payer, a remark, tags), nor the node
 * (a default would put a new entry without one into the largest node unnoticed).
 */
const FACTORED: readonly ImportedField[] = ['PolicyType', 'PermissionIds', 'IsAllowQuit']

export interface ImportOptions {
  /** Shown in the header: when the organization was read (ISO 8601). */
  at: string
  /** Members keep `NodeId` rather than `Node:` paths (input import-node-ids, --node-ids). */
  nodeIds?: boolean
}

export interface Imported {
  text: string
  members: number
  nodes: number
  /** MemberUins left out, and why (the management account). */
  skipped: Array<{ MemberUin: number; why: string }>
}

export function renderImport(org: OrganizationState, o: ImportOptions): Imported {
  const host = org.info?.HostUin
  const skipped = org.members.filter((m) => m.MemberUin === host).map((m) => ({ MemberUin: m.MemberUin, why: 'the management account: it is the organization, not a member' }))
  const tree = paths(org)
  const members = org.members.filter((m) => m.MemberUin !== host).sort((a, b) => (a.NodeId ?? 0) - (b.NodeId ?? 0) || a.MemberUin - b.MemberUin)
  const defaults = commonest(members)
  // A node whose name a path cannot hold (a console may allow more than AddOrganizationNode documents) is left out of
  // nodes:, with its children; members in it keep their NodeId. The file stays valid either way.
  const labels = new Map(tree)
  const unnamed = org.nodes.filter((n) => n.NodeId !== tree.rootId && tree.get(n.NodeId) !== undefined && pathProblem(tree.get(n.NodeId)!) !== undefined)
  for (const n of unnamed) tree.delete(n.NodeId)
  const below = org.nodes.filter((n) => tree.get(n.NodeId) && n.NodeId !== tree.rootId).sort((a, b) => (tree.get(a.NodeId)! < tree.get(b.NodeId)! ? -1 : 1))
  const used = new Set(members.map((m) => m.NodeId))

  const lines = [
    SCHEMA_MODELINE,
    `# Imported from the Tencent Cloud organization${org.info?.OrgId !== undefined ? ` ${org.info.OrgId}` : ''} on ${o.at.slice(0, 10)}: ` +
      `${members.length} member${members.length === 1 ? '' : 's'} in ${used.size} node${used.size === 1 ? '' : 's'}, ${below.length} node${below.length === 1 ? '' : 's'} below the root.`,
    '# RelationAuthName and AuthFile count only at invitation and the API does not return them: add them by hand if needed.'
  ]
  if (host !== undefined) lines.push(`# The management account ${host} is the organization itself, not an entry.`)
  for (const n of unnamed) lines.push(`# Node ${n.NodeId} (${commentText(n.Name)}) has a name a path cannot hold: it is not under nodes:, and members in it keep their NodeId.`)
  if (below.length > 0) {
    lines.push('# The node tree, each node pinned by its id: renaming one here renames it, never makes a new one.', 'nodes:')
    for (const n of below) {
      lines.push(`  - Path: ${scalar(tree.get(n.NodeId)!)}`, `    NodeId: ${n.NodeId}`)
      if (n.Remark) lines.push(`    Remark: ${scalar(n.Remark)}`)
    }
  }
  if (defaults.size > 0) {
    lines.push('defaults:')
    for (const [field, value] of defaults) lines.push(...fieldLines(field, value, '  '))
  }
  if (members.length === 0) {
    lines.push('members: []')
  } else {
    lines.push('members:')
    let node: number | undefined | null = null
    for (const m of members) {
      if (m.NodeId !== node) {
        node = m.NodeId
        lines.push(`  # Node ${node ?? '(none)'}: ${node === undefined ? 'no node' : nodeLabel(node, org.nodes, labels, tree.rootId)}`)
      }
      lines.push(`  - MemberUin: ${m.MemberUin}`, `    Name: ${scalar(m.Name)}`)
      const path = m.NodeId !== undefined ? tree.get(m.NodeId) : undefined
      // By path, where it has one: the root has none (it is never written), and import-node-ids keeps ids.
      if (path && !o.nodeIds) lines.push(...fieldLines('Node', path, '    '))
      else if (m.NodeId !== undefined) lines.push(...fieldLines('NodeId', m.NodeId, '    '))
      for (const field of IMPORTED) {
        const value = m[field]
        if (isEmpty(value) || (defaults.has(field) && same(field, defaults.get(field)) === same(field, value))) continue
        lines.push(...fieldLines(field as WrittenField, value, '    '))
      }
    }
  }
  return { text: lines.join('\n') + '\n', members: members.length, nodes: below.length, skipped }
}

/** Each FACTORED field every member holds, with its most common value (ties: the first met). Two members at least. */
function commonest(members: readonly OrgMember[]): Map<ImportedField, unknown> {
  const out = new Map<ImportedField, unknown>()
  if (members.length < 2) return out
  for (const field of FACTORED) {
    if (members.some((m) => isEmpty(m[field]))) continue
    const counts = new Map<string, { value: unknown; n: number }>()
    for (const m of members) {
      const key = same(field, m[field])
      const seen = counts.get(key)
      if (seen) seen.n++
      else counts.set(key, { value: m[field], n: 1 })
    }
    let best: { value: unknown; n: number } | undefined
    for (const c of counts.values()) if (!best || c.n > best.n) best = c
    out.set(field, best!.value)
  }
  return out
}

/** A value as a comparable string: PermissionIds and Tags are sets. */
function same(field: ImportedField, v: unknown): string {
  if (field === 'PermissionIds') return JSON.stringify([...(v as number[])].sort((a, b) => a - b))
  if (field === 'Tags') return JSON.stringify([...(v as Array<{ TagKey: string; TagValue: string }>)].map((t) => [t.TagKey, t.TagValue]).sort())
  return String(v)
}

/** Every node's path from below the root (names joined by "/"); the root's is ''. */
function paths(org: OrganizationState): Map<number, string> & { rootId?: number } {
  const byId = new Map(org.nodes.map((n) => [n.NodeId, n]))
  const rootId = org.info?.RootNodeId ?? org.nodes.find((n) => !n.ParentNodeId)?.NodeId
  const out: Map<number, string> & { rootId?: number } = new Map()
  if (rootId !== undefined) out.rootId = rootId
  const pathOf = (id: number, guard = 0): string | undefined => {
    if (id === rootId) return ''
    if (out.has(id)) return out.get(id)
    const n = byId.get(id)
    if (!n?.ParentNodeId || guard > 50) return undefined
    const parent = pathOf(n.ParentNodeId, guard + 1)
    const path = parent === undefined ? undefined : parent === '' ? n.Name : `${parent}/${n.Name}`
    if (path !== undefined) out.set(id, path)
    return path
  }
  for (const n of org.nodes) pathOf(n.NodeId)
  return out
}

/** The node's path from the root, for a comment: one line whatever the names hold. */
function nodeLabel(id: number, nodes: readonly OrgNode[], labels: ReadonlyMap<number, string>, rootId: number | undefined): string {
  if (id === rootId) return `the root (${commentText(nodes.find((n) => n.NodeId === id)?.Name ?? '')})`
  const path = labels.get(id)
  return path !== undefined ? commentText(path) : "(not among the organization's nodes)"
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)
}
