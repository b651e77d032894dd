// Which change set each line of the file as it stands: `git blame` along the default branch's first parents, so a line
// a pull request changed is blamed on the merge (or squash) commit that brought it in, whose message names the pull
// request. One pass of git over the history, whatever the number of entries: the access review's provenance of every
// field costs what the blame costs, not commits x members.
import { GitError, git, isShallow } from './git.js'
import { pullRequestOf } from './walk.js'
import { isRevision } from './revision.js'

export interface BlamedLine {
  commit: string
  /** The author as git knows them: "Name <email>". */
  author: string
  /** The committer's time (ISO 8601, UTC). */
  date: string
  subject: string
  /** The pull request the commit's message names, or null. */
  pr: number | null
}

/** Every line of `file` at `rev`, 1-based (index 0 unused); throws a GitError with why when it cannot say. */
export async function blame(cwd: string, file: string, rev: string): Promise<BlamedLine[]> {
  if (await isShallow(cwd)) throw new GitError('the clone is shallow, so the history of the file is not there (actions/checkout with fetch-depth: 0 shows it)')
  // git blame takes no --end-of-options: the revision is checked instead, so it can never read as an option.
  if (!isRevision(rev)) throw new GitError(`${JSON.stringify(rev.slice(0, 60))} is not a revision`)
  // No -M: moved-line detection matches text, not entries, and would credit a line a direct push wrote for one member
  // to the approved change that wrote the same text for another. A reordered file blames the reordering commit: its
  // own approval then vouches for the lines, which is what happened.
  const out = await git(cwd, ['blame', '--first-parent', '--porcelain', rev, '--', file], { maxBuffer: 512 * 1024 * 1024 })
  const commits = new Map<string, Omit<BlamedLine, 'commit'>>()
  const lines: BlamedLine[] = []
  const rows = out.split('\n')
  for (let i = 0; i < rows.length; i++) {
    const header = /^([0-9a-f]{40,64}) \d+ (\d+)/.exec(rows[i]!)
    if (!header) continue
    const commit = header[1]!
    const final = Number(header[2])
    const info: Record<string, string> = {}
    for (i++; i < rows.length && !rows[i]!.startsWith('\t'); i++) {
      const space = rows[i]!.indexOf(' ')
      info[space < 0 ? rows[i]! : rows[i]!.slice(0, space)] = space < 0 ? '' : rows[i]!.slice(space + 1)
    }
    if (!commits.has(commit) && info.summary !== undefined) {
      commits.set(commit, {
        author: `${info.author ?? ''} ${info['author-mail'] ?? ''}`.trim(),
        date: new Date(Number(info['committer-time'] ?? 0) * 1000).toISOString(),
        subject: info.summary,
        pr: pullRequestOf(info.summary)
      })
    }
    lines[final] = { commit, ...commits.get(commit)! }
  }
  return lines
}
