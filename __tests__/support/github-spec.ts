// Checks requests to GitHub and GitHub's answers against GitHub's own OpenAPI description, as far as the tests use
// it: __tests__/fixtures/github-openapi.json, cut from @octokit/openapi by scripts/vendor-github-openapi.ts (the
// package version is in its `source`). The fake GitHub runs every request it receives and every answer it gives
// through here, so that neither the action nor the fake can drift from what GitHub accepts and answers.
//
// The description is OpenAPI 3.0.3, whose Schema Object is a dialect of JSON Schema draft 5 (draft-wright-00)
// with OpenAPI's own keywords, not plain JSON Schema. It is read with Ajv's default draft-07 class, after these
// conversions (toJsonSchema):
// - `nullable: true` (used some 150 times in the part we keep: GitHub's description is not nullable-free) becomes
//   "null" added to `type`, and to `enum` when there is one. Ajv's own `nullable` support adds null to `type` but
//   not to `enum`, and refuses `nullable` without `type`; GitHub writes both (issue.state_reason has an enum
//   without null yet is null on every open issue; commit.author is `nullable` beside a `oneOf`). Without `type`,
//   the schema becomes `anyOf: [{type: null}, the rest]`.
// - `discriminator` is dropped: it only says which `oneOf` branch to try first, and `oneOf` itself is checked.
// - `$ref: #/components/schemas/X` points into one schema that holds every component under `definitions`.
// No `exclusiveMinimum: true` (draft 4) or 2019/2020 keywords occur, so no other draft's class is needed; Ajv
// stays strict (an unknown keyword in a new version of the description is an error here, not a silent pass), with
// the four formats the description uses defined below (Ajv knows none without ajv-formats).
//
// Parameters follow OpenAPI's rules: path and query values are strings on the wire, coerced to the parameter's
// type before their schema is checked; a query parameter the operation does not declare is a violation. A path
// parameter marked `x-multi-segment` (a file's path, a ref) spans segments: its slashes are sent as "/", and
// "%2F" there is a violation (GitHub answers 404 for it with fine-grained tokens: octokit/octokit.js#2422).
//
// Answers: the schema of the answer's status code, or, for a status the operation does not list, GitHub's
// generic error answers (401, 403, 429, 5xx: any request can get them) checked against basic-error. A raw body
// (not JSON) is allowed only where the request asked for a raw media type the operation offers.
//
// POST /graphql is not in the REST description; its shape is written out below from GitHub's GraphQL docs.
import { Ajv, type ValidateFunction } from 'ajv'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './action-runner.js'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

interface Parameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required?: boolean
  schema: JsonObject
  'x-multi-segment'?: boolean
}

interface CompiledParameter extends Parameter {
  validate: ValidateFunction
}

interface Operation {
  /** "GET /repos/{owner}/{repo}/contents/{path}" */
  key: string
  operationId: string
  pattern: RegExp
  /** Literal characters of the path template: the more, the more specific the match. */
  specificity: number
  pathParameters: CompiledParameter[]
  queryParameters: CompiledParameter[]
  body?: { required: boolean; validate: ValidateFunction }
  responses: Map<string, { validate?: ValidateFunction; empty: boolean }>
  /** Accept header values for which the answer is raw bytes, not JSON (GitHub's custom media types). */
  raw?: RegExp
}

export interface Checked {
  operation: Operation | undefined
  violations: string[]
}

const FIXTURE = join(ROOT, '__tests__', 'fixtures', 'github-openapi.json')
const COMPONENTS = 'https://github-openapi.test/components.json'

/** Statuses GitHub may answer to any request, documented or not (docs.github.com/rest/using-the-rest-api/troubleshooting-the-rest-api). */
const GENERIC_STATUSES = new Set(['401', '403', '429', '500', '502', '503', '504'])

/**
 * Raw media types an operation offers beside JSON (docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types);
 * GET contents lists them only in its prose, which the fixture leaves out.
 */
