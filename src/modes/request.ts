// What a mode is given: the run's settings as plain values, and the ports to the outside (the organization, git,
// the history, the log), each a function so that a mode asks only for what it uses.
import type { BaseSpec } from '../history/base.js'
import type { GitHubApi } from '../github/rest.js'
import type { ApprovalPolicy } from '../model/approvals.js'
import type { RevisionSource } from '../history/revision.js'
import type { HistoryLookup } from '../history/since.js'
import type { ReconcileLevel } from '../model/run.js'
import type { WriteResult } from '../model/writes.js'
import type { OrganizationApi } from '../organization/api.js'
import type { SendOptions } from '../organization/send.js'

export interface RunRequest {
  /** Path relative to the repository root, as annotations want it. */
  file: string
  bytes: Buffer
  base: BaseSpec
  maxInvites: number
  reconcile: ReconcileLevel
  maxChanges: number
  maxRemovals: number
  protectedMembers: readonly number[]
  /** Mode drift: any drift fails the run. */
  failOnDrift: boolean
  /** Pacing, retries and cancellation of every call to Tencent Cloud. */
  send: SendOptions
  /** Inputs approvals and sensitive-permissions; undefined: none required (CONTRACT.md, Approvals). */
  approvals?: ApprovalPolicy
  /** What the run is for: the event and commit, and the pull request on a pull request's events. */
  change?: ChangeContext
}

export interface ChangeContext {
  event: string
  /** GITHUB_SHA: on push, the commit a merge (or a direct push) left the branch at. */
  sha: string
  /** On a pull request's events: its number, and the head commit the plan is made for. */
  pullRequest?: { number: number; head: string }
}

export interface RunPorts {
  /** Makes the client (credentials, OIDC); undefined when there are none, and the organization is not read. */
  organization?: () => Promise<OrganizationApi>
  /** Said when the organization is not read (default: no credentials were given). */
  offlineNote?: string
  /** Why `organization` is missing (no credentials): apply fails with it when it has something to send. */
  unreadable?: string
  revisions: () => RevisionSource
  /** Looks MemberUins up in the file's git history (since when pending, ever declared); none: not looked up. */
  history?: (uins: number[]) => Promise<HistoryLookup>
  log: (line: string) => void
  /** The GitHub API (undefined without a token): approvals, and the reviewed plan in the pull request's comment. */
  github?: () => Promise<GitHubApi | undefined>
  /**
   * The members file at a commit that may not be in the clone (a squashed pull request's head): git, fetching it
   * from the remote (the commit, else `ref`) when missing; null when the file is not there. Throws when unreachable.
   */
  commitFile?: (sha: string, ref: string) => Promise<Buffer | null>
  /** Every write's result, the moment its answer arrives: the record of a run that is killed later. */
  onResult?: (result: WriteResult) => void
}
