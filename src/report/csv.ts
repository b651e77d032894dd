// CSV for spreadsheets (RFC 4180: CRLF between records, a cell quoted when it holds a comma, quote or line break),
// every text cell made safe first. Cells hold what contributors wrote (author names, commit subjects, member names):
// a spreadsheet runs a cell that starts with = + - @, a tab or CR as a formula (OWASP "CSV injection"), so those get
// a leading apostrophe; and control characters, which can rewrite a terminal or hide text, are written as escapes.

export function csvTable(head: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return [head.map(cell).join(','), ...rows.map((row) => row.map(cell).join(','))].join('\r\n')
}

export function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return String(value)
  const safe = unformula(value).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** The leading apostrophe is the usual guard: the cell reads as text, and shows as written. */
function unformula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}
