// The JSON Schema for editors: the committed file is exactly what jsonSchema() derives from FIELDS, and it agrees with
// the validator on the repository's members.yaml and on the shared valid and invalid examples.
// `npm run schema` (UPDATE_SCHEMA=1) writes schema/members.schema.json instead of comparing it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import { parse } from 'yaml'
import { jsonSchema } from '../src/manifest/schema.js'
import { SCHEMA_URL } from '../src/manifest/schema-url.js'
import { readManifest } from '../src/manifest/validate.js'
import { INVALID, VALID, lines, withField } from './support/manifest-fixtures.js'

const SCHEMA_DIR = new URL('../schema/', import.meta.url)
const SCHEMA_FILE = new URL('members.schema.json', SCHEMA_DIR)
const generated = JSON.stringify(jsonSchema(), null, 2) + '\n'

describe('schema/members.schema.json', () => {
  if (process.env.UPDATE_SCHEMA === '1') {
    test('is written from jsonSchema()', () => {
      mkdirSync(SCHEMA_DIR, { recursive: true })
      writeFileSync(SCHEMA_FILE, generated)
      expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(generated)
    })
    return
  }
  test('is exactly what jsonSchema() derives from format.ts', () => {
    let committed: string
    try {
      committed = readFileSync(SCHEMA_FILE, 'utf8')
    } catch {
      throw new Error('schema/members.schema.json is missing: run `npm run schema` and commit it.')
    }
    if (committed !== generated) {
      throw new Error('schema/members.schema.json is out of date with src/manifest/format.ts: run `npm run schema` and commit it.')
    }
  })
})

describe('the schema agrees with the validator', () => {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: true })
  const check = ajv.compile(jsonSchema())
  /** Parses YAML as an editor would: plain JavaScript numbers, the byte-order mark dropped. */
  const accepts = (text: string) => {
    const ok = check(parse(text.replace(/^\uFEFF/, ''), { intAsBigInt: false }))
    return { ok, errors: ajv.errorsText(check.errors) }
  }

  test('it is a draft-07 schema ajv accepts as valid', () => {
    expect(jsonSchema()).toMatchObject({ $schema: 'http://json-schema.org/draft-07/schema#', required: ['members'], additionalProperties: false })
    expect(ajv.validateSchema(jsonSchema())).toBe(true)
  })

  test("the repository's members.yaml", () => {
    expect(accepts(readFileSync(new URL('../members.yaml', import.meta.url), 'utf8'))).toEqual({ ok: true, errors: 'No errors' })
  })

  test.each(Object.entries(VALID))('accepts the valid file: %s', (_name, text) => {
    expect(readManifest('members.yaml', text).errors).toEqual([])
    expect(accepts(text)).toEqual({ ok: true, errors: 'No errors' })
  })

  test.each(Object.entries(INVALID))('rejects the invalid file: %s', (_name, text) => {
    expect(readManifest('members.yaml', text).errors).not.toEqual([])
    expect(accepts(text).ok).toBe(false)
  })

  test('rejects what it should for the reason it should', () => {
    const reason = (text: string) => accepts(text).errors
    expect(reason(withField('PermissionIds', '[1, 3]').text)).toMatch(/must contain at least 1 valid item/)
    expect(reason(withField('Tags', `[${Array(11).fill('{TagKey: k, TagValue: v}').join(', ')}]`).text)).toMatch(/Tags must NOT have more than 10 items/)
    expect(reason(withField('PermissionIds', '[1, 2, 7]').text)).toMatch(/must have required property 'PayUin'/)
    expect(reason(lines('defaults:', '  MemberUin: 1', 'members: []'))).toMatch(/defaults must NOT have additional properties/)
    expect(reason(withField('Nmae', 'x').text)).toMatch(/members\/0 must NOT have additional properties/)
    expect(reason(withField('IsAllowQuit', 'allow').text)).toMatch(/IsAllowQuit must be equal to one of the allowed values/)
    expect(reason(withField('Name', 'a b').text)).toMatch(/Name must match pattern/)
    expect(reason(withField('MemberUin', '"111"').text)).toMatch(/MemberUin must be integer/)
    // One mistake, one complaint: a PermissionIds that is not a list does not also ask for a PayUin.
    expect(reason(withField('PermissionIds', '7').text)).toBe('data/members/0/PermissionIds must be array')
    expect(reason(withField('MemberUin', '9007199254740993').text)).toBe('data/members/0/MemberUin must be <= 9007199254740991')
  })

  test('a field may come from defaults; without it there, every entry needs it', () => {
    const missingNodeId = withField('NodeId', undefined).text
    expect(accepts(missingNodeId).errors).toMatch(/members\/0 must have required property 'NodeId'/)
    expect(accepts(lines('defaults:', '  NodeId: 1', ...missingNodeId.split('\n'))).ok).toBe(true)
  })

  test('PayUin: needed when 7 is inherited, unless defaults give one; not needed when the entry drops 7', () => {
    const entry = withField('PermissionIds', undefined).text.split('\n')
    expect(accepts(lines('defaults:', '  PermissionIds: [1, 2, 7]', ...entry)).errors).toMatch(/members\/0 must have required property 'PayUin'/)
    expect(accepts(lines('defaults:', '  PermissionIds: [1, 2, 7]', '  PayUin: "1"', ...entry)).ok).toBe(true)
    expect(accepts(withField('PermissionIds', '[1, 2]', ['defaults:', '  PermissionIds: [1, 2, 7]']).text).ok).toBe(true)
    expect(accepts(withField('PermissionIds', '[1, 2, 7]', ['defaults:', '  PayUin: "1"']).text).ok).toBe(true)
  })

  test('descriptions come from FIELDS, so editors show the documentation on hover', () => {
    const schema = jsonSchema() as { properties: { members: { items: { properties: Record<string, { description: string }> } } } }
    expect(schema.properties.members.items.properties.PayUin!.description).toMatch(/required when PermissionIds holds 7/)
    expect(schema.properties.members.items).toMatchObject({ required: ['MemberUin', 'Name'], additionalProperties: false })
  })
})

// The entry to propose to SchemaStore's catalog (src/api/json/catalog.json), so that editors offer the schema by name.
// It has no fileMatch on purpose: members.yaml is too common a name to claim in every repository; files are matched by
// the modeline import writes.
describe('schema/schemastore-catalog-entry.json', () => {
  const entry = JSON.parse(readFileSync(new URL('schemastore-catalog-entry.json', SCHEMA_DIR), 'utf8')) as Record<string, unknown>

  test('names the same versioned URL as the schema, the modeline and import', () => {
    expect(entry).toEqual({ name: expect.any(String), description: expect.any(String), url: SCHEMA_URL, versions: { v1: SCHEMA_URL } })
    expect(jsonSchema()).toMatchObject({ $id: SCHEMA_URL })
    expect(SCHEMA_URL).toMatch(/^https:\/\/raw\.githubusercontent\.com\/[^/]+\/[^/]+\/v1\/schema\/members\.schema\.json$/)
  })
})
