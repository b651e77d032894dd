// Inputs a person can get wrong: each ends in one plain sentence and a failed step, with no stack trace and
// nothing read or sent.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { runAction } from './support/action-runner.js'
import { Repo, pushEvent } from './support/git-repo.js'
import { membersYaml } from './support/members.js'
import { plainText } from './support/markdown.js'

let repo: Repo
let head: string

beforeAll(() => {
  repo = new Repo()
  head = repo.commit({ 'members.yaml': membersYaml(2) })
})
afterAll(() => repo.cleanup())

const validate = (inputs: Record<string, string>) =>
  runAction({ workspace: repo.work, eventName: 'push', payload: pushEvent('0'.repeat(40), head), sha: head, ref: 'refs/heads/main', inputs })

describe('inputs', () => {
  test.each([
    [{ mode: 'destroy' }, 'mode "destroy" is not one of validate, plan, apply, auto, audit, drift, import, review.'],
    [{ 'max-invites': 'lots' }, 'max-invites must be a whole number of 0 or more, got "lots".'],
    [{ 'max-invites': '2.5' }, 'max-invites must be a whole number of 0 or more, got "2.5".'],
    [{ 'rate-limit': '50' }, 'rate-limit must be a number from 0.1 to 20, got "50".'],
    [{ timeout: '0' }, 'timeout must be a number from 1 to 300, got "0".'],
    [{ comment: 'maybe' }, 'comment must be true or false, got "maybe".'],
    [{ 'secret-id': 'AKIDonly' }, 'secret-key is missing: give both secret-id and secret-key, or neither.'],
    [{ endpoint: 'ftp://organization.tencentcloudapi.com' }, 'endpoint "ftp://organization.tencentcloudapi.com" must use https:// or http://, not ftp://.'],
    [{ file: '../elsewhere.yaml' }, `file "../elsewhere.yaml" is outside the workspace (${'WORKSPACE'}).`],
    [{ file: 'missing.yaml', mode: 'validate' }, 'missing.yaml was not found in the workspace (WORKSPACE). Check the file input, and that actions/checkout ran first.'],
    [{ approvals: 'changes: two' }, 'approvals: changes must be a whole number of approvals from 0 to 20, got "two".'],
    [{ approvals: 'changes: "1"' }, 'approvals: changes must be a whole number of approvals from 0 to 20, got "1".'],
    [{ approvals: 'changes: 1.5' }, 'approvals: changes must be a whole number of approvals from 0 to 20, got 1.5.'],
    [{ approvals: 'change: 1' }, 'approvals has an unknown tier "change": the tiers are changes and sensitive.'],
    [{ approvals: '- changes\n- 1' }, 'approvals must be a mapping of tiers to numbers of approvals, like "changes: 1" and "sensitive: 2" on their own lines.'],
    [{ approvals: 'changes: 1\nchanges: 2' }, 'approvals is not valid YAML: Map keys must be unique. Write it as lines like "changes: 1" and "sensitive: 2".'],
    [{ approvals: '{}' }, 'approvals names no tier: give changes, sensitive or both, like "changes: 1".'],
    [
      { approvals: 'changes: 1', 'sensitive-permissions': '3, 11' },
      'sensitive-permissions holds "11", which is not a PermissionId: give IDs from 1 to 10 separated by commas (default 3,7,10), or none.'
    ]
  ])('%j', async (inputs, message) => {
    const run = await validate(inputs)
    expect(run.code).toBe(1)
    expect(run.failure).toBe(message.replace('WORKSPACE', repo.work))
    expect(run.summary).toMatch(/^## Tencent Cloud organization members\n\n\*\*The run failed\*\*: [^\n]+\n$/)
    expect(plainText(run.summary)).toBe(`Tencent Cloud organization members The run failed: ${message.replace('WORKSPACE', repo.work)}`)
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at \S+/)
  })
})
