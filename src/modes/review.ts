// Mode review: dated evidence of who holds which access. Reads the live organization (every member, its node, its
// permissions, payer, tags) and the file's history (which change set each declared value, and who approved it);
// writes nothing to Tencent Cloud. Steps: validate the file, read the organization, classify it against the file,
// blame the file, look up the approvals of the pull requests found, build the rows, compare with the last review.
import type { Entry } from '../model/entries.js'
import type { Approver, AccessReview, FactSource, Provenance, ReviewFact, ReviewFlag, ReviewRow } from '../model/review.js'
import type { MemberStatus } from '../model/reconcile.js'
import type { OrganizationState } from '../model/organization.js'
import type { Diagnostic } from '../model/diagnostics.js'
import type { BlamedLine } from '../history/blame.js'
import type { OrganizationApi } from '../organization/api.js'
import { ApiError } from '../organization/api-error.js'
import { classify } from '../organization/classify.js'
import { liveTree } from '../organization/node-tree.js'
import { completeTags, readOrganization, tagReads } from '../organization/read.js'
import { describeApiError } from '../organization/retry.js'
import { Sender, type SendOptions } from '../organization/send.js'
import { compareReviews } from '../report/review.js'
import { PERMISSIONS } from '../report/permissions.js'
import { validateFile } from './steps.js'

export interface ReviewRequest {
  file: string
  bytes: Buffer
  /** The commit the file is read at. */
  commit: string | null
  /** The review's date, UTC YYYY-MM-DD. */
  date: string
  sensitivePermissions: readonly number[]
  /** The last review's JSON, when input previous-review names one. */
  previous?: string
  send: SendOptions
}

export interface ReviewPorts {
  organization: () => Promise<OrganizationApi>
  /** Every line of the file with the change that set it; rejects with why when the history is not there. */
  blame: () => Promise<BlamedLine[]>
  /**
   * The pull request GitHub says merged a commit (null: none, a direct push) and its counted approvals. Asked by
   * commit, not by the number in its subject: a subject is written by whoever commits, and a direct push titled
   * "(#12)" must not borrow #12's approvals. Missing: approvals cannot be read (then said, never guessed).
   */
  approvals?: (commit: string) => Promise<{ pr: number | null; approvers: Approver[] }>
  /** Why approvals are not read, when `approvals` is missing. */
  approvalsUnknown?: string
  log: (line: string) => void
}

export interface ReviewOutcome {
  review?: AccessReview
  diagnostics: Diagnostic[]
  notes: string[]
  failure?: string
}

export async function review(request: ReviewRequest, ports: ReviewPorts): Promise<ReviewOutcome> {
  const manifest = validateFile(request)
  if (manifest.errors.length > 0) {
    return {
      diagnostics: manifest.errors,
      notes: [],
      failure: `${request.file} has ${manifest.errors.length} error${manifest.errors.length === 1 ? '' : 's'}; no review was made.`
    }
  }
  const sender = new Sender(request.send)
  // Handle: git blames the file while the organization is read; neither needs the other.
  const blaming = ports.blame()
  blaming.catch(() => undefined)
  let org: OrganizationState
  try {
    const api = await ports.organization()
    // Every member's tags are facts of the review: read from the Tag service when the listing lacks them, each page's
    // as it arrives, beside the member pages still to come.
    const tags = tagReads(sender, api)
    const read = await readOrganization(sender, api, { organization: true, expectedMembers: manifest.entries.length, onMembers: (members) => tags.add(members) })
    org = await completeTags(sender, api, read, new Set(read.members.map((m) => m.MemberUin)), tags)
  } catch (e) {
    return { diagnostics: [], notes: [], failure: `Reading the organization failed, so no review was made: ${e instanceof ApiError ? describeApiError(e) : (e as Error).message}` }
  }
  ports.log(`Read the organization: ${org.nodes.length} nodes, ${org.members.length} members (${org.calls} calls).`)
  const notes: string[] = []
  let lines: BlamedLine[] = []
  let historyUnknown: string | undefined
  try {
    lines = await blaming
  } catch (e) {
    historyUnknown = `the file's history could not be read: ${(e as Error).message}`
    notes.push(`No provenance: ${historyUnknown}.`)
  }
  const approvals = approvalLookup(ports)
  const rec = classify(manifest.entries, undefined, org)
  const tree = liveTree(org)
  const rows: ReviewRow[] = []
  for (const s of rec.members) {
    if (s.states[0] === 'remove') continue
    const row = await rowOf(s, request, tree.pathOf.bind(tree), lines, historyUnknown, approvals)
    if (row) rows.push(row)
  }
  rows.sort(byConcern)
  const review: AccessReview = {
    version: 1,
    date: request.date,
    organization: { OrgId: org.info?.OrgId ?? null, managementUin: org.info?.HostUin ?? null },
    file: { path: request.file, commit: request.commit },
    sensitivePermissions: [...request.sensitivePermissions].sort((a, b) => a - b),
    rows
  }
  if (request.previous !== undefined) {
    const since = compareReviews(request.previous, review)
    if (typeof since === 'string') notes.push(since)
    else review.since = since
  }
  return { review, diagnostics: [], notes }
}

