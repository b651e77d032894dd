// Reads the organization once per run: every node and every member, page by page (Limit 50, the API's most),
// paced under the rate limit and retried like every other call. The first page tells how many there are; the
// others are then asked at the pace, without waiting for each other's answers (5,000 members are 100 pages), and a
// caller that knows roughly how many to expect skips even that first wait.
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

export interface ReadOptions {
  /** Also DescribeOrganization (drift, import); a refusal of it leaves `info` out rather than failing the read. */
  organization?: boolean
  /**
   * How many members the caller expects (the entries of the file, in mode drift): that many pages are asked at the
   * pace at once, without first waiting for the total. A wrong guess costs nothing but empty pages or a second round.
   */
  expectedMembers?: number
  /** Aborted: pages not yet sent are not sent (the run stopped, say on an invalid file). */
  signal?: AbortSignal
}

export async function readOrganization(api: OrganizationApi, rateLimit: number, retry: RetryOptions = DEFAULT_RETRY, options: ReadOptions = {}): Promise<OrganizationState> {
  let calls = 0
  // The API's limit is per action, so each action gets its own pace.
  const all = async <T>(action: string, page: (limit: number, offset: number) => Promise<Page<T>>, expected = 0): Promise<T[]> => {
    const pacer = new Pacer(rateLimit, { action })
    options.signal?.addEventListener('abort', () => pacer.close(), { once: true })
    const get = (offset: number) => {
      calls++
      return withRetries(
        () =>
          pacer.paced(async () => {
            options.signal?.throwIfAborted()
            return page(PAGE, offset)
          }),
        retry,
        { stopped: () => options.signal?.aborted === true }
      )
    }
    const items: T[] = []
    let offset = 0
    // The first round: one page, or as many as expected. Later rounds: what the total says is left.
    let want = Math.max(1, Math.ceil(expected / PAGE))
    for (;;) {
      const offsets = Array.from({ length: want }, (_, i) => offset + i * PAGE)
      // In flight together; the pacer keeps them in order and in time.
      const pages = await Promise.all(offsets.map(get))
      for (const p of pages) items.push(...p.items)
      const total = Math.max(...pages.map((p) => p.total))
      if (pages.at(-1)!.items.length < PAGE || items.length >= total) return items
      // More than guessed, or the organization grew while it was read: go on from where the pages ended.
      offset = offsets.at(-1)! + PAGE
      want = Math.max(1, Math.ceil((total - offset) / PAGE))
    }
  }
  const about = options.organization && api.describeOrganization ? (calls++, withRetries(() => api.describeOrganization!(), retry).catch(() => undefined)) : undefined
  // Side by side: the limit is per action, and the plan waits on both.
  const [nodes, members, info] = await Promise.all([
    all('DescribeOrganizationNodes', (l, o) => api.describeNodes(l, o)),
    all('DescribeOrganizationMembers', (l, o) => api.describeMembers(l, o), options.expectedMembers),
    about
  ])
  return { nodes, members, calls, ...(info ? { info } : {}) }
}
