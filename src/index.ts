// The entry GitHub runs (the bundle's dist/index.js). Any error ends as one plain sentence: a stack trace would help no
// user, and could carry values from the environment into the log. SIGINT and SIGTERM cancel the run (cancellation.ts).
import * as core from './runner/protocol.js'
import { run } from './action.js'
import { text } from './report/markdown.js'
import { listenForCancellation } from './settings/cancellation.js'
import { isManifestWorker, serveManifestWorker } from './manifest/validation-worker.js'

function fail(e: unknown): void {
  const message = e instanceof Error ? e.message : String(e)
  core.setFailed(message)
  // Every run leaves a summary, even one that stopped before it could plan.
  try {
    core.appendSummary(`## Tencent Cloud organization members\n\n**The run failed**: ${text(message)}\n`)
  } catch {
    // The summary file itself is unusable; the failure line above already says what matters.
  }
}

function start(): Promise<void> {
  process.on('uncaughtException', fail)
  process.on('unhandledRejection', fail)
  const cancellation = listenForCancellation()
  return run(cancellation.signal)
    .catch(fail)
    .then(() => cancellation.finish())
}

// Or the same bundle, started as a worker to validate a large file aside (manifest/validation-worker.ts).
void isManifestWorker().then((worker) => (worker ? serveManifestWorker() : start()))
