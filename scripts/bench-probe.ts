// Preloaded with `--import` in the benchmark's probe runs: installs bench-hooks.js, which logs loaded modules.
import { register } from 'node:module'

register('./bench-hooks.js', import.meta.url)