type Approval = Pick<Provenance, 'pr' | 'approvers' | 'approval' | 'approvalUnknown'>

/** Approvals per commit, asked once each (the reader under the port asks once per pull request). */
function approvalLookup(ports: ReviewPorts): (commit: string, subjectPr: number | null) => Promise<Approval> {
  const cache = new Map<string, Promise<Approval>>()
  return (commit, subjectPr) => {
    let found = cache.get(commit)
    if (!found) {
      found = ports.approvals
        ? ports.approvals(commit).then(
            ({ pr, approvers }) => ({ pr, approvers, approval: pr !== null && approvers.length > 0 ? 'approved' : 'unapproved' }) as const,
            (e: unknown) => ({ pr: subjectPr, approval: 'unknown' as const, approvalUnknown: `the approvals of ${commit.slice(0, 12)} could not be read: ${(e as Error).message}` })
          )
        : // Without GitHub only the subject tells: a commit that names no pull request is taken as a direct push
          // (flagged for the reviewer, the side that hides nothing); one that names one is not trusted to be approved.
          Promise.resolve(
            subjectPr === null
              ? ({ pr: null, approval: 'unapproved', approvers: [] } as const)
              : ({ pr: subjectPr, approval: 'unknown', approvalUnknown: ports.approvalsUnknown ?? 'approvals are not read without a github-token' } as const)
          )
      cache.set(commit, found)
    }
    return found
  }
}

