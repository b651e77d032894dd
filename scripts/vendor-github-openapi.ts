// Writes __tests__/fixtures/github-openapi.json: the part of GitHub's OpenAPI description (api.github.com) that
// covers the REST operations the action calls, and those the next features will call, with every component they
// reference. __tests__/support/github-spec.ts checks the fake GitHub's requests and answers against it.
//
// Run by hand, when GitHub's description should be brought up to date or an operation is added to OPERATIONS:
//
//   node node_modules/typescript/bin/tsc -p tsconfig.scripts.json && node .build/scripts/vendor-github-openapi.js [version]
//
// `version` is a version of the npm package @octokit/openapi (default: the newest). That package is GitHub's own
// description (github/rest-api-description) republished with Octokit's `x-octokit` extension; it is about 29 MB
// packed, so it is not a dependency: `npm pack` fetches it into a temporary folder, `tar` takes the one file out,
// and the folder is removed. The fixture records the version in `source`.
//
// What is kept: each operation's parameters, request body and responses, and the components they reference,
// transitively. What is left out, because no check reads it and it is most of the size: prose (`description`),
// `example`/`examples` and the `x-` annotations (`x-github`, `x-octokit`, ...), except `x-multi-segment`, which
// says that a path parameter spans segments: its slashes are sent as `/` (a file's path in GET contents). An
// operation missing from the description (POST /graphql: GitHub describes its GraphQL API elsewhere) is listed
// under `missing`.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** [method, path] as the description spells them. */
export const OPERATIONS: ReadonlyArray<readonly [string, string]> = [
  // src/github/rest.ts today.
  ['get', '/user'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['patch', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['get', '/repos/{owner}/{repo}/issues'],
  ['post', '/repos/{owner}/{repo}/issues'],
  ['patch', '/repos/{owner}/{repo}/issues/{issue_number}'],
  ['get', '/repos/{owner}/{repo}/commits/{ref}'],
  // A file, and a directory's listing (the same operation).
  ['get', '/repos/{owner}/{repo}/contents/{path}'],
  // Approvals (CONTRACT.md): who approved which head, and which pull request a merge came from.
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/commits'],
  ['put', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals'],
  ['get', '/repos/{owner}/{repo}/commits/{commit_sha}/pulls'],
  ['get', '/repos/{owner}/{repo}/branches/{branch}'],
  ['get', '/repos/{owner}/{repo}/git/ref/{ref}'],
  // Who pushed a pull request's last commit (GitHub's own record of pushes), and whether a reviewer may write.
  ['get', '/repos/{owner}/{repo}/activity'],
  ['get', '/repos/{owner}/{repo}/collaborators/{username}/permission'],
  // The token's identity for an installation token (src/github/rest.ts, viewer).
  ['post', '/graphql']
]

/** Keywords that only document: no check reads them. */
const PROSE = new Set(['description', 'example', 'examples'])
/** The one extension a check reads. */
const KEPT_EXTENSIONS = new Set(['x-multi-segment'])
const leftOut = (key: string): boolean => PROSE.has(key) || (key.startsWith('x-') && !KEPT_EXTENSIONS.has(key))

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Spec = { openapi: string; info: { version: string }; paths: Record<string, Record<string, Json>>; components: Record<string, Record<string, Json>> }

function strip(value: Json, inSchemaProperties = false): Json {
  if (Array.isArray(value)) return value.map((v) => strip(v))
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, Json> = {}
  for (const [key, v] of Object.entries(value)) {
    // A property named `description` (an issue's, a review's) is data, not prose: kept under `properties`.
    if (!inSchemaProperties && leftOut(key)) continue
    out[key] = strip(v, key === 'properties' && !inSchemaProperties)
  }
  return out
}

/** Every `#/components/<kind>/<name>` that `value` references. */
function refs(value: Json, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) for (const v of value) refs(v, found)
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string') found.add(v)
      else refs(v, found)
    }
  }
  return found
}

