// ArrivalClock: how the emulator tells its own stalls (a loaded machine leaving the test process unscheduled) from a
// client that really sent too fast, so that its rate limit blames the client only for the latter.
import { expect, test } from '@jest/globals'
import { ArrivalClock } from './support/emulator-clock.js'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

test('a request handled just after a stall of the process may have arrived when the stall began', async () => {
  const clock = new ArrivalClock()
  try {
    await sleep(20)
    const stalled = Date.now()
    while (Date.now() - stalled < 120) {
      // The event loop is blocked: requests would queue at the socket, and the ticker cannot tick.
    }
    await sleep(1)
    const now = Date.now()
    expect(clock.earliest(now)).toBeLessThanOrEqual(stalled + 5)
    expect(clock.earliest(now)).toBeLessThan(now)
  } finally {
    clock.stop()
  }
})
