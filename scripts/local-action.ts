// `npm run local-action [-- <env file>]`: runs the action's TypeScript sources under GitHub's local runner for
// actions, which stands in for @actions/core and prints the inputs, every log line and annotation, and the outputs.
// Inputs and runner variables come from the env file (default .env; see .env.example).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { ROOT } from '../__tests__/support/action-runner.js'
import { localActionCommand } from '../__tests__/support/local-action.js'

const envFile = resolve(process.argv[2] ?? '.env')
if (!existsSync(envFile)) {
  console.error(`${envFile} does not exist: copy .env.example to .env and edit it, or name another file (npm run local-action -- my.env).`)
  process.exit(2)
}
const command = localActionCommand(envFile)
const run = spawnSync(command.file, command.args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...command.env } })
if (run.error) throw run.error
process.exitCode = run.status ?? 1
