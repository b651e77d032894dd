// Approvals (CONTRACT.md, "Approvals: what was approved is what is applied") as values: the policy the workflow
// sets, who approved a pull request and whether each approval counts, what a tier still needs, and the reviewed plan
// a merge may apply. Read from GitHub by github/approvals.ts; decided in modes/approvals.ts; rendered by the report.

export const TIERS = ['changes', 'sensitive'] as const
/** `sensitive`: removals, node deletions, grants of a sensitive permission; `changes`: every other write. */
export type Tier = (typeof TIERS)[number]

/** Inputs `approvals` and `sensitive-permissions`. */
export interface ApprovalPolicy {
  /** Approvals every write needs. */
  changes: number
  /** Approvals a sensitive write needs (never fewer than `changes`: a sensitive write is a write too). */
  sensitive: number
  /** PermissionIds whose grant is sensitive (default 3, 7, 10: transfer funds, pay on behalf, credit limit settings). */
  sensitivePermissions: readonly number[]
}

/** Why an approval does not count; an approval may fail several rules at once. */
export type NotCounted = 'not-final-head' | 'author' | 'last-pusher' | 'no-write-access' | 'after-merge'

/** A reviewer whose latest review (see github/approvals.ts for how "latest" is decided) approves. */
export interface Approval {
  login: string
  /** When the review was submitted (ISO 8601). */
  at?: string
  /** The commit the review was given on (`commit_id`). */
  commit: string | null
  onFinalHead: boolean
  counted: boolean
  notCounted: NotCounted[]
}

/** Who pushed the pull request's final head, and how that is known. */
export interface LastPush {
  login?: string
  /**
   * `activity`: GitHub's record of the push (repository activity), which git metadata cannot forge; `commit`: the
   * account GitHub links to the head commit's committer (its author for a commit made on github.com), when the
   * activity does not say; `unknown`: neither says, and then no approval counts.
   */
  source: 'activity' | 'commit' | 'unknown'
  at?: string
  why?: string
}

export interface PullRequestApprovals {
  number: number
  url: string
  title: string
  author: string
  /** The pull request's final head commit: what an approval must be given on. */
  headSha: string
  headRef: string
  /** `owner/name` of the head branch's repository (a fork's for a pull request from a fork). */
  headRepo: string
  baseSha: string
  merged: boolean
  mergedBy?: string
  mergedAt?: string
  mergeCommit?: string
  lastPush: LastPush
  approvals: Approval[]
  /** Reviewers whose latest review requests changes. */
  changesRequested: string[]
  /** The approvals that count, by login. */
  counted: string[]
  /** Reviews read (every page). */
  reviews: number
}

export type AuditFlag = 'direct-push' | 'no-approval' | 'approved-before-last-push'

/** What the compliance record says of a commit's approvals. Without a token they are not read, and it says so. */
export type RecordApprovals =
  | { read: false; why: string }
  | {
      read: true
      /** null: no pull request was merged as this commit (a direct push). */
      pullRequest: PullRequestApprovals | null
      flags: AuditFlag[]
    }

/** One tier as a run sees it: how many writes it holds, what they need, who approved. */
export interface TierStatus {
  tier: Tier
  writes: number
  needs: number
  approvedBy: string[]
  /** Approvals still missing (0: the tier is satisfied). */
  missing: number
}

export interface ApprovalStatus {
  policy: ApprovalPolicy
  /** The pull request the approvals are read from; absent for a direct push, or when they could not be read. */
  pullRequest?: PullRequestApprovals
  /** Apply of a commit that no pull request merged: no approvals. */
  directPush?: true
  tiers: TierStatus[]
  /** Why the approvals could not be read (a plan warns; an apply fails). */
  unreadable?: string
}

/**
 * The plan reviewers saw, as the pull request's comment keeps it (hidden): every write as a stable key, bound to
 * the head commit it was planned on and to the file, with a digest over exactly those. See modes/approvals.ts for
 * how apply uses it, and why an edited or missing comment can only narrow what is sent.
 */
export interface ReviewedPlan {
  version: 1
  file: string
  head: string
  /** Whether the plan read the organization; without it, only invitations are keyed (the rest is unknown). */
  organization: boolean
  keys: string[]
  digest: string
  /** The keys did not fit in a comment (far past every default limit): then none are kept, and apply sends nothing. */
  tooLarge?: true
}

/** Where apply's reviewed plan came from, for the report. */
export interface ReviewedSource {
  /** The keys apply may send; undefined: none (see `why`). */
  keys?: ReadonlySet<string>
  why?: string
  comment?: { digest: string; head: string; writes: number }
}
