// Sends one InviteOrganizationMember per added entry: paced under the API's rate limit, retried with
// backoff on transient failures, and classified through the error catalogue so that one entry's failure
// never hides another's outcome.
import type { Entry } from '../manifest/validate.js'
import { ApiError } from './api-error.js'
import type { OrganizationApi } from './client.js'
import type { ErrorInfo } from './errors.js'
import { Pacer } from './pacer.js'
import { classify, DEFAULT_RETRY, describeError, unanswered as isUnanswered, withRetries, type RetryOptions } from './retry.js'

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
  /** Send the first invitation alone and wait for its answer (default true). */
  probe?: boolean
}

export const DEFAULT_INVITE_OPTIONS: Omit<InviteOptions, 'rateLimit'> = DEFAULT_RETRY

export interface InviteRun {
  results: InviteResult[]
  /** Set when an error made every further request pointless (bad credentials, no organization). */
  stoppedBy?: ErrorInfo & { message: string; requestId?: string }
}

class Skipped extends Error {}

export async function inviteAll(entries: readonly Entry[], api: OrganizationApi, options: InviteOptions): Promise<InviteRun> {
  let stop: InviteRun['stoppedBy']
  const pacer = new Pacer(options.rateLimit, { action: 'InviteOrganizationMember' })
  // Every attempt, retries included, takes its own turn.
  const send = (entry: Entry): Promise<string> =>
    pacer.paced(async () => {
      if (stop) throw new Skipped()
      return api.invite(entry.member)
    })

  const inviteOne = async (entry: Entry): Promise<InviteResult> => {
    const base = { MemberUin: entry.member.MemberUin, Name: entry.member.Name, line: entry.line }
    let attempts = 0
    // An attempt without an answer (timeout, reset) may still have reached the API and done its work.
    let unanswered = false
    try {
      const requestId = await withRetries(
        async () => {
          attempts++
          return send(entry)
        },
        options,
        {
          stopped: () => stop !== undefined,
          onRetry: (error, attempt) => {
            if (isUnanswered(error)) unanswered = true
            options.onRetry?.(entry, error, attempt)
          }
        }
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
        case 'already-member': {
          const lost = unanswered && info.action === 'already-invited'
          const message = lost ? `${info.description} Most likely sent by an earlier attempt of this run whose answer was lost (timeout or reset).` : info.description
          return { ...base, status: info.action, ...answer, message }
        }
        case 'stop':
          stop ??= { ...info, message: error.message, requestId: error.requestId }
          // Queued entries will be skipped: let them through at once instead of at the API's pace.
          pacer.close()
          return { ...base, status: 'failed', ...answer, message: describeError(info, error) }
        case 'retry':
          if (stop) return { ...base, status: 'skipped', ...answer, message: `Not retried: the run stopped on ${stop.code}.` }
          return { ...base, status: 'failed', ...answer, message: `${describeError(info, error)} Gave up after ${attempts} attempts.` }
        case 'fail':
          return { ...base, status: 'failed', ...answer, message: describeError(info, error) }
      }
    }
  }

  // Unless something already proved the credentials and the organization (reading it), the first answer is
  // awaited before the rest go out, so a wrong key costs one request rather than a second's worth.
  const results: InviteResult[] = []
  const probe = options.probe !== false && entries.length > 0
  if (probe) results.push(await inviteOne(entries[0]!))
  results.push(...(await Promise.all(entries.slice(probe ? 1 : 0).map(inviteOne))))
  return stop ? { results, stoppedBy: stop } : { results }
}

function now(): string {
  return new Date().toISOString()
}
