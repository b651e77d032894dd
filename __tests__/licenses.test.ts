// dist/licenses.txt against what the bundle holds: every package any module of either build (the action and the
// command-line tool) comes from must be in the file with its license text. ncc's own --license left out packages only
// in the entry chunk and those inside concatenated ES modules.
//
// Which packages those are, npm run bundle reads from ncc's module lists (--stats-out) and writes to
// dist/bundled-packages.txt beside the licenses. This test reads that list instead of building both bundles again
// (a minute and a half of both cores, the slowest part of npm test): CI's dist/ check (.ci/run) bundles again and
// fails when anything under dist/ differs from what the sources build, the list included. How the list is read out
// of ncc's stats is checked below on stats made for the purpose.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BUNDLED_PACKAGES_FILE, bundledDirectories, packagesIn, readBundledDirectories, renderLicenses, type BundledPackage } from '../scripts/licenses.js'
import { ROOT } from './support/action-runner.js'

let temp: string
let packages: BundledPackage[]

beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'licenses-'))
  packages = packagesIn(readBundledDirectories(readFileSync(join(ROOT, 'dist', BUNDLED_PACKAGES_FILE), 'utf8')), ROOT)
})
afterAll(() => rmSync(temp, { recursive: true, force: true }))

describe('dist/licenses.txt', () => {
  test('names every package whose code is in dist/, with its license and its text', () => {
    const text = readFileSync(join(ROOT, 'dist', 'licenses.txt'), 'utf8')
    // Each entry: its name and license identifier, at the start of the file or after a blank line.
    const listed = (p: BundledPackage) => text.startsWith(`${p.name}\n${p.licenseId}\n`) || text.includes(`\n\n${p.name}\n${p.licenseId}\n`)
    expect(packages.filter((p) => !listed(p)).map((p) => p.name)).toEqual([])
    expect(packages.filter((p) => !p.licenseId || !p.licenseText).map((p) => p.name)).toEqual([])
    // The ones ncc's --license missed: yaml and p-retry in the entry chunk, is-network-error inside p-retry's module.
    expect(packages.map((p) => p.name)).toEqual(expect.arrayContaining(['yaml', 'p-retry', 'is-network-error', '@actions/core', 'tencentcloud-sdk-nodejs']))
  })

  test('is what npm run bundle writes from those builds, nothing more', () => {
    expect(readFileSync(join(ROOT, 'dist', 'licenses.txt'), 'utf8')).toBe(renderLicenses(packages))
  })
})

describe("the bundled packages, from ncc's module lists", () => {
  test('every module in a chunk counts, nested ones in a concatenated module too; dropped ones and sources do not', () => {
    const stats = join(temp, 'stats.json')
    writeFileSync(
      stats,
      JSON.stringify({
        modules: [
          { name: './src/cli.ts', chunks: [179] },
          // yaml's browser/ holds a package.json with no name: the package is the folder above.
          { name: './node_modules/yaml/browser/dist/index.js', chunks: [179] },
          {
            name: './node_modules/p-retry/index.js + 1 modules',
            chunks: [179],
            modules: [{ name: './node_modules/p-retry/index.js' }, { name: './node_modules/is-network-error/index.js' }]
          },
          // Listed, and left out of every chunk as unused: not in dist/.
          { name: './node_modules/@actions/exec/lib/exec.js', chunks: [] },
          { name: 'external "node:fs"', chunks: [179] }
        ]
      })
    )
    expect(bundledDirectories([stats], ROOT)).toEqual(['node_modules/yaml', 'node_modules/p-retry', 'node_modules/is-network-error'])
  })

  test('the committed list names folders that exist, each once', () => {
    const directories = readBundledDirectories(readFileSync(join(ROOT, 'dist', BUNDLED_PACKAGES_FILE), 'utf8'))
    expect(directories.length).toBeGreaterThan(5)
    expect(new Set(directories).size).toBe(directories.length)
    expect(directories.filter((d) => !/^node_modules\//.test(d) || !existsSync(join(ROOT, d, 'package.json')))).toEqual([])
  })
})
