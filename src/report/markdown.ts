// GitHub-flavoured Markdown built so that text from the file (or from an API answer, or a commit) renders as
// written: it starts no heading or quote, makes no link, image or HTML, and pings nobody. Every value is either
// escaped text or an inline code span; only Markdown this action writes itself is wrapped in `Md` and kept.

/** Markdown written by this action; anything else given to `table` or `text` is escaped. */
export class Md {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text
  }
}

export function raw(markdown: string): Md {
  return new Md(markdown)
}

/** The longest value shown in a code span; longer ones end in an ellipsis (the outputs keep them whole). */
export const CODE_CHARS = 100

/**
 * Plain text as inert Markdown on one line: the marks that could open Markdown are backslash-escaped (CommonMark
 * renders an escaped mark as itself), so no link, image, emphasis, autolink or HTML can form; `@name`, `#12` and `GH-12` go
 * into code spans, since GitHub finds mentions and issue references in the rendered text whatever escapes came
 * before.
 */
export function text(value: unknown): Md {
  const s = oneLine(stringify(value))
  let out = ''
  let last = 0
  // GitHub links GH-12 to an issue too, whatever its case.
  for (const m of s.matchAll(/@[\w.-]+|#\d+|\bGH-\d+/gi)) {
    out += escapePunctuation(s.slice(last, m.index)) + codeSpan(m[0])
    last = m.index + m[0].length
  }
  return new Md(out + escapePunctuation(s.slice(last)))
}

/** A value as inline code: rendered exactly as written (up to CODE_CHARS), nothing inside is Markdown. */
export function code(value: unknown, max = CODE_CHARS): Md {
  const chars = [...oneLine(stringify(value))]
  return new Md(codeSpan(chars.length > max ? chars.slice(0, max).join('') + '…' : chars.join('')))
}

export function cell(value: unknown): string {
  const md = value instanceof Md ? value.text : text(value).text
  // GitHub splits table cells on `|` before it reads code spans; `\|` is its escape, inside code spans too.
  return oneLine(md).replace(/(\\*)\|/g, (m, slashes: string) => (slashes.length % 2 === 0 ? `${slashes}\\|` : m))
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

/**
 * Markdown cut to at most `maxBytes` (UTF-8) at a line boundary, with whatever the cut left open (a code fence,
 * folded sections) closed, and `note` saying what was left out. Returned unchanged when it fits.
 */
export function capMarkdown(markdown: string, maxBytes: number, note: string): string {
  if (Buffer.byteLength(markdown, 'utf8') <= maxBytes) return markdown
  const kept = Buffer.from(markdown, 'utf8')
    .subarray(0, Math.max(0, maxBytes - Buffer.byteLength(note, 'utf8')))
    .toString('utf8')
  const lines = kept.slice(0, Math.max(0, kept.lastIndexOf('\n'))).split('\n')
  for (;;) {
    const cut = lines.join('\n') + closing(lines) + `\n\n${note}\n`
    if (Buffer.byteLength(cut, 'utf8') <= maxBytes || lines.length === 0) return cut
    lines.pop()
  }
}

/** What a cut after `lines` leaves open: a code fence, folded sections. */
function closing(lines: readonly string[]): string {
  let fence = false
  let open = 0
  for (const line of lines) {
    if (/^```/.test(line)) fence = !fence
    else if (!fence) open += (line.match(/<details[ >]/g)?.length ?? 0) - (line.match(/<\/details>/g)?.length ?? 0)
  }
  return (fence ? '\n```' : '') + '\n\n</details>'.repeat(Math.max(0, open))
}

function stringify(value: unknown): string {
  return value === undefined || value === null ? '' : Array.isArray(value) ? value.join(', ') : String(value)
}

function oneLine(s: string): string {
  // CommonMark ends a line at \n, \r\n and a lone \r alike. Other controls and the bidirectional overrides, which
  // can make a line read as something else (CVE-2021-42574), are written as escapes.
  return s.replace(/\r\n?|\n/g, ' ').replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/**
 * The characters that can open Markdown on one line: escapes, code, emphasis, links and images, HTML and
 * entities, headings, tables, strikethrough and GitHub's math; `://` and `www.` would otherwise become links.
 */
function escapePunctuation(s: string): string {
  return s
    .replace(/[\\`*_[\]<>!|~&$]/g, '\\$&')
    .replace(/^(\s*)#/, '$1\\#')
    .replace(/:\/\//g, '\\://')
    .replace(/\b(www)\./gi, '$1\\.')
}

/** A code span whose fence is longer than any run of backticks inside, padded where the value touches one. */
function codeSpan(s: string): string {
  if (s === '') return ''
  const longest = Math.max(0, ...[...s.matchAll(/`+/g)].map((m) => m[0].length))
  const fence = '`'.repeat(longest + 1)
  const pad = s.startsWith('`') || s.endsWith('`') || (s.startsWith(' ') && s.endsWith(' ')) ? ' ' : ''
  return `${fence}${pad}${s}${pad}${fence}`
}
