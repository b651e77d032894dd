// `tencent-org-members audit`: the membership history of the file, from the clone the command runs in.
import { AuditError, isShallow, walkHistory } from '../history/walk.js'
import { csv, json, markdown, terminal } from '../report/audit.js'
import { notRead } from '../modes/audit.js'

export interface AuditArgs {
  file: string
  format: 'text' | 'markdown' | 'csv' | 'json'
  since?: string
  until?: string
  from?: string
  to?: string
  cwd: string
}

/** Exit status: 0 with the record written (unparseable revisions included), 1 when it cannot be made. */
export async function auditCommand(args: AuditArgs, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  try {
    if (await isShallow(args.cwd)) {
      err(`${args.file}: error: this clone is shallow and lacks the file's history; run \`git fetch --unshallow\` first.`)
      return 1
    }
    const walked = await walkHistory({
      cwd: args.cwd,
      file: args.file,
      ...(args.since ? { since: args.since } : {}),
      ...(args.until ? { until: args.until } : {}),
      ...(args.from ? { from: args.from } : {}),
      ...(args.to ? { to: args.to } : {})
    })
    // The tool reads git alone: the action's audit (mode audit, with github-token) reads who approved.
    const history = notRead(walked, 'the command-line tool reads git alone; mode audit of the action reads approvals with its github-token')
    const render = { json, csv, text: terminal, markdown: (h: typeof history) => markdown(h).trimEnd() }[args.format]
    out(render(history))
    return 0
  } catch (e) {
    if (!(e instanceof AuditError)) throw e
    err(`${args.file}: error: ${e.message}`)
    return 1
  }
}
