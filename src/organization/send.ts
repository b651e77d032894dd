// The one send: every call this action makes to Tencent Cloud, read or write, goes through a Sender. It holds one
// pacer per API action for the whole run (the limit of 20 requests per second is per action, so readers and writers
// of one action share it, and different actions go side by side), one retry loop, one classification through the
// error catalogue, the read-back of a write whose answer was lost, and cancellation.
//
// Cancellation (the runner sends SIGINT, then SIGTERM 7.5 s later, then kills the step): once `cancel` is aborted,
// nothing new leaves; a call waiting for its turn or for its next attempt ends `cancelled`; a call whose request has
// left is waited for at most `graceMs`, and ends `unknown` when no answer came. Reruns read the organization again
// before sending, so an `unknown` write is found done or sent again.
import { ApiError } from './api-error.js'
import type { ErrorInfo } from './errors.js'
import { Pacer } from './pacer.js'
import { classify, unanswered as isUnanswered, withRetries, type RetryOptions } from './retry.js'
import type { StopInfo } from '../model/writes.js'

export interface SendOptions extends RetryOptions {
  /** Requests per second per API action, at most. */
  rateLimit: number
  /** Aborted when the run is cancelled. */
  cancel?: AbortSignal
  /** How long answers already on their way are waited for once cancelled (the contract's 5 s). */
  graceMs?: number
  onRetry?: (what: string, error: ApiError, attempt: number) => void
}

export interface Call<T> {
  /** The API action, as X-TC-Action names it: the pacer's key. */
  action: string
  /** What this call is, for the retry log ("invitation of 111111111111"). */
  what: string
  send: () => Promise<T>
  /**
   * Reads back whether the call already took effect: asked before sending again after an attempt whose answer was
   * lost (a timeout or reset), which may have done its work. Writes only.
   */
  verify?: () => Promise<boolean>
}

export type Outcome<T> =
  /** `verified`: not sent again, because reading back showed an earlier unanswered attempt had done the work. */
  | { kind: 'answered'; value: T; attempts: number; at: string; verified?: true; lostEarlier: boolean }
  /** The API answered with an error that more attempts would not change (or gave up retrying). */
  | { kind: 'refused'; info: ErrorInfo; error: ApiError; attempts: number; at: string; lostEarlier: boolean }
  /** Not sent: an earlier call of the same action stopped it (credentials, a full organization). */
  | { kind: 'skipped'; stop: StopInfo; attempts: number }
  /** Not sent, or sent and answered with a transient error that was not tried again: the run was cancelled. */
  | { kind: 'cancelled'; attempts: number }
  /** Sent, and cancelled before an answer came: it may or may not have happened. */
  | { kind: 'unknown'; attempts: number; at: string }

/** Thrown by reads of a cancelled run. */
export class CancelledError extends Error {
  constructor() {
    super('The run was cancelled.')
  }
}

class Skipped extends Error {
  constructor(readonly stop: StopInfo) {
    super(stop.message)
  }
}

/** The grace after a cancellation ran out with this attempt's answer still on its way. */
class Lost extends Error {}

const VERIFIED = Symbol('verified')

export class Sender {
  private readonly pacers = new Map<string, Pacer>()
  private readonly stops = new Map<string, StopInfo>()
  /** Rejects `graceMs` after cancellation: an answer still on its way then is not waited for. */
  private readonly graceOver: Promise<never>

  constructor(private readonly options: SendOptions) {
    this.graceOver = new Promise<never>((_, reject) => {
      const start = (): void => {
        for (const pacer of this.pacers.values()) pacer.close()
        setTimeout(() => reject(new Lost()), options.graceMs ?? 5000).unref()
      }
      if (options.cancel?.aborted) start()
      else options.cancel?.addEventListener('abort', start, { once: true })
    })
    this.graceOver.catch(() => undefined)
  }

  get cancelled(): boolean {
    return this.options.cancel?.aborted === true
  }

  /** Every action that stopped, in the order they stopped. */
  get stopped(): StopInfo[] {
    return [...this.stops.values()]
  }

