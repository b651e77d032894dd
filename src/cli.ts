#!/usr/bin/env node
// Entry of the command-line tool (package.json `bin`); the commands live in cli/.
import { cli } from './cli/commands.js'
import { isManifestWorker, serveManifestWorker } from './manifest/validation-worker.js'
import { terminalSafe } from './text/untrusted.js'

if (await isManifestWorker()) {
  // drift validates a large file in a worker of the running bundle (manifest/validation-worker.ts): this one.
  await serveManifestWorker()
} else {
  // Everything printed may hold what a file or a commit says: nothing reaches the terminal as a control sequence.
  process.exitCode = await cli(
    process.argv.slice(2),
    (line) => console.log(terminalSafe(line)),
    (line) => console.error(terminalSafe(line))
  )
}
