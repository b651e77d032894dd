// members.yaml as the rest of the action sees it: effective entries (defaults merged), each with where it is written.
import type { Diagnostic, Position } from './diagnostics.js'

export type Tag = { TagKey: string; TagValue: string }
export type AuthFile = { Name: string; Url: string }

/**
 * One effective entry: exactly InviteOrganizationMember's request (manifest/format.ts proves it at compile time and
 * derives the validator and the JSON Schema from one table).
 */
export interface Member {
  MemberUin: number
  Name: string
  NodeId: number
  PolicyType: 'Financial'
  PermissionIds: number[]
  PayUin?: string
  Remark?: string
  IsAllowQuit?: 'Allow' | 'Denied'
  RelationAuthName?: string
  AuthFile?: AuthFile[]
  Tags?: Tag[]
}

export type FieldName = keyof Member

export interface Entry {
  /** The effective entry: its own fields with `defaults` merged under them. */
  member: Member
  /** Where the entry starts (its `- ` item). */
  line: number
  col: number
  /** Where each effective field's value is written: in the entry, or in `defaults`. */
  positions: Partial<Record<FieldName | 'Node', Position>>
  /**
   * The node's path when the entry names its node by `Node:` rather than `NodeId:`. `member.NodeId` is then the
   * live node's id once the path is resolved against the organization, or 0 while the node does not exist yet.
   */
  node?: string
}

/** One node of the `nodes:` section: the tree below the root, as the file declares it. */
export interface NodeEntry {
  /** Names from below the root, joined by "/". */
  path: string
  /** Pinned: the node's identity is this id, so a changed path is a rename, not a new node. */
  NodeId?: number
  /** Declared only when the file says it: an absent Remark is not managed. */
  Remark?: string
  line: number
  col: number
  positions: Partial<Record<'Path' | 'NodeId' | 'Remark', Position>>
}

export interface Manifest {
  entries: Entry[]
  /** The `nodes:` section; undefined when the file has none (then the tree is not managed). */
  nodes?: NodeEntry[]
  errors: Diagnostic[]
}

/** The diff of two revisions of the file, by MemberUin, on effective entries. */
export interface Change {
  entry: Entry
  before: Entry
  /** The fields whose effective value differs; `Node` when the node's path does. */
  fields: Array<FieldName | 'Node'>
}

export interface Diff {
  /** The base commit, or null when there is none (first commit, or no file there). */
  base: string | null
  /** The base revision's `nodes:` section, when it had one: a node it declared that this revision does not is removed. */
  baseNodes?: NodeEntry[]
  added: Entry[]
  changed: Change[]
  /** Entries of the base revision; their lines are lines of the base file. */
  removed: Entry[]
  unchanged: number
}
