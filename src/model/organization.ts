// The live organization as the API answers: nodes, members, and the organization itself.
import type { Tag } from './entries.js'

export interface OrgNode {
  NodeId: number
  Name: string
  /** Absent or 0 for the root node. */
  ParentNodeId?: number
  Remark?: string
}

export interface OrgMember {
  MemberUin: number
  Name: string
  NodeId?: number
  PolicyType?: string
  PermissionIds?: number[]
  PayUin?: string
  IsAllowQuit?: string
  Remark?: string
  /**
   * Absent when the answer did not carry them: `OrgMember.Tags` is optional in the API's specification, so absent
   * means unknown (read from the Tag service when needed), and an empty list means no tags.
   */
  Tags?: Tag[]
  // Shown, never compared: the file has no such fields.
  NodeName?: string
  MemberType?: string
  PermissionStatus?: string
  CreateTime?: string
  UpdateTime?: string
}

/** DescribeOrganization: the organization itself. */
export interface OrgInfo {
  OrgId?: number
  /** The management account. */
  HostUin?: number
  RootNodeId?: number
}

export interface OrganizationState {
  nodes: OrgNode[]
  members: OrgMember[]
  /** API calls made, for the log (and to keep the reads honest: one pass, never one per entry). */
  calls: number
  /** DescribeOrganization's answer, when it was asked and answered. */
  info?: OrgInfo
  /** Why DescribeOrganization has no answer, when it was asked: then the management account is unknown. */
  infoUnknown?: string
}
