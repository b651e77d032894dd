// Reads the organization once per run: every node and every member, page by page (Limit 50, the API's most),
// paced under the rate limit and retried like every other call.
import type { OrganizationApi, OrgMember, OrgNode, Page } from './client.js'
import { Pacer } from './pacer.js'
import { DEFAULT_RETRY, withRetries, type RetryOptions } from './retry.js'

export interface OrganizationState {
  nodes: OrgNode[]
  members: OrgMember[]
  /** API calls made, for the log (and to keep the reads honest: one pass, never one per entry). */
  calls: number
}

const PAGE = 50

export async function readOrganization(api: OrganizationApi, rateLimit: number, retry: RetryOptions = DEFAULT_RETRY): Promise<OrganizationState> {
  let calls = 0
  // The API's limit is per action, so each action gets its own pace.
  const all = async <T>(page: (limit: number, offset: number) => Promise<Page<T>>): Promise<T[]> => {
    const pacer = new Pacer(rateLimit)
    const items: T[] = []
    for (let offset = 0; ; offset += PAGE) {
      calls++
      const { total, items: got } = await withRetries(async () => (await pacer.turn(), page(PAGE, offset)), retry)
      items.push(...got)
      if (got.length < PAGE || items.length >= total) return items
    }
  }
  // Side by side: the limit is per action, and the plan waits on both.
  const [nodes, members] = await Promise.all([all((l, o) => api.describeNodes(l, o)), all((l, o) => api.describeMembers(l, o))])
  return { nodes, members, calls }
}
