// Every workflow of this repository, and every workflow the README offers to copy, through GitHub's own parser
// (@actions/workflow-parser, what github.com runs on a workflow file): no parse or schema error, and each step that
// uses this action passes only inputs action.yml declares (and every required one), and reads only outputs it
// declares. The README is read when the tests run, so a block added or changed there is checked too.
import { describe, expect, test } from '@jest/globals'
import { convertWorkflowTemplate, isBasicExpression, isMapping, isSequence, isString, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser'
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token'
import { convertActionTemplate, parseAction } from '@actions/workflow-parser/actions/index'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { ROOT } from './support/action-runner.js'

const trace = new NoOperationTraceWriter()

interface Workflow {
  /** Where it comes from: a file, or the README and the line its block starts on. */
  name: string
  content: string
}

function repositoryWorkflows(): Workflow[] {
  const dir = join(ROOT, '.github', 'workflows')
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({ name: `.github/workflows/${f}`, content: readFileSync(join(dir, f), 'utf8') }))
}

/** The README's and docs/ pages' ```yaml blocks that are workflows: those with top-level `on:` and `jobs:`. */
function readmeWorkflows(): Workflow[] {
  const out: Workflow[] = []
  for (const page of documentation()) {
    const readme = readFileSync(join(ROOT, page), 'utf8')
    for (const m of readme.matchAll(/^```ya?ml[^\n]*\n([\s\S]*?)^```/gm)) {
      const content = m[1]!
      if (!/^on:/m.test(content) || !/^jobs:/m.test(content)) continue
      const line = readme.slice(0, m.index).split('\n').length
      out.push({ name: `${page}, the block on line ${line}`, content })
    }
  }
  return out
}

/** The README and every page under docs/: the workflows they offer are checked alike. */
function documentation(): string[] {
  return [
    'README.md',
    ...readdirSync(join(ROOT, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => `docs/${f}`)
  ]
}

const action = (() => {
  const parsed = parseAction({ name: 'action.yml', content: readFileSync(join(ROOT, 'action.yml'), 'utf8') }, trace)
  const errors = parsed.context.errors.getErrors().map(String)
  const template = parsed.value ? convertActionTemplate(parsed.context, parsed.value) : undefined
  return {
    errors,
    inputs: new Set((template?.inputs ?? []).map((i) => i.id)),
    required: (template?.inputs ?? []).filter((i) => i.required && i.default === undefined).map((i) => i.id),
    outputs: new Set((template?.outputs ?? []).map((o) => o.id))
  }
})()

/** A step that runs this action: from this repository (`./`), or by its published name at some ref. */
function isThisAction(uses: string): boolean {
  return uses === './' || uses === '.' || /^[^/\s]+\/tencent-org-members@\S+$/.test(uses)
}

interface Problem {
  where: string
  problem: string
}

/** Parses one workflow and lists what is wrong with it: the parser's errors, and misuses of this action. */
async function check(w: Workflow): Promise<{ problems: Problem[]; stepsOfThisAction: number }> {
  const parsed = parseWorkflow({ name: w.name, content: w.content }, trace)
  const problems: Problem[] = parsed.context.errors.getErrors().map((e) => ({ where: w.name, problem: e.message }))
  if (!parsed.value || problems.length > 0) return { problems, stepsOfThisAction: 0 }
  const template = await convertWorkflowTemplate(parsed.context, parsed.value)
  for (const e of template.errors ?? []) problems.push({ where: w.name, problem: e.Message })

  let stepsOfThisAction = 0
  const jobs = isMapping(parsed.value) ? parsed.value.find('jobs') : undefined
  if (!jobs || !isMapping(jobs)) return { problems, stepsOfThisAction }
  for (const { key, value: job } of jobs) {
    if (!isMapping(job)) continue
    const jobName = `${w.name}, job ${key.toString()}`
    const ids = new Set<string>()
    const steps = job.find('steps')
    for (const [index, step] of (steps && isSequence(steps) ? [...steps] : []).entries()) {
      if (!isMapping(step)) continue
      const uses = step.find('uses')
      if (!uses || !isString(uses) || !isThisAction(uses.value)) continue
      stepsOfThisAction++
      const id = step.find('id')
      if (id && isString(id)) ids.add(id.value)
      const where = `${jobName}, step ${index + 1} (${uses.value})`
      const given = new Set<string>()
      const inputs = step.find('with')
      if (inputs && isMapping(inputs)) for (const { key: input } of inputs) given.add(input.toString())
      for (const input of given) if (!action.inputs.has(input)) problems.push({ where, problem: `input "${input}" is not declared in action.yml` })
      for (const input of action.required) if (!given.has(input)) problems.push({ where, problem: `required input "${input}" is missing` })
    }
    // Outputs are read through expressions anywhere in the job: env, run, if, with, the job's own outputs.
    for (const text of expressionTexts(job)) {
      for (const m of text.matchAll(/\bsteps\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)/g)) {
        if (ids.has(m[1]!) && !action.outputs.has(m[2]!))
          problems.push({ where: jobName, problem: `steps.${m[1]}.outputs.${m[2]}: "${m[2]}" is not an output declared in action.yml` })
      }
    }
  }
  return { problems, stepsOfThisAction }
}

