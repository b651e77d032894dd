// The only place that touches tencentcloud-sdk-nodejs. It is imported lazily so that runs which never call
// the API (validate, plan without credentials) do not pay for loading it.
import type { Member } from '../manifest/format.js'
import type { Endpoint } from './endpoint.js'
import { ApiError } from './api-error.js'

export { ApiError }

export interface Credentials {
  secretId: string
  secretKey: string
  token?: string
}

/**
 * Credentials that change during a run (OIDC's temporary ones): asked before every request. It may throw an error
 * with `code` and `requestId`, which the request then fails with.
 */
export interface CredentialSource {
  getCredential(): Promise<Credentials>
}

export interface ClientOptions {
  credentials: Credentials | CredentialSource
  endpoint: Endpoint
  region?: string
  timeoutSeconds: number
}

export interface OrgNode {
  NodeId: number
  Name: string
  ParentNodeId?: number
}

export interface OrgMember {
  MemberUin: number
  Name: string
  NodeId?: number
  PolicyType?: string
  PermissionIds?: number[]
  PayUin?: string
  IsAllowQuit?: string
}

export interface Page<T> {
  total: number
  items: T[]
}

/** What the rest of the action needs from the Organization API; tests and benchmarks may supply their own. */
export interface OrganizationApi {
  /** Resolves to the RequestId; rejects with an ApiError. */
  invite(member: Member): Promise<string>
  describeNodes(limit: number, offset: number): Promise<Page<OrgNode>>
  describeMembers(limit: number, offset: number): Promise<Page<OrgMember>>
}

interface SdkError {
  message?: string
  code?: string
  requestId?: string
  httpCode?: number
}

type SdkModule = typeof import('tencentcloud-sdk-nodejs/tencentcloud/services/organization/v20210331/organization_client.js')
let sdk: Promise<SdkModule & { default?: SdkModule }> | undefined

function loadSdk(): Promise<SdkModule & { default?: SdkModule }> {
  // Deep import of the Organization client alone: the SDK's index loads every service.
  return (sdk ??= import('tencentcloud-sdk-nodejs/tencentcloud/services/organization/v20210331/organization_client.js'))
}

/** Starts loading the SDK (a chunk of about 570 KiB) while the file is read and git works. */
export function preloadSdk(): void {
  loadSdk().catch(() => undefined)
}

export async function createOrganizationApi(options: ClientOptions): Promise<OrganizationApi> {
  const mod = await loadSdk()
  // A CommonJS module seen from ESM: named exports in Node, under `default` in some bundlings.
  const Client = mod.Client ?? mod.default!.Client
  const source = isCredentialSource(options.credentials) ? options.credentials : undefined
  const fixed = source ? undefined : (options.credentials as Credentials)
  const client = new Client({
    credential: source ?? { secretId: fixed!.secretId, secretKey: fixed!.secretKey, token: fixed!.token },
    ...(options.region ? { region: options.region } : {}),
    profile: {
      httpProfile: {
        endpoint: options.endpoint.host,
        protocol: options.endpoint.protocol,
        reqTimeout: options.timeoutSeconds
      }
    }
  })
  // The SDK's fetch is the runtime's own (node-fetch is overridden, see README), which ignores the SDK's
  // reqTimeout: the deadline travels as an abort signal instead.
  const call = async <T>(action: string, body: object): Promise<T> => {
    // Asked here first, because the SDK turns a credential error into a bare message: this way a renewal that
    // failed keeps its code. The SDK's own call a moment later gets the same, cached, credentials.
    if (source) {
      try {
        await source.getCredential()
      } catch (e) {
        const err = e as SdkError
        throw new ApiError(err.message ?? String(e), err.code || undefined, err.requestId || undefined, undefined)
      }
    }
    try {
      return (await client.request(action, body, { signal: AbortSignal.timeout(options.timeoutSeconds * 1000) })) as T
    } catch (e) {
      throw toApiError(e)
    }
  }
  return {
    async invite(member) {
      return (await call<{ RequestId?: string }>('InviteOrganizationMember', { ...member })).RequestId ?? ''
    },
    async describeNodes(limit, offset) {
      const r = await call<{ Total?: number; Items?: Array<{ NodeId?: number; Name?: string; ParentNodeId?: number }> }>('DescribeOrganizationNodes', { Limit: limit, Offset: offset })
      return {
        total: r.Total ?? 0,
        items: (r.Items ?? []).map((n) => ({ NodeId: n.NodeId ?? 0, Name: n.Name ?? '', ...(n.ParentNodeId !== undefined ? { ParentNodeId: n.ParentNodeId } : {}) }))
      }
    },
    async describeMembers(limit, offset) {
      type Item = { MemberUin?: number; Name?: string; NodeId?: number; OrgPolicyType?: string; OrgPermission?: Array<{ Id?: number }>; PayUin?: string; IsAllowQuit?: string }
      const r = await call<{ Total?: number; Items?: Item[] }>('DescribeOrganizationMembers', { Limit: limit, Offset: offset })
      return { total: r.Total ?? 0, items: (r.Items ?? []).map(toMember) }
    }
  }
}

function toMember(m: { MemberUin?: number; Name?: string; NodeId?: number; OrgPolicyType?: string; OrgPermission?: Array<{ Id?: number }>; PayUin?: string; IsAllowQuit?: string }): OrgMember {
  return {
    MemberUin: m.MemberUin ?? 0,
    Name: m.Name ?? '',
    ...(m.NodeId !== undefined ? { NodeId: m.NodeId } : {}),
    ...(m.OrgPolicyType ? { PolicyType: m.OrgPolicyType } : {}),
    ...(m.OrgPermission ? { PermissionIds: m.OrgPermission.map((p) => p.Id ?? 0).filter((id) => id > 0) } : {}),
    ...(m.PayUin ? { PayUin: m.PayUin } : {}),
    ...(m.IsAllowQuit ? { IsAllowQuit: m.IsAllowQuit } : {})
  }
}

function isCredentialSource(c: Credentials | CredentialSource): c is CredentialSource {
  return typeof (c as CredentialSource).getCredential === 'function'
}

export function toApiError(e: unknown): ApiError {
  const err = (e ?? {}) as SdkError
  const code = err.code || undefined
  const requestId = err.requestId || undefined
  return new ApiError(cleanMessage(err.message ?? String(e)), code, requestId, err.httpCode)
}

/** node-fetch reports timeouts and resets with the request URL and internals; say it plainly instead. */
function cleanMessage(message: string): string {
  if (/timeout|timed out|aborted/i.test(message)) return 'The request timed out.'
  if (/fetch failed|other side closed|terminated/i.test(message)) return 'The connection failed before an answer came.'
  if (/ECONNRESET|socket hang up/i.test(message)) return 'The connection was reset.'
  if (/ECONNREFUSED/i.test(message)) return 'The connection was refused.'
  if (/ENOTFOUND|EAI_AGAIN/i.test(message)) return 'The endpoint host name does not resolve.'
  return message
}
