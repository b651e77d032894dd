// What one run of a mode came to, as a value: the entry point renders it (summary, outputs, annotations, comment).
import type { ApprovalStatus, ReviewedPlan } from './approvals.js'
import type { Diagnostic } from './diagnostics.js'
import type { Diff, Entry } from './entries.js'
import type { Reconciliation } from './reconcile.js'
import type { PlannedWrite, StopInfo, WriteResult } from './writes.js'

export type Mode = 'validate' | 'plan' | 'apply' | 'drift'

/** Input `reconcile`: what apply does beyond inviting added entries. */
export const RECONCILE_LEVELS = ['none', 'changes', 'all'] as const
export type ReconcileLevel = (typeof RECONCILE_LEVELS)[number]

export interface RunOutcome {
  mode: Mode
  /** The members file, relative to the repository root. */
  file: string
  /** Entries in the file (none when it is invalid). */
  entries: Entry[]
  diagnostics: Diagnostic[]
  /** About the run itself: how the base was found, what was not read. */
  notes: string[]
  /** Run-level warnings with no place in the file. */
  warnings: string[]
  diff?: Diff
  /** What the live organization held, when it was read; every node's path by its id, to name nodes to people. */
  organization?: { nodes: number; members: number; calls: number; nodePaths?: Record<number, string> }
  /** Added entries that are already members: not invited. */
  alreadyMembers?: Entry[]
  reconciliation?: Reconciliation
  /** What apply sends (plan: would send), every resource, in the order it goes out. */
  writes?: PlannedWrite[]
  /** Whether `writes` are reconcile's too (reconcile is not none), or the invitations alone. */
  reconcile: ReconcileLevel
  /** Apply: what became of every write. */
  results?: WriteResult[]
  stops?: StopInfo[]
  /** Apply: the signal that cancelled the run, when one did. */
  cancelled?: string
  /** The file did not validate: its errors are the diagnostics. */
  invalid?: boolean
  /** Input `approvals` is set: what each tier needs and who approved (plan on a pull request, apply). */
  approvals?: ApprovalStatus
  /** Plan on a pull request: the plan reviewers see, kept in the comment for the merge's apply. */
  reviewedPlan?: ReviewedPlan
  /** Apply with approvals: where the reviewed plan came from, or why there is none. */
  reviewedFrom?: { comment?: { digest: string; head: string; writes: number }; why?: string }
  /** Why the run failed, in one sentence; undefined when it succeeded. */
  failure?: string
}
