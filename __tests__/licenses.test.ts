// dist/licenses.txt against what the bundle holds: both builds (the action and the command-line tool) are made again
// here with ncc's module lists, and every package any module of them comes from must be in the file with its license
// text. ncc's own --license left out packages only in the entry chunk and those inside concatenated ES modules.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bundledPackages, renderLicenses, type BundledPackage } from '../scripts/licenses.js'
import { ROOT } from './support/action-runner.js'

const NCC = join(ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
let temp: string
let packages: BundledPackage[]

function build(entry: string, name: string): Promise<string> {
  const stats = join(temp, `${name}.json`)
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      [NCC, 'build', entry, '-o', join(temp, name), '--stats-out', stats, '--target', 'es2022', '--quiet'],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => (error ? fail(new Error(`ncc ${entry}: ${stderr || error.message}`)) : done(stats))
    )
  })
}

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), 'licenses-'))
  packages = bundledPackages(await Promise.all([build('src/index.ts', 'index'), build('src/cli.ts', 'cli')]), ROOT)
}, 300_000)
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
