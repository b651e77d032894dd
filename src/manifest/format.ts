// The one definition of members.yaml (format version 1). The validator, the JSON Schema for editors and the
// TypeScript types below are all derived from FIELDS, so none of them can drift from the others.
import type { Member } from '../model/entries.js'
import type { InviteOrganizationMemberRequest } from 'tencentcloud-sdk-nodejs/tencentcloud/services/organization/v20210331/organization_models.js'

export const FORMAT_VERSION = 1

/** Letters, digits, Chinese characters and + @ & . _ [ ] - : , (the API's own wording for Name). */
export const NAME_PATTERN = '^[A-Za-z0-9\\p{Script=Han}+@&._\\[\\]\\-:,]+$'

/** The rules of one text value: a field, or a key of a list item (a tag's TagKey). */
export interface TextRules {
  description: string
  /** In characters (code points), as Tencent Cloud counts them. */
  minLength?: number
  maxLength?: number
  /** A Unicode-aware regular expression (JS `u` flag) every character must match, and how to say it to a person. */
  pattern?: { source: string; hint: string }
  enum?: readonly string[]
  /** No space at the start or the end (the Tag service's rule). */
  noEdgeSpaces?: boolean
  /** Prefixes the service keeps for itself, compared without regard to case. */
  reservedPrefixes?: readonly string[]
}

export type FieldSpec =
  | { kind: 'integer'; required: boolean; description: string }
  | (TextRules & {
      kind: 'string'
      required: boolean
      /** Required only when another field holds a value (PayUin when PermissionIds holds 7). */
      requiredWhen?: { field: 'PermissionIds'; contains: number; why: string }
    })
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
      item: Readonly<Record<string, TextRules>>
      maxItems?: number
      uniqueBy?: string
    }

/**
 * The Tag service's naming rules (Tencent Cloud Tag, Use Limits): letters, digits, Chinese characters, spaces inside
 * (not at either end) and + - = . _ : / @ ( ) [ ] , ; > < and the full-width （ ） 【 】 ： ＋ － ＝ ／ ＠.
 */
const TAG_TEXT = {
  pattern: {
    source: '^[A-Za-z0-9\\p{Script=Han} +\\-=._:/@()\\[\\],;><（）【】：＋－＝／＠]*$',
    hint: 'letters, digits, Chinese characters, spaces inside and + - = . _ : / @ ( ) [ ] , ; > <'
  },
  noEdgeSpaces: true
} as const
/** Keys the Tag service reserves: the Tag documentation names qcs: and project:, other services' pages qcloud and tencent. */
export const RESERVED_TAG_PREFIXES = ['qcs:', 'qcloud', 'tencent', 'project', '项目'] as const

export const FIELDS = {
  MemberUin: { kind: 'integer', required: true, description: 'UIN of the invited account; the identity of an entry.' },
  Name: {
    kind: 'string',
    required: true,
    description: 'Member name: up to 25 letters, digits, Chinese characters or + @ & . _ [ ] - : ,',
    maxLength: 25,
    pattern: { source: NAME_PATTERN, hint: 'letters, digits, Chinese characters and + @ & . _ [ ] - : ,' }
  },
  NodeId: { kind: 'integer', required: true, description: "Node ID of the member's department (or name it by path with Node)." },
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
  // InviteOrganizationMember documents no limit, UpdateOrganizationMember at most 40 characters: a longer remark
  // would be invited, then refused by every later update, so the file holds what both accept.
  Remark: { kind: 'string', required: false, description: 'Remarks, at most 40 characters.', maxLength: 40 },
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
    item: { Name: { description: 'File name.' }, Url: { description: 'File URL.' } }
  },
  Tags: {
    kind: 'object-list',
    required: false,
    description: 'Member tags, at most 10, keys unique.',
    item: {
      TagKey: {
        description: 'Tag key: 1 to 127 characters; not starting with qcs:, qcloud, tencent or project.',
        minLength: 1,
        maxLength: 127,
        ...TAG_TEXT,
        reservedPrefixes: RESERVED_TAG_PREFIXES
      },
      // An empty value is allowed: the Tag service returns such tags, and import must write back what it reads.
      TagValue: { description: 'Tag value: at most 255 characters.', maxLength: 255, ...TAG_TEXT }
    },
    maxItems: 10,
    uniqueBy: 'TagKey'
  }
} as const satisfies Record<keyof InviteOrganizationMemberRequest, FieldSpec>

export type FieldName = keyof typeof FIELDS
export const FIELD_NAMES = Object.keys(FIELDS) as FieldName[]

/** Fields that identify an entry and so cannot come from `defaults`. */
export const IDENTITY_FIELDS: readonly FieldName[] = ['MemberUin', 'Name']
export const TOP_LEVEL_KEYS = ['version', 'defaults', 'nodes', 'members'] as const
/** An entry's node by path instead of by id: not an API field, so it stands beside FIELDS. */
export const NODE_FIELD = 'Node'
/** The keys of an item of `nodes:`. */
export const NODE_KEYS = ['Path', 'NodeId', 'Remark'] as const

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

/** One effective entry as FIELDS describes it. */
type Described = { [K in RequiredKeys]: ValueOf<(typeof FIELDS)[K]> } & {
  [K in OptionalKeys]?: ValueOf<(typeof FIELDS)[K]>
}

// Compile-time proof that FIELDS, the model's Member and the SDK's request agree: same keys, same types.
type Assert<T extends true> = T
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
export type _FieldsDescribeMember = Assert<Same<Described, Member>>
export type _MemberIsARequest = Assert<Member extends InviteOrganizationMemberRequest ? true : false>
export type _SameKeys = Assert<Same<keyof InviteOrganizationMemberRequest, keyof Member>>
