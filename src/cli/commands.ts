// The command-line tool: the action's checks on a laptop or in a pre-commit hook, with compiler-style output
// (`file:line:col: error: message`) that editors and terminals turn into links. This file reads the arguments and
// says exactly what is wrong with them; the commands live beside it.
import { parseArgs } from 'node:util'
import { RECONCILE_LEVELS, type ReconcileLevel } from '../model/run.js'
import { jsonSchema } from '../manifest/schema.js'
import { parseProtectedMembers } from '../organization/guards.js'
import { auditCommand } from './audit-command.js'
import { checkCommand, type CheckFormat } from './check-command.js'
import { importCommand } from './import-command.js'
import { organizationAccess } from './organization.js'
import { VERSION } from './version.js'
import { reviewCommand, type ReviewFormat } from './review-command.js'
import { parseSensitivePermissions } from '../settings/approvals-input.js'

export const USAGE = `Usage: tencent-org-members <command> [options] [file]

Commands:
  validate [file]             check members.yaml (default: ./members.yaml); no git, no network
  plan [file]                 check it, and show what merging it would do against --base (default: HEAD); with
                              credentials in the environment, against the live organization too, as the action does
  drift [file]                compare the whole file with the live organization (needs credentials)
  audit [file]                the file's membership history: who was added, changed, removed, when, in which PR
  schema                      print the JSON Schema of members.yaml, for editors
  import [--output FILE]      write a members file from the live organization (stdout by default)
  review [file]               an access review: who holds what, which commit set it, flags, what changed since
                              --previous (needs credentials; the file as HEAD holds it)

Credentials (plan, drift, import, review) come from the environment, never from arguments: TENCENTCLOUD_SECRET_ID,
TENCENTCLOUD_SECRET_KEY, and TENCENTCLOUD_SESSION_TOKEN for temporary ones. The tool only reads the organization:
it never invites, changes or removes anyone.

Options:
  --base REV                  plan: the revision to compare with (default: HEAD)
  --format FORMAT             validate, plan, drift: text (default), json (the action's outputs) or markdown (the
                              job summary the action writes); audit: text (default), markdown, csv or json;
                              review: markdown (default), json or csv
  --endpoint HOST|URL         plan, drift, import, review: the Organization API (default organization.tencentcloudapi.com)
  --reconcile LEVEL           plan, drift: none (default), changes or all, as the action's reconcile input; plan
                              then lists the writes apply would send
  --max-invites N             plan: refuse a plan adding more than N entries, as the action does (default: 50)
  --max-changes N             plan: with --reconcile, refuse more than N member changes (default: 50)
  --max-removals N            plan: with --reconcile all, refuse more than N removals (default: 5)
  --protected-members UINS    plan: UINs (comma-separated) that no write may change
  --fail-on-drift             drift: exit 1 when the file and the organization differ
  --since DATE, --until DATE  audit: limit the history by commit date
  --from REV, --to REV        audit: limit the history to REV..REV
  --output FILE, -o FILE      import: write here instead of stdout
  --node-ids                  import: name each member's node by NodeId rather than by path
  --output-dir DIR            review: write <date>.json, .csv and .md there instead of printing one format
  --previous FILE             review: the last review's JSON; the review lists what changed since
  --sensitive-permissions IDS review: PermissionIds flagged sensitive (default 3,7,10; none for none)
  -h, --help                  show this help
  -v, --version               print the version

Exit status: 0 when the file is valid (and the plan acceptable), 1 when it is not (or, with --fail-on-drift, when
it drifted), 2 on a usage error.`

const COMMANDS = ['validate', 'plan', 'drift', 'audit', 'schema', 'import', 'review'] as const
type Command = (typeof COMMANDS)[number]

const FORMATS: Partial<Record<Command, readonly string[]>> = {
  validate: ['text', 'json', 'markdown'],
  plan: ['text', 'json', 'markdown'],
  drift: ['text', 'json', 'markdown'],
  audit: ['text', 'markdown', 'csv', 'json'],
  review: ['markdown', 'json', 'csv']
}

/** The commands each option goes with. */
const TAKES: Record<string, readonly Command[]> = {
  base: ['plan'],
  format: ['validate', 'plan', 'drift', 'audit', 'review'],
  endpoint: ['plan', 'drift', 'import', 'review'],
  reconcile: ['plan', 'drift'],
  'max-invites': ['plan'],
  'max-changes': ['plan'],
  'max-removals': ['plan'],
  'protected-members': ['plan'],
  'fail-on-drift': ['drift'],
  since: ['audit'],
  until: ['audit'],
  from: ['audit'],
  to: ['audit'],
  output: ['import'],
  'node-ids': ['import'],
  'output-dir': ['review'],
  previous: ['review'],
  'sensitive-permissions': ['review']
}

class UsageError extends Error {}

export async function cli(argv: string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
  try {
    return await run(argv, out, err)
  } catch (e) {
    if (!(e instanceof UsageError)) throw e
    // The reason first: the usage below it is long.
    err(`${e.message}\n\n${USAGE}`)
    return 2
  }
}