  /** The pacer of one API action, made on first use: one per action for the whole run. */
  pacer(action: string): Pacer {
    let pacer = this.pacers.get(action)
    if (!pacer) {
      pacer = new Pacer(this.options.rateLimit, { action })
      if (this.cancelled) pacer.close()
      this.pacers.set(action, pacer)
    }
    return pacer
  }

  /**
   * A read: paced under its action and retried like any call; rejects with the last error, or CancelledError.
   * `signal`: the caller gave up on the answer (the run stopped early), so pages not yet sent are not sent.
   */
  async read<T>(action: string, get: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const pacer = this.pacer(action)
    const given = (): boolean => this.cancelled || signal?.aborted === true
    try {
      return await withRetries(
        async () => {
          await pacer.turn(signal)
          if (given()) throw new CancelledError()
          return pacer.answered(get)
        },
        this.options,
        { stopped: given, ...(this.options.cancel ? { signal: this.options.cancel } : {}) }
      )
    } catch (e) {
      if (given() && !(e instanceof ApiError && e.code)) throw new CancelledError()
      throw e
    }
  }

  /** A write: one call with retries, every attempt taking its own turn; never rejects. */
  async call<T>(c: Call<T>): Promise<Outcome<T>> {
    const pacer = this.pacer(c.action)
    let attempts = 0
    // An attempt without an answer (timeout, reset) may still have reached the API and done its work.
    let lost = false
    const attempt = async (): Promise<T | typeof VERIFIED> => {
      if (lost && c.verify && !this.cancelled && (await c.verify().catch(() => false))) return VERIFIED
      await pacer.turn()
      if (this.cancelled) throw new CancelledError()
      const stop = this.stops.get(c.action)
      if (stop) throw new Skipped(stop)
      attempts++
      return Promise.race([pacer.answered(c.send), this.graceOver])
    }
    try {
      const value = await withRetries(attempt, this.options, {
        stopped: () => this.cancelled || this.stops.has(c.action),
        onRetry: (error, n) => {
          if (isUnanswered(error)) lost = true
          this.options.onRetry?.(c.what, error, n)
        },
        ...(this.options.cancel ? { signal: this.options.cancel } : {})
      })
      if (value === VERIFIED) return { kind: 'answered', value: undefined as T, attempts, at: now(), verified: true, lostEarlier: true }
      return { kind: 'answered', value, attempts, at: now(), lostEarlier: lost }
    } catch (e) {
      if (e instanceof Skipped) return { kind: 'skipped', stop: e.stop, attempts }
      if (e instanceof Lost) return { kind: 'unknown', attempts, at: now() }
      if (!(e instanceof ApiError)) {
        // CancelledError, or the cancel signal's own reason from a wait between attempts.
        if (this.cancelled || e instanceof CancelledError) return lost && attempts > 0 ? { kind: 'unknown', attempts, at: now() } : { kind: 'cancelled', attempts }
        const error = new ApiError(String(e), undefined, undefined, undefined)
        return { kind: 'refused', info: classify(error), error, attempts, at: now(), lostEarlier: lost }
      }
      const info = classify(e)
      if (info.action === 'retry' && this.cancelled) {
        // Not tried again because the run was cancelled: a lost answer may have done the work; a refusal did not.
        return isUnanswered(e) || lost ? { kind: 'unknown', attempts, at: now() } : { kind: 'cancelled', attempts }
      }
      if (info.action === 'stop' && !this.stops.has(c.action)) {
        this.stops.set(c.action, {
          api: c.action,
          code: info.code,
          description: info.description,
          ...(info.hint ? { hint: info.hint } : {}),
          message: e.message,
          ...(e.requestId ? { requestId: e.requestId } : {})
        })
        // Calls waiting for their turn will be skipped: let them through at once instead of at the API's pace.
        pacer.close()
      }
      return { kind: 'refused', info, error: e, attempts, at: now(), lostEarlier: lost }
    }
  }
}

function now(): string {
  return new Date().toISOString()
}
