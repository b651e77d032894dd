// The runner cancels a step (a cancelled workflow, timeout-minutes) with SIGINT, then SIGTERM 7.5 s later, then kills
// it. Node's default on either signal is to die at once, losing the record of what the run did; instead the first one
// aborts the run's signal: nothing new is sent, answers on their way are waited for (5 s at most, send.ts), and the
// outputs, summary, annotations and comment say exactly what happened. The run then exits non-zero.
import * as core from '../runner/protocol.js'

export interface Cancellation {
  signal: AbortSignal
  /** Once the run has reported: a cancelled run ends now, whatever requests are still open, and non-zero. */
  finish(): Promise<void>
}

export function listenForCancellation(): Cancellation {
  const controller = new AbortController()
  const onSignal = (name: NodeJS.Signals): void => {
    if (controller.signal.aborted) return core.info(`${name} again: still writing the record of what was done.`)
    core.info(`${name}: the run is cancelled. Nothing new is sent; answers already on their way are waited for, then the record is written.`)
    controller.abort(name)
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  return {
    signal: controller.signal,
    async finish() {
      if (!controller.signal.aborted) return
      process.exitCode = 1
      await core.summaryWritten()
      process.exit(1)
    }
  }
}
