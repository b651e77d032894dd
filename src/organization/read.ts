// Reads the organization once per run: every node and every member, page by page (Limit 50, the API's most), through
// the run's one send (paced per action, retried). The first page tells how many there are; the others are then asked
// at the pace without waiting for each other's answers (5,000 members are 100 pages), and a caller that knows roughly
// how many to expect skips even that first wait. A guess that is too high costs little: it is capped, and the pages
// past the total that the first answer gives are dropped before they leave.
import type { Tag } from '../model/entries.js'
import type { OrgMember, OrganizationState, OrgInfo } from '../model/organization.js'
import type { OrganizationApi, Page } from './api.js'
import { ApiError } from './api-error.js'
import { describeError, classify } from './retry.js'
import { CancelledError, type Sender } from './send.js'

const PAGE = 50
/** Pages asked before the first answer says how many there are: a file's entry count is a guess, not a promise. */
export const MAX_GUESSED_PAGES = 200

export interface ReadOptions {
  /** Also DescribeOrganization (the management account); a refusal of it is noted in `infoUnknown`, not a failure. */
  organization?: boolean
  /** How many members the caller expects (the file's entries): that many pages are asked at once, up to a cap. */
  expectedMembers?: number
  /** Aborted: pages not yet sent are not sent (the run stopped, say on an invalid file). */
  signal?: AbortSignal
  /** Called with each page of members as it arrives: a caller may start on them before the last page is in. */
  onMembers?: (members: readonly OrgMember[]) => void
}

export async function readOrganization(sender: Sender, api: OrganizationApi, options: ReadOptions = {}): Promise<OrganizationState> {
  let calls = 0
  const counted =
    <T>(f: (limit: number, offset: number) => Promise<T>) =>
    (limit: number, offset: number): Promise<T> => {
      calls++
      return f(limit, offset)
    }
  const about = options.organization ? describeOrganization(sender, api, options.signal, () => calls++) : undefined
  // Side by side: the limit is per action, and the plan waits on both.
  const [nodes, members, info] = await Promise.all([
    allPages(
      sender,
      'DescribeOrganizationNodes',
      counted((l, o) => api.describeNodes(l, o)),
      0,
      options.signal
    ),
    allPages(
      sender,
      'DescribeOrganizationMembers',
      counted((l, o) => api.describeMembers(l, o)),
      options.expectedMembers ?? 0,
      options.signal,
      options.onMembers
    ),
    about
  ])
  return { nodes, members, calls, ...(info && 'info' in info ? { info: info.info } : {}), ...(info && 'unknown' in info ? { infoUnknown: info.unknown } : {}) }
}

async function describeOrganization(sender: Sender, api: OrganizationApi, signal: AbortSignal | undefined, count: () => void): Promise<{ info: OrgInfo } | { unknown: string }> {
  try {
    return { info: await sender.read('DescribeOrganization', () => (count(), api.describeOrganization()), signal) }
  } catch (e) {
    if (e instanceof CancelledError) throw e
    return { unknown: e instanceof ApiError ? `${classify(e).code}: ${describeError(classify(e), e)}` : (e as Error).message }
  }
}