async function rowOf(
  s: MemberStatus,
  request: ReviewRequest,
  pathOf: (id: number) => string | undefined,
  lines: readonly BlamedLine[],
  historyUnknown: string | undefined,
  approvals: ReturnType<typeof approvalLookup>
): Promise<ReviewRow | undefined> {
  const live = s.live
  const entry = s.entry
  const drift = new Map(s.differences.map((d) => [d.field, d]))
  /** The change that set the file's value of `field`, from the blame of the line it is written on. */
  const provenance = async (field: keyof Entry['positions'] | 'MemberUin'): Promise<Pick<ReviewFact, 'provenance' | 'provenanceUnknown'>> => {
    if (!entry) return { provenanceUnknown: 'not in the file: granted outside it (in the console?)' }
    const at = field === 'MemberUin' ? entry.positions.MemberUin?.line : entry.positions[field]?.line
    if (at === undefined) return { provenanceUnknown: `the file does not declare ${field}` }
    if (historyUnknown) return { provenanceUnknown: historyUnknown }
    const line = lines[at]
    if (!line) return { provenanceUnknown: `no change in the history set line ${at}` }
    return { provenance: { commit: line.commit, date: line.date, subject: line.subject, author: line.author, ...(await approvals(line.commit, line.pr)) } }
  }
  const fact = async (
    value: unknown,
    field: 'Node' | 'NodeId' | 'PermissionIds' | 'PayUin' | 'IsAllowQuit' | 'Tags',
    source: FactSource,
    compared?: string
  ): Promise<ReviewFact> => {
    const d = compared ? drift.get(compared as never) : undefined
    const declaredBy = field === 'NodeId' && entry?.node !== undefined ? 'Node' : field
    return { value: value ?? null, source, ...(d ? { file: d.file } : {}), ...(await provenance(declaredBy as keyof Entry['positions'])) }
  }
  const flags: ReviewFlag[] = []
  const permissions = live?.PermissionIds ?? entry?.member.PermissionIds ?? []
  const source: FactSource = live ? 'api' : 'file'
  if (!entry) flags.push('not-in-file')
  if (s.differences.some((d) => !d.underReview)) flags.push('drift')
  if (permissions.some((p) => request.sensitivePermissions.includes(p))) flags.push('sensitive')
  const nodeId = live?.NodeId ?? entry?.member.NodeId
  const row: ReviewRow = {
    MemberUin: s.MemberUin,
    Name: live?.Name ?? s.Name,
    state: live ? 'member' : 'pending',
    node: await fact(nodeId === undefined ? null : { NodeId: nodeId, path: pathOf(nodeId) ?? entry?.node ?? null }, 'NodeId', source, 'NodeId'),
    permissions: await fact(
      [...permissions].sort((a, b) => a - b).map((id) => ({ id, name: PERMISSIONS[id] ?? `permission ${id}` })),
      'PermissionIds',
      source,
      'PermissionIds'
    ),
    payUin: await fact(live ? (live.PayUin ?? null) : (entry?.member.PayUin ?? null), 'PayUin', source, 'PayUin'),
    isAllowQuit: await fact(live ? (live.IsAllowQuit ?? null) : (entry?.member.IsAllowQuit ?? null), 'IsAllowQuit', source, 'IsAllowQuit'),
    tags: await fact(
      [...((live ? live.Tags : entry?.member.Tags) ?? [])].sort((a, b) => (a.TagKey < b.TagKey ? -1 : a.TagKey > b.TagKey ? 1 : 0)),
      'Tags',
      source,
      'Tags'
    ),
    since: live ? { value: live.CreateTime ?? null, source: 'api' } : { value: null, source: 'file', ...(await provenance('MemberUin')) },
    flags
  }
  if (!live) {
    flags.push('pending-since')
    if (row.since.provenance) row.since.value = row.since.provenance.date.slice(0, 10)
  }
  // Unapproved: what grants the access (the entry and its permissions) came in without a counted approval, or by no
  // reviewed change at all (not in the file, or a console grant the file does not hold).
  const granted = [row.permissions.provenance, (await provenance('MemberUin')).provenance]
  if (!entry || drift.has('PermissionIds') || granted.some((p) => p?.approval === 'unapproved')) flags.push('unapproved')
  flags.sort((a, b) => FLAG_ORDER.indexOf(a) - FLAG_ORDER.indexOf(b))
  return row
}

const FLAG_ORDER: readonly ReviewFlag[] = ['sensitive', 'unapproved', 'drift', 'not-in-file', 'pending-since']

/** Sensitive first, then any other flag, then by node path and MemberUin: a stable order, so the digest is too. */
function byConcern(a: ReviewRow, b: ReviewRow): number {
  const rank = (r: ReviewRow) => (r.flags.includes('sensitive') ? 0 : r.flags.length > 0 ? 1 : 2)
  const path = (r: ReviewRow) => String((r.node.value as { path?: string } | null)?.path ?? '')
  return rank(a) - rank(b) || (path(a) < path(b) ? -1 : path(a) > path(b) ? 1 : 0) || a.MemberUin - b.MemberUin
}
