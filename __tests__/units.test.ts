// Pure pieces of the pipeline, each on its own: endpoint parsing, mode decision, base choice, comment size.
import { describe, expect, test } from '@jest/globals'
import type { GitHubContext } from '../src/settings/context.js'
import { decideMode } from '../src/settings/mode.js'
import { commentBody, MAX_COMMENT, marker } from '../src/report/comment.js'
import { cell, table } from '../src/report/markdown.js'
import { chooseBase } from '../src/history/base.js'
import { isLoopback, parseEndpoint } from '../src/organization/endpoint.js'

function context(eventName: string, payload: Record<string, unknown> = {}, ref = 'refs/heads/main'): GitHubContext {
  return {
    eventName,
    payload: { repository: { default_branch: 'main' }, ...payload },
    sha: 'a'.repeat(40),
    ref,
    workspace: '/w',
    repository: 'acme/org',
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
    runId: '1',
    actor: 'octocat'
  }
}

describe('endpoint', () => {
  test.each([
    ['', { protocol: 'https://', host: 'organization.tencentcloudapi.com' }],
    ['organization.intl.tencentcloudapi.com', { protocol: 'https://', host: 'organization.intl.tencentcloudapi.com' }],
    ['http://127.0.0.1:8080', { protocol: 'http://', host: '127.0.0.1:8080' }],
    ['https://organization.tencentcloudapi.com/', { protocol: 'https://', host: 'organization.tencentcloudapi.com' }],
    ['  localhost:9000  ', { protocol: 'https://', host: 'localhost:9000' }]
  ])('%j', (input, expected) => {
    expect(parseEndpoint(input)).toEqual(expected)
  })

  test.each([
    ['ftp://example.com', 'must use https:// or http://'],
    ['https://example.com/api', 'no path, query or credentials'],
    ['https://user:pw@example.com', 'no path, query or credentials'],
    ['http://[bad', 'neither a host name nor a URL']
  ])('%j is refused', (input, message) => {
    expect(() => parseEndpoint(input)).toThrow(message)
  })

  test('plain http is for loopback only', () => {
    expect(isLoopback(parseEndpoint('http://127.0.0.1:1'))).toBe(true)
    expect(isLoopback(parseEndpoint('http://localhost:1'))).toBe(true)
    expect(isLoopback(parseEndpoint('http://[::1]:1'))).toBe(true)
    expect(isLoopback(parseEndpoint('http://10.0.0.1:1'))).toBe(false)
  })
})

describe('mode', () => {
  test('auto applies on push to the default branch and on workflow_dispatch, drifts on schedule, plans elsewhere', () => {
    expect(decideMode('auto', context('push'))).toEqual({ mode: 'apply' })
    expect(decideMode('auto', context('workflow_dispatch'))).toEqual({ mode: 'apply' })
    expect(decideMode('auto', context('push', {}, 'refs/heads/feature'))).toEqual({ mode: 'plan' })
    expect(decideMode('auto', context('schedule'))).toEqual({ mode: 'drift' })
    expect(decideMode('auto', context('pull_request'))).toEqual({ mode: 'plan' })
  })

  test('apply never runs for pull request events or other branches, whatever mode says', () => {
    for (const event of ['pull_request', 'pull_request_target', 'merge_group']) {
      const d = decideMode('apply', context(event))
      expect(d.mode).toBe('plan')
      expect(d.downgraded).toContain(`Apply never runs for ${event} events`)
    }
    expect(decideMode('apply', context('push', {}, 'refs/heads/feature')).downgraded).toContain('only on the default branch (main), not on refs/heads/feature')
    expect(decideMode('apply', context('push', { repository: {} })).downgraded).toContain('does not name it')
    expect(decideMode('apply', context('workflow_dispatch'))).toEqual({ mode: 'apply' })
    expect(decideMode('validate', context('pull_request'))).toEqual({ mode: 'validate' })
  })
})

describe('base', () => {
  test('per event, as the contract says', () => {
    expect(chooseBase('v1.2', context('push', { before: 'b'.repeat(40) }))).toMatchObject({ kind: 'commit', rev: 'v1.2' })
    expect(chooseBase(undefined, context('push', { before: 'b'.repeat(40) }))).toMatchObject({ kind: 'commit', rev: 'b'.repeat(40) })
    expect(chooseBase(undefined, context('push', { before: '0'.repeat(40) }))).toMatchObject({ kind: 'parent', of: 'a'.repeat(40) })
    expect(chooseBase(undefined, context('pull_request', { pull_request: { base: { sha: 'c'.repeat(40) } } }))).toMatchObject({ kind: 'commit', rev: 'c'.repeat(40) })
    expect(chooseBase(undefined, context('pull_request_target', { pull_request: { base: { sha: 'c'.repeat(40) } } }))).toMatchObject({ kind: 'commit', rev: 'c'.repeat(40) })
    expect(chooseBase(undefined, context('merge_group', { merge_group: { base_sha: 'd'.repeat(40) } }))).toMatchObject({ kind: 'commit', rev: 'd'.repeat(40) })
    expect(chooseBase(undefined, context('workflow_dispatch'))).toMatchObject({ kind: 'parent', of: 'a'.repeat(40) })
  })
})

describe('pull request comment body', () => {
  test('starts with the marker and stays whole when it fits', () => {
    const body = commentBody('members.yaml', '## plan\n', 'https://x/runs/9')
    expect(body.startsWith(marker('members.yaml') + '\n## plan\n')).toBe(true)
    expect(body).toContain('[9](https://x/runs/9)')
  })

  test('is cut at a line boundary, within the limit, pointing at the job summary', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `| ${i} | member-${i} |`).join('\n')
    const body = commentBody('members.yaml', rows, 'https://x/runs/9')
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT)
    expect(body.length).toBeGreaterThan(MAX_COMMENT - 200)
    const kept = body.split('\n').filter((l) => l.startsWith('| '))
    expect(kept.at(-1)).toMatch(/^\| \d+ \| member-\d+ \|$/)
    expect(body).toContain('The whole plan is in the [job summary](https://x/runs/9).')
  })
})

describe('markdown cells', () => {
  test('a value can never break the table', () => {
    expect(cell('a|b\nc<script>')).toBe('a\\|b c\\<script\\>')
    expect(cell([1, 2])).toBe('1, 2')
    expect(cell(undefined)).toBe('')
    expect(table(['A'], [['x|y']])).toBe('| A |\n| --- |\n| x\\|y |')
  })
})
