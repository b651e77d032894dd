// Turns the bytes of members.yaml into a YAML document with positions, refusing input that is not a
// members file long before it can cost time or memory (binary data, huge files, several documents).
import { LineCounter, parseDocument, type Document } from 'yaml'
import { error, type Diagnostic, type Position } from '../diagnostics.js'

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
    return fail('File too large', `${file} is ${buffer.length} bytes; a members file may hold at most ${MAX_BYTES} bytes.`)
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

  const doc = parseDocument(text, {
    lineCounter,
    version: '1.2',
    intAsBigInt: true,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true
  })
  const errors = doc.errors.map((e) => {
    const d = error(file, at(e.pos[0]), yamlErrorTitle(e.code), firstLine(e.message))
    const end = at(e.pos[1])
    return { ...d, endLine: end.line, endCol: end.col }
  })
  return { doc, at, errors }
}

function yamlErrorTitle(code: string): string {
  return code === 'DUPLICATE_KEY' ? 'Duplicate key' : 'YAML syntax error'
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
}
