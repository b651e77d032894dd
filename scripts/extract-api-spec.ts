// Writes __tests__/fixtures/api/*.json: the part of Tencent Cloud's machine-readable API specification (the api.json
// files of TencentCloud/tencentcloud-cli, one per service and version) that the emulator serves, checked by
// __tests__/support/api-spec.ts. The Organization file is 460 KB for 134 actions; the extract keeps the actions below
// and every object type they reference, each exactly as api.json has it, and says where it came from.
//
//   node node_modules/typescript/bin/tsc -p tsconfig.scripts.json && node .build/scripts/extract-api-spec.js <commit> [<tencentcloud-cli checkout>]
//
// With a checkout (any clone holding the commit) the files are read with `git show <commit>:<path>`; without, from
// raw.githubusercontent.com. To follow a new release: run it with the release's commit, then `npm test`.
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

export const REPOSITORY = 'TencentCloud/tencentcloud-cli'

/** The services and the actions of each that the emulator answers, or that the product may call. */
export const SERVICES = [
  {
    file: 'organization-v20210331.json',
    path: 'tccli/services/organization/v20210331/api.json',
    actions: [
      'AddOrganizationNode',
      'DeleteOrganizationMembers',
      'DeleteOrganizationNodes',
      'DescribeOrganization',
      'DescribeOrganizationMembers',
      'DescribeOrganizationNodes',
      'InviteOrganizationMember',
      'MoveOrganizationNodeMembers',
      'UpdateOrganizationMember',
      'UpdateOrganizationNode'
    ]
  },
  {
    file: 'tag-v20180813.json',
    path: 'tccli/services/tag/v20180813/api.json',
    // The emulator's two; GetResources and GetTags were the other candidates for reading a member's tags.
    actions: ['DescribeResourceTagsByResourceIds', 'GetResources', 'GetTags', 'ModifyResourceTags']
  }
] as const

interface SpecMember {
  name: string
  member: string
}
interface ApiJson {
  actions: Record<string, { input: string; output: string }>
  objects: Record<string, { members?: SpecMember[] }>
  metadata: unknown
  version: unknown
}

/** The actions named and every object they reach, in api.json's own order. */
export function extract(api: ApiJson, actions: readonly string[]): Pick<ApiJson, 'actions' | 'objects'> {
  const wanted = new Set<string>()
  const visit = (name: string): void => {
    const object = api.objects[name]
    if (!object) throw new Error(`api.json has no object ${name}`)
    if (wanted.has(name)) return
    wanted.add(name)
    for (const m of object.members ?? []) if (api.objects[m.member]) visit(m.member)
  }
  for (const action of actions) {
    const a = api.actions[action]
    if (!a) throw new Error(`api.json has no action ${action}`)
    visit(a.input)
    visit(a.output)
  }
  const keep = <T>(all: Record<string, T>, names: Set<string>) => Object.fromEntries(Object.entries(all).filter(([k]) => names.has(k)))
  return { actions: keep(api.actions, new Set(actions)), objects: keep(api.objects, wanted) }
}

async function read(commit: string, path: string, checkout: string | undefined): Promise<string> {
  if (checkout) return execFileSync('git', ['-C', checkout, 'show', `${commit}:${path}`], { encoding: 'utf8', maxBuffer: 64 << 20 })
  const response = await fetch(`https://raw.githubusercontent.com/${REPOSITORY}/${commit}/${path}`)
  if (!response.ok) throw new Error(`${path} at ${commit}: HTTP ${response.status}`)
  return response.text()
}

async function main(): Promise<void> {
  const [commit, checkout] = process.argv.slice(2)
  if (!commit || !/^[0-9a-f]{40}$/.test(commit)) throw new Error('usage: extract-api-spec.js <40-hex commit of TencentCloud/tencentcloud-cli> [<checkout>]')
  const out = join(process.cwd(), '__tests__', 'fixtures', 'api')
  mkdirSync(out, { recursive: true })
  for (const service of SERVICES) {
    const api = JSON.parse(await read(commit, service.path, checkout)) as ApiJson
    const fixture = {
      source: `${service.path} of ${REPOSITORY} at ${commit}: the actions listed and every object type they reference, unchanged. Re-extract with scripts/extract-api-spec.ts.`,
      repository: REPOSITORY,
      commit,
      path: service.path,
      metadata: api.metadata,
      version: api.version,
      ...extract(api, service.actions)
    }
    writeFileSync(join(out, service.file), `${JSON.stringify(fixture, null, 2)}\n`)
    console.log(`${service.file}: ${Object.keys(fixture.actions).length} actions, ${Object.keys(fixture.objects).length} objects`)
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e)
    process.exit(1)
  })
}
