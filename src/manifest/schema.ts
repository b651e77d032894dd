// The JSON Schema (draft-07) of members.yaml for editors (yaml-language-server), derived from FIELDS so that it cannot
// drift from the validator. It is committed as schema/members.schema.json; `npm run schema` regenerates it.
// What it cannot say, the validator still checks: unique MemberUin and Name across entries, unique TagKey, and the
// exact YAML form of a value (1.0 is a float to the validator but the integer 1 to JSON Schema).
import { FIELDS, FIELD_NAMES, FORMAT_VERSION, IDENTITY_FIELDS, NODE_FIELD, TOP_LEVEL_KEYS, type FieldName, type FieldSpec, type TextRules } from './format.js'
import { NODE_NAME_MAX, NODE_NAME_PATTERN } from './node-paths.js'
import { SCHEMA_URL } from './schema-url.js'

type Schema = Record<string, unknown>

function field(spec: FieldSpec): Schema {
  const { description } = spec
  switch (spec.kind) {
    case 'integer': // what the validator sends exactly: a positive integer below 2^53
      return { description, type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER }
    case 'string':
      return text(spec)
    case 'integer-list':
      return {
        description,
        type: 'array',
        items: { type: 'integer', minimum: spec.min, maximum: spec.max },
        uniqueItems: true,
        allOf: spec.mustContain.map((n) => ({ contains: { const: n } }))
      }
    case 'object-list': {
      const properties = Object.fromEntries(Object.entries(spec.item).map(([k, rules]) => [k, text(rules)]))
      const item = { type: 'object', properties, required: Object.keys(spec.item), additionalProperties: false }
      return { description, type: 'array', maxItems: spec.maxItems, items: item }
    }
  }
}

/** What JSON Schema can say of a text value; edge spaces and reserved prefixes are the validator's alone. */
function text(rules: TextRules): Schema {
  const { description } = rules
  return { description, type: 'string', enum: rules.enum && [...rules.enum], minLength: rules.minLength, maxLength: rules.maxLength, pattern: rules.pattern?.source }
}

/** A node path: names joined by "/", each as AddOrganizationNode allows. */
const NAME = NODE_NAME_PATTERN.slice(1, -2) + `{1,${NODE_NAME_MAX}}`
const PATH: Schema = { type: 'string', pattern: `^${NAME}(/${NAME})*$` }

/** An entry, or defaults: the API's fields, and Node (a path), never both Node and NodeId in one mapping. */
const object = (names: readonly FieldName[], required: readonly FieldName[] = []): Schema => ({
  type: 'object',
  properties: {
    ...Object.fromEntries(names.map((name) => [name, field(FIELDS[name])])),
    [NODE_FIELD]: { ...PATH, description: 'The node by path: names from below the root joined by "/" (instead of NodeId).' }
  },
  required: required.length > 0 ? [...required] : undefined,
  not: { required: [NODE_FIELD, 'NodeId'] },
  additionalProperties: false
})
/** A file whose `defaults` holds `name` (and, when given, whose defaults' `name` satisfies `value`). */
const inDefaults = (name: FieldName | typeof NODE_FIELD, value?: Schema): Schema => ({
  required: ['defaults'],
  properties: { defaults: { required: [name], properties: value && { [name]: value } } }
})
const eachEntry = (schema: Schema): Schema => ({ properties: { members: { items: schema } } })

export function jsonSchema(): object {
  // An entry must hold its identity (MemberUin, Name); every other required field may come from `defaults` instead.
  const requirements: Schema[] = FIELD_NAMES.filter((n) => FIELDS[n].required && !IDENTITY_FIELDS.includes(n)).map((name) =>
    // A node, by id or by path, from the entry or from defaults.
    name === 'NodeId'
      ? { if: { not: { anyOf: [inDefaults('NodeId'), inDefaults(NODE_FIELD)] } }, then: eachEntry({ anyOf: [{ required: ['NodeId'] }, { required: [NODE_FIELD] }] }) }
      : { if: { not: inDefaults(name) }, then: eachEntry({ required: [name] }) }
  )
  for (const name of FIELD_NAMES) {
    const spec: FieldSpec = FIELDS[name]
    if (spec.kind !== 'string' || !spec.requiredWhen) continue
    const { field: list, contains } = spec.requiredWhen
    const holds = { type: 'array', contains: { const: contains } }
    // PayUin is needed when the entry's own PermissionIds holds 7, or when it inherits a PermissionIds holding 7.
    requirements.push(
      { if: { not: inDefaults(name) }, then: eachEntry({ if: { required: [list], properties: { [list]: holds } }, then: { required: [name] } }) },
      { if: { allOf: [inDefaults(list, holds), { not: inDefaults(name) }] }, then: eachEntry({ if: { not: { required: [list] } }, then: { required: [name] } }) }
    )
  }
  const topLevel: Record<(typeof TOP_LEVEL_KEYS)[number], Schema> = {
    version: { description: `Format version of this file; ${FORMAT_VERSION} is the only one.`, const: FORMAT_VERSION },
    defaults: {
      description: `Values merged under every entry (an entry's own value wins); not ${IDENTITY_FIELDS.join(' or ')}.`,
      ...object(FIELD_NAMES.filter((n) => !IDENTITY_FIELDS.includes(n)))
    },
    nodes: {
      description: 'The node tree below the root, named by path; parents before or after children.',
      type: 'array',
      items: {
        type: 'object',
        properties: {
          Path: { ...PATH, description: 'Names from below the root node joined by "/"; the root itself is never written.' },
          NodeId: { description: 'Pins the node by id: a changed Path is then a rename, not a new node.', type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER },
          Remark: { description: "The node's remark; managed only when written.", type: 'string' }
        },
        required: ['Path'],
        additionalProperties: false
      }
    },
    members: { description: 'One entry per member, identified by MemberUin.', type: 'array', items: object(FIELD_NAMES, IDENTITY_FIELDS) }
  }
  // JSON.stringify drops the undefined keywords (a field without maxLength, a list without maxItems...).
  return JSON.parse(
    JSON.stringify({
      $schema: 'http://json-schema.org/draft-07/schema#',
      $id: SCHEMA_URL,
      title: 'members.yaml',
      description: 'Members of a Tencent Cloud organization, invited with InviteOrganizationMember.',
      type: 'object',
      properties: topLevel,
      required: ['members'],
      additionalProperties: false,
      allOf: requirements
    })
  ) as object
}
