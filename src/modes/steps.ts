// The named steps the modes are made of. Each takes values and returns a value; the few that overlap with others
// (reading the organization while git works, walking the history while the writes go out) return handles that the
// mode starts and awaits at visible points.
import { readBaseRevision, type BaseRevision } from './base-step.js'
import type { RunOutcome } from '../model/run.js'
import { diff as diffEntries } from '../manifest/diff.js'
import { readManifest } from '../manifest/validate.js'
import { error, type Diagnostic } from '../model/diagnostics.js'
import type { Diff, Entry, Manifest, NodeEntry } from '../model/entries.js'
import type { OrganizationState } from '../model/organization.js'
import type { Reconciliation } from '../model/reconcile.js'
import type { MemberWrite, PlannedWrite } from '../model/writes.js'
import type { OrganizationApi } from '../organization/api.js'
import { checkAgainstOrganization, type OrganizationCheck } from '../organization/check.js'
import { classify, needsHistory, withHistory } from '../organization/classify.js'
import { onDeparture } from '../organization/departures.js'
import { guardWrites, truncationCheck, type GuardVerdict } from '../organization/guards.js'
import { completeTags, readOrganization } from '../organization/read.js'
import { planInvitations } from '../organization/reconcilers/invitation.js'
import { planMemberChanges } from '../organization/reconcilers/plan.js'
import { planNodeWrites } from '../organization/reconcilers/node-reconciler.js'
import { liveTree, resolveNodes } from '../organization/node-tree.js'
import type { Sender } from '../organization/send.js'
import type { RunPorts, RunRequest } from './request.js'

export { readBaseRevision }

/** What plan and apply share: everything up to the writes. `compared` is there when the organization was read and nothing refused the plan. */
export interface Planned {
  outcome: RunOutcome
  compared?: Compared
  org?: OrganizationState
  api?: OrganizationApi
  /** The base revision's entries, with the comparison (approvals plan the reviewed head against the same base). */
  base?: BaseRevision
  /** Completes the reconciliation with the file's history; started here, awaited by the caller once its writes are out. */
  history?: Promise<RunOutcome['reconciliation']>
}

/** Step: parse and validate the file. Entries only when there is no error at all. */
export function validateFile(request: Pick<RunRequest, 'file' | 'bytes'>): Manifest {
  return readManifest(request.file, request.bytes)
}

/** Step: what this revision changes, by MemberUin. */
export function diffWithBase(base: { sha: string | null; entries: Entry[]; nodes?: NodeEntry[] }, manifest: Manifest): Diff {
  const diff = diffEntries(base.sha, base.entries, manifest.entries)
  return base.nodes ? { ...diff, baseNodes: base.nodes } : diff
}

export interface OrganizationRead {
  api: Promise<OrganizationApi>
  state: Promise<OrganizationState>
  /** Settles once the first member page has left (or the read ended): see `firstPageLeft`. */
  firstPageLeft: Promise<void>
  /** Stops the pages not yet sent: the run ended early (an invalid file, a refused plan). */
  abandon(): void
}

/**
 * Handle: the organization read in the background, started before git so that both overlap. `expected`: how many
 * members the file suggests, whose pages are asked at once. `organization`: DescribeOrganization too (the management
 * account), which reconcile's guards and a payer check need. Rejections surface where `state` is awaited.
 */
export function startReading(ports: RunPorts, sender: Sender, expected: number, organization: boolean): OrganizationRead {
  const stop = new AbortController()
  const api = ports.organization!()
  const state = api.then((a) => readOrganization(sender, a, { organization, expectedMembers: expected, signal: stop.signal }))
  api.catch(() => undefined)
  state.catch(() => undefined)
  return { api, state, firstPageLeft: firstPageLeft(state), abandon: () => stop.abort() }
}

/**
 * Resolves once the organization's first member page has left (or the read ended): a request whose turn has come
 * still needs the event loop to connect and write, which a long parse would hold up. Another HTTP client announces
 * no departures: then a short wait stands in.
 */
function firstPageLeft(state: Promise<unknown>): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = onDeparture('DescribeOrganizationMembers', () => done())
    const timer = setTimeout(() => done(), 300)
    function done(): void {
      stop()
      clearTimeout(timer)
      resolve()
    }
    state.then(done, done)
  })
}

/**
 * Step: members whose listing did not carry their tags, and whose entries declare Tags, get them from the Tag
 * service: an unknown is never compared as "no tags".
 */
export async function knowTags(org: OrganizationState, entries: readonly Entry[], sender: Sender, api: OrganizationApi): Promise<OrganizationState> {
  const declared = new Set(entries.filter((e) => e.member.Tags !== undefined).map((e) => e.member.MemberUin))
  return completeTags(sender, api, org, declared)
}

/** Step: the limits a diff must keep before the organization is even compared. */
export function checkDiff(request: RunRequest, diff: Diff): { diagnostics: Diagnostic[]; warnings: string[]; failure?: string } {
  const { file } = request
  // A file that lost a quarter of its entries: refused with reconcile: all, a loud warning otherwise.
  const truncated = truncationCheck(file, diff.removed.length + diff.changed.length + diff.unchanged, diff.removed.length, request.reconcile)
  const warnings = truncated.warning ? [truncated.warning] : []
  if (truncated.failure) return { diagnostics: truncated.diagnostics, warnings, failure: truncated.failure }
  if (diff.added.length > request.maxInvites) {
    const failure = `The plan adds ${diff.added.length} members, more than max-invites (${request.maxInvites}); nothing is sent. If this many invitations are intended, raise the max-invites input of the workflow to at least ${diff.added.length}.`
    return { diagnostics: [error(file, { line: diff.added[request.maxInvites]!.line, col: 1 }, 'Too many invitations', failure)], warnings, failure }
  }
  return { diagnostics: [], warnings }
}

