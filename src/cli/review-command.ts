// `tencent-org-members review`: an access review on a laptop, from the clone the command runs in and the live
// organization (credentials from the environment, organization.ts). The same review as the action's mode review, with
// one difference said in every row it touches: the tool reads git alone, so approvals are not read. Reads only.
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { git } from '../history/git.js'
import { blame } from '../history/blame.js'
import { MAX_BYTES } from '../manifest/parse.js'
import { review } from '../modes/review.js'
import { DEFAULT_RETRY } from '../organization/retry.js'
import { canonicalJson, reviewCsv, reviewMarkdown, sha256 } from '../report/review.js'
import { readWorkspaceFile } from '../runner/workspace-file.js'
import { writeUserFile } from './user-file.js'
import { hasCredentials, needsCredentials, organizationClient, type OrganizationAccess } from './organization.js'

export type ReviewFormat = 'markdown' | 'json' | 'csv'

export interface ReviewArgs {
  file: string
  format: ReviewFormat
  /** Write <date>.json, .csv and .md here instead of printing one format. */
  outputDir?: string
  /** The last review's JSON: the review then lists what changed since. */
  previous?: string
  sensitivePermissions: readonly number[]
  organization: OrganizationAccess
  env: NodeJS.ProcessEnv
  cwd: string
}

export const APPROVALS_NOT_READ = "the command-line tool reads git alone; the action's mode review reads approvals with its github-token"

/** Exit status: 0 with the review made, 1 when it cannot be, 2 without credentials. */
export async function reviewCommand(args: ReviewArgs, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  if (args.organization.warning) err(args.organization.warning)
  const credentials = args.organization.credentials
  if (!credentials) {
    err(hasCredentials(args.env) ? 'review: the credentials in the environment cannot be used.' : needsCredentials('review'))
    return 2
  }
  const committed = await committedFile(args.cwd, args.file)
  if (typeof committed === 'string') {
    err(`${args.file}: error: ${committed}`)
    return 1
  }
  let previous: string | undefined
  if (args.previous) {
    try {
      previous = (await readFile(resolve(args.cwd, args.previous))).toString('utf8')
    } catch (e) {
      err(`${args.previous}: error: cannot read the last review: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`)
      return 1
    }
  }
  const date = new Date().toISOString().slice(0, 10)
  const outcome = await review(
    {
      file: args.file,
      bytes: committed.bytes,
      commit: committed.commit,
      date,
      sensitivePermissions: args.sensitivePermissions,
      ...(previous !== undefined ? { previous } : {}),
      send: { ...DEFAULT_RETRY, rateLimit: 20 }
    },
    {
      organization: organizationClient(credentials, args.organization.endpoint),
      blame: () => blame(args.cwd, args.file, committed.commit),
      approvalsUnknown: APPROVALS_NOT_READ,
      log: (line) => err(line)
    }
  )
  for (const note of outcome.notes) err(note)
  if (!outcome.review) {
    for (const d of outcome.diagnostics) err(`${args.file}:${d.line}:${d.col}: error: ${d.message}`)
    err(`error: ${outcome.failure ?? 'no review was made.'}`)
    return 1
  }
  const json = canonicalJson(outcome.review)
  const digest = sha256(json)
  const files = { json, csv: reviewCsv(outcome.review) + '\r\n', markdown: reviewMarkdown(outcome.review, digest) }
  if (args.outputDir) {
    const base = `${args.outputDir}/${date}`
    try {
      await writeUserFile(args.cwd, `${base}.json`, files.json)
      await writeUserFile(args.cwd, `${base}.csv`, files.csv)
      await writeUserFile(args.cwd, `${base}.md`, files.markdown)
    } catch (e) {
      err(`${args.outputDir}: error: cannot write the review: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`)
      return 1
    }
    err(`Access review written to ${base}.json, .csv and .md; SHA-256 of the JSON: ${digest}.`)
  } else {
    out((args.format === 'markdown' ? files.markdown : args.format === 'json' ? files.json : files.csv).trimEnd())
    err(`SHA-256 of the JSON: ${digest}.`)
  }
  return 0
}

/**
 * The file as HEAD holds it: the review's provenance is of committed lines (git blame), so a working tree that
 * differs from HEAD is refused rather than reviewed against lines no commit wrote.
 */
async function committedFile(cwd: string, file: string): Promise<{ bytes: Buffer; commit: string } | string> {
  let commit: string
  let bytes: Buffer
  try {
    commit = (await git(cwd, ['rev-parse', '--verify', '--end-of-options', 'HEAD^{commit}'])).trim()
    bytes = await git(cwd, ['show', '--end-of-options', `${commit}:./${file}`], { encoding: 'buffer', maxBuffer: MAX_BYTES + 1 })
  } catch (e) {
    return `the review reads the file as HEAD holds it, and git cannot show it: ${(e as Error).message}`
  }
  let working: Buffer
  try {
    working = await readWorkspaceFile(cwd, file, MAX_BYTES)
  } catch (e) {
    return `cannot read the file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`
  }
  if (!working.equals(bytes)) return `the file differs from HEAD (${commit.slice(0, 12)}): commit or stash the change first, since a review says which commit set each line.`
  return { bytes, commit }
}
