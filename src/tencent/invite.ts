// Sends one InviteOrganizationMember per added entry: paced under the API's rate limit, retried with
// backoff on transient failures, and classified through the error catalogue so that one entry's failure
// never hides another's outcome.
import pThrottle from 'p-throttle'
import type { Entry } from '../manifest/validate.js'
import { ApiError } from './api-error.js'
import type { OrganizationApi } from './client.js'
import type { ErrorInfo } from './errors.js'
import { classify, DEFAULT_RETRY, withRetries, type RetryOptions } from './retry.js'

export { classify }

export type InviteStatus = 'invited' | 'already-invited' | 'already-member' | 'failed' | 'skipped'

export interface InviteResult {
  MemberUin: number
  Name: string
  status: InviteStatus
  code?: string
  message?: string
  requestId?: string
  /** When the final answer came (ISO 8601). */
  at?: string
  attempts: number
  line: number
}

export interface InviteOptions extends RetryOptions {
  /** Requests per second, at most. */
  rateLimit: number
  onRetry?: (entry: Entry, error: ApiError, attempt: number) => void
}

export const DEFAULT_INVITE_OPTIONS: Omit<InviteOptions, 'rateLimit'> = DEFAULT_RETRY

/** The server counts requests as they arrive; this margin keeps network jitter from pushing one over. */
const PACING_MARGIN = 1.02

/**
 * One send every 1/rate seconds (plus margin). Evenly spaced rather than in bursts: a burst of twenty leaves the
 * client over a few milliseconds of signing, arrives spread out, and its tail can meet the next burst's head
 * inside one second of the server's window.
 */
export function pacing(rate: number): { interval: number } {
  return { interval: Math.ceil((1000 / rate) * PACING_MARGIN) }
}

export interface InviteRun {
  results: InviteResult[]
  /** Set when an error made every further request pointless (bad credentials, no organization). */
  stoppedBy?: ErrorInfo & { message: string; requestId?: string }
}

class Skipped extends Error {}

export async function inviteAll(entries: readonly Entry[], api: OrganizationApi, options: InviteOptions): Promise<InviteRun> {
  let stop: InviteRun['stoppedBy']
  const { interval } = pacing(options.rateLimit)
  let send = paced(interval)

  function paced(every: number) {
    // Every attempt, retries included, takes its own slot.
    return pThrottle({ limit: 1, interval: every, strict: true })(async (entry: Entry) => {
      if (stop) throw new Skipped()
      return api.invite(entry.member)
    })
  }

  const inviteOne = async (entry: Entry): Promise<InviteResult> => {
    const base = { MemberUin: entry.member.MemberUin, Name: entry.member.Name, line: entry.line }
    let attempts = 0
    try {
      const requestId = await withRetries(
        async () => {
          attempts++
          return send(entry)
        },
        options,
        { stopped: () => stop !== undefined, onRetry: (error, attempt) => options.onRetry?.(entry, error, attempt) }
      )
      return { ...base, status: 'invited', requestId, at: now(), attempts }
    } catch (e) {
      if (e instanceof Skipped) {
        return { ...base, status: 'skipped', message: `Not sent: the run stopped on ${stop?.code}.`, attempts: attempts - 1 }
      }
      const error = e instanceof ApiError ? e : new ApiError(String(e), undefined, undefined, undefined)
      const info = classify(error)
      const answer = { code: info.code, requestId: error.requestId, at: now(), attempts }
      switch (info.action) {
        case 'already-invited':
        case 'already-member':
          return { ...base, status: info.action, ...answer, message: info.description }
        case 'stop':
          stop ??= { ...info, message: error.message, requestId: error.requestId }
          return { ...base, status: 'failed', ...answer, message: describe(info, error) }
        case 'retry':
          if (stop) return { ...base, status: 'skipped', ...answer, message: `Not retried: the run stopped on ${stop.code}.` }
          return { ...base, status: 'failed', ...answer, message: `${describe(info, error)} Gave up after ${attempts} attempts.` }
        case 'fail':
          return { ...base, status: 'failed', ...answer, message: describe(info, error) }
      }
    }
  }

  // The first answer tells whether the credentials and the organization work at all; only then does the
  // rest go out, so a wrong key costs one request rather than a second's worth.
  const results: InviteResult[] = []
  if (entries.length > 0) results.push(await inviteOne(entries[0]!))
  // The first send is slow to leave (the runtime's fetch loads, a connection opens), so it may reach the server
  // later than its slot says. Pacing restarts one interval after its answer, which it certainly preceded.
  await new Promise((r) => setTimeout(r, interval))
  send = paced(interval)
  results.push(...(await Promise.all(entries.slice(1).map(inviteOne))))
  return stop ? { results, stoppedBy: stop } : { results }
}

function describe(info: ErrorInfo, error: ApiError): string {
  const detail = error.message && error.message !== info.description ? ` (${error.message})` : ''
  return `${info.description}${detail}${info.hint ? ' ' + info.hint : ''}`
}

function now(): string {
  return new Date().toISOString()
}
