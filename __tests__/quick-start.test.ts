// The README's quick start, followed literally against the emulator (issue 23): the policy of step 1 is all the
// identity may do, the commands of step 2 run in a fresh repository from the packed package, the workflows of step 3
// give the action its inputs, and the pull request of step 4 reaches a first reviewed invitation. The only thing the
// test adds is where the API is (`--endpoint` and the `endpoint` input): the README speaks of the real cloud.
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { ROOT, runAction, type ActionRun } from './support/action-runner.js'
import { EMULATED_ACTIONS, TencentCloudEmulator } from './support/emulator.js'
import { FakeGitHub } from './support/fake-github.js'
import { Repo, pullRequestEvent, pushEvent } from './support/git-repo.js'
import { PullFlow } from './support/pull-flow.js'

const README = readFileSync(join(ROOT, 'README.md'), 'utf8')
const quickStart = README.slice(README.indexOf('## Quick start'), README.indexOf('\n## ', README.indexOf('## Quick start') + 1))
/** Fenced blocks of one language, each dedented by its fence's indent (the quick start's sit in a numbered list). */
const blocks = (text: string, language: string) =>
  [...text.matchAll(new RegExp('^( *)```' + language + '\\n([\\s\\S]*?)^ *```', 'gm'))].map((m) => m[2]!.replace(new RegExp(`^ {0,${m[1]!.length}}`, 'gm'), ''))
const NEW_MEMBER = 760000000009

let emulator: TencentCloudEmulator
let github: FakeGitHub
let repo: Repo
let packDir: string
beforeAll(async () => {
  emulator = await TencentCloudEmulator.start()
  github = await FakeGitHub.start()
  repo = new Repo()
  packDir = mkdtempSync(join(tmpdir(), 'members-pack-'))
})
afterAll(async () => {
  await emulator.close()
  await github.close()
  repo.cleanup()
  rmSync(packDir, { recursive: true, force: true })
})

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const offline = { npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' }
    execFile(command, args, { cwd, env: { PATH: process.env.PATH ?? '', HOME: packDir, ...offline, ...env }, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr })
    )
  })
}

/** A runner's view of a README workflow's step: its `with:` map, secrets filled in, and action.yml's token default. */
function actionInputs(workflow: string, secrets: Record<string, string>): Record<string, string> {
  const parsed = parse(workflow) as { jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, string> }> }> }
  const step = Object.values(parsed.jobs)
    .flatMap((job) => job.steps)
    .find((s) => s.uses?.startsWith('acme/tencent-org-members@'))
  expect(step).toBeDefined()
  const inputs: Record<string, string> = { 'github-token': github.token }
  for (const [name, value] of Object.entries(step!.with ?? {})) {
    inputs[name] = String(value).replace(/\$\{\{\s*secrets\.(\w+)\s*\}\}/g, (_m, secret: string) => secrets[secret] ?? '')
    expect(inputs[name]).not.toContain('${{')
  }
  return { ...inputs, endpoint: emulator.url }
}

