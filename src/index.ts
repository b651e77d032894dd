// The entry GitHub runs. Any error ends as one plain sentence: a stack trace would help no user, and could
// carry values from the environment into the log.
import * as core from './workflow-commands.js'
import { run } from './main.js'

function fail(e: unknown): void {
  core.setFailed(e instanceof Error ? e.message : String(e))
  process.exitCode = 1
}

process.on('uncaughtException', fail)
process.on('unhandledRejection', fail)
run().catch(fail)
