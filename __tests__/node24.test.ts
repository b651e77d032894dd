// Every path that loads a lazy chunk, run under Node 24 (the runtime action.yml names): none may print a
// deprecation warning or anything else on stderr.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { NODE24, runAction } from './support/action-runner.js'
import { TencentCloudEmulator } from './support/emulator.js'
import { FakeGitHub } from './support/fake-github.js'
import { Repo, pullRequestEvent, pushEvent } from './support/git-repo.js'
import { membersYaml } from './support/members.js'

let repo: Repo
let base: string
let head: string

beforeAll(() => {
  repo = new Repo()
  base = repo.commit({ 'members.yaml': membersYaml(1) })
  head = repo.commit({ 'members.yaml': membersYaml(3) })
})
afterAll(() => repo.cleanup())

describe('under Node 24, no path prints to stderr', () => {
  test('a pull request plan that reads the organization and posts the comment (Octokit, SDK)', async () => {
    const emulator = await TencentCloudEmulator.start()
    const github = await FakeGitHub.start()
    try {
      const run = await runAction({
        node: NODE24,
        workspace: repo.work,
        eventName: 'pull_request',
        payload: pullRequestEvent(base, head),
        sha: head,
        ref: 'refs/pull/7/merge',
        inputs: { 'secret-id': emulator.secretId, 'secret-key': emulator.secretKey, endpoint: emulator.url, 'github-token': github.token },
        env: { GITHUB_API_URL: github.url }
      })
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      expect(github.comments.get(7)).toHaveLength(1)
      expect(run.summary).toContain('checked against the organization')
    } finally {
      await github.close()
      await emulator.close()
    }
  })

  test('the GitHub API fallback for the base file', async () => {
    const github = await FakeGitHub.start()
    try {
      const unreachable = 'ef'.repeat(20)
      github.addFile(unreachable, 'members.yaml', membersYaml(1))
      const run = await runAction({
        node: NODE24,
        workspace: repo.shallowClone(),
        eventName: 'push',
        payload: pushEvent(unreachable, head),
        sha: head,
        ref: 'refs/heads/main',
        inputs: { mode: 'plan', 'github-token': github.token },
        env: { GITHUB_API_URL: github.url }
      })
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      expect(JSON.parse(run.outputs.plan!).base).toBe(unreachable)
    } finally {
      await github.close()
    }
  })

  test('mode audit', async () => {
    const run = await runAction({ node: NODE24, workspace: repo.work, eventName: 'workflow_dispatch', payload: {}, sha: head, ref: 'refs/heads/main', inputs: { mode: 'audit' } })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
  })
})
