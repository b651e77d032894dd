// The one definition of members.yaml (format version 1). The validator, the JSON Schema for editors and the
// TypeScript types below are all derived from FIELDS, so none of them can drift from the others.
import type { InviteOrganizationMemberRequest } from 'tencentcloud-sdk-nodejs/tencentcloud/services/organization/v20210331/organization_models.js'

export const FORMAT_VERSION = 1

/** Letters, digits, Chinese characters and + @ & . _ [ ] - : , (the API's own wording for Name). */
export const NAME_PATTERN = '^[A-Za-z0-9\\p{Script=Han}+@&._\\[\\]\\-:,]+$'

export type FieldSpec =
  | { kind: 'integer'; required: boolean; description: string }
  | {
      kind: 'string'
      required: boolean
      description: string
      maxLength?: number
      /** A Unicode-aware regular expression (JS `u` flag), and how to say it to a person. */
      pattern?: { source: string; hint: string }
      enum?: readonly string[]
      /** Required only when another field holds a value (PayUin when PermissionIds holds 7). */
      requiredWhen?: { field: 'PermissionIds'; contains: number; why: string }
    }
  | {
      kind: 'integer-list'
      required: boolean
      description: string
      min: number
      max: number
      mustContain: readonly number[]
    }
  | {
      kind: 'object-list'
      required: boolean
      description: string
      item: Readonly<Record<string, string>>
      maxItems?: number
      uniqueBy?: string
    }

export const FIELDS = {
  MemberUin: { kind: 'integer', required: true, description: 'UIN of the invited account; the identity of an entry.' },
  Name: {
    kind: 'string',
    required: true,
    description: 'Member name: up to 25 letters, digits, Chinese characters or + @ & . _ [ ] - : ,',
    maxLength: 25,
    pattern: { source: NAME_PATTERN, hint: 'letters, digits, Chinese characters and + @ & . _ [ ] - : ,' }
  },
  NodeId: { kind: 'integer', required: true, description: "Node ID of the member's department." },
  PolicyType: { kind: 'string', required: true, description: 'Relationship policy.', enum: ['Financial'] },
  PermissionIds: {
    kind: 'integer-list',
    required: true,
    description:
      'Financial permission IDs: 1 view bills, 2 view balance, 3 transfer funds, 4 consolidate bills, 5 issue invoice, ' +
      '6 inherit discounts, 7 pay on behalf, 8 cost analysis, 9 budget management, 10 credit limit settings. 1 and 2 are required.',
    min: 1,
    max: 10,
    mustContain: [1, 2]
  },
  PayUin: {
    kind: 'string',
    required: false,
    description: 'Payer UIN (a quoted string of digits); required when PermissionIds holds 7 (pay on behalf).',
    pattern: { source: '^[0-9]+$', hint: 'digits only' },
    requiredWhen: { field: 'PermissionIds', contains: 7, why: 'PermissionIds holds 7 (pay on behalf)' }
  },
  Remark: { kind: 'string', required: false, description: 'Remarks.' },
  IsAllowQuit: {
    kind: 'string',
    required: false,
    description: 'Whether the member may leave the organization.',
    enum: ['Allow', 'Denied']
  },
  RelationAuthName: { kind: 'string', required: false, description: 'Name of a mutual-trust real-name entity.' },
  AuthFile: {
    kind: 'object-list',
    required: false,
    description: 'Proof files of a mutual-trust entity.',
    item: { Name: 'File name.', Url: 'File URL.' }
  },
  Tags: {
    kind: 'object-list',
    required: false,
    description: 'Member tags, at most 10, keys unique.',
    item: { TagKey: 'Tag key.', TagValue: 'Tag value.' },
    maxItems: 10,
    uniqueBy: 'TagKey'
  }
} as const satisfies Record<keyof InviteOrganizationMemberRequest, FieldSpec>

export type FieldName = keyof typeof FIELDS
export const FIELD_NAMES = Object.keys(FIELDS) as FieldName[]

/** Fields that identify an entry and so cannot come from `defaults`. */
export const IDENTITY_FIELDS: readonly FieldName[] = ['MemberUin', 'Name']
export const TOP_LEVEL_KEYS = ['version', 'defaults', 'members'] as const

// The TypeScript type of an entry, computed from FIELDS.
type ValueOf<F> = F extends { kind: 'integer' }
  ? number
  : F extends { kind: 'integer-list' }
    ? number[]
    : F extends { kind: 'object-list'; item: infer I }
      ? Array<{ [K in keyof I]: string }>
      : F extends { enum: readonly (infer E)[] }
        ? E
        : string
type RequiredKeys = { [K in FieldName]: (typeof FIELDS)[K]['required'] extends true ? K : never }[FieldName]
type OptionalKeys = Exclude<FieldName, RequiredKeys>

/** One effective entry: the entry's own fields with `defaults` merged under them. */
export type Member = { [K in RequiredKeys]: ValueOf<(typeof FIELDS)[K]> } & {
  [K in OptionalKeys]?: ValueOf<(typeof FIELDS)[K]>
}

// Compile-time proof that an entry is exactly what the SDK sends: same keys, assignable types.
type Assert<T extends true> = T
export type _MemberIsARequest = Assert<Member extends InviteOrganizationMemberRequest ? true : false>
export type _SameKeys = Assert<
  [keyof InviteOrganizationMemberRequest] extends [keyof Member] ? ([keyof Member] extends [keyof InviteOrganizationMemberRequest] ? true : false) : false
>
