// The pure parts of src/github/rest.ts: how a repository path goes into a URL, and when a 404 for the base file
// means "absent". End to end, against the fake GitHub, in base-resolution.test.ts.
import { describe, expect, test } from '@jest/globals'
import { confirmAbsent, encodePath, GitHubError } from '../src/github/rest.js'

const REF = 'ab'.repeat(20)

describe('encodePath', () => {
  test('each segment encoded on its own, the slashes kept', () => {
    expect(encodePath('members.yaml')).toBe('members.yaml')
    expect(encodePath('team a/members (1).yaml')).toBe('team%20a/members%20(1).yaml')
    expect(encodePath('a/b%c/d?e#f.yaml')).toBe('a/b%25c/d%3Fe%23f.yaml')
    expect(encodePath('')).toBe('')
  })
})

describe('confirmAbsent, after a 404 for the file', () => {
  /** A repository as GET contents lists it: folder -> listing (null: 404). */
  function lister(folders: Record<string, ReturnType<typeof entries> | { type: string } | null>) {
    const asked: string[] = []
    const list = async (folder: string) => {
      asked.push(folder)
      return folders[folder] ?? null
    }
    return { asked, list }
  }
  const entries = (...names: Array<[string, string]>) => names.map(([name, type]) => ({ name, type }))

  test('absent when its folder is listed without it', async () => {
    const { asked, list } = lister({ 'team/a': entries(['other.yaml', 'file']) })
    await expect(confirmAbsent('team/a/members.yaml', REF, list)).resolves.toBeNull()
    expect(asked).toEqual(['team/a'])
  })

  test('absent when a folder above is listed without the next folder, or with a file in its place', async () => {
    const up = lister({ team: entries(['b', 'dir']) })
    await expect(confirmAbsent('team/a/members.yaml', REF, up.list)).resolves.toBeNull()
    expect(up.asked).toEqual(['team/a', 'team'])
    const file = lister({ '': entries(['team', 'file']) })
    await expect(confirmAbsent('team/a/members.yaml', REF, file.list)).resolves.toBeNull()
    // A folder path that GitHub answers as a file.
    await expect(confirmAbsent('team/members.yaml', REF, lister({ team: { type: 'file' } }).list)).resolves.toBeNull()
  })

  test.each([
    ['the file is listed', { team: entries(['members.yaml', 'file']) }, 'GitHub answered 404 for the file, yet lists it in the folder team: it is there, and cannot be read.'],
    [
      'a folder on the way is listed but was answered 404',
      { '': entries(['team', 'dir']) },
      'and for the folder team, yet lists team in the root folder, so whether the file exists cannot be told.'
    ],
    ['nothing can be listed', {}, 'and for every folder above it, up to the root, so whether the file exists cannot be told.'],
    ['a folder on the way is a link', { team: { type: 'symlink' } }, 'and team is a symlink there, not a folder, so whether the file exists cannot be told.'],
    [
      'the listing is cut at 1,000 entries',
      { team: Array.from({ length: 1000 }, (_, i) => ({ name: `m${i}.yaml`, type: 'file' })) },
      'GitHub lists only the first 1000 entries of the folder team'
    ]
  ])('an error, never absent, when %s', async (_name, folders, message) => {
    const error = await confirmAbsent('team/members.yaml', REF, lister(folders).list).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GitHubError)
    expect((error as GitHubError).status).toBe(404)
    expect((error as Error).message).toContain(`Reading team/members.yaml at ${REF.slice(0, 12)} through the GitHub API:`)
    expect((error as Error).message).toContain(message)
    expect((error as Error).message).toContain('The run stops rather than count every entry as added')
  })

  test('a file at the root: the root listing decides', async () => {
    await expect(confirmAbsent('members.yaml', REF, lister({ '': entries(['README.md', 'file']) }).list)).resolves.toBeNull()
    await expect(confirmAbsent('members.yaml', REF, lister({}).list)).rejects.toThrow('and for every folder above it, up to the root')
  })
})
