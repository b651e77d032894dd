// Writes as values: what a reconciler plans, and what became of each once sent. One shape for every resource, so
// one send, one guard, one log line and one report section serve them all.
import type { Entry, Tag } from './entries.js'
import type { OrgMember } from './organization.js'
import type { Since, Value } from './reconcile.js'

/** Every kind of write a run makes. */
export type WriteAction = 'invite' | 'reinvite' | 'update' | 'move' | 'tags' | 'remove' | 'create-node' | 'update-node' | 'delete-node'

/** Why a write is sent: this revision changes the file, the organization drifted from it, or an invitation lapsed. */
export type WriteCause = 'change' | 'drift' | 'reinvitation'

/** One field as it is in the organization (before) and as the write leaves it (after: the file's value). */
export interface FieldChange {
  field: string
  before: Value
  after: Value
}

/** UpdateOrganizationMember's body: the MemberUin and only the fields that change (PolicyType and PermissionIds together). */
export interface MemberUpdate {
  MemberUin: number
  Name?: string
  Remark?: string
  PolicyType?: string
  PermissionIds?: number[]
  IsAllowQuit?: string
  PayUin?: string
}

interface MemberWriteBase {
  MemberUin: number
  Name: string
  /** The entry's line in the file (a removal: where the file's list starts). */
  line: number
  changes: FieldChange[]
  cause: WriteCause
}

export type MemberWrite =
  /** `node`: the path of the node this run creates first, when the entry names one that does not exist yet. */
  | (MemberWriteBase & { action: 'invite'; entry: Entry; node?: string })
  | (MemberWriteBase & { action: 'reinvite'; entry: Entry; since?: Since })
  | (MemberWriteBase & { action: 'update'; body: MemberUpdate })
  | (MemberWriteBase & { action: 'move'; nodeId: number; node?: string })
  | (MemberWriteBase & { action: 'tags'; replace: Tag[]; remove: string[] })
  /** `baseLine`: the entry's line at the base revision. */
  | (MemberWriteBase & { action: 'remove'; baseLine: number; live: OrgMember })

interface NodeWriteBase {
  /** The node's path: names from below the root, joined by "/". */
  path: string
  /** Its line under `nodes:` (a deletion: where the list starts). */
  line: number
  changes: FieldChange[]
  cause: WriteCause
}

export type NodeWrite =
  /** `parent`: the parent's path ('' for the root), created first when it is new too. */
  | (NodeWriteBase & { action: 'create-node'; parent: string; Name: string; Remark?: string })
  | (NodeWriteBase & { action: 'update-node'; NodeId: number; body: { Name?: string; Remark?: string } })
  | (NodeWriteBase & { action: 'delete-node'; NodeId: number; baseLine: number })

export type PlannedWrite = MemberWrite | NodeWrite

export function isMemberWrite(w: PlannedWrite): w is MemberWrite {
  return 'MemberUin' in w
}

export type WriteStatus =
  | 'invited'
  | 'already-invited'
  | 'already-member'
  | 'reinvited'
  | 'still-pending'
  | 'updated'
  | 'moved'
  | 'tagged'
  | 'removed'
  | 'already-removed'
  | 'created'
  | 'deleted'
  /** The API answered success, but reading the member back shows the field as it was. */
  | 'not-applied'
  | 'failed'
  /** Not sent: an earlier answer made it pointless (the action stopped, the node it needs was not created). */
  | 'skipped'
  /** Not sent: the run was cancelled first. */
  | 'cancelled'
  /** Sent, and the run was cancelled before the answer came: it may or may not have happened. */
  | 'unknown'
  /**
   * Not sent: the plan reviewed on the pull request did not show it (the organization changed after the review).
   * The next pull request, or a workflow_dispatch run with reconcile, sends it (CONTRACT.md, Approvals).
   */
  | 'unreviewed'

export interface WriteResult {
  write: PlannedWrite
  status: WriteStatus
  code?: string
  message?: string
  requestId?: string
  /** When the final answer came (ISO 8601). */
  at?: string
  attempts: number
  /** A created node's id. */
  NodeId?: number
}

/** An error that made every further call of one API action pointless (CAM denies it, the organization is full). */
export interface StopInfo {
  api: string
  code: string
  description: string
  hint?: string
  message: string
  requestId?: string
}

/** Statuses that count as the write having failed the run. */
export const FAILED_STATUSES: readonly WriteStatus[] = ['failed', 'not-applied', 'unknown']
