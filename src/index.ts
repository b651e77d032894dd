// The entry GitHub runs. Any error ends as one plain sentence: a stack trace would help no user, and could
// carry values from the environment into the log.
import * as core from './workflow-commands.js'
import { run } from './main.js'
import { text } from './report/markdown.js'
import { isManifestWorker, serveManifestWorker } from './manifest/aside.js'

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
  return run().catch(fail)
}

// Or the same bundle, started as a worker to validate a large file aside (src/manifest/aside.ts).
void isManifestWorker().then((worker) => (worker ? serveManifestWorker() : start()))
