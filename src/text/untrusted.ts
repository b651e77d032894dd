// Text from the members file (or from anything a pull request author controls) on its way to a person. It is
// quoted in short, escaped excerpts, so that a message can neither carry a file's content out (a symlinked
// .git/config) nor act on the runner: GitHub's runner reads `::cmd::` at the start of a log line and `##[cmd]`
// anywhere in it (actions/runner, ActionCommand.TryParse and TryParseV2).

/** The longest excerpt of a value that a message quotes, in characters. */
export const EXCERPT_CHARS = 40

// C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional overrides that can make a line
// read differently from what it holds (CVE-2021-42574, "Trojan Source").
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g

/** A value quoted for a message: at most `max` characters, control characters written as escapes. */
export function excerpt(value: string, max = EXCERPT_CHARS): string {
  const chars = [...value]
  const cut = chars.length > max ? chars.slice(0, max).join('') + '…' : value
  return `"${inert(cut.replace(/\\/g, '\\\\').replace(/"/g, '\\"'))}"`
}

/** The same escapes without the quotes and without a length limit: for text the caller has already bounded. */
export function inert(text: string): string {
  return text.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(/##\[/g, '#\\u0023[')
}

/**
 * Lines for the runner's log, from text that may hold file content: each line escaped as the runner escapes
 * command data (so `\r` cannot start a new line), `##[` broken, and a leading `::` (after any spaces) encoded.
 */
export function logLines(text: string): string[] {
  return text.split('\n').map((line) =>
    line
      .replace(/%/g, '%25')
      .replace(/\r/g, '%0D')
      .replace(/##\[/g, '#%23[')
      .replace(/^(\s*):/, '$1%3A')
  )
}

/**
 * A line for a terminal (the command-line tool's output): control characters, which can move the cursor, recolour or
 * rewrite what was printed, written as escapes; tabs and line breaks kept.
 */
export function terminalSafe(text: string): string {
  return text
    .replace(/\r(?!\n)/g, '\\r')
    .replace(
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
    )
}
