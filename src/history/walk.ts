// The compliance record: every commit that changed the effective membership, read from git history.
//
// The walk follows the first-parent chain of the branch, the line of revisions that were actually in force:
// a pull request merged with a merge commit is one change (the merge), whatever its branch did on the way,
// and a squash merge is one change too. `--follow` carries the walk across renames of the file.
import type { RecordApprovals } from '../model/approvals.js'
import type { Entry, FieldName, Member } from '../model/entries.js'
import { readManifest } from '../manifest/validate.js'
import { diff } from '../manifest/diff.js'
import { commitOf as commitId, git as run, GitError, isShallow as shallow, readBlobs as blobs } from './git.js'

export interface Person {
  name: string
  email: string
  /** Strict ISO 8601, with the committer's own offset. */
  date: string
}

export interface AuditRecord {
  commit: string
  parents: string[]
  author: Person
  committer: Person
  subject: string
  /** The pull request named by a merge message ("Merge pull request #12 from ...") or a squash subject ("... (#34)"). */
  pr: number | null
  /** The file's path at this commit (it changes across renames). */
  path: string
  /** `member` as the file gave it; `Node` when it named its node by path (its NodeId is then not the file's). */
  added: Array<{ MemberUin: number; Name: string; member: Member; Node?: string }>
  changed: Array<{ MemberUin: number; Name: string; fields: Array<FieldName | 'Node'>; before: Recorded; after: Recorded }>
  removed: Array<{ MemberUin: number; Name: string }>
  /** The file does not parse at this commit; the next valid revision is compared with the last valid one. */
  error?: string
  /**
   * The first valid revision after unparseable ones, with the membership it restores unchanged. Recorded so that
   * the history does not end on an error that was in fact fixed.
   */
  restored?: true
  /**
   * Who approved the change (the audit mode adds it: modes/audit.ts): the pull request merged as this commit, its
   * author, approvers, merger and flags; or that approvals were not read, and why.
   */
  approvals?: RecordApprovals
}

/** An entry's fields as the record keeps them: the node by path where the file named it so. */
export type Recorded = Partial<Member> & { Node?: string }

export interface HistoryOptions {
  /** The repository's working directory; `file` is relative to it. */
  cwd: string
  file: string
  /** Dates as git reads them (`2024-01-31`, `2024-01-31T12:00:00Z`, `2 weeks ago`), on commit (committer) dates. */
  since?: string
  until?: string
  /** Revisions: the record covers `from..to` (`to` defaults to HEAD). */
  from?: string
  to?: string
  /**
   * Only commits whose diff adds or removes a line matching this (POSIX extended) regular expression, as `git log -G`:
   * finding when a few MemberUins came and went reads those commits alone, not every revision of the file.
   */
  pickaxe?: string
}

export interface History {
  file: string
  range: { since?: string; until?: string; from?: string; to: string }
  records: AuditRecord[]
}

/** A problem with the request (unknown revision, not a repository, shallow clone), worded for a person. */
export class AuditError extends Error {}

interface Commit {
  sha: string
  parents: string[]
  author: Person
  committer: Person
  message: string
  path: string
}

const FS = '\x1f'
const RS = '\x1e'
const FORMAT = `${RS}${['%H', '%P', '%an', '%ae', '%aI', '%cn', '%ce', '%cI', '%B'].join('%x1f')}${FS}`

export async function walkHistory(o: HistoryOptions): Promise<History> {
  if (await isShallow(o.cwd)) {
    throw new AuditError('The clone is shallow: it holds only the latest commits, not the history of the file.')
  }
  const to = await commitOf(o.cwd, o.to ?? 'HEAD', o.to ? 'to' : 'HEAD')
  const from = o.from === undefined ? undefined : await commitOf(o.cwd, o.from, 'from')
  const range = { ...(o.since ? { since: o.since } : {}), ...(o.until ? { until: o.until } : {}), ...(from ? { from } : {}), to }

  // The whole history up to `to`, not only the range: the first change in the range is a diff against the last
  // valid revision before it.
  const commits = parseLog(
    await git(o.cwd, [
      'log',
      '--no-show-signature',
      '--first-parent',
      '--diff-merges=first-parent',
      '--follow',
      '-z',
      '--name-only',
      `--format=${FORMAT}`,
      ...(o.pickaxe ? [`-G${o.pickaxe}`] : []),
      to,
      '--',
      o.file
    ])
  ).reverse()
  const inRange = o.since || o.until || from ? await rangeOf(o.cwd, { ...o, from, to }) : undefined
  const first = inRange ? commits.findIndex((c) => inRange.has(c.sha)) : 0
  if (first < 0 || commits.length === 0) return { file: o.file, range, records: [] }

  const blobs = await readBlobs(
    o.cwd,
    commits.slice(first).map((c) => `${c.sha}:${c.path}`)
  )
  let last = await lastValidBefore(o.cwd, commits.slice(0, first))
  let brokenShown = false
  const records: AuditRecord[] = []
  for (const c of commits.slice(first)) {
    const shown = !inRange || inRange.has(c.sha)
    const bytes = blobs.get(`${c.sha}:${c.path}`) ?? null
    // A commit that deletes the file leaves no members: every entry is removed.
    const manifest = bytes === null ? { entries: [], errors: [] } : readManifest(c.path, bytes)
    if (manifest.errors.length > 0) {
      if (shown) records.push({ ...describe(c), added: [], changed: [], removed: [], error: errorText(manifest.errors) })
      brokenShown ||= shown
      continue
    }
    const plan = diff(last.sha, last.entries, manifest.entries)
    const changes = plan.added.length + plan.changed.length + plan.removed.length > 0
    if (shown && (changes || brokenShown)) {
      records.push({
        ...describe(c),
        added: plan.added.map((e) => ({ ...brief(e), member: e.node ? withoutNodeId(e.member) : e.member, ...(e.node ? { Node: e.node } : {}) })),
        changed: plan.changed.map((ch) => ({
          ...brief(ch.entry),
          fields: ch.fields,
          before: pick(ch.before, ch.fields),
          after: pick(ch.entry, ch.fields)
        })),
        removed: plan.removed.map(brief),
        ...(changes ? {} : { restored: true as const })
      })
    }
    last = { sha: c.sha, entries: manifest.entries }
    brokenShown = false
  }
  return { file: o.file, range, records }
}