async function allPages<T>(
  sender: Sender,
  action: string,
  page: (limit: number, offset: number) => Promise<Page<T>>,
  expected: number,
  signal?: AbortSignal,
  onPage?: (items: readonly T[]) => void
): Promise<T[]> {
  const items: T[] = []
  let offset = 0
  // The first round: one page, or as many as expected. Later rounds: what the total says is left.
  let want = Math.min(MAX_GUESSED_PAGES, Math.max(1, Math.ceil(expected / PAGE)))
  for (;;) {
    const offsets = Array.from({ length: want }, (_, i) => offset + i * PAGE)
    const unneeded = offsets.map(() => new AbortController())
    const stop = (): void => unneeded.forEach((c) => c.abort())
    signal?.addEventListener('abort', stop, { once: true })
    // In flight together; the pacer keeps them in order and in time. The first answer's total drops pages past it.
    const pages = await Promise.all(
      offsets.map((o, i) =>
        sender
          .read(action, () => page(PAGE, o), unneeded[i]!.signal)
          .then((p) => {
            offsets.forEach((later, j) => later >= p.total && unneeded[j]!.abort())
            // Each page handed on as it arrives (the review starts its tag reads), not after the last.
            onPage?.(p.items)
            return p
          })
          .catch((e: unknown) => {
            if (e instanceof CancelledError && !signal?.aborted && !sender.cancelled) return undefined
            throw e
          })
      )
    )
    signal?.removeEventListener('abort', stop)
    const answered = pages.filter((p): p is Page<T> => p !== undefined)
    for (const p of answered) items.push(...p.items)
    const total = Math.max(...answered.map((p) => p.total))
    const last = pages.findLastIndex((p) => p !== undefined)
    if (items.length >= total || pages[last]!.items.length < PAGE) return items
    // More than guessed, or the organization grew while it was read: go on from where the pages ended.
    offset = offsets[last]! + PAGE
    want = Math.max(1, Math.ceil((total - offset) / PAGE))
  }
}

/**
 * Members whose listing did not carry their tags (`OrgMember.Tags` is optional in the API's answer) get them from the
 * Tag service, read in batches through the send. Only `uins` are asked: those whose entries declare Tags.
 */
export async function completeTags(sender: Sender, api: OrganizationApi, org: OrganizationState, uins: ReadonlySet<number>, started?: TagReads): Promise<OrganizationState> {
  const asked = started ? await started.done() : new Map<number, Tag[]>()
  const unknown = org.members.filter((m) => m.Tags === undefined && uins.has(m.MemberUin) && !asked.has(m.MemberUin)).map((m) => m.MemberUin)
  if (unknown.length === 0 && asked.size === 0) return org
  const found = new Map<number, Tag[]>(asked)
  // Every batch in flight at once: the send paces them under the Tag read's own limit.
  const batches = Array.from({ length: Math.ceil(unknown.length / PAGE) }, (_, i) => unknown.slice(i * PAGE, (i + 1) * PAGE))
  const calls = batches.length + (started?.calls ?? 0)
  for (const tags of await Promise.all(batches.map((batch) => sender.read(TAG_READ_ACTION, () => api.describeMemberTags(batch))))) {
    for (const [uin, list] of tags) found.set(uin, list)
  }
  return {
    ...org,
    calls: org.calls + calls,
    members: org.members.map((m) => (m.Tags === undefined && uins.has(m.MemberUin) ? { ...m, Tags: found.get(m.MemberUin) ?? [] } : m))
  }
}

/** The Tag service's read of resource tags (sdk-client.ts). */
export const TAG_READ_ACTION = 'DescribeResourceTagsByResourceIds'

/** Tag reads started page by page while the members are still being read (a review needs every member's tags). */
export interface TagReads {
  readonly calls: number
  /** Starts the read of these members' tags, unless their listing carried them. */
  add(members: readonly OrgMember[]): void
  /** Every read started so far, answered. */
  done(): Promise<Map<number, Tag[]>>
}

export function tagReads(sender: Sender, api: OrganizationApi): TagReads {
  const reads: Array<Promise<Map<number, Tag[]>>> = []
  return {
    get calls() {
      return reads.length
    },
    add(members) {
      const uins = members.filter((m) => m.Tags === undefined).map((m) => m.MemberUin)
      for (let i = 0; i < uins.length; i += PAGE) {
        const read = sender.read(TAG_READ_ACTION, () => api.describeMemberTags(uins.slice(i, i + PAGE)))
        read.catch(() => undefined) // awaited in done()
        reads.push(read)
      }
    },
    async done() {
      const found = new Map<number, Tag[]>()
      for (const tags of await Promise.all(reads)) for (const [uin, list] of tags) found.set(uin, list)
      return found
    }
  }
}
