// members.yaml files shared by the validator tests and the JSON Schema tests, so that both are held to the same
// examples: every VALID file must pass the validator and the schema, every INVALID one must fail both.

export const lines = (...l: string[]): string => l.join('\n') + '\n'

/** A valid one-entry file; each field on its own line: MemberUin on line 2, Name 3, NodeId 4, PolicyType 5, PermissionIds 6. */
export const BASE_FIELDS: ReadonlyArray<readonly [string, string]> = [
  ['MemberUin', '111111111111'],
  ['Name', 'member_name'],
  ['NodeId', '1001'],
  ['PolicyType', 'Financial'],
  ['PermissionIds', '[1, 2]']
]

/**
 * The valid one-entry file with `key: value` set in place (or appended when the entry has no such key), or the key
 * removed when value is undefined; with the line and column of the value, as the validator should report them.
 */
export function withField(key: string, value: string | undefined, head: string[] = []): { text: string; line: number; col: number } {
  const fields = BASE_FIELDS.map(([k, v]) => [k, v] as [string, string | undefined])
  const at = fields.findIndex(([k]) => k === key)
  if (at >= 0) fields[at]![1] = value
  else fields.push([key, value])
  const kept = fields.filter(([, v]) => v !== undefined)
  const body = kept.map(([k, v], i) => `${i === 0 ? '  - ' : '    '}${k}: ${v}`)
  const index = kept.findIndex(([k]) => k === key)
  return { text: lines(...head, 'members:', ...body), line: head.length + 2 + Math.max(index, 0), col: 5 + key.length + 2 }
}

export const VALID: Record<string, string> = {
  'every field, block style': lines(
    '# yaml-language-server: $schema=./schema/members.schema.json',
    'version: 1',
    'members:',
    '  - MemberUin: 111111111111',
    '    Name: member_name',
    '    NodeId: 1001',
    '    PolicyType: Financial',
    '    PermissionIds:',
    '      - 1',
    '      - 2',
    '      - 7',
    '    PayUin: "222222222222"',
    '    Remark: finance lead',
    '    IsAllowQuit: Denied',
    '    RelationAuthName: Acme Ltd',
    '    AuthFile:',
    '      - Name: proof.pdf',
    '        Url: "https://example.com/proof.pdf"',
    '    Tags:',
    '      - TagKey: team',
    '        TagValue: finops',
    '      - TagKey: cost-center',
    '        TagValue: "42"'
  ),
  'flow style entries': lines(
    'members:',
    '  - { MemberUin: 1, Name: a, NodeId: 1, PolicyType: Financial, PermissionIds: [1, 2] }',
    '  - {MemberUin: 2, Name: b, NodeId: 1, PolicyType: Financial, PermissionIds: [2, 1, 10], Tags: [{TagKey: k, TagValue: v}]}'
  ),
  'fully flow file': '{members: [{MemberUin: 1, Name: a, NodeId: 1, PolicyType: Financial, PermissionIds: [1, 2]}]}\n',
  'comments everywhere': lines(
    '# leading comment',
    'members: # the list',
    '  # before an entry',
    '  - MemberUin: 1 # trailing',
    '    # between fields',
    '    Name: a',
    '    NodeId: 1',
    '    PolicyType: Financial',
    '    PermissionIds: [1, 2] # ids',
    '# closing comment'
  ),
  'quoted scalars': lines(
    'members:',
    '  - MemberUin: 1',
    '    Name: "double_quoted"',
    '    NodeId: 1',
    "    PolicyType: 'Financial'",
    '    PermissionIds: [1, 2]',
    "    Remark: 'it''s quoted: with # and : inside'",
    '  - MemberUin: 2',
    "    Name: 'single_quoted'",
    '    NodeId: 1',
    '    PolicyType: "Financial"',
    '    PermissionIds: [1, 2]'
  ),
  'CRLF line endings': 'members:\r\n  - MemberUin: 1\r\n    Name: a\r\n    NodeId: 1\r\n    PolicyType: Financial\r\n    PermissionIds: [1, 2]\r\n',
  'a byte-order mark': '\uFEFFmembers:\n  - MemberUin: 1\n    Name: a\n    NodeId: 1\n    PolicyType: Financial\n    PermissionIds: [1, 2]\n',
  'defaults for every non-identity field': lines(
    'defaults:',
    '  NodeId: 1001',
    '  PolicyType: Financial',
    '  PermissionIds: [1, 2, 7]',
    '  PayUin: "222222222222"',
    'members:',
    '  - MemberUin: 1',
    '    Name: a',
    '  - MemberUin: 2',
    '    Name: b',
    '    PermissionIds: [1, 2]'
  ),
  'Chinese names and a 25-character name': lines(
    'members:',
    '  - MemberUin: 1',
    '    Name: 数据平台',
    '    NodeId: 1',
    '    PolicyType: Financial',
    '    PermissionIds: [1, 2]',
    '  - MemberUin: 2',
    `    Name: ${'a'.repeat(25)}`,
    '    NodeId: 1',
    '    PolicyType: Financial',
    '    PermissionIds: [1, 2]',
    '  - MemberUin: 3',
    `    Name: ${'财'.repeat(25)}`,
    '    NodeId: 1',
    '    PolicyType: Financial',
    '    PermissionIds: [1, 2]',
    '  - MemberUin: 4',
    '    Name: "A+b@c&d.e_f[g]h-i:j,9"',
    '    NodeId: 1',
    '    PolicyType: Financial',
    '    PermissionIds: [1, 2]'
  ),
  'ten tags and the largest exact integer': lines(
    'members:',
    '  - MemberUin: 9007199254740991',
    '    Name: a',
    '    NodeId: 1',
    '    PolicyType: Financial',
    '    PermissionIds: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]',
    '    PayUin: "1"',
    `    Tags: [${Array.from({ length: 10 }, (_, i) => `{TagKey: k${i}, TagValue: v}`).join(', ')}]`
  ),
  'anchors and aliases used sparingly': lines(
    'members:',
    '  - MemberUin: 1',
    '    Name: a',
    '    NodeId: &node 1001',
    '    PolicyType: Financial',
    '    PermissionIds: &ids [1, 2]',
    '    Tags: &tags [{TagKey: team, TagValue: finops}]',
    '  - MemberUin: 2',
    '    Name: b',
    '    NodeId: *node',
    '    PolicyType: Financial',
    '    PermissionIds: *ids',
    '    Tags: *tags'
  ),
  'an empty list of members': 'members: []\n'
}

