// Action inputs -> one Settings object. Every check of an input's form happens here, before any work.
import * as core from '../runner/protocol.js'
import { isAbsolute, relative, resolve } from 'node:path'
import { MODES, type RequestedMode } from './mode.js'
import { isRevision } from '../history/revision.js'
import type { Credentials } from '../organization/sdk-client.js'
import { parseEndpoint, type Endpoint } from '../organization/endpoint.js'
import { RECONCILE_LEVELS, type ReconcileLevel } from '../model/run.js'
import { parseProtectedMembers } from '../organization/guards.js'
import type { ApprovalPolicy } from '../model/approvals.js'
import { parseApprovals, parseSensitivePermissions } from './approvals-input.js'
import {
  DEFAULT_AUDIENCE,
  DEFAULT_REFRESH_MARGIN_SECONDS,
  DEFAULT_STS_ENDPOINT,
  DEFAULT_STS_REGION,
  REFRESH_MARGIN_ENV,
  ROLE_ARN,
  SESSION_NAME,
  defaultSessionName,
  type OidcSettings
} from './oidc-settings.js'

export interface Settings {
  /** The members file as given, and as a path relative to the workspace (for git and annotations). */
  file: string
  filePath: string
  mode: RequestedMode
  base?: string
  credentials?: Credentials
  /** Sign in with the workflow's OIDC token instead: role-arn given, and no secret key. */
  oidc?: OidcSettings
  endpoint: Endpoint
  region?: string
  maxInvites: number
  rateLimit: number
  timeoutSeconds: number
  githubToken?: string
  comment: boolean
  /** Audit range: dates as git reads them. */
  since?: string
  until?: string
  /** Mode drift: any drift fails the run. */
  failOnDrift: boolean
  /** Mode drift: keep one open issue with the current drift. */
  driftIssue: boolean
  /** Mode import: members by NodeId rather than Node path. */
  importNodeIds: boolean
  /** Permission IDs counted as sensitive (transfer funds, pay on behalf, credit limit settings by default). */
  sensitivePermissions: number[]
  /** Mode review: where the review's files go, the last review's JSON, and whether to open a sign-off issue. */
  reviewDir: string
  previousReview?: string
  reviewIssue: boolean
  /** What apply sends beyond invitations of added entries. */
  reconcile: ReconcileLevel
  maxChanges: number
  maxRemovals: number
  /** UINs never updated, moved or removed. */
  protectedMembers: number[]
  /** The Tag service, for members' Tags; undefined: derived from endpoint. */
  tagEndpoint?: Endpoint
  /** Inputs approvals and sensitive-permissions; undefined: no approvals are required (today's behaviour). */
  approvals?: ApprovalPolicy
}

export class InputError extends Error {}

export function readSettings(workspace: string, env: NodeJS.ProcessEnv = process.env): Settings {
  // Masked first, so that no later message (or debug line) can print them.
  const secretId = core.getInput('secret-id') || env.TENCENTCLOUD_SECRET_ID || ''
  const secretKey = core.getInput('secret-key') || env.TENCENTCLOUD_SECRET_KEY || ''
  const token = core.getInput('session-token') || env.TENCENTCLOUD_SESSION_TOKEN || ''
  for (const secret of [secretId, secretKey, token]) if (secret) core.setSecret(secret)
  const githubToken = core.getInput('github-token')
  if (githubToken) core.setSecret(githubToken)

  const file = core.getInput('file') || 'members.yaml'
  const absolute = resolve(workspace, file)
  const filePath = relative(workspace, absolute)
  if (filePath.startsWith('..') || isAbsolute(filePath)) {
    throw new InputError(`file "${file}" is outside the workspace (${workspace}).`)
  }

  const mode = (core.getInput('mode') || 'auto').toLowerCase()
  if (!(MODES as readonly string[]).includes(mode)) {
    throw new InputError(`mode "${mode}" is not one of ${MODES.join(', ')}.`)
  }
  if ((secretId === '') !== (secretKey === '')) {
    throw new InputError(`${secretId ? 'secret-key' : 'secret-id'} is missing: give both secret-id and secret-key, or neither.`)
  }

  let endpoint: Endpoint
  try {
    endpoint = parseEndpoint(core.getInput('endpoint'))
  } catch (e) {
    throw new InputError((e as Error).message)
  }
  const region = core.getInput('region')
  const base = core.getInput('base')
  if (base && !isRevision(base)) {
    throw new InputError(`base ${JSON.stringify(base.slice(0, 60))} is not a commit id or a branch or tag name.`)
  }
  const roleArn = core.getInput('role-arn').trim()
  if (roleArn && secretKey) {
    core.warning('role-arn is ignored: secret-id and secret-key are set (as inputs or TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY). Remove the keys to sign in with OIDC.')
  }
  const oidc = roleArn && !secretKey ? readOidcSettings(roleArn, region, env) : undefined
  const reconcile = (core.getInput('reconcile') || 'none').trim().toLowerCase()
  if (!(RECONCILE_LEVELS as readonly string[]).includes(reconcile)) {
    throw new InputError(`reconcile "${reconcile.slice(0, 40)}" is not one of ${RECONCILE_LEVELS.join(', ')}.`)
  }
  const protectedMembers = parseProtectedMembers(core.getInput('protected-members'))
  if (typeof protectedMembers === 'string') {
    throw new InputError(`protected-members holds "${protectedMembers.slice(0, 40)}", which is not a UIN: give UINs separated by commas or newlines.`)
  }
  let tagEndpoint: Endpoint | undefined
  try {
    tagEndpoint = core.getInput('tag-endpoint').trim() ? parseEndpoint(core.getInput('tag-endpoint')) : undefined
  } catch (e) {
    throw new InputError((e as Error).message.replace(/^endpoint /, 'tag-endpoint '))
  }
  const approvals = parseApprovals(core.getInput('approvals'), core.getInput('sensitive-permissions'))
  if (approvals && 'error' in approvals) throw new InputError(approvals.error)
  return {
    file,
    filePath,
    mode: mode as RequestedMode,
    ...(base ? { base } : {}),
    ...(secretId ? { credentials: { secretId, secretKey, ...(token ? { token } : {}) } } : {}),
    ...(oidc ? { oidc } : {}),
    endpoint,
    ...(region ? { region } : {}),
    maxInvites: integerInput('max-invites', 50, 0),
    rateLimit: numberInput('rate-limit', 20, 0.1, 20),
    timeoutSeconds: numberInput('timeout', 15, 1, 300),
    ...(githubToken ? { githubToken } : {}),
    comment: booleanInput('comment', true),
    ...(core.getInput('since') ? { since: core.getInput('since') } : {}),
    ...(core.getInput('until') ? { until: core.getInput('until') } : {}),
    failOnDrift: booleanInput('fail-on-drift', false),
    driftIssue: booleanInput('drift-issue', false),
    importNodeIds: booleanInput('import-node-ids', false),
    sensitivePermissions: sensitivePermissions(),
    reviewDir: workspacePath(workspace, 'review-dir', 'access-reviews'),
    ...(core.getInput('previous-review') ? { previousReview: workspacePath(workspace, 'previous-review', '') } : {}),
    reviewIssue: booleanInput('review-issue', false),
    reconcile: reconcile as ReconcileLevel,
    maxChanges: integerInput('max-changes', 50, 0),
    maxRemovals: integerInput('max-removals', 5, 0),
    protectedMembers,
    ...(tagEndpoint ? { tagEndpoint } : {}),
    ...(approvals ? { approvals } : {})
  }
}