export interface Compared {
  check: OrganizationCheck
  rec: Reconciliation
  /** The entries with every node named by path resolved to its id (0 while it is still to be created). */
  entries: Entry[]
  /** Every write apply sends, as values: node creations first, member writes in the plan's order, node deletions last. */
  writes: PlannedWrite[]
  verdict: GuardVerdict
  /** Nodes: every path's id as it stands, and the paths this run creates. */
  nodeIds: Map<string, number>
  newNodes: Set<string>
  rootId: number | undefined
}

/**
 * Step: the file against the organization. `diff`: this revision's (none in mode drift, where the whole file is
 * compared and nothing is under review). Resolves node paths, classifies every node and MemberUin, asks each
 * resource's reconciler for its writes, and guards them.
 */
export function compareWithOrganization(request: RunRequest, diff: Diff | undefined, manifest: Manifest, org: OrganizationState): Compared {
  const { file } = request
  const byPath = manifest.nodes !== undefined || manifest.entries.some((e) => e.node !== undefined)
  const nodes = byPath ? resolveNodes(file, manifest.entries, manifest.nodes, diff, org, request.reconcile) : undefined
  const entries = nodes?.entries ?? manifest.entries
  const newNodes = nodes?.newNodes ?? new Set<string>()
  const none: Diff = { base: null, added: [], changed: [], removed: [], unchanged: entries.length }
  // The diff's entries are the file's as parsed: map them to the resolved ones.
  const resolvedDiff = diff && nodes ? withResolved(diff, entries) : diff
  const check = checkAgainstOrganization(file, resolvedDiff ?? none, entries, org, newNodes)
  check.diagnostics.unshift(...(nodes?.diagnostics ?? []))
  const classified = classify(entries, resolvedDiff, org)
  const rec: Reconciliation = nodes ? { ...classified, nodes: nodes.statuses } : classified
  const anchor = entries[0]?.line ?? 1
  const members = resolvedDiff ? planned(request, resolvedDiff, rec, org, anchor, newNodes) : []
  const nodeWrites = resolvedDiff && nodes ? planNodeWrites(nodes.statuses, rec, members, request.reconcile, file, anchor) : { writes: [], diagnostics: [] }
  check.diagnostics.push(...nodeWrites.diagnostics)
  const writes: PlannedWrite[] = [...nodeWrites.writes.filter((w) => w.action !== 'delete-node'), ...members, ...nodeWrites.writes.filter((w) => w.action === 'delete-node')]
  const verdict = guardWrites(file, writes, {
    maxInvites: request.maxInvites,
    maxChanges: request.maxChanges,
    protectedMembers: new Set(request.protectedMembers),
    maxRemovals: request.maxRemovals,
    orgMembers: org.members.length,
    ...(rec.managementUin !== undefined ? { managementUin: rec.managementUin } : {}),
    ...(org.infoUnknown !== undefined && request.reconcile !== 'none' ? { managementUnknown: org.infoUnknown } : {})
  })
  const tree = liveTree(org)
  const nodeIds = new Map<string, number>()
  for (const n of org.nodes) {
    const path = tree.pathOf(n.NodeId)
    if (path) nodeIds.set(path, n.NodeId)
  }
  for (const s of nodes?.statuses ?? []) if (s.NodeId !== undefined) nodeIds.set(s.path, s.NodeId)
  return { check, rec, entries, writes, verdict, nodeIds, newNodes, rootId: tree.rootId }
}

/** The diff with the entries of this revision replaced by their resolved versions (same positions, NodeId filled in). */
function withResolved(diff: Diff, entries: readonly Entry[]): Diff {
  const byUin = new Map(entries.map((e) => [e.member.MemberUin, e]))
  return {
    ...diff,
    added: diff.added.map((e) => byUin.get(e.member.MemberUin) ?? e),
    changed: diff.changed.map((c) => ({ ...c, entry: byUin.get(c.entry.member.MemberUin) ?? c.entry }))
  }
}

/** Each resource's reconciler: invitations of added entries first, then reconcile's writes in the plan's order. */
function planned(request: RunRequest, diff: Diff, rec: Reconciliation, org: OrganizationState, anchor: number, newNodes: ReadonlySet<string>): MemberWrite[] {
  const members = new Set(org.members.map((m) => m.MemberUin))
  const invitations = planInvitations(diff, members, undefined, 'none', newNodes)
  // A removed entry has no line in this file: its write is reported where the list starts.
  return [...invitations, ...planMemberChanges(rec, request.reconcile, anchor, newNodes)]
}

/**
 * Handle: since when pending entries wait, and which members the file once held, from the git history. It never
 * changes a write, so apply sends while it is read.
 */
export function startHistory(ports: RunPorts, rec: Reconciliation): Promise<Reconciliation> {
  const uins = needsHistory(rec)
  if (uins.length === 0 || !ports.history) return Promise.resolve(rec)
  const full = ports.history(uins).then((lookup) => withHistory(rec, lookup))
  full.catch(() => undefined) // awaited once the writes are out
  return full
}
