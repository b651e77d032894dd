// What a wall-clock scenario of the bench measures (drift, reconcile, nodes, review): one shape, so bench.ts renders
// every scenario's rows the same way.

export interface WallMeasure {
  wallMs: number
  /** The fastest the scenario could be at the emulator's rate and latency: the baseline of its ratio. */
  floorMs: number
  /** Peak resident memory of the action's process, in bytes, where the scenario measures it. */
  maxRssBytes?: number | null
  throttled: number
  requests: number
  /** Why the run does not count (it failed, or did not find what it should). */
  invalid?: string
  detail: Record<string, unknown>
}
