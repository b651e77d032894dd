// Editor validation in a repository that is not this one (issue 23): yaml-language-server, the server behind the YAML
// extensions of VS Code, Neovim and others, runs as a real process on a user's repository that has only members.yaml
// (no schema/ folder). The file's first line names the schema by the versioned URL; the server asks its client for
// that URL (yaml/registerContentRequest, as VS Code does) and the test answers with schema/members.schema.json, the file
// that URL serves from the v1 tag (schema.test.ts keeps it equal to what the validator is built from). No network.
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { type MessageConnection, StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node.js'
import { SCHEMA_URL } from '../src/manifest/schema-url.js'
import { ROOT } from './support/action-runner.js'
import { TencentCloudEmulator } from './support/emulator.js'

const SCHEMA = readFileSync(join(ROOT, 'schema', 'members.schema.json'), 'utf8')
const SERVER = join(createRequire(import.meta.url).resolve('yaml-language-server/package.json'), '..', 'bin', 'yaml-language-server')
const README = readFileSync(join(ROOT, 'README.md'), 'utf8')

interface Diagnostic {
  range: { start: { line: number; character: number } }
  message: string
}

/** One yaml-language-server over stdio, with the settings of an editor that validates and has no SchemaStore. */
class YamlLanguageServer {
  readonly asked: string[] = []
  private readonly published = new Map<string, (diagnostics: Diagnostic[]) => void>()
  private constructor(
    private readonly child: ChildProcess,
    private readonly connection: MessageConnection,
    private readonly root: string
  ) {}

  static async start(root: string): Promise<YamlLanguageServer> {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] })
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
    const server = new YamlLanguageServer(child, connection, pathToFileURL(root).href)
    const settings = { validate: true, schemaStore: { enable: false } }
    connection.onRequest('vscode/content', (uri: string) => {
      server.asked.push(uri)
      if (uri !== SCHEMA_URL) throw new Error(`no such schema here: ${uri}`)
      return SCHEMA
    })
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => settings))
    connection.onRequest(() => null)
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) => {
      server.published.get(params.uri)?.(params.diagnostics)
    })
    connection.onNotification(() => undefined)
    connection.listen()
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: server.root,
      capabilities: { workspace: { configuration: true } },
      workspaceFolders: [{ uri: server.root, name: 'repository' }]
    })
    await connection.sendNotification('initialized', {})
    await connection.sendNotification('yaml/registerContentRequest')
    await connection.sendNotification('workspace/didChangeConfiguration', { settings: { yaml: settings } })
    return server
  }

  /** Opens a file and waits for the diagnostics the server publishes for it once the schema is resolved. */
  diagnose(name: string, text: string): Promise<Diagnostic[]> {
    const uri = `${this.root}/${name}`
    return new Promise((resolve) => {
      this.published.set(uri, (diagnostics) => {
        // The server may publish an empty list before it has fetched the schema; the answer is the one after it.
        if (diagnostics.length > 0 || this.asked.length > 0) resolve(diagnostics)
      })
      void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } })
    })
  }

  stop(): void {
    this.connection.dispose()
    this.child.kill()
  }
}

const CLI = join(ROOT, 'dist', 'cli', 'index.js')
function importFile(cwd: string, emulator: TencentCloudEmulator): Promise<string> {
  const env = { PATH: process.env.PATH ?? '', TENCENTCLOUD_SECRET_ID: emulator.secretId, TENCENTCLOUD_SECRET_KEY: emulator.secretKey }
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [CLI, 'import', '--endpoint', emulator.url], { cwd, env }, (error, stdout, stderr) => (error ? reject(new Error(stderr)) : resolve(stdout)))
  })
}

let home: string
let server: YamlLanguageServer
beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'members-editor-'))
  server = await YamlLanguageServer.start(home)
})
afterAll(() => {
  server?.stop()
  rmSync(home, { recursive: true, force: true })
})

describe('yaml-language-server in a repository with only members.yaml', () => {
  let emulator: TencentCloudEmulator | undefined
  afterEach(async () => {
    await emulator?.close()
    emulator = undefined
  })

  test("the README's example file: the server fetches the schema by its versioned URL and finds nothing wrong", async () => {
    const example = /## The file\n\n```yaml\n([\s\S]*?)```/.exec(README)?.[1]
    expect(example).toMatch(new RegExp(`^# yaml-language-server: \\$schema=${SCHEMA_URL.replace(/[.]/g, '\\.')}\n`))
    expect(await server.diagnose('readme/members.yaml', example!)).toEqual([])
    expect(server.asked).toContain(SCHEMA_URL)
  })

  test('a file written by import starts with the same modeline and validates', async () => {
    emulator = await TencentCloudEmulator.start()
    emulator.addMember({ MemberUin: 700000000001, Name: 'alice', NodeId: 1001, PermissionIds: [1, 2, 7], PayUin: '700000000002' })
    emulator.addMember({ MemberUin: 700000000002, Name: 'bob', NodeId: 1002, Remark: 'pays: "all"' })
    const imported = await importFile(home, emulator)
    expect(imported.split('\n')[0]).toBe(`# yaml-language-server: $schema=${SCHEMA_URL}`)
    expect(await server.diagnose('imported/members.yaml', imported)).toEqual([])
  })

  test('mistakes are underlined on their lines as the user types', async () => {
    const text = [
      `# yaml-language-server: $schema=${SCHEMA_URL}`,
      'members:',
      '  - MemberUin: 111111111111',
      '    Name: alice',
      '    NodeId: 1001',
      '    PolicyType: Financial',
      '    PermissionIds: [1, 2]',
      '    Colour: red',
      '  - MemberUin: 222222222222',
      '    Name: bob',
      '    NodeId: 1001',
      '    PolicyType: Finance',
      '    PermissionIds: [1, 2]',
      ''
    ].join('\n')
    const found = (await server.diagnose('mistakes/members.yaml', text)).map((d) => ({ line: d.range.start.line + 1, message: d.message }))
    expect(found).toEqual(
      expect.arrayContaining([
        { line: 8, message: expect.stringMatching(/Colour is not allowed/) },
        { line: 12, message: expect.stringMatching(/Financial/) }
      ])
    )
    expect(found.every((d) => d.line === 8 || d.line === 12)).toBe(true)
  })
})
