// The writes that change an existing member, one reconciler each over the same classification (classify.ts): its
// fields (UpdateOrganizationMember), its node (MoveOrganizationNodeMembers) and its tags (the Tag service's
// ModifyResourceTags). Plans are values; sends go through the one send, each action under its own limit.
import type { Tag } from '../../model/entries.js'
import type { OrgMember } from '../../model/organization.js'
import type { ComparedField, MemberStatus, Reconciliation } from '../../model/reconcile.js'
import type { ReconcileLevel } from '../../model/run.js'
import type { FieldChange, MemberUpdate, MemberWrite, WriteResult } from '../../model/writes.js'
import { MAX_BATCH, MAX_TAGS_PER_CALL } from '../api.js'
import { comparedValue, liveValue } from '../classify.js'
import { tagChange } from '../tag.js'
import { TAG_READ_ACTION } from '../read.js'
import { eachReported, type SendContext } from './context.js'
import { notSent, resultOf } from './results.js'

type Update = MemberWrite & { action: 'update' }
type Move = MemberWrite & { action: 'move' }
type TagWrite = MemberWrite & { action: 'tags' }

/** Fields UpdateOrganizationMember changes; NodeId is a move, Tags the Tag service's. */
const UPDATED: readonly ComparedField[] = ['Name', 'Remark', 'PolicyType', 'PermissionIds', 'IsAllowQuit', 'PayUin']

function changesOf(s: MemberStatus, fields: readonly ComparedField[]): { changes: FieldChange[]; cause: 'change' | 'drift' } {
  const differences = s.differences.filter((d) => fields.includes(d.field))
  return {
    changes: differences.map((d) => ({ field: d.field, before: d.live, after: d.file })),
    // A write that also undoes drift says so: the reviewer approves putting back what someone changed in the console.
    cause: differences.some((d) => !d.underReview) ? 'drift' : 'change'
  }
}

function changing(rec: Reconciliation, level: ReconcileLevel): Array<MemberStatus & { entry: NonNullable<MemberStatus['entry']>; live: OrgMember }> {
  if (level === 'none') return []
  return rec.members.filter((s): s is MemberStatus & { entry: NonNullable<MemberStatus['entry']>; live: OrgMember } => s.entry !== undefined && s.live !== undefined)
}

// ---- fields ------------------------------------------------------------------------------------------------------

export function planUpdates(rec: Reconciliation, level: ReconcileLevel): Update[] {
  return changing(rec, level).flatMap((s): Update[] => {
    const { changes, cause } = changesOf(s, UPDATED)
    if (changes.length === 0) return []
    return [{ MemberUin: s.MemberUin, Name: s.Name, line: s.entry.line, action: 'update', body: updateBody(s, changes), changes, cause }]
  })
}

/**
 * UpdateOrganizationMember's body: the fields that differ, with the file's values. PolicyType and PermissionIds go
 * together, as the API requires, and PayUin with them whenever the file declares one, so that a change of payer or
 * of permissions always reaches the API as one consistent set. Only declared fields are ever sent (classify.ts).
 */
export function updateBody(s: MemberStatus, changes: readonly FieldChange[]): MemberUpdate {
  const m = s.entry!.member
  const fields = new Set(changes.map((c) => c.field))
  const body: MemberUpdate = { MemberUin: m.MemberUin }
  if (fields.has('Name')) body.Name = m.Name
  if (fields.has('Remark') && m.Remark !== undefined) body.Remark = m.Remark
  if (fields.has('IsAllowQuit') && m.IsAllowQuit !== undefined) body.IsAllowQuit = m.IsAllowQuit
  if (fields.has('PolicyType') || fields.has('PermissionIds') || fields.has('PayUin')) {
    body.PolicyType = m.PolicyType
    body.PermissionIds = [...m.PermissionIds]
    if (m.PayUin !== undefined) body.PayUin = m.PayUin
  }
  return body
}