/** Files that break a rule JSON Schema can express as well; the validator and the schema must both reject them. */
export const INVALID: Record<string, string> = {
  'MemberUin as a quoted string': withField('MemberUin', '"111"').text,
  'NodeId as a float': withField('NodeId', '1.5').text,
  'NodeId as a boolean': withField('NodeId', 'true').text,
  'NodeId as null': withField('NodeId', 'null').text,
  'MemberUin beyond 2^53': withField('MemberUin', '9007199254740993').text,
  'MemberUin zero': withField('MemberUin', '0').text,
  'Name as an integer': withField('Name', '123').text,
  'Name over 25 characters': withField('Name', 'a'.repeat(26)).text,
  'Name with a space': withField('Name', 'a b').text,
  'Name with a slash': withField('Name', 'a/b').text,
  'Name empty': withField('Name', '""').text,
  'PolicyType not Financial': withField('PolicyType', 'Standard').text,
  'IsAllowQuit not Allow or Denied': withField('IsAllowQuit', 'allow').text,
  'unknown key in an entry': withField('Nmae', 'x').text,
  'unknown top-level key': lines('member: []', 'members: []'),
  'unknown key in defaults': lines('defaults:', '  PolicyTipe: Financial', 'members: []'),
  'missing MemberUin': withField('MemberUin', undefined).text,
  'missing Name': withField('Name', undefined).text,
  'missing NodeId': withField('NodeId', undefined).text,
  'missing PolicyType, in entry and defaults': withField('PolicyType', undefined, ['defaults:', '  NodeId: 1']).text,
  'missing PermissionIds': withField('PermissionIds', undefined).text,
  'PermissionIds without 2': withField('PermissionIds', '[1, 3]').text,
  'PermissionIds with 0': withField('PermissionIds', '[0, 1, 2]').text,
  'PermissionIds with 11': withField('PermissionIds', '[1, 2, 11]').text,
  'PermissionIds with a repeat': withField('PermissionIds', '[1, 2, 2]').text,
  'PermissionIds not a list': withField('PermissionIds', '1').text,
  'PermissionIds with a float': withField('PermissionIds', '[1, 2, 3.5]').text,
  'PayUin missing with 7': withField('PermissionIds', '[1, 2, 7]').text,
  'PayUin missing with 7 from defaults': withField('PermissionIds', undefined, ['defaults:', '  PermissionIds: [1, 2, 7]']).text,
  'PayUin unquoted': withField('PayUin', '222222222222').text,
  'PayUin not digits': withField('PayUin', '"22a"').text,
  'eleven tags': withField('Tags', `[${Array.from({ length: 11 }, (_, i) => `{TagKey: k${i}, TagValue: v}`).join(', ')}]`).text,
  'TagValue not a string': withField('Tags', '[{TagKey: k, TagValue: 1}]').text,
  'Tags item with an unknown key': withField('Tags', '[{TagKey: k, TagValue: v, Color: red}]').text,
  'Remark over 40 characters (UpdateOrganizationMember)': withField('Remark', 'r'.repeat(41)).text,
  'TagKey over 127 characters': withField('Tags', `[{TagKey: ${'k'.repeat(128)}, TagValue: v}]`).text,
  'TagValue over 255 characters': withField('Tags', `[{TagKey: k, TagValue: ${'v'.repeat(256)}}]`).text,
  'TagKey empty': withField('Tags', '[{TagKey: "", TagValue: v}]').text,
  'TagKey with a character the Tag service refuses': withField('Tags', '[{TagKey: "cost#center", TagValue: v}]').text,
  'AuthFile item without Url': withField('AuthFile', '[{Name: proof.pdf}]').text,
  'AuthFile not a list': withField('AuthFile', 'proof.pdf').text,
  'MemberUin in defaults': lines('defaults:', '  MemberUin: 1', 'members: []'),
  'Name in defaults': lines('defaults:', '  Name: a', 'members: []'),
  'defaults a list': lines('defaults:', '  - PolicyType: Financial', 'members: []'),
  'version 2': lines('version: 2', 'members: []'),
  'missing members': lines('defaults:', '  PolicyType: Financial'),
  'members a mapping': lines('members:', '  MemberUin: 1'),
  'members a scalar': lines('members: everyone'),
  'members empty': lines('members:'),
  'root a list': lines('- MemberUin: 1'),
  'root a scalar': lines('members'),
  'entry a scalar': lines('members:', '  - 111111111111'),
  'empty file': ''
}
