// Module-loader hooks for the benchmark's probe runs (never for timed runs): appends the URL of every module
// the process loads to the file named by BENCH_LOAD_LOG, so the report can say which dist/ chunk each run loads.
import { appendFileSync } from 'node:fs'
import type { LoadHook } from 'node:module'

export const load: LoadHook = (url, context, nextLoad) => {
  const log = process.env.BENCH_LOAD_LOG
  if (log) appendFileSync(log, `${url}\n`)
  return nextLoad(url, context)
}
