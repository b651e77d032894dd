// npm test's static checks, side by side: the type check (tsc), the linter (eslint, which builds type information of
// its own) and the formatter's check (prettier) each keep one core busy for a while, and none needs another's result.
// One after the other they took about a minute of a two-core machine; side by side, about as long as the linter
// alone (docs/development.md). Each check's output is printed whole when it ends, so outputs never interleave; the
// exit status is 1 when any check failed. Plain JavaScript: it runs before anything is compiled.
import { spawn } from 'node:child_process'

const CHECKS = [
  ['eslint', ['node_modules/eslint/bin/eslint.js']],
  ['tsc', ['node_modules/typescript/bin/tsc', '--noEmit']],
  ['prettier', ['node_modules/prettier/bin/prettier.cjs', '--check', '.']]
]

function run([name, args]) {
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    const output = []
    child.stdout.on('data', (chunk) => output.push(chunk))
    child.stderr.on('data', (chunk) => output.push(chunk))
    child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)))
    child.on('close', (code, signal) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1)
      const ok = code === 0
      const text = Buffer.concat(output).toString().trimEnd()
      process.stdout.write(`> ${name}: ${ok ? 'passed' : `failed (${signal ?? `exit ${code}`})`} in ${seconds} s\n${text ? text + '\n' : ''}`)
      resolve(ok)
    })
  })
}

const results = await Promise.all(CHECKS.map(run))
if (results.includes(false)) process.exitCode = 1
