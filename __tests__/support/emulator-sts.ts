// The emulator's STS side: AssumeRoleWithWebIdentity for one identity provider and one role, and the temporary
// credentials it issues, which the Organization side then accepts with their X-TC-Token until they expire.
import { randomBytes, randomUUID } from 'node:crypto'
import { ApiError } from './emulator-error.js'

/** STS, which answers on the same host:port as the Organization API here (routed by X-TC-Action). */
export const STS_VERSION = '2018-08-13'
export const STS_ACTION = 'AssumeRoleWithWebIdentity'

/** How STS treats AssumeRoleWithWebIdentity: one identity provider and one role that trusts it. */
export interface WebIdentityConfig {
  /** The name of the one OIDC identity provider in the account. */
  providerId: string
  /** The one role that exists. */
  roleArn: string
  /** Whether the provider verifies the token (issuer, audience, signature); default: any non-empty token. */
  acceptToken?: (token: string) => boolean
  /** The role's trust policy; default: trusts every token the provider verified. */
  trust?: (call: { providerId: string; roleArn: string; token: string; claims: Record<string, unknown> }) => boolean
  /** Lifetime of issued credentials, whatever DurationSeconds asks; default: DurationSeconds, or 7200. */
  durationSeconds?: number
}

/** Temporary credentials STS issued; the Organization side accepts them with their X-TC-Token until they expire. */
export interface IssuedCredential {
  TmpSecretId: string
  TmpSecretKey: string
  Token: string
  /** Epoch milliseconds. */
  expiresAt: number
  roleArn: string
  sessionName: string
  requestId: string
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v)

export class StsService {
  private config: WebIdentityConfig | undefined
  private readonly byId = new Map<string, IssuedCredential>()
  /** Every set of temporary credentials issued, in order. */
  readonly issued: IssuedCredential[] = []

  /** Turns AssumeRoleWithWebIdentity on (it answers InvalidParameter.ParamError for any provider until then). */
  configure(config: WebIdentityConfig): void {
    this.config = { ...config }
  }

  /** The temporary credentials issued under this SecretId, if any. */
  credential(secretId: string): IssuedCredential | undefined {
    return this.byId.get(secretId)
  }

  /** The call's form: unsigned (`Authorization: SKIP`), STS's version, a region. */
  checkCall(headers: Record<string, string>): void {
    if (headers['authorization'] !== 'SKIP') {
      throw new ApiError('AuthFailure.InvalidAuthorization', 'AssumeRoleWithWebIdentity is called unsigned: the Authorization header must be SKIP.')
    }
    const version = headers['x-tc-version']
    if (version !== STS_VERSION) throw new ApiError('NoSuchVersion', `The requested version \`${version ?? ''}\` of service \`sts\` does not exist.`)
    if (!headers['x-tc-region']) throw new ApiError('MissingParameter', 'The request is missing a required parameter `Region`.')
  }

  assumeRoleWithWebIdentity(body: Record<string, unknown>): Record<string, unknown> {
    const { ProviderId, WebIdentityToken, RoleArn, RoleSessionName, DurationSeconds } = body
    for (const [name, value] of Object.entries({ ProviderId, WebIdentityToken, RoleArn, RoleSessionName })) {
      if (typeof value !== 'string' || value === '') throw new ApiError('InvalidParameter.ParamError', `${name} is required.`)
    }
    const [providerId, token, roleArn, sessionName] = [ProviderId, WebIdentityToken, RoleArn, RoleSessionName] as string[]
    if (!/^[\w+=,.@-]{2,128}$/.test(sessionName!)) throw new ApiError('InvalidParameter.ParamError', 'RoleSessionName may hold 2 to 128 letters, digits and +=,.@_-')
    if (DurationSeconds !== undefined && (!isInt(DurationSeconds) || DurationSeconds < 1 || DurationSeconds > 43200)) {
      throw new ApiError('InvalidParameter.OverTimeError', 'DurationSeconds must be an integer from 1 to 43200.')
    }
    const config = this.config
    if (!config || providerId !== config.providerId) throw new ApiError('InvalidParameter.ParamError', `The identity provider ${providerId} does not exist.`)
    if (!(config.acceptToken ?? ((t: string) => t.length > 0))(token!)) {
      throw new ApiError('InvalidParameter.WebIdentityTokenError', 'The WebIdentityToken could not be verified with the identity provider.')
    }
    if (roleArn !== config.roleArn) throw new ApiError('ResourceNotFound.RoleNotFound', 'The role does not exist.')
    if (config.trust && !config.trust({ providerId: providerId!, roleArn: roleArn!, token: token!, claims: jwtClaims(token!) })) {
      throw new ApiError('UnauthorizedOperation', 'The trust policy of the role does not allow this identity to assume it.')
    }
    const seconds = config.durationSeconds ?? (DurationSeconds as number | undefined) ?? 7200
    const expiresAt = Date.now() + seconds * 1000
    // STS states the expiry in whole seconds: rounded down, it is never later than the truth.
    const expiredTime = Math.floor(expiresAt / 1000)
    const issued: IssuedCredential = {
      TmpSecretId: `AKIDTMP${randomBytes(12).toString('hex')}`,
      TmpSecretKey: randomBytes(24).toString('base64url'),
      Token: randomBytes(48).toString('base64url'),
      expiresAt,
      roleArn: roleArn!,
      sessionName: sessionName!,
      requestId: randomUUID()
    }
    this.byId.set(issued.TmpSecretId, issued)
    this.issued.push(issued)
    return {
      Credentials: { Token: issued.Token, TmpSecretId: issued.TmpSecretId, TmpSecretKey: issued.TmpSecretKey },
      ExpiredTime: expiredTime,
      Expiration: new Date(expiredTime * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      RequestId: issued.requestId
    }
  }
}

export function jwtClaims(token: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'))
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}