export async function isShallow(cwd: string): Promise<boolean> {
  try {
    return await shallow(cwd)
  } catch {
    throw new AuditError(`${cwd} is not a git repository (or git cannot read it).`)
  }
}

/** The pull request a GitHub merge or squash commit names; the first line is where GitHub writes it. */
export function pullRequestOf(message: string): number | null {
  const subject = message.split('\n', 1)[0]!.trim()
  const m = /^Merge pull request #(\d+) from /.exec(subject) ?? /\(#(\d+)\)$/.exec(subject)
  return m ? Number(m[1]) : null
}

function parseLog(out: string): Commit[] {
  const commits: Commit[] = []
  let newerPath: string | undefined
  for (const chunk of out.split(RS).slice(1)) {
    const parts = chunk.split(FS)
    const [sha, parents, an, ae, ad, cn, ce, cd] = parts as [string, string, string, string, string, string, string, string]
    const names = parts
      .at(-1)!
      .split(/[\0\n]/)
      .filter(Boolean)
    // With --follow there is one path per commit; a commit listed without one keeps its successor's.
    const path = names[0] ?? newerPath
    if (path === undefined) continue
    newerPath = path
    commits.push({
      sha,
      parents: parents.split(' ').filter(Boolean),
      author: { name: an, email: ae, date: ad },
      committer: { name: cn, email: ce, date: cd },
      message: parts.slice(8, -1).join(FS).trim(),
      path
    })
  }
  return commits
}

async function rangeOf(cwd: string, o: { since?: string; until?: string; from?: string; to: string }): Promise<Set<string>> {
  const args = ['rev-list', '--first-parent']
  if (o.since) args.push(`--since=${o.since}`)
  if (o.until) args.push(`--until=${o.until}`)
  args.push(...(o.from ? [`^${o.from}`] : []), o.to, '--')
  return new Set((await git(cwd, args)).split('\n').filter(Boolean))
}

/** The membership just before the range: the newest revision before it that parses (none: no members). */
async function lastValidBefore(cwd: string, earlier: Commit[]): Promise<{ sha: string | null; entries: Entry[] }> {
  // Usually the newest one parses; read a few at a time rather than the whole prefix of the history.
  for (let end = earlier.length; end > 0; end -= 16) {
    const batch = earlier.slice(Math.max(0, end - 16), end).reverse()
    const blobs = await readBlobs(
      cwd,
      batch.map((c) => `${c.sha}:${c.path}`)
    )
    for (const c of batch) {
      const bytes = blobs.get(`${c.sha}:${c.path}`) ?? null
      const manifest = bytes === null ? { entries: [], errors: [] } : readManifest(c.path, bytes)
      if (manifest.errors.length === 0) return { sha: c.sha, entries: manifest.entries }
    }
  }
  return { sha: null, entries: [] }
}

function describe(c: Commit): Omit<AuditRecord, 'added' | 'changed' | 'removed'> {
  return {
    commit: c.sha,
    parents: c.parents,
    author: c.author,
    committer: c.committer,
    subject: c.message.split('\n', 1)[0]!,
    pr: pullRequestOf(c.message),
    path: c.path
  }
}

function brief(e: Entry): { MemberUin: number; Name: string } {
  return { MemberUin: e.member.MemberUin, Name: e.member.Name }
}

function pick(e: Entry, fields: ReadonlyArray<FieldName | 'Node'>): Recorded {
  const out: Record<string, unknown> = {}
  for (const f of fields) {
    if (f === 'Node') out.Node = e.node ?? null
    // An entry named by path has no NodeId of its own in the file: its path is the record.
    else if (f === 'NodeId' && e.node !== undefined) out.Node = e.node
    else out[f] = e.member[f] ?? null
  }
  return out as Recorded
}

/** A member named by path, without the 0 that stands in for its unresolved id. */
function withoutNodeId(m: Member): Member {
  const { NodeId: _unresolved, ...rest } = m
  return rest as Member
}

function errorText(errors: ReturnType<typeof readManifest>['errors']): string {
  const [e] = errors
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more error${errors.length > 2 ? 's' : ''})` : ''
  return `line ${e!.line}, col ${e!.col}: ${e!.title}: ${e!.message}${more}`
}

async function commitOf(cwd: string, rev: string, what: string): Promise<string> {
  const sha = await commitId(cwd, rev)
  if (sha) return sha
  throw new AuditError(what === 'HEAD' ? 'The repository has no commits yet.' : `Unknown revision ${rev} (${what}): it is not a commit of this clone.`)
}

async function git(cwd: string, args: string[]): Promise<string> {
  try {
    return await run(cwd, args, { maxBuffer: 256 * 1024 * 1024 })
  } catch (e) {
    throw e instanceof GitError ? new AuditError(e.message) : e
  }
}

async function readBlobs(cwd: string, specs: string[]): Promise<Map<string, Buffer | null>> {
  try {
    return await blobs(cwd, specs)
  } catch (e) {
    throw e instanceof GitError ? new AuditError(e.message) : e
  }
}
