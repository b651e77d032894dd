// What a hostile pull request, a huge file or a careless workflow could do, each reproduced against the bundle as
// a runner runs it; the pure parts are in hardening-units.test.ts. Every test here failed before its fix.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { closeSync, existsSync, ftruncateSync, mkdirSync, openSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { runAction, type ActionRun, type RunOptions } from './support/action-runner.js'
import { ACTIONS_BOT, FakeGitHub } from './support/fake-github.js'
import { Repo, git, pullRequestEvent, pushEvent } from './support/git-repo.js'
import { html, textOutsideCode } from './support/markdown.js'
import { membersYaml } from './support/members.js'
import { TencentCloudEmulator } from './support/emulator.js'
import { MAX_BYTES } from '../src/manifest/parse.js'
import { readWorkspaceFile } from '../src/runner/workspace-file.js'

/** What actions/checkout leaves in .git/config: the token, base64 in an extra header. */
const TOKEN_B64 = Buffer.from('x-access-token:ghs_SECRETSECRETSECRET').toString('base64')

let repo: Repo
let github: FakeGitHub
let base: string

beforeEach(async () => {
  github = await FakeGitHub.start()
  repo = new Repo()
  git(repo.work, 'config', 'http.https://github.com/.extraheader', `AUTHORIZATION: basic ${TOKEN_B64}`)
  base = repo.commit({ 'members.yaml': membersYaml(1) }, 'One member')
})
afterEach(async () => {
  await github.close()
  repo.cleanup()
})

function pullRequest(inputs: Record<string, string> = {}, extra: Partial<RunOptions> = {}): Promise<ActionRun> {
  const head = repo.head()
  return runAction({
    workspace: repo.work,
    eventName: 'pull_request',
    payload: pullRequestEvent(base, head, 7),
    sha: head,
    ref: 'refs/pull/7/merge',
    inputs: { 'github-token': github.token, mode: 'plan', ...inputs },
    env: { GITHUB_API_URL: github.url },
    timeoutMs: 30_000,
    ...extra
  })
}

/** A file outside the workspace, as /etc/passwd or ~/.git-credentials would be. */
function outside(): string {
  const dir = join(repo.root, 'outside')
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'credentials'), 'https://user:OUTSIDE-SECRET@github.com\n')
  return join(dir, 'credentials')
}

/** Everything a run published: the log, the summary and every pull request comment. */
function published(run: ActionRun): string {
  return [run.stdout, run.stderr, run.summary, ...(github.comments.get(7) ?? []).map((c) => c.body)].join('\n')
}

