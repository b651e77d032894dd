// Reads a step's stdout the way the GitHub runner does (actions/runner, ActionCommandManager and ActionCommand),
// so that tests can say which commands a log would give the runner. Where the runner's rules and this model could
// differ, the model finds more commands, never fewer: a test that passes here is at least as strict as the runner.
//
// - A line ends at \n, \r or \r\n.
// - `::name k=v,k=v::data` is a command when the line starts with it after leading white space is trimmed.
// - `##[name k=v;k=v]data` (the legacy form) is a command wherever it stands in the line.
// - Either counts only for a registered name; `::stop-commands::TOKEN` ignores every command until TOKEN (compared
//   without regard to case) comes as a command of its own.

const REGISTERED = [
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'debug',
  'warning',
  'error',
  'notice',
  'group',
  'endgroup',
  'echo',
  'stop-commands'
]

export interface RunnerCommand {
  command: string
  properties: Record<string, string>
  data: string
}

export interface RunnerLog {
  /** The commands the runner would act on, stop-commands and its resuming token left out. */
  commands: RunnerCommand[]
  /** Lines read while commands were stopped: shown as text, never acted on. */
  shielded: string[]
  /** Whether the log left commands stopped at its end (then every later command of the step would be lost). */
  stoppedAtEnd: boolean
}

export function readRunnerLog(stdout: string): RunnerLog {
  const commands: RunnerCommand[] = []
  const shielded: string[] = []
  let token: string | undefined
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    const registered = token ? [...REGISTERED, token] : REGISTERED
    const found = parseModern(line, registered) ?? parseLegacy(line, registered)
    if (token !== undefined) {
      if (found && found.command.toLowerCase() === token.toLowerCase()) token = undefined
      else shielded.push(line)
      continue
    }
    if (!found) continue
    if (found.command === 'stop-commands') token = found.data
    else commands.push(found)
  }
  return { commands, shielded, stoppedAtEnd: token !== undefined }
}

// White space as .NET's TrimStart sees it, and U+FEFF as well: more trimmed means more lines read as commands.
const LEADING_SPACE = /^[\s\u0085]+/

function parseModern(line: string, registered: string[]): RunnerCommand | undefined {
  const text = line.replace(LEADING_SPACE, '')
  if (!text.startsWith('::')) return undefined
  const end = text.indexOf('::', 2)
  if (end < 0) return undefined
  const info = text.slice(2, end)
  const space = info.indexOf(' ')
  const command = space < 0 ? info : info.slice(0, space)
  if (!registered.some((r) => r.toLowerCase() === command.toLowerCase())) return undefined
  const properties: Record<string, string> = {}
  if (space > 0) {
    for (const pair of info
      .slice(space + 1)
      .trim()
      .split(',')) {
      const at = pair.indexOf('=')
      if (at > 0 && at < pair.length - 1) properties[pair.slice(0, at)] = unescape(pair.slice(at + 1), PROPERTY)
    }
  }
  return { command, properties, data: unescape(text.slice(end + 2), DATA) }
}

function parseLegacy(line: string, registered: string[]): RunnerCommand | undefined {
  const start = line.indexOf('##[')
  if (start < 0) return undefined
  const close = line.indexOf(']', start)
  if (close < 0) return undefined
  const info = line.slice(start + 3, close)
  const space = info.indexOf(' ')
  const command = space < 0 ? info : info.slice(0, space)
  if (!registered.some((r) => r.toLowerCase() === command.toLowerCase())) return undefined
  const properties: Record<string, string> = {}
  if (space > 0) {
    for (const pair of info.slice(space + 1).split(';')) {
      const at = pair.indexOf('=')
      if (at > 0 && at < pair.length - 1) properties[pair.slice(0, at)] = unescape(pair.slice(at + 1), LEGACY)
    }
  }
  return { command, properties, data: unescape(line.slice(close + 1), LEGACY) }
}

// The runner's unescaping tables, each applied in its order.
const DATA: Array<[string, string]> = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%25', '%']
]
const PROPERTY: Array<[string, string]> = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%3A', ':'],
  ['%2C', ','],
  ['%25', '%']
]
const LEGACY: Array<[string, string]> = [
  ['%3B', ';'],
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%5D', ']'],
  ['%25', '%']
]

function unescape(text: string, table: Array<[string, string]>): string {
  return table.reduce((s, [from, to]) => s.split(from).join(to), text)
}
