// Sends reconcile's writes to members: updates, moves (one call per target node) and tag changes. The API's limit
// of 20 requests per second is per action, so each action has its own pacer and the three go out side by side;
// every attempt is retried and classified like an invitation, and one write's failure never hides another's outcome.
import { ApiError } from './api-error.js'
import type { OrganizationApi } from './client.js'
import type { ErrorInfo } from './errors.js'
import type { InviteOptions } from './invite.js'
import { Pacer } from './pacer.js'
import { holds, type PlannedWrite } from '../reconcile/writes.js'
import { classify, describeError, unanswered as isUnanswered, withRetries } from './retry.js'

export type WriteStatus = 'updated' | 'moved' | 'tagged' | 'removed' | 'already-removed' | 'failed' | 'skipped'

export interface WriteResult {
  action: 'update' | 'move' | 'tags' | 'remove'
  MemberUin: number
  Name: string
  line: number
  status: WriteStatus
  code?: string
  message?: string
  requestId?: string
  at?: string
  attempts: number
  write: PlannedWrite
}

export interface WriteRun {
  results: WriteResult[]
  /** Per action: an error that made every further call of it pointless (CAM denies the action, say). */
  stoppedBy: Array<ErrorInfo & { api: string; message: string; requestId?: string }>
}

type SendOptions = Pick<InviteOptions, 'rateLimit' | 'retries' | 'maxRetryTimeMs' | 'minBackoffMs' | 'maxBackoffMs'> & {
  onRetry?: (what: string, error: ApiError, attempt: number) => void
}

const DONE: Record<WriteResult['action'], WriteStatus> = { update: 'updated', move: 'moved', tags: 'tagged', remove: 'removed' }
const API_ACTION: Record<WriteResult['action'], string> = {
  update: 'UpdateOrganizationMember',
  move: 'MoveOrganizationNodeMembers',
  tags: 'ModifyResourceTags',
  remove: 'DeleteOrganizationMembers'
}
/**
 * A removal whose member is already gone reached its goal: the answer to a retry after a lost answer, or to a member
 * that left meanwhile. Assumed (undocumented) to be ResourceNotFound.MemberNotExist, as UpdateOrganizationMember
 * answers; if the API instead succeeds, that is `removed`, just as safe.
 */
const ALREADY_REMOVED = new Set(['ResourceNotFound.MemberNotExist', 'FailedOperation.SomeUinsNotInOrganization'])

const VERIFIED = 'Applied by an earlier attempt whose answer was lost (a timeout or reset): read back from the organization, not sent again.'

type Outcome =
  | { ok: true; requestId: string; attempts: number; at: string; verified?: boolean }
  | { ok: false; info: ErrorInfo; error?: ApiError; attempts: number; at: string; skipped: boolean }

/** One lane per API action: its pacer, and whether it stopped. */
class Lane {
  readonly pacer: Pacer
  stop: (ErrorInfo & { api: string; message: string; requestId?: string }) | undefined

  constructor(
    readonly action: WriteResult['action'],
    private readonly options: SendOptions
  ) {
    this.pacer = new Pacer(options.rateLimit, { action: API_ACTION[action] })
  }

  /**
   * Sends one call with retries; every attempt takes its own turn. An attempt that went unanswered (a timeout, a
   * reset) may have done its work: before sending again, `verify` reads the member back, and a write it finds done
   * is not sent a second time.
   */
  async send(what: string, call: () => Promise<string>, verify?: () => Promise<boolean>): Promise<Outcome> {
    let attempts = 0
    let unanswered = false
    let verified = false
    try {
      const requestId = await withRetries(
        async () => {
          if (unanswered && verify && (await verify())) {
            verified = true
            return ''
          }
          return this.pacer.paced(async () => {
            if (this.stop) throw new Skipped()
            attempts++
            return call()
          })
        },
        this.options,
        {
          stopped: () => this.stop !== undefined,
          onRetry: (error, attempt) => {
            if (isUnanswered(error)) unanswered = true
            this.options.onRetry?.(what, error, attempt)
          }
        }
      )
      return { ok: true, requestId, attempts, at: now(), ...(verified ? { verified } : {}) }
    } catch (e) {
      if (e instanceof Skipped) return { ok: false, info: this.stop!, attempts, at: now(), skipped: true }
      const error = e instanceof ApiError ? e : new ApiError(String(e), undefined, undefined, undefined)
      const info = classify(error)
      if (info.action === 'stop') {
        this.stop ??= { ...info, api: API_ACTION[this.action], message: error.message, ...(error.requestId ? { requestId: error.requestId } : {}) }
        // Queued calls will be skipped: let them through at once instead of at the API's pace.
        this.pacer.close()
      }
      return { ok: false, info, error, attempts, at: now(), skipped: false }
    }
  }
}

class Skipped extends Error {}

