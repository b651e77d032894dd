// Secretless sign-in: the workflow's OIDC ID token, exchanged at STS (AssumeRoleWithWebIdentity) for temporary
// credentials that sign the Organization calls, and exchanged again before they expire. No secret is stored.
//
// The pure parts (session names, settings, the error explanations, the refresh schedule) take their clock and
// their exchange as arguments so that tests can drive them; `signInWithOidc` wires them to GitHub and to STS.
import * as core from '../runner/protocol.js'
import pRetry from 'p-retry'
import type { Credentials } from '../organization/sdk-client.js'
import { DEFAULT_AUDIENCE, DEFAULT_STS_ENDPOINT, DEFAULT_STS_REGION, GITHUB_ISSUER, type OidcSettings } from './oidc-settings.js'

export * from './oidc-settings.js'

const STS_ACTION = 'AssumeRoleWithWebIdentity'

/** Temporary credentials and when they stop working (epoch milliseconds). */
export interface IssuedCredentials {
  secretId: string
  secretKey: string
  token: string
  expiresAt: number
}

// ---- what went wrong, in plain terms ----------------------------------------------------------------------

export type OidcStep = 'id-token' | 'sts'

/** One way the sign-in failed: what happened, the likely cause, the fix. */
export class OidcError extends Error {
  constructor(
    readonly step: OidcStep,
    message: string,
    readonly code: string | undefined,
    readonly requestId: string | undefined,
    /** Worth another try: throttling, STS's internal errors, no answer. */
    readonly transient: boolean
  ) {
    super(message)
    this.name = 'OidcError'
  }
}

interface Explanation {
  cause: string
  fix: string
  transient?: boolean
}

const PROVIDER_FIX =
  `In CAM > Identity providers > Role SSO, check the provider named in oidc-provider-id: its URL must be ${GITHUB_ISSUER}, ` +
  `its client ID must hold the oidc-audience input (default ${DEFAULT_AUDIENCE}), and its signature public key must be the ` +
  `current content of ${GITHUB_ISSUER}/.well-known/jwks (GitHub rotates its keys: paste them again).`
const TRUST_FIX =
  "Edit the role's trust policy (CAM > Roles > the role > Role entity): principal federated " +
  'qcs::cam::uin/<account>:oidc-provider/<oidc-provider-id>, action name/sts:AssumeRoleWithWebIdentity, and conditions ' +
  `oidc:iss = ${GITHUB_ISSUER}, oidc:aud = the oidc-audience input, oidc:sub = repo:<owner>/<repo>:ref:refs/heads/<default branch> ` +
  '(a job with an environment presents repo:<owner>/<repo>:environment:<name> instead). See "Secretless sign-in with OIDC" in the README.'
const ROLE_FIX = "Copy the role's RoleArn from CAM > Roles > the role (qcs::cam::uin/<account>:roleName/<name>) into role-arn."

