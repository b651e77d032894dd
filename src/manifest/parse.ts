// Turns the bytes of members.yaml into a YAML document with positions, refusing input that is not a
// members file long before it can cost time or memory (binary data, huge files, several documents).
import { LineCounter, isCollection, isMap, isScalar, parseDocument, visit, type Document, type YAMLError } from './yaml.js'
import { error, type Diagnostic, type Position } from '../model/diagnostics.js'
import { excerpt, inert } from '../text/untrusted.js'
import { MAX_NESTING, tooDeep } from './nesting.js'

/** 10,000 members take about 1.5 MB; anything far beyond that is not a hand-kept members file. */
export const MAX_BYTES = 8 * 1024 * 1024

export interface ParsedSource {
  doc?: Document.Parsed
  /** Maps an offset in the text to a 1-based line and column. */
  at: (offset: number) => Position
  errors: Diagnostic[]
}

export function parseSource(file: string, bytes: Buffer | string): ParsedSource {
  const lineCounter = new LineCounter()
  const at = (offset: number): Position => lineCounter.linePos(offset)
  const start = { line: 1, col: 1 }
  const fail = (title: string, message: string): ParsedSource => ({ at, errors: [error(file, start, title, message)] })

  const buffer = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes
  if (buffer.length > MAX_BYTES) {
    // The reader stops one byte past the limit, so the length says only that the limit was passed.
    return fail('File too large', `${file} holds more than ${MAX_BYTES} bytes; a members file may hold at most ${MAX_BYTES} bytes.`)
  }
  if (buffer.includes(0)) {
    return fail('Not a text file', `${file} holds NUL bytes: it is binary data, not YAML.`)
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer)
  } catch {
    return fail('Not UTF-8', `${file} is not valid UTF-8 text.`)
  }
  // The byte-order mark is invisible in editors, so positions are counted without it.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  const deep = tooDeep(text)
  if (deep >= 0) {
    return {
      at,
      errors: [
        error(
          file,
          positionOf(text, deep),
          'Nesting too deep',
          `${file} nests lists and mappings more than ${MAX_NESTING} levels deep here; a members file needs five. Nothing was parsed.`
        )
      ]
    }
  }

  const doc = parseDocument(text, {
    lineCounter,
    version: '1.2',
    intAsBigInt: true,
    // The library compares every key with every other one of its mapping (80,000 keys took 47 s); the validator
    // finds duplicates with one set per mapping instead, at the same line and column.
    uniqueKeys: false,
    prettyErrors: false,
    strict: true
  })
  const opened = doc.errors.some((e) => unclosedKind(e)) ? openings(doc) : undefined
  const errors = doc.errors.map((e) => {
    const kind = unclosedKind(e)
    const offset = kind && opened?.get(`${kind}@${e.pos[0]}`)
    const message =
      e.code === 'MULTIPLE_DOCS'
        ? `${file} holds more than one YAML document (a second \`---\`); a members file is a single document.`
        : kind && offset !== undefined
          ? UNCLOSED[kind]
          : bounded(firstLine(e.message))
    const d = error(file, at(offset ?? e.pos[0]), yamlErrorTitle(e.code), message)
    const end = at(e.pos[1])
    return { ...d, endLine: end.line, endCol: end.col, cause: cause(e, kind !== undefined) }
  })
  return { doc, at, errors: foldConsequences(file, errors) }
}

/**
 * A YAML syntax error throws the parser off, and what follows it is read wrong: one tab gave nine errors, eight of
 * them about lines that were fine. The errors that name a cause (a tab, a bracket or quote not closed, a second
 * document, a key twice) are all kept; when the first error is one of them, the others after it are folded into one
 * line that says they most likely follow from it.
 */
