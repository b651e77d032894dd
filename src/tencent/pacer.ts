// Paces requests under the API's limit of N per second. The server counts requests as they arrive, so the pace
// is kept on the moments requests actually leave, not on a schedule fixed in advance: p-throttle (used here at
// first) plans every send time up front, and one late send followed by an on-time one squeezed 21 arrivals into a
// second often enough to draw RequestLimitExceeded answers under load (measured with npm run bench).

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export class Pacer {
  /** Send times of the last `perWindow` requests, oldest first. */
  private readonly sent: number[] = []
  private queue: Promise<unknown> = Promise.resolve()
  private readonly spacing: number
  private readonly perWindow: number

  /**
   * @param rate requests per second, at most (fractions allowed)
   * @param marginMs slack added to every one-second window, for network jitter between leaving and arriving
   */
  constructor(
    rate: number,
    private readonly marginMs = 30
  ) {
    this.spacing = 1000 / rate
    this.perWindow = Math.max(1, Math.floor(rate))
  }

  private closed = false

  /** Every waiting and later turn resolves at once, uncounted: for a run that stopped and will send nothing more. */
  close(): void {
    this.closed = true
  }

  /** Resolves, in call order, when one more request may leave, with the moment it was counted as sent. */
  turn(): Promise<number> {
    const next = this.queue.then(() => this.wait())
    this.queue = next
    return next
  }

  private async wait(): Promise<number> {
    while (!this.closed) {
      const now = Date.now()
      const last = this.sent.at(-1)
      const oldest = this.sent.length === this.perWindow ? this.sent[0] : undefined
      const ready = Math.max(last === undefined ? now : last + this.spacing, oldest === undefined ? now : oldest + 1000 + this.marginMs)
      if (ready <= now) {
        this.sent.push(now)
        if (this.sent.length > this.perWindow) this.sent.shift()
        return now
      }
      await sleep(ready - now)
    }
    return Date.now()
  }
}
