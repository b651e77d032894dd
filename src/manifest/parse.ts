// Turns the bytes of members.yaml into a YAML document with positions, refusing input that is not a
// members file long before it can cost time or memory (binary data, huge files, several documents).
import { LineCounter, isCollection, isMap, parseDocument, visit, type Document, type YAMLError } from 'yaml'
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
  const flows = doc.errors.some((e) => FLOW_ERROR.test(e.message)) ? flowCollections(doc) : undefined
  const errors = doc.errors.map((e) => {
    const opened = unclosedFlow(flows, e)
    const message = e.code === 'MULTIPLE_DOCS'
      ? `${file} holds more than one YAML document (a second \`---\`); a members file is a single document.`
      : opened
        ? `This ${opened.open} is not closed: a flow ${opened.kind} must end with ${opened.close}, and its lines must be indented more than its key.`
        : firstLine(e.message)
    const d = error(file, at(opened?.offset ?? e.pos[0]), yamlErrorTitle(e.code), message)
    const end = at(e.pos[1])
    return { ...d, endLine: end.line, endCol: end.col }
  })
  return { doc, at, errors }
}

const FLOW_ERROR = /^Flow (sequence|map) in block collection/

/** Where each flow collection starts, by its kind and the offset where it ends (outermost first). */
function flowCollections(doc: Document.Parsed): Map<string, number> {
  const starts = new Map<string, number>()
  visit(doc, {
    Node: (_key, n) => {
      const key = isCollection(n) && n.flow && n.range ? `${isMap(n) ? 'map' : 'sequence'}@${n.range[1]}` : undefined
      if (key && !starts.has(key)) starts.set(key, n.range![0])
    }
  })
  return starts
}

/**
 * The parser notices an unclosed `[` or `{` only where the next line starts; the mistake a person has to fix is the
 * opening bracket: the flow collection of that kind that runs up to the error.
 */
function unclosedFlow(flows: Map<string, number> | undefined, e: YAMLError): { offset: number; kind: string; open: string; close: string } | undefined {
  const kind = FLOW_ERROR.exec(e.message)?.[1]
  const offset = kind ? flows?.get(`${kind}@${e.pos[0]}`) : undefined
  if (offset === undefined) return undefined
  return kind === 'map' ? { offset, kind, open: '{', close: '}' } : { offset, kind: 'sequence', open: '[', close: ']' }
}

function yamlErrorTitle(code: string): string {
  return code === 'DUPLICATE_KEY' ? 'Duplicate key' : 'YAML syntax error'
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
}
