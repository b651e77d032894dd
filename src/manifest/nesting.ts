// How deep a YAML text nests, told by one pass over its characters before the YAML library sees it. The library
// parses nesting recursively: `members: [[[[…` four MiB deep ran it out of memory after a minute (no summary, no
// annotation), two MiB took ten seconds and 1.3 GB. A members file nests five levels (root, members, an entry, its
// Tags, a tag); this refuses a text that nests deeper than MAX_NESTING, wherever the parse would run (plan, drift's
// worker, the command-line tool).
//
// The count is an upper bound of YAML's own, never lower, so a hostile text cannot hide nesting from it:
// - block levels: a stack of indentations (each deeper line pushes one), plus one per compact `- ` or `? ` on a line;
// - flow levels: every `[` or `{` inside a flow collection, and one that starts a value in block context;
// - quoted scalars and comments are skipped only where YAML reads them as such (a quote that starts a value, a `#`
//   after a space), and block scalars (`|`, `>`) by their indentation, so text inside them counts nothing.

/** Far beyond any members file (it needs five), far below what costs the parser anything. */
export const MAX_NESTING = 32

/** The offset where the text first nests deeper than `max`, or -1 when it never does. */
export function tooDeep(text: string, max = MAX_NESTING): number {
  const n = text.length
  const indents: number[] = []
  let flow = 0
  let i = 0
  const eol = (at: number): boolean => at >= n || text[at] === '\n' || text[at] === '\r'
  const blank = (at: number): boolean => eol(at) || text[at] === ' ' || text[at] === '\t'
  const toEol = (at: number): number => {
    while (!eol(at)) at++
    return at
  }
  while (i < n) {
    // A line starts: its indentation.
    let col = 0
    while (i < n && text[i] === ' ') {
      i++
      col++
    }
    if (eol(i)) {
      i++
      continue
    }
    if (text[i] === '#') {
      i = toEol(i)
      continue
    }
    // Where a value may start: a flow collection, a quoted scalar or a block scalar is recognised only there.
    let valueStart = true
    if (flow === 0) {
      while (indents.length > 0 && indents[indents.length - 1]! >= col) indents.pop()
      indents.push(col)
      // Compact nested nodes on one line: `- - - x`, `? - x`.
      while ((text[i] === '-' || text[i] === '?') && blank(i + 1)) {
        i++
        col++
        while (text[i] === ' ') {
          i++
          col++
        }
        indents.push(col)
        if (indents.length > max) return i
      }
      if (indents.length > max) return i
    }
    while (!eol(i)) {
      const c = text[i]!
      if (c === ' ' || c === '\t') {
        i++
        continue
      }
      if (c === '#' && (text[i - 1] === ' ' || text[i - 1] === '\t')) {
        i = toEol(i)
        break
      }
      if (valueStart && (c === '&' || c === '!')) {
        // An anchor or a tag before the value: the value may still open a collection.
        while (!blank(i)) i++
        continue
      }
      if (valueStart && (c === '"' || c === "'")) {
        i = skipQuoted(text, i)
        valueStart = false
        continue
      }
      if (flow > 0) {
        if (c === '[' || c === '{') {
          flow++
          if (indents.length + flow > max) return i
        } else if (c === ']' || c === '}') {
          flow = Math.max(0, flow - 1)
        }
        // In a flow collection a value starts after an opening bracket, a comma or a colon.
        valueStart = c === '[' || c === '{' || c === ',' || c === ':' || c === '?'
        i++
        continue
      }
      if (valueStart && (c === '[' || c === '{')) {
        flow = 1
        if (indents.length + flow > max) return i
        valueStart = true
        i++
        continue
      }
      if (valueStart && (c === '|' || c === '>')) {
        i = skipBlockScalar(text, i, indents[indents.length - 1] ?? 0)
        break
      }
      // `key: value`: after the colon (and a space) a value starts.
      valueStart = c === ':' && blank(i + 1)
      i++
    }
  }
  return -1
}

/** The offset just past a quoted scalar starting at `at` (which may span lines), or the end of the text. */
function skipQuoted(text: string, at: number): number {
  const quote = text[at]
  let i = at + 1
  while (i < text.length) {
    const c = text[i]
    if (quote === '"' && c === '\\') {
      i += 2
      continue
    }
    if (c === quote) {
      // '' inside single quotes is an escaped quote.
      if (quote === "'" && text[i + 1] === "'") {
        i += 2
        continue
      }
      return i + 1
    }
    i++
  }
  return i
}

/**
 * The offset where a block scalar whose header (`|`, `>`, with indicators) is at `at` ends: its lines are the blank ones
 * and those indented at least as deep as its first (or as its indentation indicator says), deeper than `own`, the
 * column of the node holding it. Where this and YAML could disagree, this ends the scalar sooner: lines it does not
 * skip are counted, so the bound stays an upper one.
 */
function skipBlockScalar(text: string, at: number, own: number): number {
  const n = text.length
  let i = at
  while (i < n && text[i] !== '\n' && text[i] !== '\r') i++
  // The indentation indicator, before or after the chomping one: `|2-` or `|-2`.
  const explicit = Number(/^[|>][+-]?([1-9])?/.exec(text.slice(at, Math.min(i, at + 3)))?.[1] ?? 0)
  let content = explicit > 0 ? own + explicit : undefined
  for (;;) {
    let next = i
    if (text[next] === '\r') next++
    if (text[next] === '\n') next++
    if (next >= n) return n
    let indent = 0
    while (text[next + indent] === ' ') indent++
    let end = next + indent
    while (end < n && text[end] !== '\n' && text[end] !== '\r') end++
    if (end > next + indent) {
      // A line with text: inside only as deep as the scalar's content.
      if (content === undefined) {
        if (indent <= own) return i
        content = indent
      } else if (indent < content) {
        return i
      }
    }
    i = end
  }
}
