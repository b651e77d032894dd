// Reads the organization once per run: every node and every member, page by page (Limit 50, the API's most),
// paced under the rate limit and retried like every other call. The first page tells how many there are; the
// others are then asked at the pace, without waiting for each other's answers (5,000 members are 100 pages).
import type { OrganizationApi, OrgInfo, OrgMember, OrgNode, Page } from './client.js'
import { Pacer } from './pacer.js'
import { DEFAULT_RETRY, withRetries, type RetryOptions } from './retry.js'

export interface OrganizationState {
  nodes: OrgNode[]
  members: OrgMember[]
  /** API calls made, for the log (and to keep the reads honest: one pass, never one per entry). */
  calls: number
  /** DescribeOrganization's answer, when it was asked (drift and import). */
  info?: OrgInfo
}

const PAGE = 50

export async function readOrganization(
  api: OrganizationApi,
  rateLimit: number,
  retry: RetryOptions = DEFAULT_RETRY,
  options: { organization?: boolean } = {}
): Promise<OrganizationState> {
  let calls = 0
  // The API's limit is per action, so each action gets its own pace.
  const all = async <T>(page: (limit: number, offset: number) => Promise<Page<T>>): Promise<T[]> => {
    const pacer = new Pacer(rateLimit)
    const get = (offset: number) => {
      calls++
      return withRetries(async () => (await pacer.turn(), page(PAGE, offset)), retry)
    }
    const items: T[] = []
    let offset = 0
    for (;;) {
      const first = await get(offset)
      items.push(...first.items)
      if (first.items.length < PAGE || items.length >= first.total) return items
      // Every further page the total promises, in flight together; the pacer keeps them in order and in time.
      const offsets: number[] = []
      for (let o = offset + PAGE; o < first.total; o += PAGE) offsets.push(o)
      const pages = await Promise.all(offsets.map(get))
      for (const p of pages) items.push(...p.items)
      const last = pages.at(-1)
      // The organization grew while it was read: go on from where the pages ended.
      if (!last || last.items.length < PAGE || items.length >= last.total) return items
      offset = offsets.at(-1)! + PAGE
    }
  }
  const about = options.organization && api.describeOrganization
    ? (calls++, withRetries(() => api.describeOrganization!(), retry))
    : undefined
  // Side by side: the limit is per action, and the plan waits on both.
  const [nodes, members, info] = await Promise.all([all((l, o) => api.describeNodes(l, o)), all((l, o) => api.describeMembers(l, o)), about])
  return { nodes, members, calls, ...(info ? { info } : {}) }
}
