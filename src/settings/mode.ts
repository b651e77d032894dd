// Which of validate / plan / apply a run does. Apply is refused wherever an untrusted change could reach it.
import { defaultBranch, isPullRequestEvent, type GitHubContext } from '../model/github-context.js'

export const MODES = ['validate', 'plan', 'apply', 'auto', 'audit', 'drift', 'import', 'review'] as const
export type RequestedMode = (typeof MODES)[number]
/** What the membership pipeline does; `audit` is a separate walk of the file's history, `import` writes the file. */
export type Mode = Exclude<RequestedMode, 'auto' | 'audit' | 'import' | 'review'>

export interface ModeDecision {
  mode: Mode | 'audit' | 'import' | 'review'
  /** Why apply was requested but not done; shown as a warning. */
  downgraded?: string
}

export function decideMode(requested: RequestedMode, ctx: GitHubContext): ModeDecision {
  if (requested === 'validate' || requested === 'plan' || requested === 'audit' || requested === 'drift' || requested === 'import' || requested === 'review')
    return { mode: requested }
  // A scheduled run has no change to plan: it compares the whole file with the organization.
  if (requested === 'auto' && ctx.eventName === 'schedule') return { mode: 'drift' }
  const refusal = applyRefusal(ctx)
  if (requested === 'auto') {
    const applies = ctx.eventName === 'push' || ctx.eventName === 'workflow_dispatch'
    return { mode: applies && !refusal ? 'apply' : 'plan' }
  }
  return refusal ? { mode: 'plan', downgraded: refusal } : { mode: 'apply' }
}

function applyRefusal(ctx: GitHubContext): string | undefined {
  if (isPullRequestEvent(ctx.eventName)) {
    return `Apply never runs for ${ctx.eventName} events: the change is not merged yet. This run only plans.`
  }
  const branch = defaultBranch(ctx)
  if (!branch) return 'Apply runs only on the default branch, and the event payload does not name it. This run only plans.'
  if (ctx.ref !== `refs/heads/${branch}`) {
    return `Apply runs only on the default branch (${branch}), not on ${ctx.ref || 'an unknown ref'}. This run only plans.`
  }
  return undefined
}

/**
 * Why apply must not run on what is checked out: the workspace's HEAD must be GITHUB_SHA, the commit the event
 * names on the default branch (applyRefusal checked the branch). Anything else is someone's unmerged change.
 */
export function checkoutRefusal(ctx: GitHubContext, head: string | undefined): string | undefined {
  if (!ctx.sha) return 'Apply needs GITHUB_SHA, the commit to apply, and the runner did not set it. This run only plans.'
  if (!head) return 'Apply needs the repository checked out (actions/checkout), and the workspace is not a git checkout. This run only plans.'
  if (head !== ctx.sha) {
    return `Apply runs only on the default branch's commit ${ctx.sha.slice(0, 12)}, and the workspace has ${head.slice(0, 12)} checked out (a pull request's head?). This run only plans.`
  }
  return undefined
}

/**
 * Apply sends what the default branch's newest commit says, nothing else. `committed`: the file's bytes at GITHUB_SHA
 * (null: not there); `workspace`: what the working tree holds. A working tree that differs (a pull request's file
 * restored over it, an artifact unpacked into it) is planned, never applied.
 */
export function workingTreeRefusal(file: string, sha: string, committed: Buffer | null, workspace: Buffer): string | undefined {
  if (committed === null) return `${file} is not in the commit ${sha.slice(0, 12)} being applied, though the workspace has one: this run only plans what the workspace holds.`
  if (!committed.equals(workspace)) {
    return `${file} in the workspace differs from the commit ${sha.slice(0, 12)} being applied (modified or replaced after checkout): apply sends only what the commit says, so this run only plans the workspace's file.`
  }
  return undefined
}

/**
 * A re-run of an older push must not roll the organization back: apply runs only when GITHUB_SHA is still the tip of
 * the default branch. `tip`: the branch's tip as the remote (or the API) says; undefined when neither could answer.
 */
export function staleRefusal(ctx: GitHubContext, tip: string | undefined): string | undefined {
  const branch = defaultBranch(ctx)
  if (!tip || !branch || tip === ctx.sha) return undefined
  return `${ctx.sha.slice(0, 12)} is no longer the tip of ${branch}: ${tip.slice(0, 12)} is newer (a re-run of an older push?). Applying the older file would undo what came after it, so this run only plans; the newest commit's run applies.`
}