export async function sendWrites(writes: readonly PlannedWrite[], api: OrganizationApi, options: SendOptions): Promise<WriteRun> {
  const lanes = { update: new Lane('update', options), move: new Lane('move', options), tags: new Lane('tags', options), remove: new Lane('remove', options) }

  const result = (w: PlannedWrite & { action: WriteResult['action'] }, o: Outcome, lane: Lane): WriteResult => {
    const base = { action: w.action, MemberUin: w.MemberUin, Name: w.Name, line: w.line, attempts: o.attempts, at: o.at, write: w }
    if (o.ok && o.verified) return { ...base, status: DONE[w.action], message: VERIFIED }
    if (o.ok) return { ...base, status: DONE[w.action], requestId: o.requestId }
    if (o.skipped) return { ...base, status: 'skipped', message: `Not sent: ${lane.stop?.api ?? 'this action'} stopped on ${lane.stop?.code}.` }
    if (w.action === 'remove' && ALREADY_REMOVED.has(o.info.code)) {
      return {
        ...base,
        status: 'already-removed',
        code: o.info.code,
        message: 'Not a member any more: already removed (by an earlier attempt whose answer was lost, or meanwhile).'
      }
    }
    const retried = o.info.action === 'retry' ? ` Gave up after ${o.attempts} attempts.` : ''
    return {
      ...base,
      status: 'failed',
      code: o.info.code,
      message: `${describeError(o.info, o.error!)}${retried}`,
      ...(o.error?.requestId ? { requestId: o.error.requestId } : {})
    }
  }

  const updates = writes.filter((w) => w.action === 'update')
  const tags = writes.filter((w) => w.action === 'tags')
  const moves = writes.filter((w) => w.action === 'move')
  // One call per member: each refusal (a delegated administrator, a payer) is that member's own answer.
  const removals = writes.filter((w) => w.action === 'remove')

  // Reading a member back, after an attempt went unanswered, under the read action's own limit.
  const reads = new Pacer(options.rateLimit, { action: 'DescribeOrganizationMembers' })
  const verify =
    (...batch: PlannedWrite[]) =>
    async (): Promise<boolean> => {
      if (!api.describeMember) return false
      try {
        const read = await Promise.all(batch.map((w) => reads.paced(() => api.describeMember!(w.MemberUin))))
        return batch.every((w, i) => read[i] !== undefined && holds(w, read[i]!))
      } catch {
        return false // not known: sent again, as before reading back was possible
      }
    }

  const updating = Promise.all(updates.map(async (w) => result(w, await lanes.update.send(`update of ${w.MemberUin}`, () => api.updateMember(w.body), verify(w)), lanes.update)))
  const tagging = Promise.all(
    tags.map(async (w) => result(w, await lanes.tags.send(`tags of ${w.MemberUin}`, () => api.modifyTags(w.MemberUin, w.replace, w.remove), verify(w)), lanes.tags))
  )
  const moving = moveAll(moves, api, lanes.move, result, verify)
  const removing = Promise.all(removals.map(async (w) => result(w, await lanes.remove.send(`removal of ${w.MemberUin}`, () => api.deleteMembers([w.MemberUin])), lanes.remove)))
  const [u, m, t, r] = await Promise.all([updating, moving, tagging, removing])
  // File order, then update, move, tags for one member: the order the plan lists them in.
  const order = new Map(writes.map((w, i) => [w, i]))
  const results = [...u, ...m, ...t, ...r].sort((a, b) => order.get(a.write)! - order.get(b.write)!)
  return { results, stoppedBy: Object.values(lanes).flatMap((l) => (l.stop ? [l.stop] : [])) }
}

/**
 * One MoveOrganizationNodeMembers per target node, its members batched. How the API answers a batch that holds one
 * member it refuses is undocumented (the whole batch refused, or all but that one moved): when a batch of several
 * fails on anything but a stop, each of its members is sent again alone, so every member gets its own answer.
 * Moving a member to the node it is already in changes nothing, so a batch that half happened is safe to repeat.
 */
async function moveAll(
  moves: ReadonlyArray<PlannedWrite & { action: 'move' }>,
  api: OrganizationApi,
  lane: Lane,
  result: (w: PlannedWrite & { action: 'move' }, o: Outcome, lane: Lane) => WriteResult,
  verify: (...batch: PlannedWrite[]) => () => Promise<boolean>
): Promise<WriteResult[]> {
  const byNode = new Map<number, Array<PlannedWrite & { action: 'move' }>>()
  for (const w of moves) byNode.set(w.nodeId, [...(byNode.get(w.nodeId) ?? []), w])
  const batches = await Promise.all(
    [...byNode].map(async ([nodeId, batch]) => {
      const o = await lane.send(
        `move to node ${nodeId}`,
        () =>
          api.moveMembers(
            nodeId,
            batch.map((w) => w.MemberUin)
          ),
        verify(...batch)
      )
      if (o.ok || batch.length === 1 || o.skipped || o.info.action === 'stop') return batch.map((w) => result(w, o, lane))
      return Promise.all(batch.map(async (w) => result(w, await lane.send(`move of ${w.MemberUin}`, () => api.moveMembers(nodeId, [w.MemberUin]), verify(w)), lane)))
    })
  )
  return batches.flat()
}

function now(): string {
  return new Date().toISOString()
}
