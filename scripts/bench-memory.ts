// Preloaded with `--import` in the benchmark's drift runs: writes the process's peak resident memory (maxRSS, KiB)
// to the file named by BENCH_MAXRSS as it exits. Costs one listener; nothing else changes.
import { writeFileSync } from 'node:fs'

const out = process.env.BENCH_MAXRSS
if (out) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS)))
