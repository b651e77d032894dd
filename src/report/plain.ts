// A run's outcome as plain text, for a terminal (the command-line tool's `--format text`): the same facts as the job
// summary (summary.ts) in lines a person or grep reads, with no Markdown. The findings go as compiler lines
// (`file:line:col: severity: message`) so that editors link them; then the plan's entries, what the organization
// holds, and the writes apply would send, one line each. The caller makes every line safe for a terminal.
import type { Diagnostic } from '../model/diagnostics.js'
import { STATES, type Reconciliation } from '../model/reconcile.js'
import type { RunOutcome } from '../model/run.js'
import type { PlannedWrite } from '../model/writes.js'
import { driftCount, driftWords } from '../organization/classify.js'
import { showValue } from './findings.js'
import { undeclaredMembers } from './outputs.js'
import { CALL } from './writes.js'

export function compilerLine(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.col}: ${d.severity}: ${d.message}`
}

/**
 * stdout's lines and stderr's: the findings and the plan on stdout, and on stderr only what went wrong (the count
 * of errors in an invalid file, or why the run failed). `o` is partial when the run stopped before it had entries.
 */
export function plainText(o: Partial<RunOutcome> & { file: string }, findings: readonly Diagnostic[]): { out: string[]; err: string[] } {
  const out: string[] = findings.map(compilerLine)
  for (const note of o.notes ?? []) out.push(`note: ${note}`)
  for (const warning of o.warnings ?? []) out.push(`warning: ${warning}`)
  const level = o.reconcile ?? 'none'
  const diff = o.diff
  if (diff) {
    const already = new Set(o.alreadyMembers ?? [])
    for (const e of diff.added) {
      out.push(`+ ${e.member.MemberUin} ${e.member.Name} (line ${e.line}): ${already.has(e) ? 'already a member of the organization: not invited' : 'will be invited'}`)
    }
    const changes = level === 'none' || !o.organization ? 'not applied' : `applied where the organization differs (reconcile: ${level})`
    for (const c of diff.changed) out.push(`~ ${c.entry.member.MemberUin} ${c.entry.member.Name} (line ${c.entry.line}): ${c.fields.join(', ')} changed; ${changes}`)
    const removal = level === 'all' && o.organization ? 'taken out of the organization on merge if still a member (reconcile: all)' : 'not applied'
    for (const e of diff.removed) out.push(`- ${e.member.MemberUin} ${e.member.Name}: removed; ${removal}`)
  }
  const rec = o.reconciliation
  if (o.organization && rec) {
    const org = o.organization
    out.push(
      `organization: ${org.nodes} node${org.nodes === 1 ? '' : 's'}, ${org.members} member${org.members === 1 ? '' : 's'} (read in ${org.calls} calls): ${stateCounts(rec)}.`
    )
    for (const m of undeclaredMembers(o as RunOutcome)) {
      out.push(`? ${m.MemberUin} ${m.Name}: a member of the organization that ${o.file} does not declare; left alone (tencent-org-members import writes an entry for it)`)
    }
    for (const n of rec.nodes ?? []) {
      if (n.state === 'undeclared') out.push(`? node ${n.path} (NodeId ${n.NodeId}): a node of the organization that ${o.file} does not declare under nodes:; left alone`)
    }
  }
  if (o.writes && level !== 'none')
    out.push(
      ...writeLines(
        o.writes.filter((w) => w.action !== 'invite'),
        level
      )
    )

  const errors = findings.filter((d) => d.severity === 'error').length
  if (diff) {
    out.push(
      `${o.file}: ${diff.added.length} added, ${diff.changed.length} changed, ${diff.removed.length} removed, ${diff.unchanged} unchanged (against ${diff.base ? diff.base.slice(0, 12) : 'nothing'}).`
    )
  } else if (o.mode === 'drift' && rec) {
    out.push(driftCount(rec) === 0 ? `${o.file} and the organization agree.` : `${o.file} and the organization differ: ${driftWords(rec)}.`)
  } else if (!o.failure) {
    const n = o.entries?.length ?? 0
    out.push(`${o.file}: valid, ${n} ${n === 1 ? 'entry' : 'entries'}.`)
  }
  const err: string[] = []
  if (errors > 0 && !diff && !rec) err.push(`${o.file}: ${errors} error${errors === 1 ? '' : 's'}.`)
  else if (o.failure) err.push(`${o.file}: error: ${o.failure}`)
  return { out, err }
}

/** "2 update, 1 pending, 3 in-sync": every state that occurs, in the order of STATES. */
function stateCounts(rec: Reconciliation): string {
  const shown = STATES.filter((s) => rec.counts[s] > 0)
  return shown.length === 0 ? 'nothing to compare' : shown.map((s) => `${rec.counts[s]} ${s}`).join(', ')
}

/** The writes table of the summary (writes.ts) as lines: what apply would send beyond invitations, before → after. */
export function writeLines(writes: readonly PlannedWrite[], level: string): string[] {
  const head = `reconcile (${level}): ${writes.length} write${writes.length === 1 ? '' : 's'} apply would send on merge; this tool sends none.`
  if (writes.length === 0) return [`reconcile (${level}): the organization already matches the file; apply would send nothing beyond invitations.`]
  return [
    head,
    ...writes.map((w) => {
      const who = 'MemberUin' in w ? `${w.MemberUin} ${w.Name}` : `node ${w.path}`
      return `write: ${w.action} ${who} (line ${w.line}): ${change(w)} · ${CALL[w.action]}`
    })
  ]
}

function change(w: PlannedWrite): string {
  if (w.action === 'invite') return 'not a member → invited'
  if (w.action === 'create-node') return `no node → created under ${w.parent ? w.parent : 'the root'}`
  if (w.action === 'delete-node') return `node (line ${w.baseLine} of the base revision) → deleted`
  if (w.action === 'remove') return `member (line ${w.baseLine} of the base revision) → out of the organization; the account stays`
  if (w.action === 'reinvite') return `not a member${w.since ? ` since ${w.since.date.slice(0, 10)}` : ''} → invited again (if the last invitation lapsed)`
  return w.changes
    .map((c) => {
      const field = c.field as Parameters<typeof showValue>[0]
      return `${c.field}: ${showValue(field, c.before, false)} → ${showValue(field, c.after, true)}`
    })
    .join('; ')
}