/** The error codes of AssumeRoleWithWebIdentity (tencentcloud-sdk-go's sts/v20180813 list) and the common ones. */
const STS_ERRORS: Record<string, Explanation> = {
  'InvalidParameter.WebIdentityTokenError': {
    cause: "STS refused the workflow's ID token: it does not verify against the identity provider (issuer, audience or signature key differ).",
    fix: PROVIDER_FIX
  },
  UnauthorizedOperation: {
    cause:
      "The role does not trust this workflow: its trust policy does not name this identity provider, or its oidc:iss, oidc:aud or oidc:sub conditions do not match this run's token.",
    fix: TRUST_FIX
  },
  'ResourceNotFound.RoleNotFound': { cause: 'The role in role-arn does not exist.', fix: ROLE_FIX },
  'ResourceNotFound.RoleNotExist': { cause: 'The role in role-arn does not exist.', fix: ROLE_FIX },
  'InternalError.GetRoleError': { cause: 'STS could not read the role in role-arn: most often it does not exist in that account, or the ARN is mistyped.', fix: ROLE_FIX },
  'InternalError.IllegalRole': { cause: 'The role in role-arn cannot be assumed with an OIDC token: its role entity is not an identity provider.', fix: TRUST_FIX },
  'InvalidParameter.ParamError': {
    cause: "STS refused a parameter: most often oidc-provider-id names no identity provider of the role's account, or role-arn or role-session-name is malformed.",
    fix: "Set oidc-provider-id to the provider's name exactly as CAM > Identity providers > Role SSO lists it, and role-arn to the role's RoleArn."
  },
  'InvalidParameter.AccountNotAvaliable': { cause: 'The account in role-arn does not exist or is not available.', fix: ROLE_FIX },
  'InvalidParameter.OverTimeError': {
    cause: "The requested session is longer than the role's maximum session duration.",
    fix: "Raise the role's maximum session duration in CAM."
  },
  'AuthFailure.AccessKeyIllegal': {
    cause: 'STS expected an unsigned call and refused the one it got.',
    fix: 'Check that sts-endpoint points at STS itself, not at a proxy that signs or rewrites requests.'
  },
  InvalidAction: {
    cause: 'The sts-endpoint does not serve AssumeRoleWithWebIdentity.',
    fix: `Set sts-endpoint to ${DEFAULT_STS_ENDPOINT} (sts.intl.tencentcloudapi.com on the international site).`
  },
  NoSuchVersion: {
    cause: 'The sts-endpoint does not serve STS 2018-08-13.',
    fix: `Set sts-endpoint to ${DEFAULT_STS_ENDPOINT} (sts.intl.tencentcloudapi.com on the international site).`
  },
  UnsupportedRegion: { cause: 'STS does not serve the region this action calls it in.', fix: `Set the region input to a region STS serves, such as ${DEFAULT_STS_REGION}.` },
  'InvalidParameter.OverLimit': { cause: 'STS throttled the exchange.', fix: 'Rerun the workflow.', transient: true },
  RequestLimitExceeded: { cause: 'STS throttled the exchange.', fix: 'Rerun the workflow.', transient: true },
  'InternalError.SystemError': { cause: 'STS failed internally.', fix: 'Rerun the workflow.', transient: true },
  'InternalError.UnknownError': { cause: 'STS failed internally.', fix: 'Rerun the workflow.', transient: true },
  InternalError: { cause: 'STS failed internally.', fix: 'Rerun the workflow.', transient: true },
  ServiceUnavailable: { cause: 'STS is temporarily unavailable.', fix: 'Rerun the workflow.', transient: true }
}

/** What an STS error code means for the sign-in; an unlisted code is judged by its family. */
export function explainStsError(code: string): Explanation {
  const known = STS_ERRORS[code]
  if (known) return known
  const family = code.split('.')[0]!
  if (family === 'InternalError' || family === 'RequestLimitExceeded') return STS_ERRORS[family] ?? STS_ERRORS.InternalError!
  if (family === 'AuthFailure') return STS_ERRORS['AuthFailure.AccessKeyIllegal']!
  if (family === 'ResourceNotFound') return { cause: 'STS could not find a resource it needs: the role or the identity provider.', fix: `${ROLE_FIX} Check oidc-provider-id too.` }
  return { cause: 'STS refused the exchange.', fix: `Check role-arn, oidc-provider-id and the role's trust policy. ${TRUST_FIX}` }
}

/** The workflow cannot ask for an ID token: GitHub sets these two only for jobs with `id-token: write`. */
export function missingIdTokenVariables(env: NodeJS.ProcessEnv): string[] {
  return ['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'].filter((name) => !env[name])
}

export function noPermissionError(missing: string[]): OidcError {
  return new OidcError(
    'id-token',
    `OIDC sign-in failed: the workflow's ID token cannot be requested (${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not set). ` +
      'Likely cause: the job does not have `permissions: id-token: write` (a `permissions:` block that leaves it out takes it away, and ' +
      'pull requests from forks never get it). Fix: add `id-token: write` (with `contents: read`) to the `permissions:` of the workflow ' +
      'or of the job that runs this action, or give secret-id and secret-key instead of role-arn.',
    undefined,
    undefined,
    false
  )
}

