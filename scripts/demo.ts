// `npm start`: the whole flow on this repository's members.yaml, in a terminal, against the LOCAL EMULATOR of
// the Tencent Cloud API (__tests__/support/emulator.ts). Nothing here reaches Tencent Cloud.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, runAction, type ActionRun } from '../__tests__/support/action-runner.js'
import { TencentCloudEmulator } from '../__tests__/support/emulator.js'
import { Repo, pullRequestEvent, pushEvent } from '../__tests__/support/git-repo.js'

const bold = (s: string) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s)
const dim = (s: string) => (process.stdout.isTTY ? `\x1b[2m${s}\x1b[0m` : s)

function show(title: string, run: ActionRun): void {
  console.log(`\n${bold(`━━ ${title}`)} ${dim(`(exit code ${run.code})`)}\n`)
  for (const line of run.stdout.split('\n')) {
    const a = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line)
    if (a) {
      const props = Object.fromEntries(
        (a[2] ?? '')
          .split(',')
          .filter(Boolean)
          .map((kv) => kv.split('=') as [string, string])
      )
      const where = props.file ? `${props.file}:${props.line ?? 1}:${props.col ?? 1}: ` : ''
      console.log(`  ${where}${a[1]}: ${decodeURIComponent(a[3]!.replace(/%(?![0-9A-F]{2})/g, '%25'))}`)
    } else if (line.trim() && !line.startsWith('::')) {
      console.log(`  ${dim(line)}`)
    }
  }
  console.log(`\n${dim('  job summary:')}`)
  const summary = run.summary
    .replace(/<\/?details[^>]*>|<\/?summary>/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
  for (const line of summary.split('\n')) console.log(`  ${line}`)
  if (run.outputs.results && run.outputs.results !== '[]') console.log(`\n${dim('  output results:')} ${run.outputs.results}`)
}

async function main(): Promise<void> {
  const emulator = await TencentCloudEmulator.start({ latencyMs: 40 })
  const repo = new Repo()
  try {
    console.log(bold('tencent-org-members: a local walk-through'))
    console.log(`Tencent Cloud API: a LOCAL EMULATOR at ${emulator.url} (signature-checked, rate-limited; not the real service).`)
    console.log(`Repository: a temporary git repository at ${repo.work}, holding this project's members.yaml.\n`)

    const members = readFileSync(join(ROOT, 'members.yaml'), 'utf8')
    const base = repo.commit({ 'README.md': '# Organization\n' }, 'Start the repository')
    const head = repo.commit({ 'members.yaml': members }, 'Add members.yaml (#1)')
    const inputs = { 'secret-id': emulator.secretId, 'secret-key': emulator.secretKey, endpoint: emulator.url }
    const common = { workspace: repo.work, sha: head, inputs }

    show(
      '1. Pull request: validate and plan (never invites)',
      await runAction({ ...common, eventName: 'pull_request', payload: pullRequestEvent(base, head), ref: 'refs/pull/1/merge' })
    )
    show('2. Merge to main: invite every added entry', await runAction({ ...common, eventName: 'push', payload: pushEvent(base, head), ref: 'refs/heads/main' }))
    show('3. The same run again: nothing new is sent', await runAction({ ...common, eventName: 'push', payload: pushEvent(base, head), ref: 'refs/heads/main' }))

    const broken = repo.commit({ 'members.yaml': members.replace(/NodeId: (\d+)/, 'NodeId: "$1"').replace('PolicyType: Financial', 'PolicyType: Finance') }, 'Break the file')
    show(
      '4. A pull request with mistakes: errors on their lines',
      await runAction({ ...common, sha: broken, eventName: 'pull_request', payload: pullRequestEvent(head, broken), ref: 'refs/pull/2/merge' })
    )

    const accepted = emulator.invitations.length
    console.log(`\n${bold('Emulator')}: ${emulator.requests.length} requests answered, ${accepted} invitations recorded, ${emulator.throttled} throttled.`)
  } finally {
    repo.cleanup()
    await emulator.close()
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e))
  process.exitCode = 1
})
