// A finding about a file, with the place a person has to look at. Everything that reports to a user (annotations,
// summary, pull request comment, command-line output) renders these.
export type Severity = 'error' | 'warning' | 'notice'

export interface Position {
  line: number
  col: number
}

export interface Diagnostic extends Position {
  severity: Severity
  /** Short heading: annotation title, summary column. */
  title: string
  message: string
  file: string
  endLine?: number
  endCol?: number
  /** About the file as a whole (a removed entry has no line in it): annotated on the file, not on `line`. */
  fileLevel?: true
}

export function error(file: string, at: Position, title: string, message: string): Diagnostic {
  return { severity: 'error', title, message, file, line: at.line, col: at.col }
}

export function warning(file: string, at: Position, title: string, message: string): Diagnostic {
  return { ...error(file, at, title, message), severity: 'warning' }
}

export function notice(file: string, at: Position, title: string, message: string): Diagnostic {
  return { ...error(file, at, title, message), severity: 'notice' }
}

export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.col - b.col
}
