// Diagnostics -> workflow-command annotations (::error file=...,line=...,col=...,title=...::message).
import * as core from '@actions/core'
import type { Diagnostic } from '../diagnostics.js'

export function annotate(diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    const props: core.AnnotationProperties = { title: d.title, file: d.file, startLine: d.line, startColumn: d.col }
    // GitHub accepts an end column only on a one-line range.
    if (d.endLine !== undefined && d.endLine === d.line && d.endCol !== undefined) props.endColumn = d.endCol
    else if (d.endLine !== undefined && d.endLine !== d.line) props.endLine = d.endLine
    const emit = d.severity === 'error' ? core.error : d.severity === 'warning' ? core.warning : core.notice
    emit(d.message, props)
  }
}
