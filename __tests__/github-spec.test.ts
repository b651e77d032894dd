// The check of the fake GitHub against GitHub's OpenAPI description (support/github-spec.ts): that it catches what
// it is there to catch, and that the fake cannot leave a violation unnoticed. In process, with fetch.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './support/action-runner.js'
import { FakeGitHub } from './support/fake-github.js'
import { githubSpec, toJsonSchema } from './support/github-spec.js'
import { OPERATIONS } from '../scripts/vendor-github-openapi.js'

const spec = githubSpec()
const fixture = JSON.parse(readFileSync(join(ROOT, '__tests__', 'fixtures', 'github-openapi.json'), 'utf8')) as {
  source: { package: string; openapi: string }
  missing: string[]
  paths: Record<string, Record<string, unknown>>
}

describe('the fixture', () => {
  test('says where it comes from, and holds every operation the script names (POST /graphql is not in the REST description)', () => {
    expect(fixture.source.package).toMatch(/^@octokit\/openapi@\d+\.\d+\.\d+$/)
    expect(fixture.source.openapi).toBe('3.0.3')
    const held = Object.entries(fixture.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`))
    expect([...held, ...fixture.missing].sort()).toEqual(OPERATIONS.map(([m, p]) => `${m.toUpperCase()} ${p}`).sort())
    expect(fixture.missing).toEqual(['POST /graphql'])
  })

  test("OpenAPI 3.0's nullable becomes JSON Schema: null added to the type and to the enum, or beside a schema without type", () => {
    expect(toJsonSchema({ type: 'string', enum: ['completed'], nullable: true })).toEqual({ type: ['string', 'null'], enum: ['completed', null] })
    expect(toJsonSchema({ nullable: true, oneOf: [{ type: 'string' }, { type: 'integer' }] })).toEqual({
      anyOf: [{ type: 'null' }, { oneOf: [{ type: 'string' }, { type: 'integer' }] }]
    })
    // A property named like a keyword is data.
    expect(toJsonSchema({ type: 'object', properties: { nullable: { type: 'boolean' }, discriminator: { type: 'string' } } })).toEqual({
      type: 'object',
      properties: { nullable: { type: 'boolean' }, discriminator: { type: 'string' } }
    })
  })
})

describe('requests', () => {
  test('a request as GitHub takes it passes', () => {
    expect(spec.request('GET', '/repos/acme/org-members/issues/7/comments?per_page=100&page=2', '').violations).toEqual([])
    expect(spec.request('PATCH', '/repos/acme/org-members/issues/3', '{"state":"closed","state_reason":"completed"}').violations).toEqual([])
    expect(spec.request('GET', '/repos/acme/org-members/contents/team%20a/members%20(1).yaml?ref=abc', '').violations).toEqual([])
    // The root folder: path "", with or without the slash before it (octokit drops a trailing slash).
    expect(spec.request('GET', '/repos/acme/org-members/contents/?ref=abc', '').violations).toEqual([])
    expect(spec.request('GET', '/repos/acme/org-members/contents?ref=abc', '').violations).toEqual([])
    expect(spec.request('POST', '/graphql', '{"query":"query { viewer { login } }"}').violations).toEqual([])
  })

  test('the more specific path wins: commits/{sha}/pulls is not commits/{ref} with a slash', () => {
    expect(spec.request('GET', '/repos/acme/org-members/commits/abc/pulls', '').operation?.operationId).toBe('repos/list-pull-requests-associated-with-commit')
    expect(spec.request('GET', '/repos/acme/org-members/commits/abc', '').operation?.operationId).toBe('repos/get-commit')
  })

  test.each([
    ['a slash of a multi-segment path sent as %2F', 'GET', '/repos/acme/r/contents/team%2Fmembers.yaml?ref=abc', '', 'its slashes must be sent as "/", not %2F'],
    ['a query parameter the operation does not take', 'GET', '/repos/acme/r/contents/members.yaml?sha=abc', '', 'query parameter sha is not one the operation takes (ref)'],
    ['a path parameter of the wrong type', 'GET', '/repos/acme/r/issues/seven/comments', '', 'path parameter issue_number "seven" must be integer'],
    ['a query value outside its enum', 'GET', '/repos/acme/r/issues?state=opened', '', 'query parameter state "opened" must be equal to one of the allowed values'],
    ['a body without a required field', 'POST', '/repos/acme/r/issues/7/comments', '{"text":"hi"}', "request body body must have required property 'body'"],
    ['a body field of the wrong kind', 'PATCH', '/repos/acme/r/issues/7', '{"state":"shut"}', 'request body body/state must be equal to one of the allowed values'],
    ['a body where the operation takes none', 'GET', '/user', '{}', 'the operation takes no request body'],
    ['a GraphQL call without a query', 'POST', '/graphql', '{"variables":{}}', "request body body must have required property 'query'"],
    ['an operation GitHub does not have', 'GET', '/repos/acme/r/members.yaml', '', "no operation in GitHub's description"]
  ])('%s is a violation', (_name, method, url, body, message) => {
    const { violations } = spec.request(method, url, body)
    expect(violations).toHaveLength(1)
    expect(violations[0]).toContain(message)
  })
})

describe('answers', () => {
  const get = (url: string) => ({ checked: spec.request('GET', url, ''), request: { method: 'GET', url, accept: 'application/vnd.github.v3+json' } })

  test("the fake's old answers, which carried only what the action read, are caught", () => {
    const { checked, request } = get('/repos/acme/r/issues/7/comments')
    const [violation] = spec.response(checked, request, 200, [{ id: 1, body: 'x', user: { login: 'github-actions[bot]', type: 'Bot' } }])
    for (const field of ['node_id', 'html_url', 'issue_url', 'url', 'created_at', 'updated_at', 'user must have required property']) expect(violation).toContain(field)
    const commit = get('/repos/acme/r/commits/abc')
    expect(spec.response(commit.checked, commit.request, 200, { sha: 'abc' })[0]).toContain("must have required property 'node_id'")
    // 422 is a validation-error, whose documentation_url is required.
    expect(spec.response(commit.checked, commit.request, 422, { message: 'No commit found for SHA' })[0]).toContain("must have required property 'documentation_url'")
  })

  test('a status the operation does not list is a violation, except the errors any request can get', () => {
    const { checked, request } = get('/repos/acme/r/issues/7/comments')
    expect(spec.response(checked, request, 418, { message: 'teapot' })[0]).toContain("the operation's description lists no such status (200, 404, 410)")
    expect(spec.response(checked, request, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' })).toEqual([])
    expect(spec.response(checked, request, 502, 'Bad gateway')[0]).toContain('a raw body where GitHub answers a basic-error')
  })

  test('raw bytes only for a raw media type the operation offers', () => {
    const { checked } = get('/repos/acme/r/contents/members.yaml?ref=abc')
    const url = '/repos/acme/r/contents/members.yaml?ref=abc'
    expect(spec.response(checked, { method: 'GET', url, accept: 'application/vnd.github.v3.raw' }, 200, Buffer.from('members: []\n'))).toEqual([])
    expect(spec.response(checked, { method: 'GET', url, accept: 'application/json' }, 200, Buffer.from('members: []\n'))[0]).toContain('did not ask for a raw media type')
  })

  test("null where GitHub's schema says nullable, even beside an enum without null (state_reason of an open issue)", () => {
    const { checked, request } = get('/repos/acme/r/issues')
    const [violation] = spec.response(checked, request, 200, [{ state_reason: null, milestone: null, assignee: 'nobody' }])
    expect(violation).not.toContain('state_reason')
    expect(violation).not.toContain('/milestone')
    expect(violation).toContain('answer/0/assignee must be object,null')
  })
})

describe('the fake GitHub', () => {
  let github: FakeGitHub
  beforeEach(async () => {
    github = await FakeGitHub.start()
  })
  afterEach(async () => {
    await github.close()
  })
  const call = (path: string, init: { method?: string; body?: unknown; accept?: string } = {}) =>
    fetch(github.url + path, {
      method: init.method ?? 'GET',
      headers: { authorization: `token ${github.token}`, accept: init.accept ?? 'application/vnd.github.v3+json', 'content-type': 'application/json' },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) })
    })

  test('close() fails the test with what the description does not allow, unless the test takes it', async () => {
    const other = await FakeGitHub.start()
    await fetch(`${other.url}/repos/acme/r/contents/team%2Fmembers.yaml?ref=abc&sha=1`, { headers: { authorization: `token ${other.token}` } })
    expect(other.specViolations).toEqual([expect.stringContaining('not %2F'), expect.stringContaining('query parameter sha is not one the operation takes')])
    await expect(other.close()).rejects.toThrow(/2 request\(s\) or answer\(s\) that GitHub's OpenAPI description \(@octokit\/openapi@[\d.]+\) does not allow:\n- GET/)

    const taken = await FakeGitHub.start()
    await fetch(`${taken.url}/repos/acme/r/contents/team%2Fmembers.yaml?ref=abc`, { headers: { authorization: `token ${taken.token}` } })
    expect(taken.takeSpecViolations()).toHaveLength(1)
    await expect(taken.close()).resolves.toBeUndefined()
  })

  test('answers with every field the schemas require: comments, issues, a commit, a file, a folder, errors', async () => {
    github.addComment(7, 'hello', { login: 'mallory', type: 'User' })
    github.addIssue({ title: 'An issue' })
    github.addIssue({ title: 'A pull request', pull_request: { url: `${github.url}/repos/acme/r/pulls/2` } })
    github.addFile('ab'.repeat(20), 'team a/members (1).yaml', 'members: []\n')
    github.addFile('ab'.repeat(20), 'README.md', '# org\n')
    expect((await call('/repos/acme/r/issues/7/comments')).status).toBe(200)
    expect((await call('/repos/acme/r/issues/7/comments', { method: 'POST', body: { body: 'mine' } })).status).toBe(201)
    const comment = github.comments.get(7)![1]!
    expect(comment.user).toEqual({ login: 'github-actions[bot]', type: 'Bot' })
    expect((await call(`/repos/acme/r/issues/comments/${comment.id}`, { method: 'PATCH', body: { body: 'edited' } })).status).toBe(200)
    expect((await call('/repos/acme/r/issues?state=open&per_page=1')).headers.get('link')).toContain('rel="next"')
    expect((await call('/repos/acme/r/issues', { method: 'POST', body: { title: 't', body: 'b' } })).status).toBe(201)
    expect((await call('/repos/acme/r/issues/1', { method: 'PATCH', body: { state: 'closed', state_reason: 'completed' } })).status).toBe(200)
    expect(github.issues[0]).toMatchObject({ state: 'closed', state_reason: 'completed' })
    expect((await call(`/repos/acme/r/commits/${'ab'.repeat(20)}?per_page=1`)).status).toBe(200)
    expect((await call(`/repos/acme/r/commits/${'cd'.repeat(20)}`)).status).toBe(422)
    const raw = await call(`/repos/acme/r/contents/team%20a/members%20(1).yaml?ref=${'ab'.repeat(20)}`, { accept: 'application/vnd.github.v3.raw' })
    expect(await raw.text()).toBe('members: []\n')
    const json = (await (await call(`/repos/acme/r/contents/team%20a/members%20(1).yaml?ref=${'ab'.repeat(20)}`)).json()) as { content: string }
    expect(Buffer.from(json.content, 'base64').toString()).toBe('members: []\n')
    const root = (await (await call(`/repos/acme/r/contents/?ref=${'ab'.repeat(20)}`)).json()) as Array<{ name: string; type: string }>
    expect(root.map((e) => [e.name, e.type])).toEqual([
      ['README.md', 'file'],
      ['team a', 'dir']
    ])
    const folder = (await (await call(`/repos/acme/r/contents/team%20a?ref=${'ab'.repeat(20)}`)).json()) as Array<{ path: string }>
    expect(folder.map((e) => e.path)).toEqual(['team a/members (1).yaml'])
    expect((await call(`/repos/acme/r/contents/nowhere?ref=${'ab'.repeat(20)}`)).status).toBe(404)
    expect(github.specViolations).toEqual([])
  })

  test('a contents path with %2F is answered 404, as GitHub answers fine-grained tokens', async () => {
    github.addFile('ab'.repeat(20), 'team/members.yaml', 'members: []\n')
    expect((await call(`/repos/acme/r/contents/team%2Fmembers.yaml?ref=${'ab'.repeat(20)}`, { accept: 'application/vnd.github.v3.raw' })).status).toBe(404)
    expect((await call(`/repos/acme/r/contents/team/members.yaml?ref=${'ab'.repeat(20)}`, { accept: 'application/vnd.github.v3.raw' })).status).toBe(200)
    expect(github.takeSpecViolations()).toEqual([expect.stringContaining('its slashes must be sent as "/", not %2F')])
  })

  test.each([
    ['a personal token', { kind: 'personal', login: 'members-bot' } as const, 200, 'members-bot'],
    ["the workflow's GITHUB_TOKEN", { kind: 'github-token' } as const, 403, 'github-actions[bot]'],
    ["a GitHub App's installation token", { kind: 'app', slug: 'my-app' } as const, 403, 'my-app[bot]']
  ])('who the token is, for %s: GET /user, then GraphQL viewer', async (_name, identity, userStatus, login) => {
    github.identity = identity
    const user = await call('/user')
    expect(user.status).toBe(userStatus)
    if (userStatus === 200) expect(((await user.json()) as { login: string }).login).toBe(login)
    const viewer = await call('/graphql', { method: 'POST', body: { query: 'query { viewer { login } }' } })
    expect(await viewer.json()).toEqual({ data: { viewer: { login } } })
    expect(github.author.login).toBe(login)
  })

  test('GraphQL can be made to fail: an HTTP status, or errors in a 200 answer', async () => {
    github.graphqlFailure = 502
    expect((await call('/graphql', { method: 'POST', body: { query: 'query { viewer { login } }' } })).status).toBe(502)
    github.graphqlFailure = 'errors'
    const answer = (await (await call('/graphql', { method: 'POST', body: { query: 'query { viewer { login } }' } })).json()) as { errors: unknown[] }
    expect(answer.errors).toHaveLength(1)
  })
})
