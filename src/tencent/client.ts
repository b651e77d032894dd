// The only place that touches tencentcloud-sdk-nodejs. It is imported lazily so that runs which never call
// the API (validate, plan without credentials) do not pay for loading it.
import type { Member } from '../manifest/format.js'
import type { DescribeOrganizationResponse, OrgMember as SdkMember } from 'tencentcloud-sdk-nodejs/tencentcloud/services/organization/v20210331/organization_models.js'
import type { Endpoint } from './endpoint.js'
import { ApiError } from './api-error.js'
import { DEFAULT_TAG_REGION, loadTagClient, memberResource, tagEndpointFor } from './tag.js'

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
  /** The Tag service, for a member's Tags (default: derived from `endpoint`, see tag.ts). */
  tagEndpoint?: Endpoint
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
  // Compared with the file too (src/reconcile/classify.ts); empty ones are left out, as above.
  Remark?: string
  Tags?: Array<{ TagKey: string; TagValue: string }>
  // Shown, never compared: the file has no such fields.
  NodeName?: string
  MemberType?: string
  PermissionStatus?: string
  CreateTime?: string
  UpdateTime?: string
}

/** DescribeOrganization: the organization itself. */
export interface OrgInfo {
  OrgId?: number
  /** The management account. */
  HostUin?: number
  RootNodeId?: number
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
  /** Optional: only drift and import ask, and fakes may leave it out. */
  describeOrganization?(): Promise<OrgInfo>
  /**
   * One member as the organization holds it now (undefined: not found by the search), to see whether a write whose
   * answer was lost took effect. Optional for the same reason.
   */
  describeMember?(uin: number): Promise<OrgMember | undefined>
  /** UpdateOrganizationMember with the fields to change; resolves to the RequestId. */
  updateMember(change: MemberUpdate): Promise<string>
  /** MoveOrganizationNodeMembers: these members into one node. */
  moveMembers(nodeId: number, uins: readonly number[]): Promise<string>
  /** DeleteOrganizationMembers: these members leave the organization (their accounts stay). Never DeleteAccount. */
  deleteMembers(uins: readonly number[]): Promise<string>
  /** The Tag service's ModifyResourceTags on the member's resource. */
  modifyTags(uin: number, replace: ReadonlyArray<{ TagKey: string; TagValue: string }>, remove: readonly string[]): Promise<string>
}

