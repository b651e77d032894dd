// The node tree against the organization, in the summary and the comment: every node in its state, with what differs,
// and what the writes will do. Paths and names from the file and the organization go through code().
import type { NodeStatus, Reconciliation } from '../model/reconcile.js'
import type { ReconcileLevel } from '../model/run.js'
import { code, fold, raw, table, type Md } from './markdown.js'

const OPEN_ROWS = 20
const NODE_STATES = ['create', 'update', 'remove', 'undeclared', 'in-sync'] as const

export function nodeSection(rec: Reconciliation, level: ReconcileLevel, applying: boolean, lineUrl?: (line: number) => string): string | undefined {
  const nodes = rec.nodes
  if (!nodes || nodes.length === 0) return undefined
  const counts = NODE_STATES.filter((st) => nodes.some((n) => n.state === st)).map((st) => `**${nodes.filter((n) => n.state === st).length}** ${st}`)
  const link = (line: number | undefined): Md | string => (line === undefined ? '' : raw(lineUrl ? `[${line}](${lineUrl(line)})` : String(line)))
  const shown = nodes.filter((n) => n.state !== 'in-sync')
  const when = applying ? 'by this run' : 'on merge'
  const fate = (n: NodeStatus): string => {
    switch (n.state) {
      case 'create':
        return level === 'none' ? 'not created (reconcile: none)' : `created ${when}`
      case 'update':
        return level === 'none' ? 'not changed (reconcile: none)' : `changed ${when}`
      case 'remove':
        return level === 'all' ? `deleted ${when} (if empty)` : `not deleted (reconcile: ${level}; only all deletes)`
      default:
        return 'reported only'
    }
  }
  const rows = shown.map((n) => [
    code(n.path),
    n.state,
    n.NodeId ?? '',
    raw(
      n.differences
        .map((d) => `${d.field}: ${d.live === null ? '*empty*' : code(d.live).text} → ${d.file === null ? '*empty*' : code(d.file).text}${d.underReview ? '' : ' (**drift**)'}`)
        .join('<br>') || (n.livePath ? `at ${code(n.livePath).text}` : '')
    ),
    fate(n),
    link(n.entry?.line)
  ])
  const body = rows.length === 0 ? 'Every declared node is in sync.' : table(['Path', 'State', 'NodeId', 'Organization → file', 'On apply', 'Line'], rows)
  return `### Nodes: ${counts.join(', ')}\n\n` + (rows.length > OPEN_ROWS ? fold(`${rows.length} nodes`, body, rows.length <= 100) : body)
}
