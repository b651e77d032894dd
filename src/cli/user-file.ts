// Where the command-line tool writes a file the user named (import --output, review --output-dir).
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path'
import { writeWorkspaceFile } from '../runner/workspace-file.js'

/**
 * Inside the checkout the tool runs in, no part of the path may be a link (a pull request may have planted one), so the
 * workspace's link-free write is used from `cwd`; elsewhere the folders are the user's own and only the file itself
 * is checked.
 */
export async function writeUserFile(cwd: string, path: string, text: string): Promise<void> {
  const full = resolve(cwd, path)
  const inside = relative(cwd, full)
  if (inside && !inside.startsWith('..') && !isAbsolute(inside)) await writeWorkspaceFile(cwd, inside, text)
  else await writeWorkspaceFile(dirname(full), basename(full), text)
}
