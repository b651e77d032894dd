// What the API documentation leaves open, verified rather than assumed: whether an empty Remark clears the remark,
// whether permissions sent without a PayUin clear the payer, and what else a successful answer may leave undone.
// After the writes, every member that was updated, moved or tagged is read back, and a field that does not hold the
// value sent is reported as "written, not applied" on its line: the product is right whichever way the API behaves,
// and the next drift run says the same.
import type { OrgMember } from '../model/organization.js'
import type { ComparedField } from '../model/reconcile.js'
import type { MemberWrite, WriteResult } from '../model/writes.js'
import type { OrganizationApi } from './api.js'
import { comparedValue, liveValue } from './classify.js'
import { completeTags, readOrganization } from './read.js'
import type { Sender } from './send.js'

const READ_BACK: ReadonlySet<string> = new Set(['updated', 'moved', 'tagged'])

/**
 * The results, those that did not hold turned `not-applied`. `orgMembers`: how many members the organization has, to
 * choose the cheaper read (every page, or one search per member written).
 */
export async function readBack(results: readonly WriteResult[], sender: Sender, api: OrganizationApi, orgMembers: number): Promise<WriteResult[]> {
  const written = results.filter((r) => READ_BACK.has(r.status) && 'MemberUin' in r.write && r.write.changes.length > 0)
  if (written.length === 0 || sender.cancelled) return [...results]
  const uins = new Set(written.map((r) => (r.write as MemberWrite).MemberUin))
  const members = await readMembers(uins, sender, api, orgMembers)
  return results.map((r) => {
    if (!written.includes(r)) return r
    const w = r.write as MemberWrite
    const live = members.get(w.MemberUin)
    if (!live)
      return {
        ...r,
        status: 'not-applied',
        message: `Written (the API answered success${r.requestId ? `, RequestId ${r.requestId}` : ''}), but the member could not be found when read back.`
      }
    const missed = w.changes.filter((c) => comparedValue(c.field as ComparedField, c.after) !== comparedValue(c.field as ComparedField, liveValue(live, c.field as ComparedField)))
    if (missed.length === 0) return r
    const said = missed.map((c) => `${c.field} reads ${show(liveValue(live, c.field as ComparedField))} instead of ${show(c.after)}`).join('; ')
    return {
      ...r,
      status: 'not-applied',
      message: `Written, not applied: the API answered success${r.requestId ? ` (RequestId ${r.requestId})` : ''}, but read back, ${said}. The API does not take this value this way; ${hint(missed.map((c) => c.field))}`
    }
  })
}

async function readMembers(uins: ReadonlySet<number>, sender: Sender, api: OrganizationApi, orgMembers: number): Promise<Map<number, OrgMember>> {
  const pages = Math.ceil(orgMembers / 50) + 1
  let members: OrgMember[]
  if (pages < uins.size) {
    const org = await readOrganization(sender, api, { expectedMembers: orgMembers })
    members = (await completeTags(sender, api, org, uins)).members.filter((m) => uins.has(m.MemberUin))
  } else {
    const read = await Promise.all([...uins].map((uin) => sender.read('DescribeOrganizationMembers', () => api.describeMember(uin))))
    const found = read.filter((m): m is OrgMember => m !== undefined)
    members = (await completeTags(sender, api, { nodes: [], members: found, calls: 0 }, uins)).members
  }
  return new Map(members.map((m) => [m.MemberUin, m]))
}

function show(v: unknown): string {
  if (v === null || v === undefined || v === '') return 'empty'
  if (Array.isArray(v)) return `[${v.map((x) => (typeof x === 'object' ? `${(x as { TagKey: string }).TagKey}=${(x as { TagValue: string }).TagValue}` : String(x))).join(', ')}]`
  return JSON.stringify(v)
}

function hint(fields: readonly string[]): string {
  if (fields.includes('Remark')) return 'to keep the remark as it is, take Remark out of the entry (an undeclared field is left alone), or give it a value.'
  if (fields.includes('PayUin')) return 'to keep the payer as it is, declare PayUin on the entry; to change it, check the payer in the console.'
  return 'check the member in the Tencent Cloud console.'
}
