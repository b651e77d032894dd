// Reads the members file from the checked-out tree, which a pull request author may control. A symbolic link
// there could point at .git/config (where actions/checkout keeps the token), ~/.git-credentials or /dev/zero;
// so the file must be a regular file reached through real directories only, and is read up to a byte limit.
import { constants, type Stats } from 'node:fs'
import { lstat, open } from 'node:fs/promises'
import { join, sep } from 'node:path'

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
 * The bytes of `path` (relative to `workspace`, already checked to stay inside it), at most `maxBytes + 1` of
 * them: one byte over the limit is enough for the caller to refuse the file as too large.
 */
export async function readWorkspaceFile(workspace: string, path: string, maxBytes: number): Promise<Buffer> {
  const parts = path.split(/[\\/]/).filter((p) => p !== '' && p !== '.')
  if (parts.length === 0) throw new WorkspaceFileError(`${path} is not a file.`)
  if (parts.some((p) => p.toLowerCase() === '.git')) {
    throw new WorkspaceFileError(`${path} is inside .git/, which holds git's own data (and the checkout's credentials), not a members file.`)
  }
  // Every component is looked at without following it: a link in a folder name is as dangerous as in the file name.
  let at = workspace
  let stats: Stats | undefined
  for (const [i, part] of parts.entries()) {
    at = join(at, part)
    const shown = parts.slice(0, i + 1).join(sep)
    try {
      stats = await lstat(at)
    } catch {
      throw new WorkspaceFileError(`${path} was not found.`, true)
    }
    if (stats.isSymbolicLink()) {
      throw new WorkspaceFileError(`${shown} is a symbolic link; the members file must be a regular file in the repository, reached without links. Nothing was read through it.`)
    }
    const last = i === parts.length - 1
    if (!last && !stats.isDirectory()) throw new WorkspaceFileError(`${shown} is not a folder, so ${path} cannot be read.`)
    if (last && !stats.isFile()) throw new WorkspaceFileError(`${path} is not a regular file (a folder, device or pipe?); the members file must be a regular file.`)
  }

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
