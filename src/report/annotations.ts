// Diagnostics -> workflow-command annotations (::error file=...,line=...,col=...,title=...::message).
import * as core from '../runner/protocol.js'
import type { Diagnostic } from '../model/diagnostics.js'

/** GitHub shows ten annotations of each level per step; the rest are listed in the summary and comment. */
export const SHOWN_PER_LEVEL = 10

export function annotate(diagnostics: readonly Diagnostic[]): void {
  const count: Record<string, number> = {}
  for (const d of diagnostics) {
    count[d.severity] = (count[d.severity] ?? 0) + 1
    if (count[d.severity]! > SHOWN_PER_LEVEL) continue
    const props: core.AnnotationProperties = d.fileLevel ? { title: d.title, file: d.file } : { title: d.title, file: d.file, startLine: d.line, startColumn: d.col }
    // GitHub accepts an end column only on a one-line range.
    if (!d.fileLevel && d.endLine !== undefined && d.endLine === d.line && d.endCol !== undefined) props.endColumn = d.endCol
    else if (!d.fileLevel && d.endLine !== undefined && d.endLine !== d.line) props.endLine = d.endLine
    const emit = d.severity === 'error' ? core.error : d.severity === 'warning' ? core.warning : core.notice
    emit(d.message, props)
  }
}

/** One line for what the annotations could not show. */
export function overflowNote(diagnostics: readonly Diagnostic[]): string | undefined {
  const errors = diagnostics.filter((d) => d.severity === 'error').length
  return errors > SHOWN_PER_LEVEL ? `${errors} errors in all; GitHub shows the first ${SHOWN_PER_LEVEL} as annotations, the job summary lists every one.` : undefined
}
