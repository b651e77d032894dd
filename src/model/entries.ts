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

export interface Manifest {
  entries: Entry[]
  errors: Diagnostic[]
}

/** The diff of two revisions of the file, by MemberUin, on effective entries. */
export interface Change {
  entry: Entry
  before: Entry
  /** The fields whose effective value differs. */
  fields: FieldName[]
}

export interface Diff {
  /** The base commit, or null when there is none (first commit, or no file there). */
  base: string | null
  added: Entry[]
  changed: Change[]
  /** Entries of the base revision; their lines are lines of the base file. */
  removed: Entry[]
  unchanged: number
}
