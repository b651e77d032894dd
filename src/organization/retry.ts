// One retry policy for every API call: backoff with jitter on what the catalogue calls transient, bounded in
// attempts and in time. `stopped` lets a run that has given up stop retrying at once.
import pRetry from 'p-retry'
import { ApiError } from './api-error.js'
import { explain, type ErrorInfo } from './errors.js'

export interface RetryOptions {
  /** Retries after the first attempt. */
  retries: number
  /** No retry starts after this long since the first attempt. */
  maxRetryTimeMs: number
  minBackoffMs: number
  maxBackoffMs: number
}

export const DEFAULT_RETRY: RetryOptions = { retries: 6, maxRetryTimeMs: 120_000, minBackoffMs: 500, maxBackoffMs: 10_000 }

export function withRetries<T>(
  attempt: () => Promise<T>,
  options: RetryOptions,
  hooks: { stopped?: () => boolean; onRetry?: (error: ApiError, attempt: number) => void; signal?: AbortSignal } = {}
): Promise<T> {
  const transient = (e: unknown): e is ApiError => e instanceof ApiError && classify(e).action === 'retry' && !hooks.stopped?.()
  return pRetry(attempt, {
    retries: options.retries,
    factor: 2,
    minTimeout: options.minBackoffMs,
    maxTimeout: options.maxBackoffMs,
    randomize: true,
    maxRetryTime: options.maxRetryTimeMs,
    // A cancelled run stops waiting for its next attempt at once.
    ...(hooks.signal ? { signal: hooks.signal } : {}),
    shouldRetry: ({ error }) => transient(error),
    onFailedAttempt: ({ error, attemptNumber, retriesLeft }) => {
      if (retriesLeft > 0 && transient(error)) hooks.onRetry?.(error, attemptNumber)
    }
  })
}

/** No answer at all (a timeout, a reset): the request may still have reached the API and done its work. */
export function unanswered(error: ApiError): boolean {
  return !error.code && error.httpCode === undefined
}

/** The catalogue's description, the API's own message when it says more, and the catalogue's hint. */
export function describeError(info: ErrorInfo, error: ApiError): string {
  const detail = error.message && error.message !== info.description ? ` (${error.message})` : ''
  // A CAM denial names the one action to grant: the catalogue's general hint cannot know which call was refused.
  const hint =
    DENIED.has(info.code) && error.camAction ? `Grant the key's CAM user or role ${error.camAction} (the README's quick start and docs/reconcile.md give the policy).` : info.hint
  return `${info.description}${detail}${hint ? ' ' + hint : ''}`
}

const DENIED = new Set(['UnauthorizedOperation', 'AuthFailure.UnauthorizedOperation'])

/** No code means no answer: a timeout, a reset or a 5xx page, all worth another try. */
export function classify(error: ApiError): ErrorInfo {
  if (error.code) return explain(error.code)
  if (error.httpCode !== undefined && error.httpCode < 500) {
    return { code: `HTTP ${error.httpCode}`, action: 'fail', description: `The endpoint answered HTTP ${error.httpCode}.` }
  }
  const code = error.httpCode !== undefined ? `HTTP ${error.httpCode}` : 'NetworkError'
  return { code, action: 'retry', description: error.message }
}

/** An API error in one line: its code, the catalogue's words, its hint. */
export function describeApiError(e: ApiError): string {
  const info = classify(e)
  return `${info.code}: ${describeError(info, e)}`
}
