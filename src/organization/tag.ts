// The Tag service (2018-08-13): the Organization API has no tag write, so a member's Tags are changed on its resource
// in the Tag service, as the Terraform provider's tencentcloud_organization_org_member does. Loaded lazily, like the
// Organization client: only a run that changes tags pays for it.
import type { Endpoint } from './endpoint.js'

import type { Tag } from '../model/entries.js'

/**
 * The region of the member's resource name when the `region` input is empty. The Organization service is global;
 * the Terraform provider puts the provider's region in the name, and ap-guangzhou is the region Tencent Cloud's own
 * tools fall back to (STS sign-in here uses it too).
 */
export const DEFAULT_TAG_REGION = 'ap-guangzhou'

/** The resource prefix of a member in the Tag service (the fourth part of its six-part name). */
export const MEMBER_RESOURCE_PREFIX = 'member'

/** `qcs::organization:<region>:uin/:member/<MemberUin>`: BuildTagResourceName("organization", "member", region, uin). */
export function memberResource(region: string, uin: number): string {
  return `qcs::organization:${region}:uin/:member/${uin}`
}

/** The Tag endpoint for an Organization endpoint: a host organization.<rest> gives tag.<rest>; anything else (an emulator's URL) is used as it is. */
export function tagEndpointFor(endpoint: Endpoint): Endpoint {
  const m = /^organization\.(.+)$/i.exec(endpoint.host)
  return m ? { protocol: endpoint.protocol, host: `tag.${m[1]}` } : endpoint
}

/** What changes a resource's tags from `live` to `file`: ReplaceTags for new or changed values, DeleteTags for keys gone. */
export function tagChange(file: readonly Tag[], live: readonly Tag[]): { replace: Tag[]; remove: string[] } {
  const want = new Map(file.map((t) => [t.TagKey, t.TagValue]))
  const have = new Map(live.map((t) => [t.TagKey, t.TagValue]))
  const replace = [...want].filter(([k, v]) => have.get(k) !== v).map(([TagKey, TagValue]) => ({ TagKey, TagValue }))
  const remove = [...have.keys()].filter((k) => !want.has(k))
  return { replace, remove }
}

type TagModule = typeof import('tencentcloud-sdk-nodejs/tencentcloud/services/tag/v20180813/tag_client.js')
let tagSdk: Promise<TagModule & { default?: TagModule }> | undefined

/** The SDK's Tag client class (deep import: the SDK's index loads every service). */
export async function loadTagClient(): Promise<TagModule['Client']> {
  const mod = await (tagSdk ??= import('tencentcloud-sdk-nodejs/tencentcloud/services/tag/v20180813/tag_client.js'))
  return mod.Client ?? mod.default!.Client
}
