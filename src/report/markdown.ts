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
