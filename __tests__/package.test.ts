// The command-line tool as an adopter gets it (issue 23): `npm pack` of this repository, installed into a fresh
// project with no network and an empty npm cache, then run through `npx` as the README says: --version, validate,
// plan against the organization (the emulator), and drift. The tarball must need nothing else: no dependencies
// (everything is bundled in dist/cli), and no install script (none runs: the install is offline and the project has
// no patch-package).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from './support/action-runner.js'
import { TencentCloudEmulator } from './support/emulator.js'
import { Repo } from './support/git-repo.js'
import { membersYaml } from './support/members.js'

interface Run {
  code: number
  stdout: string
  stderr: string
}

let temp: string
let tarball: string
let packed: { files: Array<{ path: string }>; name: string; version: string }
let project: Repo
let installed: Run
let emulator: TencentCloudEmulator
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version

/** A child process with a small environment: PATH, HOME, npm's cache in the temp folder, and what is given. */
function run(file: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    execFile(
      file,
      args,
      {
        cwd,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? temp, npm_config_cache: join(temp, 'npm-cache'), npm_config_update_notifier: 'false', ...env },
        maxBuffer: 16 * 1024 * 1024
      },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
    )
  })
}

/** The installed tool, as an adopter runs it; --no-install: npx must find it in the project, never fetch it. */
function npx(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return run('npx', ['--no-install', 'tencent-org-members', ...args], project.work, env)
}

const secrets = () => ({ TENCENTCLOUD_SECRET_ID: emulator.secretId, TENCENTCLOUD_SECRET_KEY: emulator.secretKey })

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), 'package-'))
  // --ignore-scripts: `prepare` (the contributors' patch-package) would only re-apply the patches to this checkout's
  // node_modules; it changes nothing in the tarball.
  const pack = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', temp], ROOT)
  if (pack.code !== 0) throw new Error(`npm pack failed: ${pack.stderr}`)
  packed = (JSON.parse(pack.stdout) as Array<typeof packed & { filename: string }>)[0]!
  tarball = join(temp, (packed as unknown as { filename: string }).filename)

  project = new Repo()
  project.commit({ 'package.json': JSON.stringify({ name: 'our-organization', private: true }, null, 2) + '\n', 'members.yaml': membersYaml(2) }, 'Two members')
  installed = await run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--save-dev', tarball], project.work)

  emulator = await TencentCloudEmulator.start({ defaultIsAllowQuit: 'Allow' })
  // member-0 renamed in the console: drift, and a write that reconcile would send.
  emulator.addMember({ MemberUin: 200000000001, Name: 'member-0 (renamed)', NodeId: 1001 })
  emulator.addMember({ MemberUin: 200000000002, Name: 'member-1', NodeId: 1002 })
}, 120_000)
afterAll(async () => {
  await emulator?.close()
  project?.cleanup()
  rmSync(temp, { recursive: true, force: true })
})

describe('the packed tarball', () => {
  test('holds the bundled tool, its licenses and the schema; no sources, no tests', () => {
    const files = packed.files.map((f) => f.path).sort()
    expect(files).toEqual(
      expect.arrayContaining(['dist/cli/index.js', 'dist/cli/package.json', 'dist/licenses.txt', 'schema/members.schema.json', 'package.json', 'README.md', 'LICENSE'])
    )
    expect(files.filter((f) => !/^(dist\/cli\/|dist\/licenses\.txt$|schema\/|package\.json$|README\.md$|LICENSE$)/.test(f))).toEqual([])
    expect(packed.name).toBe('tencent-org-members')
  })

  test('its manifest asks for no dependency and has no install script', () => {
    const manifest = JSON.parse(readFileSync(join(project.work, 'node_modules', 'tencent-org-members', 'package.json'), 'utf8')) as Record<
      string,
      Record<string, string> | undefined
    >
    expect(manifest.dependencies ?? {}).toEqual({})
    expect(manifest.private).toBeUndefined()
    // prepare too: npm runs it for a git or linked install, and npm 11 lists it as an install script of a tarball's.
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare', 'prepack']) expect(manifest.scripts?.[script]).toBeUndefined()
    expect(manifest.bin).toEqual({ 'tencent-org-members': 'dist/cli/index.js' })
    expect(manifest.engines).toEqual({ node: '>=20' })
  })

  test('installs offline into a fresh project, with nothing but itself', () => {
    expect(installed).toEqual({ code: 0, stdout: expect.stringMatching(/^\s*added 1 package in /), stderr: '' })
    const modules = join(project.work, 'node_modules')
    expect(readdirSync(modules).filter((f) => !f.startsWith('.'))).toEqual(['tencent-org-members'])
    expect(existsSync(join(modules, 'tencent-org-members', 'node_modules'))).toBe(false)
  })
})

describe('npx tencent-org-members, installed from the tarball', () => {
  test('--version prints the package version', async () => {
    expect(await npx(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' })
  })

  test('validate checks the file', async () => {
    expect(await npx(['validate'])).toEqual({ code: 0, stdout: 'members.yaml: valid, 2 entries.\n', stderr: '' })
  })

  test('plan reads the organization with the credentials in the environment, shows reconcile writes, and sends none', async () => {
    writeFileSync(join(project.work, 'members.yaml'), membersYaml(3))
    const before = emulator.requests.length
    const run = await npx(['plan', '--endpoint', emulator.url, '--reconcile', 'changes'], secrets())
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const lines = run.stdout.trim().split('\n')
    expect(lines).toContain('+ 200000000003 member-2 (line 11): will be invited')
    expect(lines).toContain('organization: 3 nodes, 2 members (read in 3 calls): 1 update, 1 invite, 1 in-sync.')
    expect(lines).toContain('reconcile (changes): 1 write apply would send on merge; this tool sends none.')
    expect(lines).toContain('write: update 200000000001 member-0 (line 5): Name: "member-0 (renamed)" → "member-0" · UpdateOrganizationMember')
    expect(lines[lines.length - 1]).toMatch(/^members\.yaml: 1 added, 0 changed, 0 removed, 2 unchanged \(against [0-9a-f]{12}\)\.$/)
    const actions = emulator.requests.slice(before).map((r) => r.action)
    expect(actions.length).toBeGreaterThan(0)
    expect(actions.filter((a) => !a.startsWith('Describe'))).toEqual([])
    expect(emulator.writes).toEqual([])
    expect(emulator.invitations).toEqual([])
  })

  test('drift compares the whole file: exit 0, or 1 with --fail-on-drift', async () => {
    const drifted = await npx(['drift', '--endpoint', emulator.url], secrets())
    expect(drifted.code).toBe(0)
    expect(drifted.stdout).toContain('members.yaml:6:11: warning: MemberUin 200000000001 (member-0): Name is "member-0" in the file and "member-0 (renamed)" in the organization.')
    expect(drifted.stdout.trim().split('\n').pop()).toBe('members.yaml and the organization differ: 2 MemberUins.')
    const failing = await npx(['drift', '--endpoint', emulator.url, '--fail-on-drift'], secrets())
    expect(failing.code).toBe(1)
    expect(failing.stderr).toContain('members.yaml and the organization differ for 2 MemberUins (fail-on-drift is on)')
    expect(emulator.writes).toEqual([])
  })
})
