// The runner's protocol (inputs, logs, annotations, masks, outputs, the job summary), spoken through @actions/core.
// Not by hand: GitHub's tools for actions work by standing in for @actions/core (@github/local-action replaces it
// to show outputs and annotations on a laptop), and protocol changes reach this project with a version bump of it.
// Its entry would load its OIDC client (@actions/http-client, undici) on every run; patches/@actions+core+3.0.1.patch
// (applied by npm install) moves that import into getIDToken, so only OIDC runs load it (README, Performance).
//
// The one thing added here is for text the action does not control (names and notes from members.yaml): a log
// line of it must never become a runner command. @actions/core escapes what it sends as a command, but prints
// info() as it is, and the runner takes a line that starts with `::` or holds `##[` anywhere as a command.
// __tests__/workflow-commands.test.ts reads stdout as the runner does.
//
// Callers keep one small API of their own: this module's names are what the rest of the code uses.
import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'

export type AnnotationProperties = core.AnnotationProperties

export function getInput(name: string): string {
  // Said outright: @github/local-action's stand-in trims only when asked to.
  return core.getInput(name, { trimWhitespace: true })
}

/** Registers a value the runner must hide in every later log line. */
export function setSecret(secret: string): void {
  core.setSecret(secret)
}

export function info(message: string): void {
  if (!couldBeCommand(message)) return core.info(message)
  // The protocol's own way to print text that may look like commands: the runner ignores every command until it
  // sees the token again, and the token is one the text does not hold.
  // The runner compares the token without regard to case.
  let token = randomUUID().replace(/-/g, '')
  while (message.toLowerCase().includes(token)) token = randomUUID().replace(/-/g, '')
  core.info(`::stop-commands::${token}`)
  core.info(message)
  core.info(`::${token}::`)
}

export function debug(message: string): void {
  core.debug(message)
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  core.error(message, properties)
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  core.warning(message, properties)
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  core.notice(message, properties)
}

/** Marks the step failed (exit code 1) with one error line. */
export function setFailed(message: string): void {
  core.setFailed(message)
}

export function setOutput(name: string, value: string | number): void {
  core.setOutput(name, value)
}

/** An OIDC ID token for this job, from GitHub's token endpoint (the job needs `id-token: write`). */
export function getIDToken(audience: string): Promise<string> {
  return core.getIDToken(audience)
}

let summaryWrites: Promise<void> = Promise.resolve()

/**
 * Appends Markdown to the job summary; false when the runner gave no summary file (a local run), where
 * core.summary would only throw. The write itself is queued, in call order, so that callers stay synchronous (the
 * failure handler in index.ts runs from process events); a write that fails is a warning, not the run's outcome.
 */
export function appendSummary(markdown: string): boolean {
  if (!process.env.GITHUB_STEP_SUMMARY) return false
  summaryWrites = summaryWrites.then(async () => {
    try {
      await core.summary.addRaw(markdown).write()
    } catch (e) {
      core.summary.emptyBuffer()
      core.warning(`The job summary could not be written: ${(e as Error).message}`)
    }
  })
  return true
}

/** Settles once every summary queued so far is written (or has failed, with its warning). */
export function summaryWritten(): Promise<void> {
  return summaryWrites
}

/**
 * Whether the runner could read a command in the text: a line that starts with `::` once its leading white space
 * is trimmed (the runner's trim also drops U+0085, which `\s` does not match), or the legacy `##[` anywhere.
 */
function couldBeCommand(text: string): boolean {
  return text.includes('##[') || /(?:^|[\r\n])[\s\u0085]*::/.test(text)
}
