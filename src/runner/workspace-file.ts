// Reads the members file from the checked-out tree, which a pull request author may control. A symbolic link
// there could point at .git/config (where actions/checkout keeps the token), ~/.git-credentials or /dev/zero;
// so the file must be a regular file reached through real directories only, and is read up to a byte limit.
import { constants, type Stats } from 'node:fs'
import { lstat, mkdir, open } from 'node:fs/promises'
import { dirname, join, sep } from 'node:path'

export class WorkspaceFileError extends Error {
  constructor(
    message: string,
    /** Nothing is at the path: the caller knows best what to suggest. */
    readonly missing = false
  ) {
    super(message)
  }
}

/**
 * Walks `path` below `workspace` one component at a time without following any of them: a link in a folder name is
 * as dangerous as in the file name. Returns the full path and what is there (undefined when the last component does
 * not exist and `mayBeMissing`); throws a plain error for a link, for `.git/`, or for a folder that is not one.
 */
async function walk(workspace: string, path: string, mayBeMissing: boolean): Promise<{ at: string; stats: Stats | undefined }> {
  const parts = path.split(/[\\/]/).filter((p) => p !== '' && p !== '.')
  if (parts.length === 0) throw new WorkspaceFileError(`${path} is not a file.`)
  if (parts.some((p) => p.toLowerCase() === '.git')) {
    throw new WorkspaceFileError(`${path} is inside .git/, which holds git's own data (and the checkout's credentials), not a members file.`)
  }
  let at = workspace
  let stats: Stats | undefined
  for (const [i, part] of parts.entries()) {
    at = join(at, part)
    const shown = parts.slice(0, i + 1).join(sep)
    const last = i === parts.length - 1
    stats = await lstat(at).catch(() => undefined)
    if (!stats) {
      if (mayBeMissing) return { at: join(at, ...parts.slice(i + 1)), stats: undefined }
      throw new WorkspaceFileError(`${path} was not found.`, true)
    }
    if (stats.isSymbolicLink()) {
      throw new WorkspaceFileError(
        `${shown} is a symbolic link; the members file must be a regular file in the repository, reached without links. Nothing was read or written through it.`
      )
    }
    if (!last && !stats.isDirectory()) throw new WorkspaceFileError(`${shown} is not a folder, so ${path} cannot be reached.`)
    if (last && !stats.isFile()) throw new WorkspaceFileError(`${path} is not a regular file (a folder, device or pipe?); the members file must be a regular file.`)
  }
  return { at, stats }
}

/**
 * The bytes of `path` (relative to `workspace`, already checked to stay inside it), at most `maxBytes + 1` of
 * them: one byte over the limit is enough for the caller to refuse the file as too large.
 */
export async function readWorkspaceFile(workspace: string, path: string, maxBytes: number): Promise<Buffer> {
  const { at, stats } = await walk(workspace, path, false)
  // O_NOFOLLOW and the identity check close the gap between the look above and the open below; O_NONBLOCK keeps a
  // pipe swapped in meanwhile from blocking the open.
  const handle = await open(at, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK).catch(() => {
    throw new WorkspaceFileError(`${path} could not be opened as a regular file.`)
  })
  try {
    const opened = await handle.stat()
    if (!opened.isFile() || opened.ino !== stats!.ino || opened.dev !== stats!.dev) {
      throw new WorkspaceFileError(`${path} changed while it was being opened; run again.`)
    }
    // The size is known before reading, but a file can grow while it is read: the loop stops one byte past the limit.
    const buffer = Buffer.alloc(Math.min(opened.size, maxBytes) + 1)
    let length = 0
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length)
      if (bytesRead === 0) break
      length += bytesRead
    }
    return buffer.subarray(0, length)
  } finally {
    await handle.close()
  }
}

/**
 * Writes `text` to `path` below `workspace` (mode import) by the same rules as reading: no link on the way or at the
 * file, nothing under `.git/`; missing folders are made. A link planted by a pull request could otherwise send the
 * write anywhere the job may write (.git/config, a file outside the workspace).
 */
export async function writeWorkspaceFile(workspace: string, path: string, text: string): Promise<void> {
  const { at } = await walk(workspace, path, true)
  await mkdir(dirname(at), { recursive: true })
  // O_NOFOLLOW: a link put at the file itself after the walk fails the open instead of being written through.
  const handle = await open(at, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o644)
  try {
    await handle.writeFile(text, 'utf8')
  } finally {
    await handle.close()
  }
}