function foldConsequences(file: string, errors: ReadonlyArray<Diagnostic & { cause: boolean }>): Diagnostic[] {
  const sorted = [...errors].sort((a, b) => a.line - b.line || a.col - b.col)
  const first = sorted[0]
  // Only a first error that names its cause explains what follows; after any other, every error stands.
  const kept = first?.cause ? sorted.filter((e) => e === first || e.cause) : sorted
  const folded = sorted.filter((e) => !kept.includes(e))
  const out: Diagnostic[] = kept.map(({ cause: _cause, ...d }) => d)
  if (folded.length > 0 && first) {
    const lines = [...new Set(folded.map((e) => e.line))]
    const where = lines.length === 1 ? `line ${lines[0]}` : `lines ${lines[0]} to ${lines.at(-1)}`
    out.push(
      error(
        file,
        folded[0]!,
        'Follow-on syntax errors',
        `${folded.length} more syntax error${folded.length === 1 ? '' : 's'} on ${where} most likely follow from the one on line ${first.line}: fix that one and run again.`
      )
    )
  }
  return out
}

/** Errors that name a mistake of their own, rather than the parser's confusion after an earlier one. */
function cause(e: YAMLError, unclosed: boolean): boolean {
  return unclosed || e.code === 'MULTIPLE_DOCS' || e.code === 'DUPLICATE_KEY' || e.code === 'TAB_AS_INDENT' || /^Tabs are not allowed/.test(e.message)
}

// The parser notices an unclosed bracket or quote only where the block or the file ends; the mistake a person has
// to fix is where it opens, so such errors are moved to the node of that kind that runs up to them.
const UNCLOSED = {
  FLOW_SEQ: 'This [ is not closed: a flow sequence must end with ], and its lines must be indented more than its key.',
  FLOW_MAP: 'This { is not closed: a flow mapping must end with }, and its lines must be indented more than its key.',
  QUOTE_DOUBLE: 'This " opens a quoted string that is never closed.',
  QUOTE_SINGLE: "This ' opens a quoted string that is never closed."
}
type Unclosed = keyof typeof UNCLOSED

function unclosedKind(e: YAMLError): Unclosed | undefined {
  if (/^Flow sequence in block collection/.test(e.message)) return 'FLOW_SEQ'
  if (/^Flow map in block collection/.test(e.message)) return 'FLOW_MAP'
  if (e.message.startsWith('Missing closing "quote')) return 'QUOTE_DOUBLE'
  if (e.message.startsWith("Missing closing 'quote")) return 'QUOTE_SINGLE'
  return undefined
}

/** Where each flow collection and quoted scalar starts, by its kind and the offset where it ends (outermost first). */
function openings(doc: Document.Parsed): Map<string, number> {
  const starts = new Map<string, number>()
  visit(doc, {
    Node: (_key, n) => {
      const kind = isCollection(n) && n.flow ? (isMap(n) ? 'FLOW_MAP' : 'FLOW_SEQ') : isScalar(n) ? n.type : undefined
      const key = kind && n.range ? `${kind}@${n.range[1]}` : undefined
      if (key && !starts.has(key)) starts.set(key, n.range![0])
    }
  })
  return starts
}

function yamlErrorTitle(code: string): string {
  return code === 'DUPLICATE_KEY' ? 'Duplicate key' : 'YAML syntax error'
}

/**
 * The library's messages quote the offending source whole (`Unexpected scalar token in YAML stream: "..."`, an
 * unresolved tag, a block scalar header): the file may be anything a link pointed at, so only an excerpt stays.
 */
function bounded(message: string): string {
  const quoted = /^(.*?: )(".*")$/.exec(message)
  if (quoted) {
    try {
      return quoted[1] + excerpt(JSON.parse(quoted[2]!) as string)
    } catch {
      // Not a JSON string after all: cut like any other message below.
    }
  }
  const chars = [...message]
  return inert(chars.length > 120 ? chars.slice(0, 120).join('') + '…' : message)
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
}

/** Line and column of an offset, counted without the parser (which has not run). */
function positionOf(text: string, offset: number): Position {
  let line = 1
  let start = 0
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    start = i + 1
  }
  return { line, col: offset - start + 1 }
}
