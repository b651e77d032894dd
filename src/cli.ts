#!/usr/bin/env node
// Entry of the command-line tool (package.json `bin`); the commands live in cli/.
import { cli } from './cli/commands.js'

process.exitCode = await cli(
  process.argv.slice(2),
  (line) => console.log(line),
  (line) => console.error(line)
)
