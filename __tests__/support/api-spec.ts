// Tencent Cloud's machine-readable API specification (the api.json of TencentCloud/tencentcloud-cli, extracts vendored
// in __tests__/fixtures/api/) and checks of a request's parameters and an answer's fields against it. The emulator
// runs every request and every answer through these, so it can neither accept nor answer what the real API would not.
//
// api.json's vocabulary: an action names its input and output objects; an object lists members, each with a `type`
// (int, string, bool, float, list, object) and a `member` (for int: int64 or uint64; for a list, the type of its
// elements, a scalar or an object's name; for an object, its name). Inputs mark `required`; outputs mark
// `output_required` (older objects only `required`) and `value_allowed_null`.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './action-runner.js'

export interface SpecMember {
  name: string
  type: 'int' | 'string' | 'bool' | 'float' | 'list' | 'object'
  member: string
  required?: boolean
  output_required?: boolean
  value_allowed_null?: boolean
  document?: string
}
export interface SpecObject {
  members: SpecMember[]
  usage?: 'in' | 'out' | 'both'
}
export interface ApiSpec {
  source: string
  repository: string
  commit: string
  metadata: { apiVersion: string; serviceShortName: string }
  actions: Record<string, { input: string; output: string; status?: string; document?: string }>
  objects: Record<string, SpecObject>
}

export type Service = 'organization' | 'tag'

/**
 * What is wrong, as the real API words it: `unknown` (UnknownParameter), `missing` (MissingParameter), `type` (a value
 * of another type: InvalidParameter), `range` (the right type out of its range, a negative uint64:
 * InvalidParameterValue), `action` (the action is not in the specification).
 */
export type ViolationKind = 'unknown' | 'missing' | 'type' | 'range' | 'action'
export interface SpecViolation {
  service: Service
  action: string
  direction: 'request' | 'response'
  kind: ViolationKind
  /** The parameter's path as the API names it: `Tags.0.TagKey`. */
  path: string
  message: string
}

const FILES: Record<Service, string> = { organization: 'organization-v20210331.json', tag: 'tag-v20180813.json' }
const loaded = new Map<Service, ApiSpec>()

/** The vendored specification of a service, read once. */
export function loadSpec(service: Service): ApiSpec {
  let spec = loaded.get(service)
  if (!spec) {
    spec = JSON.parse(readFileSync(join(ROOT, '__tests__', 'fixtures', 'api', FILES[service]), 'utf8')) as ApiSpec
    loaded.set(service, spec)
  }
  return spec
}

/** The violations of a request's parameters (the JSON body) for `action`; none when it is as api.json says. */
export function checkRequest(service: Service, action: string, body: unknown): SpecViolation[] {
  return check(service, action, 'request', body)
}

/** The violations of an answer (the object inside `Response`, without `Error`) for `action`. */
export function checkResponse(service: Service, action: string, response: unknown): SpecViolation[] {
  return check(service, action, 'response', response)
}

/** The common error code the real API answers a request with these violations: the first one's. */
export function errorCodeFor(violation: SpecViolation): string {
  switch (violation.kind) {
    case 'unknown':
      return 'UnknownParameter'
    case 'missing':
      return 'MissingParameter'
    case 'range':
      return 'InvalidParameterValue'
    case 'action':
      return 'InvalidAction'
    case 'type':
      return 'InvalidParameter'
  }
}

export function formatViolations(violations: readonly SpecViolation[]): string {
  return violations.map((v) => `${v.service} ${v.action} ${v.direction}: ${v.message}`).join('\n')
}

function check(service: Service, action: string, direction: SpecViolation['direction'], value: unknown): SpecViolation[] {
  const spec = loadSpec(service)
  const found: SpecViolation[] = []
  const report = (kind: ViolationKind, path: string, message: string): void => {
    found.push({ service, action, direction, kind, path, message })
  }
  const declared = spec.actions[action]
  if (!declared) {
    report('action', '', `the action ${action} is not in the vendored ${service} api.json`)
    return found
  }
  new Checker(spec, direction, report).object(direction === 'request' ? declared.input : declared.output, value, '')
  // The priority of the real API's answer: a parameter it does not know, then one it misses, then a wrong value.
  const rank: Record<ViolationKind, number> = { action: 0, unknown: 1, missing: 2, type: 3, range: 4 }
  return found.sort((a, b) => rank[a.kind] - rank[b.kind])
}

class Checker {
  constructor(
    private readonly spec: ApiSpec,
    private readonly direction: SpecViolation['direction'],
    private readonly report: (kind: ViolationKind, path: string, message: string) => void
  ) {}

  object(name: string, value: unknown, path: string): void {
    const object = this.spec.objects[name]
    if (!object) return this.report('type', path, `api.json has no object ${name}`)
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return this.report('type', path, `${path || 'the body'} must be an object (${name}), not ${describe(value)}`)
    }
    const fields = value as Record<string, unknown>
    const members = new Map(object.members.map((m) => [m.name, m]))
    for (const key of Object.keys(fields)) {
      if (!members.has(key)) this.report('unknown', join2(path, key), `${join2(path, key)} is not a parameter of ${name}`)
    }
    for (const member of object.members) {
      const at = join2(path, member.name)
      const present = fields[member.name] !== undefined
      if (!present) {
        if (this.required(member)) this.report('missing', at, `${at} is required (${name}) and missing`)
        continue
      }
      this.value(member, member.type === 'list' ? 'list' : member.member, fields[member.name], at)
    }
  }

  /** Required in this direction: inputs by `required`; outputs by `output_required`, or `required` where an older object has only that. */
  private required(member: SpecMember): boolean {
    if (this.direction === 'request') return member.required === true
    return member.output_required ?? member.required === true
  }

  private value(member: SpecMember, kind: string, value: unknown, path: string): void {
    if (value === null) {
      if (this.direction === 'response' && member.value_allowed_null === true) return
      return this.report('type', path, `${path} is null`)
    }
    if (kind === 'list') {
      if (!Array.isArray(value)) return this.report('type', path, `${path} must be a list of ${member.member}, not ${describe(value)}`)
      value.forEach((element, i) => this.value(member, member.member, element, `${path}.${i}`))
      return
    }
    switch (kind) {
      case 'int64':
      case 'uint64':
      case 'int':
        if (typeof value !== 'number' || !Number.isInteger(value)) return this.report('type', path, `${path} must be an integer (${kind}), not ${describe(value)}`)
        if (kind === 'uint64' && value < 0) return this.report('range', path, `${path} must be a non-negative integer (uint64), not ${value}`)
        return
      case 'float':
      case 'double':
        if (typeof value !== 'number' || !Number.isFinite(value)) return this.report('type', path, `${path} must be a number (${kind}), not ${describe(value)}`)
        return
      case 'string':
        if (typeof value !== 'string') return this.report('type', path, `${path} must be a string, not ${describe(value)}`)
        return
      case 'bool':
        if (typeof value !== 'boolean') return this.report('type', path, `${path} must be a boolean, not ${describe(value)}`)
        return
      default:
        return this.object(kind, value, path)
    }
  }
}

const join2 = (path: string, key: string): string => (path ? `${path}.${key}` : key)

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (value === null) return 'null'
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)}`
  if (typeof value === 'number') return `the number ${value}`
  return `a ${typeof value}`
}