export function sendUpdates(writes: readonly Update[], ctx: SendContext): Promise<WriteResult[]> {
  return eachReported(ctx, writes, async (w) => [
    resultOf(
      w,
      await ctx.sender.call({ action: 'UpdateOrganizationMember', what: `the update of ${w.MemberUin}`, send: () => ctx.api.updateMember(w.body), verify: readBack(ctx, [w]) }),
      'updated'
    )
  ])
}

// ---- node membership -------------------------------------------------------------------------------------------

/** `newNodes`: paths this run creates; a member moving into one is moved once it exists. */
export function planMoves(rec: Reconciliation, level: ReconcileLevel, newNodes: ReadonlySet<string> = new Set()): Move[] {
  return changing(rec, level).flatMap((s): Move[] => {
    const { changes, cause } = changesOf(s, ['NodeId'])
    if (changes.length === 0) return []
    const node = s.entry.node && newNodes.has(s.entry.node) ? { node: s.entry.node } : {}
    return [{ MemberUin: s.MemberUin, Name: s.Name, line: s.entry.line, action: 'move', nodeId: s.entry.member.NodeId, changes, cause, ...node }]
  })
}

/**
 * One MoveOrganizationNodeMembers per target node and batch of at most MAX_BATCH (the API's own maximum is
 * undocumented). How the API answers a batch that holds one member it refuses is undocumented too (the whole batch
 * refused, or all but that one moved): when a batch of several fails on anything but a stop or a cancellation, each
 * of its members is sent again alone, so every member gets its own answer. Moving a member to the node it is already
 * in changes nothing, so a batch that half happened is safe to repeat.
 */
export async function sendMoves(writes: readonly Move[], ctx: SendContext): Promise<WriteResult[]> {
  const byNode = new Map<string, Move[]>()
  for (const w of writes) {
    const key = w.node ?? `#${w.nodeId}`
    byNode.set(key, [...(byNode.get(key) ?? []), w])
  }
  const batches = [...byNode.values()].flatMap((all) => Array.from({ length: Math.ceil(all.length / MAX_BATCH) }, (_, i) => all.slice(i * MAX_BATCH, (i + 1) * MAX_BATCH)))
  const done = await Promise.all(
    batches.map(async (batch) => {
      const target = batch[0]!.node ? await ctx.nodeId(batch[0]!.node) : batch[0]!.nodeId
      if (target === undefined)
        return report(
          ctx,
          batch.map((w) => notSent(w, `Not sent: its node ${w.node} was not created (see that write).`, ctx.sender.cancelled))
        )
      const move = (ws: readonly Move[]) =>
        ctx.sender.call({
          action: 'MoveOrganizationNodeMembers',
          what: ws.length === 1 ? `the move of ${ws[0]!.MemberUin}` : `the move to node ${target}`,
          send: () =>
            ctx.api.moveMembers(
              target,
              ws.map((w) => w.MemberUin)
            ),
          verify: readBack(ctx, ws, target)
        })
      const o = await move(batch)
      if (o.kind !== 'refused' || batch.length === 1 || o.info.action === 'stop')
        return report(
          ctx,
          batch.map((w) => resultOf(w, o, 'moved'))
        )
      return eachReported(ctx, batch, async (w) => [resultOf(w, await move([w]), 'moved')])
    })
  )
  const order = new Map(writes.map((w, i) => [w, i]))
  return done.flat().sort((a, b) => order.get(a.write as Move)! - order.get(b.write as Move)!)
}

// ---- tags ----------------------------------------------------------------------------------------------------------

export function planTags(rec: Reconciliation, level: ReconcileLevel): TagWrite[] {
  return changing(rec, level).flatMap((s): TagWrite[] => {
    const { changes, cause } = changesOf(s, ['Tags'])
    if (changes.length === 0) return []
    const { replace, remove } = tagChange(s.entry.member.Tags ?? [], s.live.Tags ?? [])
    return [{ MemberUin: s.MemberUin, Name: s.Name, line: s.entry.line, action: 'tags', replace, remove, changes, cause }]
  })
}

