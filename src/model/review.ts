// An access review: dated evidence of who holds which access in the organization, why (the change that granted it,
// who approved it), and what changed since the last review. Every fact says where it came from.

export type ReviewFlag = 'not-in-file' | 'drift' | 'unapproved' | 'sensitive' | 'pending-since'

/** Where a fact came from: the API (read on the review's date), the file at a commit, or a pull request. */
export type FactSource = 'api' | 'file' | 'pull-request'

export interface Approver {
  login: string
  /** When the approving review was submitted (ISO 8601). */
  at: string
  /** Whether it approved the pull request's final head commit (an approval before a later push does not count). */
  onFinalHead: boolean
}

/** The change that set a value in the file: a commit on the default branch, its pull request and who approved it. */
export interface Provenance {
  commit: string
  /** The committer's date (ISO 8601). */
  date: string
  subject: string
  author: string
  /** The pull request that commit merged; null for a direct push. */
  pr: number | null
  /** Counted approvals; absent when they could not be read (no token): `approval` then says why. */
  approvers?: Approver[]
  /** approved: at least one counted approval; unapproved: none, or a direct push; unknown: not read (why). */
  approval: 'approved' | 'unapproved' | 'unknown'
  approvalUnknown?: string
}

/** One fact of a row: its value, where it came from, and (for what the file declares) the change that set it. */
export interface ReviewFact {
  value: unknown
  source: FactSource
  /** The file's value when it differs from the organization's (drift). */
  file?: unknown
  provenance?: Provenance
  /** Why no provenance: the file does not declare it, the history is not there. */
  provenanceUnknown?: string
}

export interface ReviewRow {
  MemberUin: number
  Name: string
  /** A member of the organization, or declared and invited, not yet a member. */
  state: 'member' | 'pending'
  node: ReviewFact
  permissions: ReviewFact
  payUin: ReviewFact
  isAllowQuit: ReviewFact
  tags: ReviewFact
  /** When it joined (the API's CreateTime) or, pending, since when it is declared (the file's history). */
  since: ReviewFact
  flags: ReviewFlag[]
}

export interface ReviewChange {
  MemberUin: number
  Name: string
  change: 'added' | 'removed' | 'changed'
  fields: string[]
}

export interface AccessReview {
  /** The format of this record. */
  version: 1
  /** The review's date (UTC, YYYY-MM-DD): the day the organization was read. No time: two reviews of one state agree. */
  date: string
  organization: { OrgId: number | null; managementUin: number | null }
  /** The file and the commit it was read at. */
  file: { path: string; commit: string | null }
  /** Permission IDs counted as sensitive. */
  sensitivePermissions: number[]
  rows: ReviewRow[]
  /** Against the previous review, when one was given. */
  since?: { date: string; digest: string; changes: ReviewChange[] }
}
