#!/usr/bin/env node
// Entry of the command-line tool (package.json `bin`); the commands live in command-line.ts.
import { cli } from './command-line.js'

process.exitCode = await cli(
  process.argv.slice(2),
  (line) => console.log(line),
  (line) => console.error(line)
)
