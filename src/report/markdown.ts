// Small helpers for GitHub-flavoured Markdown that stays a table whatever a cell holds.

export function cell(value: unknown): string {
  const text = value === undefined || value === null ? '' : Array.isArray(value) ? value.join(', ') : String(value)
  return text.replace(/[\\|]/g, '\\$&').replace(/</g, '&lt;').replace(/\r?\n/g, ' ')
}

export function table(head: string[], rows: unknown[][]): string {
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`]
  for (const row of rows) lines.push(`| ${row.map(cell).join(' | ')} |`)
  return lines.join('\n')
}

/** Long lists are folded so the counts stay on the first screen. */
export function fold(summary: string, body: string, open: boolean): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`
}

/** Longest text a code span keeps; the rest is cut with an ellipsis, so no value can flood a table or comment. */
const CODE_MAX = 100

/**
 * Text from members.yaml or the organization, rendered inert: one inline code span, whose fence is longer than any
 * run of backticks inside (padded with a space when the text starts or ends with one), on one line, capped in length.
 * Markdown, links, mentions and HTML inside show as typed.
 */
export function code(text: string): string {
  let s = text.replace(/[\r\n]/g, ' ')
  if ([...s].length > CODE_MAX) s = [...s].slice(0, CODE_MAX - 1).join('') + '…'
  const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = s.startsWith('`') || s.endsWith('`') || s === '' ? ' ' : ''
  return `${fence}${pad}${s}${pad}${fence}`
}