/** The text of every expression and string under a token (`if:` holds a bare expression, `run:` a formatted one). */
function* expressionTexts(token: TemplateToken): Generator<string> {
  if (isBasicExpression(token)) yield token.expression
  else if (isString(token)) yield token.value
  else if (isMapping(token)) {
    for (const { key, value } of token) {
      yield* expressionTexts(key)
      yield* expressionTexts(value)
    }
  } else if (isSequence(token)) for (const item of token) yield* expressionTexts(item)
}

describe("GitHub's workflow parser", () => {
  test('action.yml parses without error and declares inputs and outputs', () => {
    expect(action.errors).toEqual([])
    expect(action.inputs.size).toBeGreaterThan(0)
    expect(action.outputs.size).toBeGreaterThan(0)
  })

  const workflows = repositoryWorkflows()
  test('the repository has CI, a run of the action itself, and a release workflow', () => {
    expect(workflows.map((w) => w.name)).toEqual(expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/check-action.yml', '.github/workflows/release.yml']))
  })

  test.each(workflows.map((w) => [w.name, w] as const))('%s', async (_name, w) => {
    expect((await check(w)).problems).toEqual([])
  })

  test('check-action.yml runs this action from the repository in validate and in plan mode', () => {
    const content = workflows.find((w) => w.name.endsWith('/check-action.yml'))!.content
    const modes = [...content.matchAll(/uses: \.\/\s*\n(?:\s+.*\n)*?\s+mode: (\w+)/g)].map((m) => m[1])
    expect(modes).toEqual(expect.arrayContaining(['validate', 'plan']))
  })

  const blocks = readmeWorkflows()
  test('the README offers workflows to copy', () => {
    expect(blocks.length).toBeGreaterThan(0)
  })

  test.each(blocks.map((w) => [w.name, w] as const))('%s', async (_name, w) => {
    const { problems, stepsOfThisAction } = await check(w)
    expect(problems).toEqual([])
    expect(stepsOfThisAction).toBeGreaterThan(0)
  })

  test('the checker itself finds an undeclared input, a missing output and a parse error', async () => {
    const bad = `on: push
jobs:
  apply:
    runs-on: ubuntu-latest
    steps:
      - uses: acme/tencent-org-members@v1
        id: members
        with:
          secret-id: x
          max-invite: 3
      - run: echo "\${{ steps.members.outputs.invitations }}"
      - if: steps.members.outputs.failed != '0'
        run: exit 1
`
    const { problems } = await check({ name: 'bad.yml', content: bad })
    expect(problems.map((p) => p.problem)).toEqual([
      'input "max-invite" is not declared in action.yml',
      'steps.members.outputs.invitations: "invitations" is not an output declared in action.yml'
    ])
    const broken = await check({ name: 'broken.yml', content: 'on: push\njobs:\n  a:\n    steps:\n      - run: echo\n' })
    expect(broken.problems.length).toBeGreaterThan(0)
  })
})

describe('dependabot', () => {
  test('updates the npm packages and the actions the workflows use', () => {
    const config = parse(readFileSync(join(ROOT, '.github', 'dependabot.yml'), 'utf8')) as { version: number; updates: Array<{ 'package-ecosystem': string; directory: string }> }
    expect(config.version).toBe(2)
    expect(config.updates.map((u) => [u['package-ecosystem'], u.directory])).toEqual([
      ['npm', '/'],
      ['github-actions', '/']
    ])
  })
})
