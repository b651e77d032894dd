// The pure parts of the hardening (issue 11): excerpts, log escaping, revisions, the validator's bounds, the summary
// cap and the README's workflows. The attacks themselves, against the bundle as a runner runs it, are in
// hardening.test.ts; these need no repository and no server.
import { describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { ROOT } from './support/action-runner.js'
import { html } from './support/markdown.js'
import { membersYaml } from './support/members.js'
import { MAX_ERRORS, readManifest } from '../src/manifest/validate.js'
import type { Entry } from '../src/model/entries.js'
import { isRevision } from '../src/history/revision.js'
import { MAX_SUMMARY_BYTES, renderSummary } from '../src/report/summary.js'
import type { RunOutcome } from '../src/model/run.js'
import { capMarkdown } from '../src/report/markdown.js'
import { excerpt, logLines } from '../src/text/untrusted.js'

describe('3 and 4. hostile sizes cost linear time and bounded memory', () => {
  test('80,000 keys in one mapping: duplicates found with a set, at the line of the second', () => {
    let text = 'defaults:\n'
    for (let i = 0; i < 80_000; i++) text += `  k${i}: 1\n`
    text += '  k0: 2\nmembers: []\n'
    const { errors } = readManifest('members.yaml', text)
    expect(errors.find((e) => e.title === 'Duplicate key')).toMatchObject({
      line: 80_002,
      col: 3,
      title: 'Duplicate key',
      message: 'The key "k0" appears twice in this mapping (first at line 2); each key may appear once.'
    })
  }, 30_000)

  test('a list of 200,000 bad PermissionIds stops at the error limit inside the list', () => {
    const text = membersYaml(1).replace('PermissionIds: [1, 2]', `PermissionIds: [${Array(200_000).fill('x').join(',')}]`)
    const { errors } = readManifest('members.yaml', text)
    expect(errors).toHaveLength(MAX_ERRORS + 1)
    expect(errors.at(-1)!.title).toBe('Too many errors')
  }, 60_000)
})

describe('7. file text printed to the log makes no runner command', () => {
  test('logLines escapes what the runner would read', () => {
    expect(logLines('a\r::error::x\n  ::warning::y\nz ##[error]w\n100%')).toEqual(['a%0D::error::x', '  %3A:warning::y', 'z #%23[error]w', '100%25'])
  })
})

describe('8. base reaches git as a revision, never as an option', () => {
  test.each([
    ['0123abcd', true],
    ['main', true],
    ['release/v1.2', true],
    ['HEAD~2', true],
    ['v1^', true],
    ['--upload-pack=x', false],
    ['-x', false],
    ['a..b', false],
    ['a b', false],
    ['refs/heads/x.lock', false],
    ['@{-1}', false],
    ['', false]
  ])('isRevision(%j) is %s', (rev, ok) => {
    expect(isRevision(rev)).toBe(ok)
  })
})

describe('10. the job summary stays under the 1 MiB the runner accepts', () => {
  const entry = (i: number): Entry => ({
    member: { MemberUin: 200000000000 + i, Name: `member-with-a-long-name-${i}`.slice(0, 25), NodeId: 1001, PolicyType: 'Financial', PermissionIds: [1, 2] },
    line: 5 + i,
    col: 5,
    positions: {}
  })

  test('8,000 undeclared members and 20,000 added entries', () => {
    const undeclared = Array.from({ length: 8000 }, (_, i) => ({
      MemberUin: 300000000000 + i,
      Name: `undeclared-member-${i}`,
      NodeId: 2000,
      PolicyType: 'Financial',
      PermissionIds: [1, 2, 3],
      IsAllowQuit: 'Allow'
    }))
    const added = Array.from({ length: 20_000 }, (_, i) => entry(i))
    const report: RunOutcome = {
      file: 'members.yaml',
      mode: 'plan',
      notes: [],
      warnings: [],
      diagnostics: [],
      entries: added,
      reconcile: 'none',
      diff: { base: 'a'.repeat(40), added, changed: [], removed: [], unchanged: 0 },
      organization: { nodes: 1, members: 8000, calls: 161 },
      alreadyMembers: [],
      reconciliation: {
        scope: 'diff',
        members: undeclared.map((live) => ({ MemberUin: live.MemberUin, Name: live.Name, states: ['undeclared' as const], live, differences: [] })),
        counts: { update: 0, move: 0, tags: 0, pending: 0, remove: 0, undeclared: undeclared.length, invite: 0, 'in-sync': 0 }
      }
    }
    const summary = renderSummary(report, { lineUrl: (line) => `https://github.example/acme/org-members/blob/${'b'.repeat(40)}/members.yaml#L${line}` })
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(MAX_SUMMARY_BYTES)
    expect(summary).toContain('…and 7800 more')
  })

  test('a cut closes what it leaves open and says where the rest is', () => {
    const markdown = '## T\n\n<details><summary>x</summary>\n\n```yaml\n' + 'line of yaml\n'.repeat(200_000) + '```\n\n</details>\n'
    const cut = capMarkdown(markdown, 100_000, 'The rest is in the outputs.')
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(100_000)
    expect(cut.endsWith('```\n\n</details>\n\nThe rest is in the outputs.\n')).toBe(true)
    expect(html(cut)).toContain('</details>')
  })
})

describe("11. the README's workflows are safe to copy", () => {
  test('no `run:` step puts an expression into the shell', () => {
    const pages = [
      'README.md',
      ...readdirSync(join(ROOT, 'docs'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => join('docs', f))
    ]
    const blocks = pages.flatMap((page) => [...readFileSync(join(ROOT, page), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!))
    const runs: string[] = []
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk)
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'run' && typeof value === 'string') runs.push(value)
          else walk(value)
        }
      }
    }
    // Some blocks are a few steps of a workflow, indented as in one: dedented, they are a list of steps.
    for (const block of blocks) walk(parse(block.replace(new RegExp(`^ {${/^ */.exec(block)![0].length}}`, 'gm'), '')))
    expect(runs.length).toBeGreaterThanOrEqual(2)
    for (const run of runs) expect(run).not.toContain('${{')
  })
})

describe('excerpts', () => {
  test('are short, quoted, and escape what could act on a terminal or the runner', () => {
    expect(excerpt('x'.repeat(100))).toBe(`"${'x'.repeat(40)}…"`)
    expect(excerpt('a\rb\u202ec"d\\')).toBe('"a\\u000db\\u202ec\\"d\\\\"')
    expect(excerpt('##[error]x')).toBe('"#\\u0023[error]x"')
  })
})