/**
 * ModifyResourceTags takes at most ten tags in each of ReplaceTags and DeleteTags: a bigger change is several calls,
 * one after the other, each idempotent (setting a tag to its value, deleting a key that is gone). The write is done when
 * every call is; the first refusal ends it, and says how many of its calls went through.
 */
export function sendTags(writes: readonly TagWrite[], ctx: SendContext): Promise<WriteResult[]> {
  return eachReported(ctx, writes, async (w) => {
    const calls = Math.max(Math.ceil(w.replace.length / MAX_TAGS_PER_CALL), Math.ceil(w.remove.length / MAX_TAGS_PER_CALL), 1)
    let last: WriteResult | undefined
    for (let i = 0; i < calls; i++) {
      const replace: Tag[] = w.replace.slice(i * MAX_TAGS_PER_CALL, (i + 1) * MAX_TAGS_PER_CALL)
      const remove = w.remove.slice(i * MAX_TAGS_PER_CALL, (i + 1) * MAX_TAGS_PER_CALL)
      const o = await ctx.sender.call({
        action: 'ModifyResourceTags',
        what: `the tags of ${w.MemberUin}${calls > 1 ? ` (call ${i + 1} of ${calls})` : ''}`,
        send: () => ctx.api.modifyTags(w.MemberUin, replace, remove),
        verify: tagsHold(ctx, w.MemberUin, replace, remove)
      })
      last = resultOf(w, o, 'tagged')
      if (last.status !== 'tagged') {
        if (i > 0) last = { ...last, message: `${last.message ?? ''} ${i} of its ${calls} calls (ten tags each at most) went through before.`.trim() }
        break
      }
    }
    return [last!]
  })
}

// ---- reading back ----------------------------------------------------------------------------------------------

/**
 * Whether the organization already holds what `writes` set (each member read back): asked before sending again
 * after an attempt whose answer was lost. A move is checked against `target`, the node it was sent to.
 */
function readBack(ctx: SendContext, writes: readonly MemberWrite[], target?: number): () => Promise<boolean> {
  return async () => {
    const read = await Promise.all(writes.map((w) => ctx.sender.read('DescribeOrganizationMembers', () => ctx.api.describeMember(w.MemberUin))))
    return writes.every((w, i) => read[i] !== undefined && holds(w, read[i]!, target))
  }
}

/** Whether `member`, as read from the organization, holds every value `w` sets. */
export function holds(w: MemberWrite, member: OrgMember, target?: number): boolean {
  if (w.action === 'move' && target !== undefined) return member.NodeId === target
  return (
    w.changes.length > 0 &&
    w.changes.every((c) => comparedValue(c.field as ComparedField, c.after) === comparedValue(c.field as ComparedField, liveValue(member, c.field as ComparedField)))
  )
}

/**
 * Whether the member's tags already hold one call's replacements and deletions: from its listing when that carries
 * tags, else from the Tag service.
 */
function tagsHold(ctx: SendContext, uin: number, replace: readonly Tag[], remove: readonly string[]): () => Promise<boolean> {
  return async () => {
    const listed = (await ctx.sender.read('DescribeOrganizationMembers', () => ctx.api.describeMember(uin)))?.Tags
    const read = listed ?? (await ctx.sender.read(TAG_READ_ACTION, () => ctx.api.describeMemberTags([uin]))).get(uin) ?? []
    const tags = new Map(read.map((t) => [t.TagKey, t.TagValue]))
    return replace.every((t) => tags.get(t.TagKey) === t.TagValue) && remove.every((k) => !tags.has(k))
  }
}

function report(ctx: SendContext, results: WriteResult[]): WriteResult[] {
  for (const r of results) ctx.onResult(r)
  return results
}
