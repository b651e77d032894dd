// What the rest of the action needs from Tencent Cloud, behind one narrow interface (as peribolos' client): the SDK
// adapter (sdk-client.ts) implements it, and nothing else touches the SDK. Every method is one API call; pacing,
// retries and classification are the send's (send.ts), so a test or a benchmark may supply its own.
import type { Member, Tag } from '../model/entries.js'
import type { OrgInfo, OrgMember, OrgNode } from '../model/organization.js'
import type { MemberUpdate } from '../model/writes.js'

export interface Page<T> {
  total: number
  items: T[]
}

export interface OrganizationApi {
  /** Resolves to the RequestId; rejects with an ApiError. */
  invite(member: Member): Promise<string>
  describeNodes(limit: number, offset: number): Promise<Page<OrgNode>>
  describeMembers(limit: number, offset: number): Promise<Page<OrgMember>>
  describeOrganization(): Promise<OrgInfo>
  /**
   * One member as the organization holds it now (undefined: not found by the search), to see whether a write whose
   * answer was lost took effect, and to read back what a run wrote.
   */
  describeMember(uin: number): Promise<OrgMember | undefined>
  /** UpdateOrganizationMember with the fields to change; resolves to the RequestId. */
  updateMember(change: MemberUpdate): Promise<string>
  /** MoveOrganizationNodeMembers: these members into one node. */
  moveMembers(nodeId: number, uins: readonly number[]): Promise<string>
  /** DeleteOrganizationMembers: these members leave the organization (their accounts stay). Never DeleteAccount. */
  deleteMembers(uins: readonly number[]): Promise<string>
  /** The Tag service's ModifyResourceTags on the member's resource: at most MAX_TAGS_PER_CALL in each list. */
  modifyTags(uin: number, replace: readonly Tag[], remove: readonly string[]): Promise<string>
  /** The Tag service's tags of these members' resources, for members whose listing did not carry them. */
  describeMemberTags(uins: readonly number[]): Promise<Map<number, Tag[]>>
  /** AddOrganizationNode: resolves to the new node's id and the RequestId. */
  addNode(parentId: number, name: string, remark?: string): Promise<{ nodeId: number; requestId: string }>
  /** UpdateOrganizationNode with the fields to change. */
  updateNode(nodeId: number, change: { Name?: string; Remark?: string }): Promise<string>
  /** DeleteOrganizationNodes. */
  deleteNodes(nodeIds: readonly number[]): Promise<string>
}

/** ModifyResourceTags takes at most 10 ReplaceTags and 10 DeleteTags per call (the Tag service's API reference). */
export const MAX_TAGS_PER_CALL = 10
/**
 * MoveOrganizationNodeMembers, DeleteOrganizationMembers and DeleteOrganizationNodes take lists whose longest is
 * undocumented: never more than this in one call, so a limit anywhere from here up is met (the emulator is configurable).
 */
export const MAX_BATCH = 50