describe('1. the members file is a regular file in the workspace, reached without links', () => {
  test.each([
    ['members.yaml -> .git/config (the checkout token)', () => symlinkSync('.git/config', join(repo.work, 'members.yaml')), {}, 'members.yaml is a symbolic link'],
    // Links point at stand-ins in the test's own folder, never at the machine's files: a test that wrote
    // through one would damage the machine.
    ['members.yaml -> a file outside the workspace', () => symlinkSync(outside(), join(repo.work, 'members.yaml')), {}, 'members.yaml is a symbolic link'],
    ['a folder link on the way: conf -> .git, file conf/config', () => symlinkSync('.git', join(repo.work, 'conf')), { file: 'conf/config' }, 'conf is a symbolic link'],
    ['the file input naming .git/config itself', () => undefined, { file: '.git/config' }, 'inside .git/']
  ])('%s: one clear error, nothing of the target published', async (_name, plant, inputs, message) => {
    execFileSync('rm', ['-f', join(repo.work, 'members.yaml')])
    plant()
    const run = await pullRequest(inputs)
    expect(run.code).toBe(1)
    expect(run.failure).toContain(message)
    const out = published(run)
    expect(out).not.toContain(TOKEN_B64.slice(0, 16))
    expect(out).not.toContain('extraheader')
    expect(out).not.toContain('OUTSIDE-SECRET')
    expect(out).not.toContain('[core]')
  })

  test('a pipe as members file fails at once instead of waiting for a writer', async () => {
    execFileSync('rm', ['-f', join(repo.work, 'members.yaml')])
    execFileSync('mkfifo', [join(repo.work, 'members.yaml')])
    const run = await pullRequest({}, { timeoutMs: 20_000 })
    expect(run.code).toBe(1)
    expect(run.failure).toContain('members.yaml is not a regular file')
  })

  test("a symbolic link committed as the base revision's file is refused, not read as YAML", async () => {
    execFileSync('rm', ['-f', join(repo.work, 'members.yaml')])
    symlinkSync(outside(), join(repo.work, 'members.yaml'))
    const linked = repo.commit({}, 'Link')
    repo.commit({ 'members.yaml': membersYaml(2) }, 'Back to a file')
    const run = await runAction({
      workspace: repo.work,
      eventName: 'push',
      payload: pushEvent(linked, repo.head()),
      sha: repo.head(),
      ref: 'refs/heads/main',
      inputs: { mode: 'plan' }
    })
    expect(run.code).toBe(1)
    expect(run.failure).toContain('is a symbolic link, not a members file')
  })

  test('no message quotes more than a short excerpt of the file', async () => {
    const secret = 'S'.repeat(5000)
    repo.commit({ 'members.yaml': `{a: 1}}${secret}\nmembers: []\n` })
    const yamlError = await pullRequest()
    repo.commit({ 'members.yaml': membersYaml(1).replace('PolicyType: Financial', `PolicyType: ${secret}`) })
    const valueError = await pullRequest()
    for (const run of [yamlError, valueError]) {
      expect(run.code).toBe(1)
      expect(published(run)).not.toContain('S'.repeat(41))
      expect(run.annotations.filter((a) => a.file).every((a) => a.message.length < 300)).toBe(true)
    }
  })
})

describe('2. the read is bounded before it starts', () => {
  test('a file far over the limit yields at most the limit plus one byte', async () => {
    const dir = repo.work
    const fd = openSync(join(dir, 'huge.yaml'), 'w')
    ftruncateSync(fd, 64 * 1024 * 1024)
    closeSync(fd)
    expect((await readWorkspaceFile(dir, 'huge.yaml', MAX_BYTES)).length).toBe(MAX_BYTES + 1)
    expect((await readWorkspaceFile(dir, 'members.yaml', MAX_BYTES)).toString()).toBe(membersYaml(1))
  })
})

describe('3 and 4. hostile sizes cost linear time and bounded memory', () => {
  test.each([
    // An implicit key is limited to 1,024 characters by YAML itself; an explicit one (`? key`) is not.
    ['key', `    ? ${'K'.repeat(MAX_BYTES - 300)}\n    : 1\n`, 'Unknown key', `Unknown key "${'K'.repeat(40)}…". Known keys:`],
    ['enum value', `    IsAllowQuit: ${'K'.repeat(MAX_BYTES - 300)}\n`, 'Invalid value', `IsAllowQuit must be "Allow" or "Denied", got "${'K'.repeat(40)}…".`]
  ])(
    'an 8 MiB %s gets an error with a short excerpt, and a summary, not a crash',
    async (_kind, line, title, message) => {
      repo.commit({ 'members.yaml': membersYaml(1) + line })
      const run = await pullRequest({ mode: 'validate' }, { timeoutMs: 60_000 })
      expect(run.code).toBe(1)
      expect(run.annotations).toContainEqual(expect.objectContaining({ title, message: expect.stringContaining(message) }))
      expect(run.summary).toContain('is invalid')
    },
    90_000
  )
})