/** UpdateOrganizationMember's body: the MemberUin and only the fields that change (PolicyType and PermissionIds together). */
export interface MemberUpdate {
  MemberUin: number
  Name?: string
  Remark?: string
  PolicyType?: string
  PermissionIds?: number[]
  IsAllowQuit?: string
  PayUin?: string
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
  const call = caller(client, source, options.timeoutSeconds)
  // The Tag client is made on the first tag change: most runs never ask for one.
  let tagCall: Promise<ReturnType<typeof caller>> | undefined
  const tags = (): Promise<ReturnType<typeof caller>> =>
    (tagCall ??= loadTagClient().then((TagClient) => {
      const endpoint = options.tagEndpoint ?? tagEndpointFor(options.endpoint)
      const tagClient = new TagClient({
        credential: source ?? { secretId: fixed!.secretId, secretKey: fixed!.secretKey, token: fixed!.token },
        ...(options.region ? { region: options.region } : {}),
        profile: { httpProfile: { endpoint: endpoint.host, protocol: endpoint.protocol, reqTimeout: options.timeoutSeconds } }
      })
      return caller(tagClient, source, options.timeoutSeconds)
    }))
  const region = options.region || DEFAULT_TAG_REGION
  return {
    async invite(member) {
      return (await call<{ RequestId?: string }>('InviteOrganizationMember', { ...member })).RequestId ?? ''
    },
    async updateMember(change) {
      return (await call<{ RequestId?: string }>('UpdateOrganizationMember', { ...change })).RequestId ?? ''
    },
    async moveMembers(nodeId, uins) {
      return (await call<{ RequestId?: string }>('MoveOrganizationNodeMembers', { NodeId: nodeId, MemberUin: [...uins] })).RequestId ?? ''
    },
    async deleteMembers(uins) {
      return (await call<{ RequestId?: string }>('DeleteOrganizationMembers', { MemberUin: [...uins] })).RequestId ?? ''
    },
    async modifyTags(uin, replace, remove) {
      // The API wants each list absent rather than empty.
      const body = {
        Resource: memberResource(region, uin),
        ...(replace.length > 0 ? { ReplaceTags: replace.map((t) => ({ TagKey: t.TagKey, TagValue: t.TagValue })) } : {}),
        ...(remove.length > 0 ? { DeleteTags: remove.map((TagKey) => ({ TagKey })) } : {})
      }
      return (await (await tags())<{ RequestId?: string }>('ModifyResourceTags', body)).RequestId ?? ''
    },
    async describeNodes(limit, offset) {
      const r = await call<{ Total?: number; Items?: Array<{ NodeId?: number; Name?: string; ParentNodeId?: number }> }>('DescribeOrganizationNodes', {
        Limit: limit,
        Offset: offset
      })
      return {
        total: r.Total ?? 0,
        items: (r.Items ?? []).map((n) => ({ NodeId: n.NodeId ?? 0, Name: n.Name ?? '', ...(n.ParentNodeId !== undefined ? { ParentNodeId: n.ParentNodeId } : {}) }))
      }
    },
    async describeMembers(limit, offset) {
      const r = await call<{ Total?: number; Items?: SdkMember[] }>('DescribeOrganizationMembers', { Limit: limit, Offset: offset })
      return { total: r.Total ?? 0, items: (r.Items ?? []).map(toMember) }
    },
    async describeMember(uin) {
      // SearchKey is "member name or member ID"; whether it matches exactly is undocumented, so the answer is
      // filtered to this UIN. A member the first page misses reads as not found: the caller then sends again.
      const r = await call<{ Items?: SdkMember[] }>('DescribeOrganizationMembers', { Limit: 50, Offset: 0, SearchKey: String(uin) })
      const found = (r.Items ?? []).find((m) => m.MemberUin === uin)
      return found ? toMember(found) : undefined
    },
    async describeOrganization() {
      const r = await call<DescribeOrganizationResponse>('DescribeOrganization', {})
      return {
        ...(r.OrgId !== undefined ? { OrgId: r.OrgId } : {}),
        ...(r.HostUin !== undefined ? { HostUin: r.HostUin } : {}),
        ...(r.RootNodeId !== undefined ? { RootNodeId: r.RootNodeId } : {})
      }
    }
  }
}

interface RequestingClient {
  request(action: string, body: object, options?: { signal?: AbortSignal }): Promise<unknown>
}

/** One call of an SDK client, its errors as ApiError. */
function caller(client: RequestingClient, source: CredentialSource | undefined, timeoutSeconds: number) {
  // The SDK's fetch is the runtime's own (node-fetch is overridden, see README), which ignores the SDK's
  // reqTimeout: the deadline travels as an abort signal instead.
  return async <T>(action: string, body: object): Promise<T> => {
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
      return (await client.request(action, body, { signal: AbortSignal.timeout(timeoutSeconds * 1000) })) as T
    } catch (e) {
      throw toApiError(e)
    }
  }
}

function toMember(m: SdkMember): OrgMember {
  return {
    MemberUin: m.MemberUin ?? 0,
    Name: m.Name ?? '',
    ...(m.NodeId !== undefined ? { NodeId: m.NodeId } : {}),
    ...(m.OrgPolicyType ? { PolicyType: m.OrgPolicyType } : {}),
    ...(m.OrgPermission ? { PermissionIds: m.OrgPermission.map((p) => p.Id ?? 0).filter((id) => id > 0) } : {}),
    ...(m.PayUin ? { PayUin: m.PayUin } : {}),
    ...(m.IsAllowQuit ? { IsAllowQuit: m.IsAllowQuit } : {}),
    ...(m.Remark ? { Remark: m.Remark } : {}),
    ...(m.Tags?.length ? { Tags: m.Tags.map((t) => ({ TagKey: t.TagKey ?? '', TagValue: t.TagValue ?? '' })) } : {}),
    ...(m.NodeName ? { NodeName: m.NodeName } : {}),
    ...(m.MemberType ? { MemberType: m.MemberType } : {}),
    ...(m.PermissionStatus ? { PermissionStatus: m.PermissionStatus } : {}),
    ...(m.CreateTime ? { CreateTime: m.CreateTime } : {}),
    ...(m.UpdateTime ? { UpdateTime: m.UpdateTime } : {})
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
