// Writes dist/licenses.txt: the license of every package whose code is in dist/, from the module lists ncc writes
// with --stats-out (one per build: the action and the command-line tool). Beside it, dist/bundled-packages.txt lists
// those packages' folders, one a line: what __tests__/licenses.test.ts checks the licenses against without building
// the bundle again, and what CI's dist/ check keeps true to the sources like the rest of dist/.
//
// Not ncc's own --license: its plugin (license-webpack-plugin) writes one list per chunk, all to the same file, so
// the last chunks' list won and packages only in the entry chunk were left out (yaml, p-retry); and it does not look
// inside a concatenated ES module, where p-retry and is-network-error are (xz64/license-webpack-plugin#116). Here
// every module counts, nested ones included, and the file keeps the plugin's format: packages sorted by name, each
// its name, its license identifier and its license text, a blank line between.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'

interface StatsModule {
  name?: string
  /** The chunks that hold it; none for a module concatenated into another (listed there too) or left out. */
  chunks?: unknown[]
  modules?: StatsModule[]
}

export interface BundledPackage {
  name: string
  directory: string
  licenseId: string | undefined
  licenseText: string | undefined
}

/** Every package some module of these stats comes from, by the name its package.json gives. */
export function bundledPackages(statsFiles: readonly string[], root: string): BundledPackage[] {
  return packagesIn(bundledDirectories(statsFiles, root), root)
}

/**
 * The folders (relative to `root`, with forward slashes) of the packages some module of these stats comes from, in
 * the order the stats first name them.
 */
export function bundledDirectories(statsFiles: readonly string[], root: string): string[] {
  const directories = new Set<string>()
  for (const file of statsFiles) {
    const stats = JSON.parse(readFileSync(file, 'utf8')) as { modules?: StatsModule[] }
    // Only modules in a chunk are in dist/: webpack lists the ones it dropped as unused too (@actions/exec, which
    // only @actions/core's unused `platform` export imports).
    for (const m of (stats.modules ?? []).filter((m) => (m.chunks ?? []).length > 0)) {
      // A concatenated module is named after its first one ("./node_modules/p-retry/index.js + 1 modules"), and
      // lists them all.
      for (const { name } of [m, ...(m.modules ?? [])]) {
        const path = name?.replace(/ \+ \d+ modules?$/, '')
        if (!path?.startsWith('./') || !path.split('/').includes('node_modules')) continue
        const directory = packageDirectory(resolve(root, path), root)
        if (directory) directories.add(relative(root, directory).split(sep).join('/'))
      }
    }
  }
  return [...directories]
}

/** The package in each folder (relative to `root`), by the name its package.json gives: the first folder of a name wins. */
export function packagesIn(relativeDirectories: readonly string[], root: string): BundledPackage[] {
  const byName = new Map<string, BundledPackage>()
  for (const directory of relativeDirectories.map((d) => resolve(root, d))) {
    const json = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as { name: string; license?: unknown; licenses?: unknown }
    if (byName.has(json.name)) continue
    const licenseId = licenseIdOf(json)
    byName.set(json.name, { name: json.name, directory, licenseId, licenseText: licenseTextOf(directory, licenseId) })
  }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : 1))
}

/** The file's text: the format ncc's plugin wrote, so that a diff of it shows only what changed. */
export function renderLicenses(packages: readonly BundledPackage[]): string {
  return (
    packages
      .map((p) => p.name + (p.licenseId ? '\n' + p.licenseId : '') + (p.licenseText ? '\n' + p.licenseText : '') + '\n\n')
      .join('')
      .trim() + '\n'
  )
}

/**
 * The nearest folder above the module with a package.json that names a package. Folders of a package can hold a
 * package.json of their own with no name (yaml's browser/ only says its files are ES modules).
 */
function packageDirectory(modulePath: string, root: string): string | undefined {
  let directory = dirname(modulePath)
  while (directory.startsWith(root + sep)) {
    const file = join(directory, 'package.json')
    if (existsSync(file) && typeof (JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown }).name === 'string') return directory
    directory = dirname(directory)
  }
  return undefined
}

function licenseIdOf(json: { license?: unknown; licenses?: unknown }): string | undefined {
  const license = json.license ?? (Array.isArray(json.licenses) ? json.licenses[0] : undefined)
  if (typeof license === 'string') return license
  const type = (license as { type?: unknown } | undefined)?.type
  return typeof type === 'string' ? type : undefined
}

/**
 * As the plugin reads it: the file a SEE LICENSE IN names, or the first file of the package named licen[cs]e*. Some
 * packages carry their license only in the README (agent-base, https-proxy-agent): then its License section, which
 * the plugin left out.
 */
function licenseTextOf(directory: string, licenseId: string | undefined): string | undefined {
  const files = readdirSync(directory).filter((f) => !statSync(join(directory, f)).isDirectory())
  const named = licenseId?.startsWith('SEE LICENSE IN ') ? licenseId.split(' ')[3] : undefined
  const file = named ?? files.find((f) => /^licen[cs]e/i.test(f))
  if (file && existsSync(join(directory, file))) return readText(join(directory, file))
  const readme = files.find((f) => /^readme/i.test(f))
  return readme ? licenseSection(readText(join(directory, readme))) : undefined
}

/** The text under a "License" heading (`## License`, or `License` underlined), up to the next heading or link list. */
function licenseSection(markdown: string): string | undefined {
  const lines = markdown.split('\n')
  const heading = lines.findIndex((line, i) => /^(#+\s*)?licen[cs]e\s*$/i.test(line) && (line.startsWith('#') || /^[-=]{3,}\s*$/.test(lines[i + 1] ?? '')))
  if (heading < 0) return undefined
  const body = lines.slice(lines[heading]!.startsWith('#') ? heading + 1 : heading + 2)
  const end = body.findIndex((line, i) => line.startsWith('#') || /^\[[^\]]+\]:/.test(line) || /^[-=]{3,}\s*$/.test(body[i + 1] ?? ''))
  const text = (end < 0 ? body : body.slice(0, end)).join('\n').trim()
  return text || undefined
}

function readText(path: string): string {
  return readFileSync(path, 'utf8').replace(/\r\n/g, '\n')
}

/** dist/bundled-packages.txt: the folders, one a line. */
export const BUNDLED_PACKAGES_FILE = 'bundled-packages.txt'

export function readBundledDirectories(text: string): string[] {
  return text.split('\n').filter((line) => line !== '')
}

// `node .build/scripts/licenses.js <stats.json>...` (npm run bundle): writes dist/licenses.txt and
// dist/bundled-packages.txt.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = process.cwd()
  const directories = bundledDirectories(process.argv.slice(2), root)
  const packages = packagesIn(directories, root)
  const missing = packages.filter((p) => !p.licenseText).map((p) => p.name)
  if (missing.length > 0) {
    console.error(`No license text found for ${missing.join(', ')}: add it before bundling.`)
    process.exit(1)
  }
  writeFileSync(join(root, 'dist', 'licenses.txt'), renderLicenses(packages))
  writeFileSync(join(root, 'dist', BUNDLED_PACKAGES_FILE), directories.join('\n') + '\n')
}
