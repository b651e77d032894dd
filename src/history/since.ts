// Since when an entry has been pending, and whether a member the file does not hold was ever in it: from the
// file's git history, through the audit's walk (walk.ts), limited to the commits that touch the lines of
// those MemberUins. A shallow clone has no history: then it says so instead of guessing.
import { AuditError, isShallow, walkHistory } from './walk.js'
import type { Since } from '../model/reconcile.js'

export interface HistoryLookup {
  found: Map<number, { added?: Since; removed?: Since }>
  /** MemberUins looked up (at most MAX_LOOKUPS). */
  looked: Set<number>
  /** Why the history could not say, for all of them. */
  unknown?: string
}

/** A bound on the cost: one regular expression of this many UINs over the file's diffs, at most. */
export const MAX_LOOKUPS = 500

export async function lookUpHistory(cwd: string, file: string, uins: readonly number[], to?: string): Promise<HistoryLookup> {
  const looked = new Set(uins.slice(0, MAX_LOOKUPS))
  const found: HistoryLookup['found'] = new Map()
  if (looked.size === 0) return { found, looked }
  try {
    if (await isShallow(cwd)) {
      return { found, looked, unknown: 'the clone is shallow, so the history is not there (actions/checkout with fetch-depth: 0 shows it)' }
    }
    // A UIN is a whole number on its line: 12 must not match 112 or 123.
    const pickaxe = `(^|[^0-9])(${[...looked].join('|')})([^0-9]|$)`
    const history = await walkHistory({ cwd, file, pickaxe, ...(to ? { to } : {}) })
    // Oldest first: the last event of each MemberUin wins.
    for (const r of history.records) {
      const at: Since = { commit: r.commit, date: r.committer.date, subject: r.subject }
      for (const e of r.added) if (looked.has(e.MemberUin)) found.set(e.MemberUin, { added: at })
      for (const e of r.removed) if (looked.has(e.MemberUin)) found.set(e.MemberUin, { removed: at })
    }
    return { found, looked }
  } catch (e) {
    if (!(e instanceof AuditError)) throw e
    return { found, looked, unknown: `the history could not be read (${e.message})` }
  }
}
