// What every reconciler's send needs: the run's one send, the API behind it, where created nodes are announced, and
// where each result goes the moment its answer arrives (the log line that keeps a killed run on record).
import type { PlannedWrite, WriteResult } from '../../model/writes.js'
import type { OrganizationApi } from '../api.js'
import type { Sender } from '../send.js'

export interface SendContext {
  sender: Sender
  api: OrganizationApi
  /** The id of a node by its path, once it exists: at once for a live node, after its creation for a new one. */
  nodeId(path: string): Promise<number | undefined>
  /** Called with every result as it comes, before the run goes on. */
  onResult(result: WriteResult): void
}

/** Sends each write with `send` and reports each result as it comes; results in the order of `writes`. */
export async function eachReported<W extends PlannedWrite>(ctx: SendContext, writes: readonly W[], send: (w: W) => Promise<WriteResult[]>): Promise<WriteResult[]> {
  const all = await Promise.all(
    writes.map(async (w) => {
      const results = await send(w)
      for (const r of results) ctx.onResult(r)
      return results
    })
  )
  return all.flat()
}