const RAW_MEDIA: Record<string, RegExp> = {
  'repos/get-content': /application\/vnd\.github(\.v3)?\.(raw|html)/,
  'repos/get-commit': /application\/vnd\.github(\.v3)?\.(diff|patch|sha)/
}

/**
 * POST /graphql, from "Forming calls with GraphQL" (docs.github.com/graphql/guides/forming-calls-with-graphql): a
 * JSON body with `query` and optionally `variables` (and `operationName`, as any GraphQL server takes), answered
 * with 200 and `data` and/or `errors` (the GraphQL specification's response format).
 */
const GRAPHQL = {
  request: {
    type: 'object',
    properties: { query: { type: 'string', minLength: 1 }, variables: { type: 'object' }, operationName: { type: 'string' } },
    required: ['query'],
    additionalProperties: false
  },
  response: {
    type: 'object',
    properties: {
      data: { type: ['object', 'null'] },
      errors: {
        type: 'array',
        minItems: 1,
        items: { type: 'object', properties: { message: { type: 'string' }, type: { type: 'string' }, path: { type: 'array' } }, required: ['message'] }
      }
    },
    // data, errors, or both.
    minProperties: 1,
    additionalProperties: false
  }
} as const

/** An OpenAPI 3.0 Schema Object as JSON Schema for Ajv (see the top of this file). */
export function toJsonSchema(schema: Json, properties = false): Json {
  if (Array.isArray(schema)) return schema.map((s) => toJsonSchema(s))
  if (schema === null || typeof schema !== 'object') return schema
  if (properties) return Object.fromEntries(Object.entries(schema).map(([name, s]) => [name, toJsonSchema(s)]))
  const { nullable, discriminator: _hint, ...rest } = schema
  const out: JsonObject = {}
  for (const [key, value] of Object.entries(rest)) {
    if (key === '$ref' && typeof value === 'string') out.$ref = value.replace(/^#\/components\/schemas\//, `${COMPONENTS}#/definitions/`)
    else out[key] = toJsonSchema(value, key === 'properties')
  }
  if (nullable !== true) return out
  if (out.type === undefined) return { anyOf: [{ type: 'null' }, out] }
  const types = Array.isArray(out.type) ? out.type : [out.type]
  if (!types.includes('null')) out.type = [...types, 'null']
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null]
  return out
}

