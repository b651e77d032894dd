// Every MemberUin of the file and the organization in the states of the contract ("Reconcile: the file is the
// organization"), with every field that differs.
import type { Position } from './diagnostics.js'
import type { Entry, NodeEntry, Tag } from './entries.js'
import type { OrgMember, OrgNode } from './organization.js'

export type State = 'invite' | 'update' | 'move' | 'tags' | 'pending' | 'remove' | 'undeclared' | 'in-sync'
/** The order states are counted and listed in: what needs a person first. */
export const STATES: readonly State[] = ['update', 'move', 'tags', 'pending', 'remove', 'undeclared', 'invite', 'in-sync']

/** Every field DescribeOrganizationMembers returns that the file also has; RelationAuthName and AuthFile it does not return. */
export const COMPARED = ['Name', 'NodeId', 'PolicyType', 'PermissionIds', 'PayUin', 'IsAllowQuit', 'Remark', 'Tags'] as const
export type ComparedField = (typeof COMPARED)[number]

export type Value = string | number | number[] | Tag[] | null

export interface Difference {
  field: ComparedField
  /** NodeId is a move, Tags go through the Tag service, the rest is one UpdateOrganizationMember. */
  state: 'update' | 'move' | 'tags'
  /** The file's value (the file declares it, itself or through defaults: an undeclared field is never compared). */
  file: Value
  live: Value
  /** This revision changed the field: a change under review. Otherwise the organization moved away from the file: drift. */
  underReview: boolean
  /** Where the field is written in the entry; the entry's line when it is not (from defaults). */
  at: Position
}

/** Where the git history puts a MemberUin: the revision that last added it to the file, or took it out. */
export interface Since {
  commit: string
  /** ISO 8601, the committer's date. */
  date: string
  subject: string
}

export interface MemberStatus {
  MemberUin: number
  /** The file's name; the organization's for a member the file does not declare. */
  Name: string
  /** One or more of update, move and tags together; otherwise exactly one state. */
  states: State[]
  /** The entry in this revision's file (absent for remove and undeclared). */
  entry?: Entry
  /** The entry at the base revision, when there was one. */
  before?: Entry
  live?: OrgMember
  differences: Difference[]
  /** pending: the commit that added the entry; remove found in the history: the commit that took it out. */
  since?: Since
  /** Why `since` is missing, when it was looked for (a shallow clone, too many to look up). */
  sinceUnknown?: string
}

export interface Reconciliation {
  /** `diff`: against the base revision (plan, apply); `whole-file`: the file alone (drift), so nothing is under review. */
  scope: 'diff' | 'whole-file'
  /** File order first, then members of the organization the file does not declare, by MemberUin. */
  members: MemberStatus[]
  counts: Record<State, number>
  /** The management account, when DescribeOrganization answered. */
  managementUin?: number
  /** Every node in its state, when the file names nodes by path or declares the tree (`nodes:`). */
  nodes?: NodeStatus[]
}

/** A node's state, classified like a member's. */
export type NodeState = 'create' | 'update' | 'remove' | 'undeclared' | 'in-sync'

export interface NodeDifference {
  field: 'Name' | 'Remark'
  file: string | null
  live: string | null
  underReview: boolean
}

export interface NodeStatus {
  /** The path the file gives (the live path for an undeclared node). */
  path: string
  state: NodeState
  /** The node's id when it exists. */
  NodeId?: number
  entry?: NodeEntry
  /** The base revision's declaration (a removed node). */
  before?: NodeEntry
  live?: OrgNode
  /** Its path in the organization now, when it differs from `path` (a rename). */
  livePath?: string
  differences: NodeDifference[]
}
