// When a request may have arrived. The emulator runs inside the test's own process, which a loaded machine (CI shares
// two cores) can leave unscheduled for a while; requests that reached the socket meanwhile are all handled just after,
// bunched together, though the client sent them spaced out (measured: a 160 ms stall, then ten requests handled within
// 30 ms, and a throttling answer the client had paced to avoid). The real gateway is not stalled by the test machine.
// A 5 ms ticker notices such stalls: a late tick is one. A request handled soon after a stall may have arrived as
// early as the stall began, and the rate limit gives it that benefit; outside stalls, arrival is when it is handled.

/** A tick this much later than the last one is a stall of the emulator's process. */
const STALL_MS = 25
/** How long after a stall the requests queued during it may still be coming in. */
const AFTER_STALL_MS = 100

export class ArrivalClock {
  private last = Date.now()
  private stall: { from: number; to: number } | undefined
  private readonly timer: NodeJS.Timeout

  constructor() {
    this.timer = setInterval(() => {
      const now = Date.now()
      if (now - this.last > STALL_MS) this.stall = { from: this.last, to: now }
      this.last = now
    }, 5)
    this.timer.unref()
  }

  /** The earliest time a request handled at `now` may have arrived. */
  earliest(now: number): number {
    return this.stall && now - this.stall.to < AFTER_STALL_MS ? Math.min(now, this.stall.from) : now
  }

  stop(): void {
    clearInterval(this.timer)
  }
}