function newAjv(): Ajv {
  return new Ajv({
    strict: true,
    // GitHub writes `properties` beside `anyOf` without `type`, and nullable types become unions.
    strictTypes: false,
    allowUnionTypes: true,
    allErrors: true,
    formats: {
      // RFC 3339, as GitHub's timestamps: 2011-04-14T16:00:49Z.
      'date-time': (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(s) && !Number.isNaN(Date.parse(s)),
      uri: (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s) && URL.canParse(s),
      email: (s: string) => /^[^\s@]+@[^\s@]+$/.test(s),
      int64: { type: 'number', validate: (n: number) => Number.isSafeInteger(n) }
    }
  })
}

export class GitHubSpec {
  readonly source: { package: string }
  private readonly operations: Operation[] = []
  private readonly ajv = newAjv()
  private readonly basicError: ValidateFunction

  constructor(fixture: string = FIXTURE) {
    const doc = JSON.parse(readFileSync(fixture, 'utf8')) as {
      source: { package: string }
      missing: string[]
      paths: Record<string, Record<string, JsonObject>>
      components: Record<string, Record<string, JsonObject>>
    }
    this.source = doc.source
    const resolve = <T>(value: Json): T => {
      const ref = (value as JsonObject).$ref
      if (typeof ref !== 'string') return value as T
      const [, kind, name] = /^#\/components\/([^/]+)\/([^/]+)$/.exec(ref) ?? []
      const target = doc.components[kind!]?.[name!]
      if (!target) throw new Error(`${fixture}: ${ref} is not in the fixture`)
      return resolve<T>(target)
    }
    this.ajv.addSchema({ $id: COMPONENTS, definitions: toJsonSchema(doc.components.schemas ?? {}, true) } as object)
    const compile = (schema: Json, where: string): ValidateFunction => {
      try {
        return this.ajv.compile(toJsonSchema(schema) as object)
      } catch (e) {
        throw new Error(`${where}: ${(e as Error).message}`)
      }
    }

    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const key = `${method.toUpperCase()} ${path}`
        const parameters = ((op.parameters as Json[] | undefined) ?? []).map((p) => {
          const parameter = resolve<Parameter>(p)
          return { ...parameter, validate: compile(parameter.schema, `${key} parameter ${parameter.name}`) }
        })
        const pathParameters: CompiledParameter[] = []
        let specificity = 0
        let source = path.replace(/\{([^}]+)\}|[^{]+/g, (literal, name: string | undefined) => {
          if (name === undefined) {
            specificity += literal.length
            return literal.replace(/[.*+?^$()|[\]\\]/g, '\\$&')
          }
          const parameter = parameters.find((p) => p.in === 'path' && p.name === name)
          if (!parameter) throw new Error(`${fixture}: ${key} has no path parameter ${name}`)
          pathParameters.push(parameter)
          // A multi-segment value may be empty: GET contents of "" lists the root folder.
          return parameter['x-multi-segment'] ? '(.*)' : '([^/]+)'
        })
        // The root folder's listing (path "") may come without the slash before the empty path: octokit drops a
        // URL's trailing slash (@octokit/endpoint), so its getContent({ path: '' }) is GET .../contents, which
        // GitHub answers with the root folder.
        if (op.operationId === 'repos/get-content') source = source.replace(/\\?\/\(\.\*\)$/, '(?:/(.*))?')
        const responses = new Map<string, { validate?: ValidateFunction; empty: boolean }>()
        for (const [status, response] of Object.entries((op.responses as JsonObject) ?? {})) {
          const content = resolve<{ content?: Record<string, { schema?: Json }> }>(response).content
          const schema = content?.['application/json']?.schema
          responses.set(status, { ...(schema ? { validate: compile(schema, `${key} ${status}`) } : {}), empty: !content })
        }
        const body = op.requestBody ? resolve<{ required?: boolean; content: Record<string, { schema: Json }> }>(op.requestBody) : undefined
        const bodySchema = body?.content['application/json']?.schema
        const operationId = String(op.operationId)
        this.operations.push({
          key,
          operationId,
          pattern: new RegExp(`^${source}$`),
          specificity,
          pathParameters,
          queryParameters: parameters.filter((p) => p.in === 'query'),
          ...(bodySchema ? { body: { required: body!.required === true, validate: compile(bodySchema, `${key} request body`) } } : {}),
          responses,
          ...(RAW_MEDIA[operationId] ? { raw: RAW_MEDIA[operationId] } : {})
        })
      }
    }
    if (doc.missing.includes('POST /graphql')) {
      this.operations.push({
        key: 'POST /graphql',
        operationId: 'graphql',
        pattern: /^\/graphql$/,
        specificity: 8,
        pathParameters: [],
        queryParameters: [],
        body: { required: true, validate: this.ajv.compile(GRAPHQL.request as object) },
        responses: new Map([['200', { validate: this.ajv.compile(GRAPHQL.response as object), empty: false }]])
      })
    }
    this.operations.sort((a, b) => b.specificity - a.specificity)
    this.basicError = compile({ $ref: '#/components/schemas/basic-error' }, 'basic-error')
  }

  /** The operation a request is for, and what in it GitHub's description does not allow. */
  request(method: string, url: string, body: string): Checked {
    const [rawPath = '', query = ''] = url.split(/\?(.*)/s)
    const where = `${method} ${rawPath}`
    const candidates = this.operations.filter((o) => o.key.startsWith(`${method} `))
    let operation: Operation | undefined
    let values: string[] = []
    for (const o of candidates) {
      const m = o.pattern.exec(rawPath)
      if (m) {
        operation = o
        values = m.slice(1)
        break
      }
    }
    if (!operation) return { operation: undefined, violations: [`${where}: no operation in GitHub's description (${this.source.package}) matches this request`] }
    const violations: string[] = []
    const say = (what: string) => violations.push(`${where} (${operation.operationId}): ${what}`)
    operation.pathParameters.forEach((parameter, i) => {
      const raw = values[i] ?? ''
      if (parameter['x-multi-segment'] && /%2f/i.test(raw)) say(`path parameter ${parameter.name} spans segments (x-multi-segment): its slashes must be sent as "/", not %2F`)
      let value: string
      try {
        value = decodeURIComponent(raw)
      } catch {
        return say(`path parameter ${parameter.name} is not valid percent-encoding: ${raw}`)
      }
      this.checkValue(`path parameter ${parameter.name}`, parameter, value, say)
    })
    const params = new URLSearchParams(query)
    for (const name of new Set(params.keys())) {
      const parameter = operation.queryParameters.find((p) => p.name === name)
      if (!parameter) {
        say(`query parameter ${name} is not one the operation takes (${operation.queryParameters.map((p) => p.name).join(', ') || 'none'})`)
        continue
      }
      const all = params.getAll(name)
      if (all.length > 1) say(`query parameter ${name} is given ${all.length} times`)
      this.checkValue(`query parameter ${name}`, parameter, all[0]!, say)
    }
    for (const parameter of operation.queryParameters) if (parameter.required && !params.has(parameter.name)) say(`required query parameter ${parameter.name} is missing`)
    if (operation.body) {
      if (body === '') {
        if (operation.body.required) say('the request body is required')
      } else {
        let parsed: unknown
        try {
          parsed = JSON.parse(body)
        } catch {
          say('the request body is not JSON')
          return { operation, violations }
        }
        if (!operation.body.validate(parsed)) say(`request body ${this.ajv.errorsText(operation.body.validate.errors, { dataVar: 'body' })}`)
      }
    } else if (body !== '') say('the operation takes no request body')
    return { operation, violations }
  }

  /** What in an answer GitHub's description does not allow. `body` is parsed JSON, or the raw bytes. */
  response(checked: Checked, request: { method: string; url: string; accept: string }, status: number, body: unknown): string[] {
    const { operation } = checked
    if (!operation) return []
    const where = `${request.method} ${request.url.split('?')[0]} (${operation.operationId}) answered ${status}`
    const response = operation.responses.get(String(status)) ?? operation.responses.get(`${String(status)[0]}XX`) ?? operation.responses.get('default')
    const isRaw = Buffer.isBuffer(body) || typeof body === 'string'
    if (!response) {
      if (!GENERIC_STATUSES.has(String(status))) return [`${where}: the operation's description lists no such status (${[...operation.responses.keys()].join(', ')})`]
      if (isRaw || !this.basicError(body))
        return [`${where}: ${isRaw ? 'a raw body' : this.ajv.errorsText(this.basicError.errors, { dataVar: 'answer' })} where GitHub answers a basic-error`]
      return []
    }
    if (isRaw) {
      if (status < 300 && operation.raw?.test(request.accept)) return []
      return [`${where}: a raw body, but the request did not ask for a raw media type this operation offers (Accept: ${request.accept || 'none'})`]
    }
    if (response.empty) return body === undefined ? [] : [`${where}: a body where the description has none`]
    if (response.validate && !response.validate(body)) return [`${where}: ${this.ajv.errorsText(response.validate.errors, { dataVar: 'answer', separator: '; ' })}`]
    return []
  }

  /** A value from the URL, a string on the wire, coerced to its parameter's type as OpenAPI's simple style says. */
  private checkValue(what: string, parameter: CompiledParameter, value: string, say: (what: string) => void): void {
    const type = parameter.schema.type
    let coerced: unknown = value
    if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(value)) coerced = Number(value)
    else if (type === 'boolean' && (value === 'true' || value === 'false')) coerced = value === 'true'
    if (!parameter.validate(coerced)) say(`${what} ${this.ajv.errorsText(parameter.validate.errors, { dataVar: JSON.stringify(value) })}`)
  }
}

let shared: GitHubSpec | undefined
/** One checker for the whole test file: compiling the description takes a moment. */
export function githubSpec(): GitHubSpec {
  return (shared ??= new GitHubSpec())
}
