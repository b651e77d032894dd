// The command-line tool: the action's own checks on a laptop or in a pre-commit hook, with compiler-style output
// (`file:line:col: error: message`) that editors and terminals turn into links.
import { basename, dirname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { Diagnostic } from '../model/diagnostics.js'
import type { RunOutcome } from '../model/run.js'
import { RECONCILE_LEVELS, type ReconcileLevel } from '../model/run.js'
import { auditCommand } from './audit-command.js'
import { importCommand } from './import-command.js'
import { jsonSchema } from '../manifest/schema.js'
import { MAX_BYTES } from '../manifest/parse.js'
import { WorkspaceFileError, readWorkspaceFile } from '../runner/workspace-file.js'
import { GitSource } from '../history/revision.js'
import { allFindings } from '../report/findings.js'
import { fullPlanOutput } from '../report/outputs.js'
import { DEFAULT_RETRY } from '../organization/retry.js'
import { plan, validate } from '../modes/plan.js'
import type { RunPorts, RunRequest } from '../modes/request.js'

const USAGE = `Usage: tencent-org-members <command> [options] [file]

Commands:
  validate [file]             check members.yaml (default: ./members.yaml); no git, no network
  plan [--base REV] [file]    check it, and show what merging it would invite, against REV (default: HEAD)
  audit [file]                the file's membership history: who was added, changed, removed, when, in which PR
  schema                      print the JSON Schema of members.yaml, for editors
  import [--output FILE]      write a members file from the live organization (stdout by default); credentials from
                              TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY, TENCENTCLOUD_SESSION_TOKEN

Options:
  --base REV                  the revision to compare with (plan)
  --format text|json|csv|markdown   output format (default: text; csv and markdown for audit)
  --since DATE, --until DATE  audit: limit the history by commit date
  --from REV, --to REV        audit: limit the history to REV..REV
  --max-invites N             refuse a plan adding more than N entries, as the action does (default: 50)
  --output FILE, -o FILE      import: write here instead of stdout
  --endpoint HOST|URL         import: the Organization API (default organization.tencentcloudapi.com)
  --node-ids                  import: name each member's node by NodeId rather than by path
  -h, --help                  show this help

Exit status: 0 when the file is valid (and the plan acceptable), 1 when it is not, 2 on a usage error.`

export async function cli(argv: string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        base: { type: 'string' },
        format: { type: 'string', default: 'text' },
        'max-invites': { type: 'string', default: '50' },
        since: { type: 'string' },
        until: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        output: { type: 'string', short: 'o' },
        endpoint: { type: 'string' },
        reconcile: { type: 'string' },
        'node-ids': { type: 'boolean' }
      }
    })
  } catch (e) {
    err(`${(e as Error).message}\n\n${USAGE}`)
    return 2
  }
  const { values, positionals } = parsed
  const [command, file = 'members.yaml', ...extra] = positionals
  if (values.help || command === 'help') {
    out(USAGE)
    return 0
  }
  if (command === 'schema') {
    out(JSON.stringify(jsonSchema(), null, 2))
    return 0
  }
  if (command === 'audit' && extra.length === 0 && ['text', 'markdown', 'csv', 'json'].includes(values.format)) {
    const range = Object.fromEntries((['since', 'until', 'from', 'to'] as const).filter((k) => values[k]).map((k) => [k, values[k]!]))
    return auditCommand({ file, format: values.format as 'text', cwd: process.cwd(), ...range }, out, err)
  }
  if (command === 'import' && positionals.length === 1) {
    return importCommand(
      { ...(values.output ? { output: values.output } : {}), ...(values.endpoint ? { endpoint: values.endpoint } : {}), nodeIds: values['node-ids'] === true, env: process.env },
      out,
      err
    )
  }
  const maxInvites = Number(values['max-invites'])
  if ((command !== 'validate' && command !== 'plan') || extra.length > 0 || !['text', 'json'].includes(values.format) || !Number.isInteger(maxInvites)) {
    err(USAGE)
    return 2
  }
  if (command === 'validate' && values.base) {
    err('--base goes with plan, not validate.')
    return 2
  }

  let bytes: Buffer
  try {
    // Only the file itself is checked for a link: the folders on the way are the ones the user named.
    const path = resolve(file)
    bytes = await readWorkspaceFile(dirname(path), basename(path), MAX_BYTES)
  } catch (e) {
    err(`${file}: error: ${e instanceof WorkspaceFileError && !e.missing ? e.message : 'cannot read the file.'}`)
    return 1
  }
  const reconcile = (values.reconcile ?? 'none') as ReconcileLevel
  if (!(RECONCILE_LEVELS as readonly string[]).includes(reconcile)) {
    err(`--reconcile must be one of ${RECONCILE_LEVELS.join(', ')}.`)
    return 2
  }
  const request: RunRequest = {
    file,
    bytes,
    base: { kind: 'commit', rev: values.base ?? 'HEAD', reason: values.base ? '--base' : 'HEAD' },
    maxInvites,
    reconcile,
    maxChanges: 50,
    maxRemovals: 5,
    protectedMembers: [],
    failOnDrift: false,
    send: { ...DEFAULT_RETRY, rateLimit: 20 }
  }
  const ports: RunPorts = {
    revisions: () => new GitSource(process.cwd()),
    // The command-line tool never writes to Tencent Cloud: it checks the file and the git history only.
    offlineNote: 'The command-line tool checks the file and its git history; the action also checks the live organization.',
    log: () => undefined
  }
  const result: Partial<RunOutcome> = await (command === 'validate' ? Promise.resolve(validate(request, ports)) : plan(request, ports)).catch(
    (e: unknown) => ({ failure: (e as Error).message }) as Partial<RunOutcome>
  )
  const diagnostics = result.entries ? allFindings(result as RunOutcome) : []

  if (values.format === 'json') {
    out(JSON.stringify(toJson(result, diagnostics), null, 2))
  } else {
    for (const d of diagnostics) out(compilerLine(d))
    for (const note of result.notes ?? []) out(`note: ${note}`)
    if (result.diff) {
      for (const e of result.diff.added) out(`+ ${e.member.MemberUin} ${e.member.Name} (line ${e.line}): will be invited`)
      for (const c of result.diff.changed) out(`~ ${c.entry.member.MemberUin} ${c.entry.member.Name} (line ${c.entry.line}): ${c.fields.join(', ')} changed; not applied`)
      for (const e of result.diff.removed) out(`- ${e.member.MemberUin} ${e.member.Name}: removed; not applied`)
      const p = result.diff
      out(
        `${file}: ${p.added.length} added, ${p.changed.length} changed, ${p.removed.length} removed, ${p.unchanged} unchanged (against ${p.base ? p.base.slice(0, 12) : 'nothing'}).`
      )
    } else if (!result.failure) {
      out(`${file}: valid, ${result.entries?.length ?? 0} entries.`)
    }
    const errors = diagnostics.filter((d) => d.severity === 'error').length
    if (errors > 0 && !result.diff) err(`${file}: ${errors} error${errors === 1 ? '' : 's'}.`)
    else if (result.failure) err(`${file}: error: ${result.failure}`)
  }
  return result.failure ? 1 : 0
}

export function compilerLine(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.col}: ${d.severity}: ${d.message}`
}

function toJson(r: Partial<RunOutcome>, diagnostics: readonly Diagnostic[]): unknown {
  const plan = r.diff ? fullPlanOutput(r as RunOutcome) : undefined
  return {
    ok: !r.failure,
    ...(r.failure ? { failure: r.failure } : {}),
    diagnostics,
    ...(plan ? { plan } : {})
  }
}