async function run(argv: string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        base: { type: 'string' },
        format: { type: 'string' },
        'max-invites': { type: 'string' },
        'max-changes': { type: 'string' },
        'max-removals': { type: 'string' },
        'protected-members': { type: 'string' },
        since: { type: 'string' },
        until: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        output: { type: 'string', short: 'o' },
        endpoint: { type: 'string' },
        reconcile: { type: 'string' },
        'fail-on-drift': { type: 'boolean' },
        'node-ids': { type: 'boolean' },
        'output-dir': { type: 'string' },
        previous: { type: 'string' },
        'sensitive-permissions': { type: 'string' }
      }
    })
  } catch (e) {
    throw new UsageError((e as Error).message)
  }
  const { values, positionals } = parsed
  if (values.help || positionals[0] === 'help') {
    out(USAGE)
    return 0
  }
  if (values.version) {
    out(VERSION)
    return 0
  }
  const [name, ...rest] = positionals
  if (name === undefined) throw new UsageError('No command given.')
  if (!(COMMANDS as readonly string[]).includes(name)) throw new UsageError(`Unknown command ${JSON.stringify(name)}: it is not one of ${COMMANDS.join(', ')}.`)
  const command = name as Command
  for (const option of Object.keys(TAKES)) {
    const takers = TAKES[option]!
    if (values[option as keyof typeof values] !== undefined && !takers.includes(command)) {
      throw new UsageError(`--${option} goes with ${words(takers)}, not ${command}.`)
    }
  }
  const files = command === 'schema' || command === 'import' ? 0 : 1
  if (rest.length > files) {
    throw new UsageError(
      files === 0
        ? `${command} takes no file, but was given ${JSON.stringify(rest[0])}.`
        : `${command} takes one file, but was given ${rest.length}: ${rest.map((r) => JSON.stringify(r)).join(', ')}.`
    )
  }
  const file = rest[0] ?? 'members.yaml'
  const formats = FORMATS[command]
  const format = values.format ?? (command === 'review' ? 'markdown' : 'text')
  if (formats && !formats.includes(format)) throw new UsageError(`--format ${format} is not one of ${formats.join(', ')} (the formats of ${command}).`)

  switch (command) {
    case 'schema':
      out(JSON.stringify(jsonSchema(), null, 2))
      return 0
    case 'import':
      return importCommand(
        { ...(values.output ? { output: values.output } : {}), ...(values.endpoint ? { endpoint: values.endpoint } : {}), nodeIds: values['node-ids'] === true, env: process.env },
        out,
        err
      )
    case 'review': {
      const access = organizationAccess(process.env, values.endpoint)
      if ('usage' in access) throw new UsageError(access.usage)
      const sensitive = parseSensitivePermissions(values['sensitive-permissions'] ?? '')
      if (typeof sensitive === 'string') throw new UsageError(sensitive.replace(/^sensitive-permissions/, '--sensitive-permissions'))
      return reviewCommand(
        {
          file,
          format: format as ReviewFormat,
          ...(values['output-dir'] ? { outputDir: values['output-dir'] } : {}),
          ...(values.previous ? { previous: values.previous } : {}),
          sensitivePermissions: sensitive,
          organization: access,
          env: process.env,
          cwd: process.cwd()
        },
        out,
        err
      )
    }
    case 'audit': {
      const range = Object.fromEntries((['since', 'until', 'from', 'to'] as const).filter((k) => values[k]).map((k) => [k, values[k]!]))
      return auditCommand({ file, format: format as 'text', cwd: process.cwd(), ...range }, out, err)
    }
  }

  const reconcile = values.reconcile ?? 'none'
  if (!(RECONCILE_LEVELS as readonly string[]).includes(reconcile)) throw new UsageError(`--reconcile ${reconcile} is not one of ${RECONCILE_LEVELS.join(', ')}.`)
  const protectedMembers = parseProtectedMembers(values['protected-members'] ?? '')
  if (typeof protectedMembers === 'string')
    throw new UsageError(`--protected-members holds ${JSON.stringify(protectedMembers)}, which is not a UIN: give UINs separated by commas.`)
  const access = command === 'validate' ? undefined : organizationAccess(process.env, values.endpoint)
  if (access && 'usage' in access) throw new UsageError(access.usage)
  return checkCommand(
    {
      command,
      file,
      format: format as CheckFormat,
      ...(values.base ? { base: values.base } : {}),
      maxInvites: count(values['max-invites'], 'max-invites', 50),
      maxChanges: count(values['max-changes'], 'max-changes', 50),
      maxRemovals: count(values['max-removals'], 'max-removals', 5),
      protectedMembers,
      reconcile: reconcile as ReconcileLevel,
      failOnDrift: values['fail-on-drift'] === true,
      ...(access ? { organization: access } : {}),
      endpointGiven: values.endpoint !== undefined,
      cwd: process.cwd()
    },
    out,
    err
  )
}

/** A whole number of at least 0, as the action's inputs of the same name. */
function count(value: string | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`--${option} ${JSON.stringify(value)} is not a whole number.`)
  return Number(value)
}

function words(list: readonly string[]): string {
  return list.length === 1 ? list[0]! : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`
}
