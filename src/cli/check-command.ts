// `tencent-org-members validate | plan | drift`: the action's modes on a laptop, through the same modes (modes/), so
// the same reads, the same plan and the same words; but never a write. Plan reads the organization when credentials
// are in the environment (organization.ts); drift always does.
import { constants } from 'node:fs'
import { access, lstat } from 'node:fs/promises'
import { basename, dirname, resolve } from 'node:path'
import { MAX_BYTES } from '../manifest/parse.js'
import type { ReconcileLevel, RunOutcome } from '../model/run.js'
import { GitSource } from '../history/revision.js'
import { lookUpHistory } from '../history/since.js'
import { DEFAULT_RETRY } from '../organization/retry.js'
import { readWorkspaceFile } from '../runner/workspace-file.js'
import { allFindings } from '../report/findings.js'
import { text } from '../report/markdown.js'
import { driftOutput, fullPlanOutput } from '../report/outputs.js'
import { plainText } from '../report/plain.js'
import { renderSummary } from '../report/summary.js'
import { drift } from '../modes/drift.js'
import { plan, validate } from '../modes/plan.js'
import type { RunPorts, RunRequest } from '../modes/request.js'
import { CREDENTIAL_VARIABLES, needsCredentials, organizationClient, type OrganizationAccess } from './organization.js'

export type CheckFormat = 'text' | 'json' | 'markdown'

export interface CheckArgs {
  command: 'validate' | 'plan' | 'drift'
  file: string
  format: CheckFormat
  base?: string
  maxInvites: number
  maxChanges: number
  maxRemovals: number
  protectedMembers: number[]
  reconcile: ReconcileLevel
  failOnDrift: boolean
  /** How to reach the organization: plan and drift. */
  organization?: OrganizationAccess
  /** --endpoint was given: the user meant the organization to be read. */
  endpointGiven: boolean
  cwd: string
}

/** Exit status: 0 when the file is valid (and the plan acceptable, and with --fail-on-drift no drift), 1 otherwise, 2 on usage. */
export async function checkCommand(args: CheckArgs, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const { command, file } = args
  const credentials = command === 'validate' ? undefined : args.organization?.credentials
  if (command === 'drift' && !credentials) {
    err(needsCredentials('drift'))
    return 2
  }
  if (command === 'plan' && args.endpointGiven && !credentials) {
    err(`--endpoint is where plan reads the organization, which needs credentials: set ${CREDENTIAL_VARIABLES}.`)
    return 2
  }
  if (credentials && args.organization?.warning) err(args.organization.warning)

  const bytes = await readMembers(file)
  if (typeof bytes === 'string') {
    err(`${file}: error: cannot read the file: ${bytes}`)
    return 1
  }
  const request: RunRequest = {
    file,
    bytes,
    base: { kind: 'commit', rev: args.base ?? 'HEAD', reason: args.base ? '--base' : 'HEAD' },
    maxInvites: args.maxInvites,
    reconcile: args.reconcile,
    maxChanges: args.maxChanges,
    maxRemovals: args.maxRemovals,
    protectedMembers: args.protectedMembers,
    failOnDrift: args.failOnDrift,
    send: { ...DEFAULT_RETRY, rateLimit: 20 }
  }
  const ports: RunPorts = {
    ...(credentials ? { organization: organizationClient(credentials, args.organization!.endpoint) } : {}),
    revisions: () => new GitSource(args.cwd),
    history: (uins) => lookUpHistory(args.cwd, file, uins),
    offlineNote: 'No credentials in the environment (TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY): the file and its git history were checked; the organization was not read.',
    log: () => undefined
  }
  const run = command === 'validate' ? Promise.resolve(validate(request, ports)) : command === 'plan' ? plan(request, ports) : drift(request, ports)
  const result: Partial<RunOutcome> & { file: string } = await run.catch((e: unknown) => ({ file, failure: (e as Error).message }))
  const complete = result.entries ? (result as RunOutcome) : undefined
  const findings = complete ? allFindings(complete) : []

  if (args.format === 'json') {
    out(JSON.stringify(toJson(result, complete), null, 2))
  } else if (args.format === 'markdown') {
    // The job summary the action would write for this run.
    out((complete ? renderSummary(complete) : `## Tencent Cloud organization members\n\n**The run failed**: ${text(result.failure ?? '')}\n`).trimEnd())
    if (result.failure) err(`${file}: error: ${result.failure}`)
  } else {
    const lines = plainText(result, findings)
    for (const line of lines.out) out(line)
    for (const line of lines.err) err(line)
  }
  return result.failure ? 1 : 0
}

function toJson(r: Partial<RunOutcome>, complete: RunOutcome | undefined): unknown {
  const plan = complete ? fullPlanOutput(complete) : undefined
  return {
    ok: !r.failure,
    ...(r.failure ? { failure: r.failure } : {}),
    diagnostics: complete ? allFindings(complete) : [],
    notes: r.notes ?? [],
    warnings: r.warnings ?? [],
    // The counts: the node paths are the report's lookup, not a finding.
    ...(r.organization ? { organization: { nodes: r.organization.nodes, members: r.organization.members, calls: r.organization.calls } } : {}),
    ...(plan ? { plan } : {}),
    ...(r.mode === 'drift' && r.reconciliation ? { drift: driftOutput(r.reconciliation) } : {})
  }
}

/** The file's bytes, or why it cannot be read, in the user's terms. */
async function readMembers(file: string): Promise<Buffer | string> {
  // Only the file itself is checked for a link: the folders on the way are the ones the user named.
  const path = resolve(file)
  try {
    return await readWorkspaceFile(dirname(path), basename(path), MAX_BYTES)
  } catch (e) {
    return whyUnreadable(path, e as Error)
  }
}

async function whyUnreadable(path: string, e: Error): Promise<string> {
  const stats = await lstat(path).catch((error: NodeJS.ErrnoException) => error)
  if (stats instanceof Error) {
    if (stats.code === 'ENOENT') return `not found (no such file in ${dirname(path)}).`
    if (stats.code === 'EACCES') return 'permission denied: a folder on the way cannot be searched.'
    if (stats.code === 'ENOTDIR') return 'a part of the path is a file, not a folder.'
    return `${stats.code ?? stats.message}.`
  }
  if (stats.isSymbolicLink()) return 'it is a symbolic link; the members file must be a regular file, as the action reads it: name the file the link points to.'
  if (stats.isDirectory()) return 'it is a directory, not a file.'
  if (!stats.isFile()) return 'it is not a regular file (a device, pipe or socket?).'
  const readable = await access(path, constants.R_OK).then(
    () => true,
    () => false
  )
  return readable ? e.message : 'permission denied.'
}
