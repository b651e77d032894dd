// Paces requests under the API's limit of N per second. The server counts requests as they arrive, so the pace
// is kept on the moments requests actually leave, not on a schedule fixed in advance: p-throttle (used here at
// first) plans every send time up front, and one late send followed by an on-time one squeezed 21 arrivals into a
// second often enough to draw RequestLimitExceeded answers under load (measured with npm run bench).
//
// "20 requests per second" is read as: no one-second window holds more than 20 (plus a margin for jitter). Within
// that, requests leave a quarter of the even spacing apart, so a window's worth goes out in a quarter second and the
// last window of a run is not stretched over a whole second. A RequestLimitExceeded answer means one of two things:
// arrivals bunched up on the way (network jitter beyond the margin), or the API counts some other way, say with a
// small token bucket (undocumented). The first widens the margin; a second turns this pacer to even spacing for the
// rest of the run.
import { onDeparture } from './departures.js'

/** Added to the margin by the first throttling answer. */
const WIDER_MARGIN_MS = 50

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export interface PacerOptions {
  /** Slack added to every one-second window, for network jitter between leaving and arriving (default 30 ms). */
  marginMs?: number
  /**
   * The API action paced. Its requests' actual departures (the moment their headers reach the socket, see
   * departures.ts) then replace the moments their turns were given: the first request of a run leaves tens of
   * milliseconds after its turn (the HTTP client loads, a connection opens), and counted from its turn the window
   * after it would close too early.
   */
  action?: string
}

interface Sent {
  at: number
  /** Its departure was seen: `at` is when it left, not when its turn was given. */
  seen: boolean
}

export class Pacer {
  /** The last `perWindow` requests, oldest first. */
  private readonly sent: Sent[] = []
  private queue: Promise<unknown> = Promise.resolve()
  private spacing: number
  private readonly evenSpacing: number
  private readonly perWindow: number
  private marginMs: number
  private throttled = 0
  private readonly unsubscribe: (() => void) | undefined
  private closed = false

  /** @param rate requests per second, at most (fractions allowed) */
  constructor(rate: number, options: PacerOptions = {}) {
    this.evenSpacing = 1000 / rate
    this.perWindow = Math.max(1, Math.floor(rate))
    this.spacing = this.perWindow > 1 ? this.evenSpacing / 4 : this.evenSpacing
    this.marginMs = options.marginMs ?? 30
    this.unsubscribe = options.action ? onDeparture(options.action, (at) => this.left(at)) : undefined
  }

  /** Every waiting and later turn resolves at once, uncounted: for a run that stopped and will send nothing more. */
  close(): void {
    this.closed = true
    this.unsubscribe?.()
  }

  /**
   * Resolves, in call order, when one more request may leave, with the moment it was counted as sent. A turn whose
   * `signal` is aborted before it comes up passes at once, uncounted: a page the read no longer needs takes no slot.
   */
  turn(signal?: AbortSignal): Promise<number> {
    const next = this.queue.then(() => (signal?.aborted ? Date.now() : this.wait()))
    this.queue = next
    return next
  }

  /** Takes a turn, then makes the call. */
  async paced<T>(call: () => Promise<T>): Promise<T> {
    await this.turn()
    return this.answered(call)
  }

  /** Makes a call whose turn was taken; RequestLimitExceeded answers slow the pace (see the top of this file). */
  async answered<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call()
    } catch (e) {
      if ((e as { code?: unknown }).code === 'RequestLimitExceeded') this.slowDown()
      throw e
    }
  }

  /** The first throttling answer widens the margin; a second evens out the spacing. */
  private slowDown(): void {
    this.throttled++
    if (this.throttled === 1) this.marginMs += WIDER_MARGIN_MS
    else this.spacing = this.evenSpacing
  }

  /** Whether a throttling answer has evened out the pace. */
  get evened(): boolean {
    return this.spacing === this.evenSpacing
  }

  /**
   * A request of this action left at `at`. Matched to the oldest turn whose departure was not yet seen; a record only
   * ever moves later, so a departure that was not this pacer's (another pacer of the same action) slows, never hurries.
   */
  left(at: number): void {
    const record = this.sent.find((s) => !s.seen)
    if (!record) return
    record.at = Math.max(record.at, at)
    record.seen = true
  }

  private async wait(): Promise<number> {
    while (!this.closed) {
      const now = Date.now()
      const last = this.sent.at(-1)?.at
      const oldest = this.sent.length === this.perWindow ? this.sent[0]!.at : undefined
      const ready = Math.max(last === undefined ? now : last + this.spacing, oldest === undefined ? now : oldest + 1000 + this.marginMs)
      if (ready <= now) {
        this.sent.push({ at: now, seen: false })
        if (this.sent.length > this.perWindow) this.sent.shift()
        return now
      }
      await sleep(ready - now)
    }
    return Date.now()
  }
}