function idTokenError(e: unknown): OidcError {
  const detail = ((e as Error)?.message ?? String(e))
    .replace(/^Error message:\s*/, '')
    .replace(/\s+/g, ' ')
    .trim()
  const status = /Error Code : (\d{3})/.exec(detail)?.[1]
  const refused = status === '401' || status === '403'
  return new OidcError(
    'id-token',
    `OIDC sign-in failed: GitHub did not issue an ID token (${status ? `HTTP ${status}` : detail}). ` +
      (refused
        ? "Likely cause: the job's request token was refused, as happens when `id-token: write` is missing or the job has ended. Fix: give the job `permissions: id-token: write`, then rerun."
        : "Likely cause: GitHub's token service did not answer. Fix: rerun the workflow."),
    undefined,
    undefined,
    !refused
  )
}

function stsError(e: unknown, settings: OidcSettings): OidcError {
  const err = (e ?? {}) as { message?: string; code?: string; requestId?: string; httpCode?: number }
  const code = err.code || undefined
  const request = err.requestId ? `; RequestId ${err.requestId}` : ''
  if (!code) {
    const http = err.httpCode !== undefined ? `HTTP ${err.httpCode}` : 'no answer'
    return new OidcError(
      'sts',
      `OIDC sign-in failed: STS at ${settings.stsEndpoint.host} gave ${http} (${plain(err.message ?? String(e))}). ` +
        'Likely cause: the network or the endpoint. Fix: check sts-endpoint, then rerun the workflow.',
      undefined,
      undefined,
      err.httpCode === undefined || err.httpCode >= 500
    )
  }
  const { cause, fix, transient } = explainStsError(code)
  return new OidcError(
    'sts',
    `OIDC sign-in failed: STS refused to exchange the ID token for role ${settings.roleArn} with provider ${settings.providerId} ` +
      `(${code}: ${(err.message ?? '').trim().replace(/\.$/, '')}${request}). Likely cause: ${cause} Fix: ${fix}`,
    code,
    err.requestId || undefined,
    transient === true
  )
}

function plain(message: string): string {
  if (/timeout|timed out|aborted/i.test(message)) return 'no answer in time'
  if (/ECONNREFUSED/i.test(message)) return 'connection refused'
  if (/ENOTFOUND|EAI_AGAIN/i.test(message)) return 'the host name does not resolve'
  return message.replace(/\s+/g, ' ').slice(0, 200)
}

// ---- credentials that renew themselves ---------------------------------------------------------------------

export interface RefreshOptions {
  /** Exchange again when less than this is left; capped at half the credentials' lifetime. */
  marginMs: number
  now?: () => number
  onRenewed?: (issued: IssuedCredentials) => void
  /** A renewal failed while the current credentials still work; they stay in use for now. */
  onRenewFailed?: (error: Error, issued: IssuedCredentials) => void
}

/** Thrown by getCredential when the credentials expired and could not be renewed. */
export class RenewalError extends Error {
  constructor(
    message: string,
    /** AuthFailure.TokenFailure when the renewal was refused (the run should stop); none when it may yet work. */
    readonly code: string | undefined,
    readonly requestId: string | undefined
  ) {
    super(message)
    this.name = 'RenewalError'
  }
}

/**
 * The SDK's DynamicCredential: every signed request asks for credentials, and gets the current ones until they
 * come within the margin of their expiry; then one exchange runs (callers meanwhile share it). A renewal that fails
 * while the current credentials still work is tried again later, never more than every few seconds.
 */
export class RefreshingCredentials {
  private current: (IssuedCredentials & { refreshAt: number }) | undefined
  private pending: Promise<IssuedCredentials> | undefined
  private retryAt = 0
  private readonly now: () => number
  /** How many exchanges have succeeded. */
  exchanges = 0