test('a first reviewed invitation, step by step', async () => {
  // The organization a team starts from: two members, one node beyond the root's two.
  emulator.addMember({ MemberUin: 760000000001, Name: 'alice', NodeId: 1001, PermissionIds: [1, 2], PolicyType: 'Financial' })
  emulator.addMember({ MemberUin: 760000000002, Name: 'bob', NodeId: 1002, PermissionIds: [1, 2], PolicyType: 'Financial' })

  // 1. The identity: the policy is all it may do.
  const [policyText] = blocks(quickStart, 'json')
  const policy = JSON.parse(policyText!) as { statement: Array<{ effect: string; action: string[] }> }
  const allowed = new Set(policy.statement.filter((s) => s.effect === 'allow').flatMap((s) => s.action))
  for (const [service, actions] of Object.entries(EMULATED_ACTIONS)) {
    for (const action of actions) if (!allowed.has(`${service}:${action}`)) emulator.denyAction(action)
  }
  const secrets = {
    TENCENTCLOUD_SECRET_ID: emulator.secretId,
    TENCENTCLOUD_SECRET_KEY: emulator.secretKey,
    TENCENTCLOUD_READONLY_SECRET_ID: emulator.secretId,
    TENCENTCLOUD_READONLY_SECRET_KEY: emulator.secretKey
  }

  // 2. The file, from the organization: the package installs from its tarball, as from the registry.
  const pack = await run('npm', ['pack', '--silent', '--pack-destination', packDir], ROOT)
  expect(pack).toMatchObject({ code: 0 })
  const tarball = join(
    packDir,
    readdirSync(packDir).find((f) => f.endsWith('.tgz'))!
  )
  const work = repo.work
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'our-organization', private: true }) + '\n')
  writeFileSync(join(work, '.gitignore'), 'node_modules/\n')
  const [commands] = blocks(quickStart, 'sh')
  const lines = commands!.trim().split('\n')
  expect(lines).toEqual([
    'npm install --save-dev tencent-org-members',
    expect.stringMatching(/^TENCENTCLOUD_SECRET_ID=… TENCENTCLOUD_SECRET_KEY=… npx tencent-org-members import --output members.yaml$/)
  ])
  const installed = await run('npm', ['install', '--save-dev', tarball], work)
  expect(installed).toMatchObject({ code: 0 })
  const imported = await run('npx', ['tencent-org-members', 'import', '--output', 'members.yaml', '--endpoint', emulator.url], work, {
    TENCENTCLOUD_SECRET_ID: secrets.TENCENTCLOUD_SECRET_ID,
    TENCENTCLOUD_SECRET_KEY: secrets.TENCENTCLOUD_SECRET_KEY
  })
  expect(imported).toMatchObject({ code: 0, stderr: expect.stringContaining('Imported 2 members and 2 nodes') })
  expect(quickStart).toContain('Check it with `npx tencent-org-members validate`.')
  const validated = await run('npx', ['tencent-org-members', 'validate'], work)
  expect(validated).toMatchObject({ code: 0, stdout: expect.stringContaining('valid') })

  // 3. The two workflows, committed with the file.
  const workflows = blocks(README, 'yaml').filter((w) => /^on:/m.test(w))
  const planWorkflow = workflows.find((w) => w.startsWith('name: members plan'))!
  const applyWorkflow = workflows.find((w) => w.startsWith('name: members apply'))!
  mkdirSync(join(work, '.github', 'workflows'), { recursive: true })
  const base = repo.commit(
    { '.github/workflows/members-plan.yml': planWorkflow, '.github/workflows/members-apply.yml': applyWorkflow, 'members.yaml': readFileSync(join(work, 'members.yaml'), 'utf8') },
    'Members as code'
  )

  // 4. A pull request that adds a member: the plan comment names the invitation's node and permissions, and what the
  // approvals input still needs.
  const flow = new PullFlow(repo, github)
  const file = readFileSync(join(work, 'members.yaml'), 'utf8')
  const head = flow.open(7, { 'members.yaml': file + `  - MemberUin: ${NEW_MEMBER}\n    Name: carol\n    NodeId: 1001\n` }, { author: 'dev' })
  const plan = (event: string) =>
    runAction({
      workspace: work,
      eventName: event,
      payload: pullRequestEvent(base, head, 7),
      sha: head,
      ref: 'refs/pull/7/merge',
      inputs: actionInputs(planWorkflow, secrets),
      env: { GITHUB_API_URL: github.url }
    })
  const planned: ActionRun = await plan('pull_request')
  expect(planned).toMatchObject({ code: 0 })
  const comment = () => github.comments.get(7)?.at(-1)?.body ?? ''
  expect(comment()).toContain(`| invite | ${NEW_MEMBER} \`carol\` | not a member → invited: node \`finance\` (1001); permissions 1 view bills, 2 view balance`)
  expect(comment()).toContain('| changes | 1 | 1 | nobody | 1 more |')
  expect(emulator.requests.filter((r) => !r.action.startsWith('Describe'))).toEqual([])

  // A reviewer approves (the workflow's pull_request_review run updates the comment) and merges; the apply workflow runs.
  github.pulls.review(7, 'reviewer', 'APPROVED')
  expect(await plan('pull_request_review')).toMatchObject({ code: 0 })
  expect(comment()).toContain('nothing: ready')
  const merged = flow.merge(7, 'merge')
  const applied = await runAction({
    workspace: work,
    eventName: 'push',
    payload: pushEvent(merged.before, merged.after),
    sha: merged.after,
    ref: 'refs/heads/main',
    inputs: actionInputs(applyWorkflow, secrets),
    env: { GITHUB_API_URL: github.url }
  })
  expect(applied).toMatchObject({ code: 0 })
  const invitations = emulator.requests.filter((r) => r.action === 'InviteOrganizationMember')
  expect(invitations.map((r) => r.body.MemberUin)).toEqual([NEW_MEMBER])
  const requestId = invitations[0]!.requestId
  expect(applied.summary).toContain(requestId)
  expect(applied.stdout).toContain(requestId)
  expect(emulator.requests.filter((r) => r.outcome !== 'ok')).toEqual([])
}, 180_000)