function readOidcSettings(roleArn: string, region: string, env: NodeJS.ProcessEnv): OidcSettings {
  if (!ROLE_ARN.test(roleArn)) {
    throw new InputError(`role-arn "${roleArn}" is not a CAM role ARN: copy it from CAM > Roles > the role, like qcs::cam::uin/100000000001:roleName/github-org-members.`)
  }
  const providerId = core.getInput('oidc-provider-id').trim()
  if (!providerId) {
    throw new InputError('oidc-provider-id is missing: with role-arn, give the name of the CAM OIDC identity provider the role trusts (CAM > Identity providers > Role SSO).')
  }
  const sessionName = core.getInput('role-session-name').trim() || defaultSessionName(env.GITHUB_REPOSITORY, env.GITHUB_RUN_ID)
  if (!SESSION_NAME.test(sessionName)) {
    throw new InputError(`role-session-name "${sessionName}" must be 2 to 64 letters, digits or + = , . @ _ -.`)
  }
  let stsEndpoint: Endpoint
  try {
    stsEndpoint = parseEndpoint(core.getInput('sts-endpoint') || DEFAULT_STS_ENDPOINT)
  } catch (e) {
    throw new InputError((e as Error).message.replace(/^endpoint /, 'sts-endpoint '))
  }
  const margin = env[REFRESH_MARGIN_ENV] ?? ''
  const refreshMarginSeconds = margin === '' ? DEFAULT_REFRESH_MARGIN_SECONDS : Number(margin)
  if (!Number.isFinite(refreshMarginSeconds) || refreshMarginSeconds < 0) {
    throw new InputError(`${REFRESH_MARGIN_ENV} must be a number of seconds, got "${margin}".`)
  }
  return {
    roleArn,
    providerId,
    sessionName,
    audience: core.getInput('oidc-audience').trim() || DEFAULT_AUDIENCE,
    stsEndpoint,
    region: region || DEFAULT_STS_REGION,
    refreshMarginSeconds
  }
}

/** A list of permission IDs, 1 to 10, separated by commas or spaces. */
/** Input sensitive-permissions on its own (without approvals it still flags members in an access review). */
function sensitivePermissions(): number[] {
  const list = parseSensitivePermissions(core.getInput('sensitive-permissions'))
  if (typeof list === 'string') throw new InputError(list)
  return list
}

/** A path inside the workspace, relative to it (for git and for the link-free reads and writes). */
function workspacePath(workspace: string, name: string, fallback: string): string {
  const given = core.getInput(name).trim() || fallback
  const path = relative(workspace, resolve(workspace, given))
  if (path.startsWith('..') || isAbsolute(path)) throw new InputError(`${name} "${given.slice(0, 80)}" is outside the workspace (${workspace}).`)
  return path
}

function integerInput(name: string, fallback: number, min: number): number {
  const text = core.getInput(name)
  if (text === '') return fallback
  const value = Number(text)
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < min) {
    throw new InputError(`${name} must be a whole number of ${min} or more, got "${text}".`)
  }
  return value
}

function numberInput(name: string, fallback: number, min: number, max: number): number {
  const text = core.getInput(name)
  if (text === '') return fallback
  const value = Number(text)
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new InputError(`${name} must be a number from ${min} to ${max}, got "${text}".`)
  }
  return value
}

function booleanInput(name: string, fallback: boolean): boolean {
  const text = core.getInput(name).toLowerCase()
  if (text === '') return fallback
  if (['true', 'yes', '1'].includes(text)) return true
  if (['false', 'no', '0'].includes(text)) return false
  throw new InputError(`${name} must be true or false, got "${text}".`)
}