  constructor(
    private readonly exchange: () => Promise<IssuedCredentials>,
    private readonly options: RefreshOptions
  ) {
    this.now = options.now ?? Date.now
  }

  /** The first exchange. Its error is the sign-in's: the caller reports it whole. */
  async start(): Promise<IssuedCredentials> {
    return this.renew()
  }

  async getCredential(): Promise<Credentials> {
    const now = this.now()
    const current = this.current
    if (current && (now < current.refreshAt || (now < current.expiresAt && now < this.retryAt))) return pick(current)
    try {
      return pick(await this.renew())
    } catch (e) {
      const still = this.current
      if (still && this.now() < still.expiresAt) return pick(still)
      const error = e as OidcError
      throw new RenewalError(
        `The temporary credentials from OIDC expired and could not be renewed. ${error.message ?? String(e)}`,
        error instanceof OidcError && error.transient ? undefined : 'AuthFailure.TokenFailure',
        error instanceof OidcError ? error.requestId : undefined
      )
    }
  }

  private renew(): Promise<IssuedCredentials> {
    this.pending ??= this.exchange()
      .then((issued) => {
        const at = this.now()
        const margin = Math.min(this.options.marginMs, Math.max(0, issued.expiresAt - at) / 2)
        this.current = { ...issued, refreshAt: issued.expiresAt - margin }
        this.exchanges++
        this.options.onRenewed?.(issued)
        return issued
      })
      .catch((e: unknown) => {
        const current = this.current
        const at = this.now()
        if (current && at < current.expiresAt) {
          // Try again after a quarter of what is left (1 to 30 s), so a failing STS is not asked on every request.
          this.retryAt = at + Math.min(30_000, Math.max(1000, (current.expiresAt - at) / 4))
          this.options.onRenewFailed?.(e as Error, current)
        }
        throw e
      })
      .finally(() => {
        this.pending = undefined
      })
    return this.pending
  }
}

function pick(c: IssuedCredentials): Credentials {
  return { secretId: c.secretId, secretKey: c.secretKey, token: c.token }
}

// ---- the exchange: GitHub's ID token -> STS ----------------------------------------------------------------

export interface ExchangeDeps {
  env?: NodeJS.ProcessEnv
  getIDToken?: (audience: string) => Promise<string>
  setSecret?: (secret: string) => void
  timeoutSeconds: number
  /** Attempts per exchange for transient failures (default 4). */
  attempts?: number
  minBackoffMs?: number
}

interface StsResponse {
  Credentials?: { Token?: string; TmpSecretId?: string; TmpSecretKey?: string }
  ExpiredTime?: number
  Expiration?: string
  RequestId?: string
}

/** One exchange: a fresh ID token from GitHub, traded at STS. Every value is masked as soon as it is known. */
export function createExchange(settings: OidcSettings, deps: ExchangeDeps): () => Promise<IssuedCredentials> {
  const env = deps.env ?? process.env
  const getIDToken = deps.getIDToken ?? ((audience: string) => core.getIDToken(audience))
  const setSecret = deps.setSecret ?? ((secret: string) => core.setSecret(secret))
  let sts: Promise<StsClient> | undefined

  const once = async (): Promise<IssuedCredentials> => {
    const missing = missingIdTokenVariables(env)
    if (missing.length > 0) throw noPermissionError(missing)
    setSecret(env.ACTIONS_ID_TOKEN_REQUEST_TOKEN!)
    let idToken: string
    try {
      idToken = await getIDToken(settings.audience)
    } catch (e) {
      throw idTokenError(e)
    }
    setSecret(idToken)
    let response: StsResponse
    try {
      const client = await (sts ??= loadStsClient(settings, deps.timeoutSeconds))
      response = (await client.request(
        STS_ACTION,
        { ProviderId: settings.providerId, WebIdentityToken: idToken, RoleArn: settings.roleArn, RoleSessionName: settings.sessionName },
        // Called unsigned, as STS requires for this action: the SDK sends `Authorization: SKIP`.
        { skipSign: true, signal: AbortSignal.timeout(deps.timeoutSeconds * 1000) }
      )) as StsResponse
    } catch (e) {
      throw stsError(e, settings)
    }
    const { TmpSecretId, TmpSecretKey, Token } = response.Credentials ?? {}
    for (const secret of [TmpSecretId, TmpSecretKey, Token]) if (secret) setSecret(secret)
    if (!TmpSecretId || !TmpSecretKey || !Token) {
      throw new OidcError(
        'sts',
        `OIDC sign-in failed: STS answered without credentials (RequestId ${response.RequestId ?? 'none'}). Fix: rerun the workflow.`,
        undefined,
        response.RequestId,
        true
      )
    }
    return { secretId: TmpSecretId, secretKey: TmpSecretKey, token: Token, expiresAt: expiry(response) }
  }

  return () =>
    pRetry(once, {
      retries: Math.max(0, (deps.attempts ?? 4) - 1),
      factor: 2,
      minTimeout: deps.minBackoffMs ?? 1000,
      maxTimeout: 10_000,
      randomize: true,
      shouldRetry: ({ error }) => error instanceof OidcError && error.transient
    })
}

