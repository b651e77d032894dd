// The only place that touches tencentcloud-sdk-nodejs. It is imported lazily so that runs which never call
// the API (validate, plan without credentials) do not pay for loading it.
import type { Tag } from '../model/entries.js'
import type { OrgMember } from '../model/organization.js'
import type { DescribeOrganizationResponse, OrgMember as SdkMember } from 'tencentcloud-sdk-nodejs/tencentcloud/services/organization/v20210331/organization_models.js'
import type { OrganizationApi } from './api.js'
import type { Endpoint } from './endpoint.js'
import { ApiError } from './api-error.js'
import { DEFAULT_TAG_REGION, loadTagClient, MEMBER_RESOURCE_PREFIX, memberResource, tagEndpointFor } from './tag.js'

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
  const call = caller(client, 'organization', source, options.timeoutSeconds)
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
      return caller(tagClient, 'tag', source, options.timeoutSeconds)
    }))
  const region = options.region || DEFAULT_TAG_REGION
  const TAG_PAGE = 50
  /** A Tag service call, its client made on first use. */
  const tag = async <T>(action: string, body: object): Promise<T> => (await tags())<T>(action, body)
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
      return (await tag<{ RequestId?: string }>('ModifyResourceTags', body)).RequestId ?? ''
    },
    async describeMemberTags(uins) {
      // At most 50 resources per call (the API's limit); pages of tags until the total is reached.
      const found = new Map<number, Tag[]>(uins.map((u) => [u, []]))
      for (let offset = 0; ; offset += TAG_PAGE) {
        const r = await tag<{ TotalCount?: number; Tags?: Array<{ ResourceId?: string; TagKey?: string; TagValue?: string }> }>('DescribeResourceTagsByResourceIds', {
          ServiceType: 'organization',
          ResourcePrefix: MEMBER_RESOURCE_PREFIX,
          ResourceIds: uins.map(String),
          ResourceRegion: region,
          Offset: offset,
          Limit: TAG_PAGE
        })
        for (const t of r.Tags ?? []) found.get(Number(t.ResourceId))?.push({ TagKey: t.TagKey ?? '', TagValue: t.TagValue ?? '' })
        if ((r.Tags ?? []).length < TAG_PAGE || offset + TAG_PAGE >= (r.TotalCount ?? 0)) return found
      }
    },
    async addNode(parentId, name, remark) {
      const r = await call<{ NodeId?: number; RequestId?: string }>('AddOrganizationNode', {
        ParentNodeId: parentId,
        Name: name,
        ...(remark !== undefined ? { Remark: remark } : {})
      })
      return { nodeId: r.NodeId ?? 0, requestId: r.RequestId ?? '' }
    },
    async updateNode(nodeId, change) {
      return (await call<{ RequestId?: string }>('UpdateOrganizationNode', { NodeId: nodeId, ...change })).RequestId ?? ''
    },
    async deleteNodes(nodeIds) {
      return (await call<{ RequestId?: string }>('DeleteOrganizationNodes', { NodeId: [...nodeIds] })).RequestId ?? ''
    },
    async describeNodes(limit, offset) {
      const r = await call<{ Total?: number; Items?: Array<{ NodeId?: number; Name?: string; ParentNodeId?: number; Remark?: string }> }>('DescribeOrganizationNodes', {
        Limit: limit,
        Offset: offset
      })
      return {
        total: r.Total ?? 0,
        items: (r.Items ?? []).map((n) => ({
          NodeId: n.NodeId ?? 0,
          Name: n.Name ?? '',
          ...(n.ParentNodeId !== undefined ? { ParentNodeId: n.ParentNodeId } : {}),
          ...(n.Remark !== undefined ? { Remark: n.Remark } : {})
        }))
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
function caller(client: RequestingClient, service: 'organization' | 'tag', source: CredentialSource | undefined, timeoutSeconds: number) {
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
      throw toApiError(e, `${service}:${action}`)
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
    // Absent stays absent (unknown, read from the Tag service when needed); an empty list is "no tags".
    ...(m.Tags ? { Tags: m.Tags.map((t) => ({ TagKey: t.TagKey ?? '', TagValue: t.TagValue ?? '' })) } : {}),
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

export function toApiError(e: unknown, camAction?: string): ApiError {
  const err = (e ?? {}) as SdkError
  const code = err.code || undefined
  const requestId = err.requestId || undefined
  return new ApiError(cleanMessage(err.message ?? String(e)), code, requestId, err.httpCode, camAction)
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
