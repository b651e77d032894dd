// Which commit the file is compared with, from the event alone (no git here, so it can be tested plainly).
import type { GitHubContext } from '../model/github-context.js'

export type BaseSpec =
  | { kind: 'commit'; rev: string; reason: string }
  /** The parent of `of`; there may be none (the repository's first commit). */
  | { kind: 'parent'; of: string; reason: string }

const ZERO_SHA = /^0+$/

export function chooseBase(input: string | undefined, ctx: GitHubContext): BaseSpec {
  const head = ctx.sha || 'HEAD'
  if (input) return { kind: 'commit', rev: input, reason: 'the base input' }
  const p = ctx.payload
  switch (ctx.eventName) {
    case 'push': {
      const before = typeof p.before === 'string' ? p.before : ''
      if (before && !ZERO_SHA.test(before)) return { kind: 'commit', rev: before, reason: "the push's previous head" }
      return { kind: 'parent', of: head, reason: 'the parent commit (the push created the branch)' }
    }
    case 'pull_request':
    case 'pull_request_target':
    case 'pull_request_review':
    case 'pull_request_review_comment': {
      const sha = p.pull_request?.base?.sha
      if (typeof sha === 'string' && sha) return { kind: 'commit', rev: sha, reason: "the pull request's base" }
      break
    }
    case 'merge_group': {
      const sha = p.merge_group?.base_sha
      if (typeof sha === 'string' && sha) return { kind: 'commit', rev: sha, reason: "the merge group's base" }
      break
    }
  }
  return { kind: 'parent', of: head, reason: `the parent of ${head === 'HEAD' ? 'HEAD' : head.slice(0, 7)}` }
}