describe('5. Markdown from the file renders as written: no heading, link, image or mention', () => {
  const hostileKeys = [
    '"\\r# All checks passed: safe to merge"',
    '"\\r> All checks passed"',
    '"[x](https://evil.example/a)"',
    '"![x](https://evil.example/i.png)"',
    '"https://evil.example/bare"',
    '"<img src=https://evil.example/h.png>"',
    '"@octocat"',
    '"www.evil.example"'
  ]

  function expectInert(markdown: string): void {
    const page = html(markdown)
    // The only links are the action's own: to lines of the file, and to the run.
    for (const m of page.matchAll(/<a [^>]*href="([^"]*)"/g)) {
      expect(m[1]).toMatch(/^https:\/\/github\.example\/acme\/org-members\/(blob\/[0-9a-f]{40}\/members\.yaml#L\d+|actions\/runs\/4242)$/)
    }
    expect(page).not.toContain('<img')
    expect(page).not.toContain('evil.example/a"')
    expect(page).not.toContain('<h1>')
    expect(page).not.toContain('<blockquote>\n<p>All checks')
    expect(page).not.toMatch(/<h\d>All checks/)
    expect(textOutsideCode(markdown)).not.toMatch(/@octocat/)
  }

  test('keys in an invalid file, in the summary and the comment', async () => {
    repo.commit({ 'members.yaml': membersYaml(1) + hostileKeys.map((k) => `    ${k}: 1\n`).join('') })
    const run = await pullRequest()
    expect(run.code).toBe(1)
    expect(run.summary).toContain('Unknown key')
    const comment = github.comments.get(7)![0]!.body
    expectInert(run.summary)
    expectInert(comment)
  })

  test('valid values (a Name may hold @ and [ ]) in the plan', async () => {
    repo.commit({
      'members.yaml': membersYaml(1) + '  - MemberUin: 300000000001\n    Name: "@octocat"\n    NodeId: 1\n  - MemberUin: 300000000002\n    Name: "[x]"\n    NodeId: 1\n'
    })
    const run = await pullRequest()
    expect(run.code).toBe(0)
    expect(html(run.summary)).toContain('<code>@octocat</code>')
    expectInert(run.summary)
    expectInert(github.comments.get(7)![0]!.body)
  })
})

describe('6. the sticky comment is only ever one the token wrote', () => {
  const MARKER = '<!-- tencent-org-members: members.yaml -->'

  test("someone else's comment with the marker is left alone; ours is created, then updated", async () => {
    const planted = github.addComment(7, `${MARKER}\n## All checks passed: safe to merge`, { login: 'mallory', type: 'User' })
    repo.commit({ 'members.yaml': membersYaml(2) })
    expect((await pullRequest()).code).toBe(0)
    expect((await pullRequest()).code).toBe(0)
    const comments = github.comments.get(7)!
    expect(comments).toHaveLength(2)
    expect(comments[0]).toEqual(planted)
    expect(comments[0]!.body).toBe(`${MARKER}\n## All checks passed: safe to merge`)
    expect(comments[1]!.user).toEqual(ACTIONS_BOT)
    expect(comments[1]!.body).toContain('### Added (1)')
  })

  test('with a personal token, the comment of that account is the one updated', async () => {
    github.viewer = 'members-bot'
    github.addComment(7, `${MARKER}\nforged`, { login: 'mallory', type: 'User' })
    github.addComment(7, `${MARKER}\nold plan`, { login: 'members-bot', type: 'User' })
    expect((await pullRequest()).code).toBe(0)
    const comments = github.comments.get(7)!
    expect(comments.map((c) => [c.user.login, c.body.includes('No membership change')])).toEqual([
      ['mallory', false],
      ['members-bot', true]
    ])
  })
})

describe('7. file text printed to the log makes no runner command', () => {
  // The runner reads a line as a command when, trimmed, it starts with `::`, or when it holds `##[` anywhere;
  // it ends lines at \n, \r\n and a lone \r.
  function commands(stdout: string): string[] {
    return stdout.split(/\r\n|\r|\n/).filter((l) => /^\s*::/.test(l) || l.includes('##['))
  }

  test('without a summary file, the summary goes to the log escaped', async () => {
    repo.commit({
      'members.yaml': membersYaml(1) + '    "\\r  ::error::pwned": 1\n    "x ##[error]pwned": 2\n    "\\n::warning file=a::pwned": 3\n'
    })
    const run = await pullRequest({}, { env: { GITHUB_API_URL: github.url, GITHUB_STEP_SUMMARY: '' } })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('### 3 errors in members.yaml')
    const issued = commands(run.stdout)
    expect(issued.length).toBeGreaterThan(0)
    for (const line of issued) {
      expect(line).toMatch(/^::(add-mask|error|warning|notice)[ :]/)
      expect(line).not.toContain('##[')
      expect(line).not.toMatch(/^::\w+[^:]*::pwned/)
    }
  })
})

describe('8. base reaches git as a revision, never as an option', () => {
  test('a base input that is an option is refused before git runs', async () => {
    const marker = join(repo.root, 'pwned')
    const run = await pullRequest({ base: `--upload-pack=touch ${marker}` })
    expect(run.code).toBe(1)
    expect(run.failure).toContain('is not a commit id or a branch or tag name')
    expect(existsSync(marker)).toBe(false)
  })

  test("an event's previous head that is an option is refused too", async () => {
    const marker = join(repo.root, 'pwned')
    const run = await runAction({
      workspace: repo.work,
      eventName: 'push',
      payload: pushEvent(`--upload-pack=touch ${marker}`, repo.head()),
      sha: repo.head(),
      ref: 'refs/heads/main',
      inputs: { mode: 'plan' }
    })
    expect(run.code).toBe(1)
    expect(run.failure).toContain('is not a commit id or a branch or tag name')
    expect(existsSync(marker)).toBe(false)
  })
})

describe('9. apply only on the default branch commit that is checked out', () => {
  let emulator: TencentCloudEmulator
  beforeEach(async () => {
    emulator = await TencentCloudEmulator.start()
  })
  afterEach(async () => {
    await emulator.close()
  })

  test("issue_comment with a pull request's head checked out plans, and says why", async () => {
    const main = repo.head()
    repo.checkout('feature', true)
    repo.commit({ 'members.yaml': membersYaml(2) }, 'Unmerged member', 'feature')
    const run = await runAction({
      workspace: repo.work,
      eventName: 'issue_comment',
      payload: { issue: { number: 7, pull_request: {} }, comment: { body: '/apply' }, repository: { full_name: 'acme/org-members', default_branch: 'main' } },
      sha: main,
      ref: 'refs/heads/main',
      inputs: { mode: 'apply', 'secret-id': emulator.secretId, 'secret-key': emulator.secretKey, endpoint: emulator.url, base: main }
    })
    expect(run.code).toBe(0)
    expect(emulator.requests.filter((r) => r.action === 'InviteOrganizationMember')).toHaveLength(0)
    expect(run.annotations).toContainEqual(
      expect.objectContaining({ level: 'warning', title: 'Not applied', message: expect.stringContaining(`the workspace has ${repo.head().slice(0, 12)} checked out`) })
    )
    expect(JSON.parse(run.outputs.results!)).toEqual([])
  })
})

describe('12. the API fallback reads the base file as bytes', () => {
  test.each([
    ['invalid UTF-8 is refused as binary', Buffer.concat([Buffer.from(membersYaml(1)), Buffer.from([0xff, 0xfe, 0x0a])]), 1, 'is not valid UTF-8'],
    ['a byte-order mark is kept and skipped', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(membersYaml(1))]), 0, undefined]
  ])('%s', async (_name, bytes, code, message) => {
    const unreachable = 'cd'.repeat(20)
    github.addFile(unreachable, 'members.yaml', bytes)
    repo.commit({ 'members.yaml': membersYaml(2) })
    const run = await runAction({
      workspace: repo.shallowClone(),
      eventName: 'push',
      payload: pushEvent(unreachable, repo.head()),
      sha: repo.head(),
      ref: 'refs/heads/main',
      inputs: { mode: 'plan', 'github-token': github.token },
      env: { GITHUB_API_URL: github.url }
    })
    expect(run.code).toBe(code)
    if (message) expect(run.failure).toContain(message)
    else expect(JSON.parse(run.outputs.plan!).added).toEqual([{ MemberUin: 200000000002, Name: 'member-1', line: 8 }])
  })
})