/** ExpiredTime (unix seconds) is what STS documents; Expiration (ISO) is the fallback; then a cautious 15 minutes. */
export function expiry(response: { ExpiredTime?: number; Expiration?: string }, now = Date.now()): number {
  if (typeof response.ExpiredTime === 'number' && response.ExpiredTime > 0) return response.ExpiredTime * 1000
  const parsed = response.Expiration ? Date.parse(response.Expiration) : NaN
  return Number.isFinite(parsed) ? parsed : now + 15 * 60_000
}

interface StsClient {
  request(action: string, req: unknown, options: { skipSign: boolean; signal: AbortSignal }): Promise<unknown>
}

async function loadStsClient(settings: OidcSettings, timeoutSeconds: number): Promise<StsClient> {
  // Deep import of the STS client alone, and only when a run signs in with OIDC. It shares the SDK's common
  // code with the Organization client, so it adds a few kilobytes.
  type Module = typeof import('tencentcloud-sdk-nodejs/tencentcloud/services/sts/v20180813/sts_client.js')
  const mod = (await import('tencentcloud-sdk-nodejs/tencentcloud/services/sts/v20180813/sts_client.js')) as Module & { default?: Module }
  const Client = mod.Client ?? mod.default!.Client
  return new Client({
    // No key: the call is unsigned.
    credential: {},
    region: settings.region,
    profile: { httpProfile: { endpoint: settings.stsEndpoint.host, protocol: settings.stsEndpoint.protocol, reqTimeout: timeoutSeconds } }
  })
}

// ---- wiring ------------------------------------------------------------------------------------------------

export interface SignInOptions extends ExchangeDeps {
  log?: (message: string) => void
  warn?: (message: string) => void
}

/**
 * Signs in once (so that a refusal fails the run before any invitation, with the whole explanation) and hands back
 * credentials that renew themselves for the rest of the run.
 */
export async function signInWithOidc(settings: OidcSettings, options: SignInOptions): Promise<RefreshingCredentials> {
  const log = options.log ?? ((m: string) => core.info(m))
  const warn = options.warn ?? ((m: string) => core.warning(m))
  const until = (issued: IssuedCredentials): string => new Date(issued.expiresAt).toISOString()
  const credentials = new RefreshingCredentials(createExchange(settings, options), {
    marginMs: settings.refreshMarginSeconds * 1000,
    onRenewed: (issued) => {
      if (credentials.exchanges > 1) log(`Renewed the OIDC credentials; they are valid until ${until(issued)}.`)
    },
    onRenewFailed: (error, issued) => warn(`Renewing the OIDC credentials failed; the current ones stay in use until ${until(issued)}. ${error.message}`)
  })
  const issued = await credentials.start()
  log(`Signed in with OIDC: role ${settings.roleArn}, session ${settings.sessionName}; the credentials are valid until ${until(issued)}.`)
  return credentials
}