export function extract(
  spec: Spec,
  operations: ReadonlyArray<readonly [string, string]>
): { paths: Record<string, Record<string, Json>>; components: Record<string, Record<string, Json>>; missing: string[] } {
  const paths: Record<string, Record<string, Json>> = {}
  const missing: string[] = []
  for (const [method, path] of operations) {
    const operation = spec.paths[path]?.[method]
    if (operation === undefined) {
      missing.push(`${method.toUpperCase()} ${path}`)
      continue
    }
    const { operationId, externalDocs, parameters, requestBody, responses } = operation as Record<string, Json>
    const kept: Record<string, Json> = { operationId: operationId ?? null }
    if (externalDocs && typeof externalDocs === 'object' && !Array.isArray(externalDocs) && externalDocs.url) kept.externalDocs = { url: externalDocs.url }
    if (parameters) kept.parameters = strip(parameters)
    if (requestBody) kept.requestBody = strip(requestBody)
    kept.responses = strip(responses ?? {})
    paths[path] = { ...paths[path], [method]: kept }
  }
  const components: Record<string, Record<string, Json>> = {}
  const queue = [...refs(paths as Json)]
  const seen = new Set<string>()
  while (queue.length > 0) {
    const ref = queue.pop()!
    if (seen.has(ref)) continue
    seen.add(ref)
    const m = /^#\/components\/([^/]+)\/([^/]+)$/.exec(ref)
    if (!m) throw new Error(`A reference outside #/components: ${ref}`)
    const [, kind, name] = m as unknown as [string, string, string]
    const target = spec.components[kind]?.[name]
    if (target === undefined) throw new Error(`${ref} is referenced but not in the description`)
    const value = strip(target)
    ;(components[kind] ??= {})[name] = value
    queue.push(...refs(value))
  }
  // Sorted, so that a new version's diff shows what GitHub changed, not the order it was found in.
  for (const kind of Object.keys(components)) components[kind] = Object.fromEntries(Object.entries(components[kind]!).sort(([a], [b]) => a.localeCompare(b)))
  return { paths, components: Object.fromEntries(Object.entries(components).sort(([a], [b]) => a.localeCompare(b))), missing }
}

function main(): void {
  const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..')
  const wanted = process.argv[2] ?? 'latest'
  const dir = mkdtempSync(join(tmpdir(), 'github-openapi-'))
  try {
    const packed = JSON.parse(
      execFileSync('npm', ['pack', `@octokit/openapi@${wanted}`, '--json', '--pack-destination', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
    ) as Array<{
      filename: string
      version: string
      integrity: string
    }>
    const { filename, version, integrity } = packed[0]!
    const file = 'package/generated/api.github.com.json'
    execFileSync('tar', ['-xzf', join(dir, filename), '-C', dir, file], { stdio: 'inherit' })
    const spec = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Spec
    const { paths, components, missing } = extract(spec, OPERATIONS)
    const fixture = {
      source: {
        package: `@octokit/openapi@${version}`,
        integrity,
        file: 'generated/api.github.com.json',
        openapi: spec.openapi,
        descriptionVersion: spec.info.version,
        writtenBy: 'scripts/vendor-github-openapi.ts',
        leftOut: [...PROSE, 'x-* but x-multi-segment']
      },
      missing,
      paths,
      components
    }
    const out = join(root, '__tests__', 'fixtures', 'github-openapi.json')
    writeFileSync(out, JSON.stringify(fixture, null, 2) + '\n')
    const operations = Object.values(paths).reduce((n, p) => n + Object.keys(p).length, 0)
    const count = Object.values(components).reduce((n, c) => n + Object.keys(c).length, 0)
    console.log(
      `${out}: ${operations} operations and ${count} components from @octokit/openapi@${version}${missing.length ? `; not in the description: ${missing.join(', ')}` : ''}.`
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
