// Every rule of the members.yaml contract, each with a bad file whose error is checked for its title, its message
// and the line and column a person has to look at; and the forms a valid file may take.
import { readFileSync } from 'node:fs'
import { MAX_ERRORS, readManifest } from '../src/manifest/validate.js'
import { MAX_BYTES } from '../src/manifest/parse.js'
import type { Diagnostic } from '../src/model/diagnostics.js'
import { INVALID, VALID, lines, withField } from './support/manifest-fixtures.js'

const FILE = 'members.yaml'
const KNOWN_FIELDS = 'Known keys: MemberUin, Name, NodeId, PolicyType, PermissionIds, PayUin, Remark, IsAllowQuit, RelationAuthName, AuthFile, Tags, Node.'
const NAME_RULE = 'Allowed: letters, digits, Chinese characters and + @ & . _ [ ] - : ,.'

interface Expected {
  line: number
  col: number
  title: string
  /** The whole message, or a pattern it must match. */
  message: string | RegExp
}

/** The file must be rejected with exactly these errors, in the order of their positions, and no entries. */
function expectErrors(text: string | Buffer, ...expected: Expected[]): Diagnostic[] {
  const { entries, errors } = readManifest(FILE, text)
  expect(errors.map(({ line, col, title, message }) => ({ line, col, title, message }))).toEqual(
    expected.map(({ line, col, title, message }) => ({
      line,
      col,
      title,
      message: typeof message === 'string' ? message : expect.stringMatching(message)
    }))
  )
  for (const e of errors) expect(e).toMatchObject({ severity: 'error', file: FILE })
  expect(entries).toEqual([])
  return errors
}

const expectError = (text: string | Buffer, line: number, col: number, title: string, message: string | RegExp): Diagnostic => expectErrors(text, { line, col, title, message })[0]!

/** expectError for the one-entry file with `key: value`, at the position of that value. */
function expectFieldError(key: string, value: string, title: string, message: string | RegExp): Diagnostic {
  const { text, line, col } = withField(key, value)
  return expectError(text, line, col, title, message)
}

function valid(text: string | Buffer) {
  const { entries, errors } = readManifest(FILE, text)
  expect(errors).toEqual([])
  return entries
}

describe('valid files', () => {
  test.each(Object.entries(VALID))('%s', (_name, text) => {
    const entries = valid(text)
    expect(entries.length).toBe(text.startsWith('members: []') ? 0 : text.match(/MemberUin/g)!.length)
  })

  test("the repository's members.yaml holds 3 valid entries, defaults merged", () => {
    const entries = valid(readFileSync(new URL('../members.yaml', import.meta.url)))
    expect(entries.map((e) => [e.member.MemberUin, e.line, e.col])).toEqual([
      [100000000001, 9, 5],
      [100000000002, 17, 5],
      [100000000003, 21, 5]
    ])
    expect(entries[1]!.member).toEqual({
      MemberUin: 100000000002,
      Name: 'platform.ops',
      NodeId: 1002,
      PolicyType: 'Financial',
      PermissionIds: [1, 2],
      Remark: 'platform on-call account',
      IsAllowQuit: 'Denied'
    })
    expect(entries[2]!.member).toMatchObject({ Name: '数据平台', IsAllowQuit: 'Allow' })
  })

  test('defaults are merged under every entry, the entry’s own value wins, positions say where each value is', () => {
    const entries = valid(
      lines(
        'defaults:',
        '  NodeId: 1001',
        '  PolicyType: Financial',
        '  PermissionIds: [1, 2]',
        '  IsAllowQuit: Denied',
        'members:',
        '  - MemberUin: 1',
        '    Name: a',
        '    IsAllowQuit: Allow',
        '  - MemberUin: 2',
        '    Name: b',
        '    PermissionIds: [1, 2, 3]'
      )
    )
    expect(entries).toHaveLength(2)
    expect(entries[0]).toMatchObject({ line: 7, col: 5 })
    expect(entries[0]!.member).toEqual({ MemberUin: 1, Name: 'a', NodeId: 1001, PolicyType: 'Financial', PermissionIds: [1, 2], IsAllowQuit: 'Allow' })
    expect(entries[0]!.positions).toMatchObject({ MemberUin: { line: 7, col: 16 }, NodeId: { line: 2, col: 11 }, IsAllowQuit: { line: 9, col: 18 } })
    expect(entries[1]!.member).toEqual({ MemberUin: 2, Name: 'b', NodeId: 1001, PolicyType: 'Financial', PermissionIds: [1, 2, 3], IsAllowQuit: 'Denied' })
    expect(entries[1]!.positions).toMatchObject({ PermissionIds: { line: 12, col: 20 }, IsAllowQuit: { line: 5, col: 16 } })
  })

  test('an entry whose own PermissionIds drops 7 needs no PayUin, even when the defaults hold 7', () => {
    const entries = valid(withField('PermissionIds', '[1, 2]', ['defaults:', '  PermissionIds: [1, 2, 7]']).text)
    expect(entries[0]!.member.PermissionIds).toEqual([1, 2])
    expect(entries[0]!.member.PayUin).toBeUndefined()
  })

  test('every field is read with its type', () => {
    const [entry] = valid(VALID['every field, block style']!)
    expect(entry!.member).toEqual({
      MemberUin: 111111111111,
      Name: 'member_name',
      NodeId: 1001,
      PolicyType: 'Financial',
      PermissionIds: [1, 2, 7],
      PayUin: '222222222222',
      Remark: 'finance lead',
      IsAllowQuit: 'Denied',
      RelationAuthName: 'Acme Ltd',
      AuthFile: [{ Name: 'proof.pdf', Url: 'https://example.com/proof.pdf' }],
      Tags: [
        { TagKey: 'team', TagValue: 'finops' },
        { TagKey: 'cost-center', TagValue: '42' }
      ]
    })
    expect(entry).toMatchObject({ line: 4, col: 5 })
  })

  test('flow style entries read like block style ones', () => {
    const entries = valid(VALID['flow style entries']!)
    expect(entries[0]).toMatchObject({ line: 2, col: 5, member: { MemberUin: 1, Name: 'a', PermissionIds: [1, 2] } })
    expect(entries[1]).toMatchObject({ line: 3, col: 5, member: { MemberUin: 2, PermissionIds: [2, 1, 10], Tags: [{ TagKey: 'k', TagValue: 'v' }] } })
  })

  test('double and single quoted scalars are plain strings', () => {
    const entries = valid(VALID['quoted scalars']!)
    expect(entries.map((e) => e.member.Name)).toEqual(['double_quoted', 'single_quoted'])
    expect(entries[0]!.member.Remark).toBe("it's quoted: with # and : inside")
    expect(entries[1]!.member.PolicyType).toBe('Financial')
  })

  test('comments change no position', () => {
    const [entry] = valid(VALID['comments everywhere']!)
    expect(entry).toMatchObject({ line: 4, col: 5, positions: { Name: { line: 6, col: 11 }, PermissionIds: { line: 9, col: 20 } } })
  })

  test('aliases stand for their anchored values', () => {
    const entries = valid(VALID['anchors and aliases used sparingly']!)
    expect(entries[1]!.member).toMatchObject({ NodeId: 1001, PermissionIds: [1, 2], Tags: [{ TagKey: 'team', TagValue: 'finops' }] })
  })

  test('a string and the same bytes in a Buffer read the same', () => {
    const text = VALID['every field, block style']!
    expect(readManifest(FILE, Buffer.from(text, 'utf8'))).toEqual(readManifest(FILE, text))
  })
})

describe('CRLF line endings and a byte-order mark keep positions right', () => {
  const crlf = (text: string) => text.replace(/\n/g, '\r\n')

  test('an error in a CRLF file is on its line and column', () => {
    expectError(crlf(withField('Name', 'a b').text), 3, 11, 'Invalid value', `Name "a b" has characters that are not allowed: " ". ${NAME_RULE}`)
    expectError(crlf(withField('PayUin', '"x"').text), 7, 13, 'Invalid value', 'PayUin "x" has characters that are not allowed: "x". Allowed: digits only.')
  })

  test('CRLF entries and positions match the LF ones', () => {
    const lf = readManifest(FILE, VALID['defaults for every non-identity field']!)
    expect(readManifest(FILE, crlf(VALID['defaults for every non-identity field']!))).toEqual(lf)
  })

  test('the byte-order mark takes no column', () => {
    expectError('\uFEFFversion: 2\nmembers: []\n', 1, 10, 'Unknown format version', '`version` must be 1, the only format this action reads.')
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(withField('MemberUin', '"1"').text)])
    expectError(bytes, 2, 16, 'Wrong type', 'MemberUin must be an integer, got the string "1" (remove the quotes).')
  })

  test('a valid file with a byte-order mark and CRLF endings', () => {
    const entries = valid(Buffer.from('\uFEFF' + crlf(VALID['every field, block style']!), 'utf8'))
    expect(entries[0]).toMatchObject({ line: 4, col: 5, positions: { Tags: { line: 20, col: 7 } } })
  })
})

describe('required fields', () => {
  test('MemberUin', () => {
    expectError(withField('MemberUin', undefined).text, 2, 5, 'Missing field', 'This entry needs MemberUin.')
  })
  test('Name', () => {
    expectError(withField('Name', undefined).text, 2, 5, 'Missing field', 'This entry needs Name.')
  })
  test('NodeId', () => {
    expectError(withField('NodeId', undefined).text, 2, 5, 'Missing field', 'This entry needs NodeId (in the entry or in defaults).')
  })
  test('PolicyType, neither in the entry nor in defaults', () => {
    const { text } = withField('PolicyType', undefined, ['defaults:', '  NodeId: 1'])
    expectError(text, 4, 5, 'Missing field', 'This entry needs PolicyType (in the entry or in defaults).')
  })
  test('PermissionIds', () => {
    expectError(withField('PermissionIds', undefined).text, 2, 5, 'Missing field', 'This entry needs PermissionIds (in the entry or in defaults).')
  })
  test('several at once, named together', () => {
    expectError(lines('members:', '  - MemberUin: 1'), 2, 5, 'Missing field', 'This entry needs Name, NodeId, PolicyType and PermissionIds (in the entry or in defaults).')
    expectErrors(
      lines('members:', '  - MemberUin: 1', '    Name: a', '  - Name: b', '    NodeId: 1'),
      { line: 2, col: 5, title: 'Missing field', message: 'This entry needs NodeId, PolicyType and PermissionIds (in the entry or in defaults).' },
      { line: 4, col: 5, title: 'Missing field', message: 'This entry needs MemberUin, PolicyType and PermissionIds (in the entry or in defaults).' }
    )
  })
})

describe('Name', () => {
  test('more than 25 characters', () => {
    expectFieldError('Name', 'a'.repeat(26), 'Too long', 'Name has 26 characters; at most 25 are allowed.')
    expectFieldError('Name', '数'.repeat(26), 'Too long', 'Name has 26 characters; at most 25 are allowed.')
  })
  test('a space, or another character the API does not allow', () => {
    expectFieldError('Name', 'a b', 'Invalid value', `Name "a b" has characters that are not allowed: " ". ${NAME_RULE}`)
    expectFieldError('Name', '"a/b!/"', 'Invalid value', `Name "a/b!/" has characters that are not allowed: "/" "!". ${NAME_RULE}`)
    expectFieldError('Name', 'smile🙂', 'Invalid value', `Name "smile🙂" has characters that are not allowed: "🙂". ${NAME_RULE}`)
  })
  test('empty', () => {
    expectFieldError('Name', '""', 'Invalid value', `Name is empty. ${NAME_RULE}`)
  })
  test('Chinese characters, every allowed sign, exactly 25 characters are valid', () => {
    const entries = valid(VALID['Chinese names and a 25-character name']!)
    expect(entries.map((e) => e.member.Name)).toEqual(['数据平台', 'a'.repeat(25), '财'.repeat(25), 'A+b@c&d.e_f[g]h-i:j,9'])
  })
})

describe('PolicyType', () => {
  test('only Financial', () => {
    expectFieldError('PolicyType', 'Standard', 'Invalid value', 'PolicyType must be "Financial", got "Standard".')
    expectFieldError('PolicyType', 'financial', 'Invalid value', 'PolicyType must be "Financial", got "financial". Did you mean "Financial"?')
  })
})

describe('PermissionIds', () => {
  test('must hold 1 and 2', () => {
    expectFieldError('PermissionIds', '[1, 3]', 'Invalid value', 'PermissionIds must hold 1 and 2; 2 is missing.')
    expectFieldError('PermissionIds', '[2]', 'Invalid value', 'PermissionIds must hold 1 and 2; 1 is missing.')
    expectFieldError('PermissionIds', '[3, 4]', 'Invalid value', 'PermissionIds must hold 1 and 2; 1 and 2 are missing.')
    expectFieldError('PermissionIds', '[]', 'Invalid value', 'PermissionIds must hold 1 and 2; 1 and 2 are missing.')
  })
  test('IDs are 1 to 10, each at its own column', () => {
    expectError(withField('PermissionIds', '[0, 1, 2]').text, 6, 21, 'Invalid value', 'PermissionIds item must be a positive integer, got 0.')
    expectError(withField('PermissionIds', '[1, 2, 11]').text, 6, 27, 'Invalid value', 'PermissionIds holds 11; valid IDs are 1 to 10.')
  })
  test('no repeats: the second one is reported', () => {
    expectError(withField('PermissionIds', '[1, 2, 2]').text, 6, 27, 'Duplicate value', 'PermissionIds holds 2 more than once.')
  })
  test('a list of integers', () => {
    expectFieldError('PermissionIds', '1', 'Wrong type', 'PermissionIds must be a list of integers, got the integer 1.')
    expectFieldError('PermissionIds', '"1, 2"', 'Wrong type', 'PermissionIds must be a list of integers, got the string "1, 2".')
    expectError(withField('PermissionIds', '[1, 2, 3.5]').text, 6, 27, 'Wrong type', 'PermissionIds item must be an integer, got the number 3.5.')
    expectError(withField('PermissionIds', '["1", 2]').text, 6, 21, 'Wrong type', 'PermissionIds item must be an integer, got the string "1" (remove the quotes).')
  })
  test('an item of a block list is reported on its own line', () => {
    const text = lines('members:', '  - MemberUin: 1', '    Name: a', '    NodeId: 1', '    PolicyType: Financial', '    PermissionIds:', '      - 1', '      - 2', '      - 12')
    expectError(text, 9, 9, 'Invalid value', 'PermissionIds holds 12; valid IDs are 1 to 10.')
  })
})

describe('PayUin', () => {
  test('required when the entry’s PermissionIds holds 7: reported at PermissionIds', () => {
    expectFieldError('PermissionIds', '[1, 2, 7]', 'Missing field', 'PayUin is required because PermissionIds holds 7 (pay on behalf).')
  })
  test('required when the 7 comes from defaults: reported at the entry, naming the defaults', () => {
    const { text } = withField('PermissionIds', undefined, ['defaults:', '  PermissionIds: [1, 2, 7]'])
    expectError(text, 4, 5, 'Missing field', 'PayUin is required because PermissionIds holds 7 (pay on behalf); this entry inherits PermissionIds from defaults (line 2).')
  })
  test('a PayUin in defaults is enough', () => {
    const entries = valid(withField('PermissionIds', '[1, 2, 7]', ['defaults:', '  PayUin: "42"']).text)
    expect(entries[0]!.member.PayUin).toBe('42')
  })
  test('an unquoted integer is the wrong type, with the fix', () => {
    expectFieldError('PayUin', '222222222222', 'Wrong type', 'PayUin must be a string, got the integer 222222222222 (quote it: PayUin: "222222222222").')
  })
  test('digits only', () => {
    expectFieldError('PayUin', '"22a"', 'Invalid value', 'PayUin "22a" has characters that are not allowed: "a". Allowed: digits only.')
    expectFieldError('PayUin', '"-22"', 'Invalid value', 'PayUin "-22" has characters that are not allowed: "-". Allowed: digits only.')
    expectFieldError('PayUin', '""', 'Invalid value', 'PayUin is empty. Allowed: digits only.')
  })
})

describe('IsAllowQuit', () => {
  test('Allow or Denied', () => {
    expectFieldError('IsAllowQuit', 'allow', 'Invalid value', 'IsAllowQuit must be "Allow" or "Denied", got "allow". Did you mean "Allow"?')
    expectFieldError('IsAllowQuit', 'Denyed', 'Invalid value', 'IsAllowQuit must be "Allow" or "Denied", got "Denyed". Did you mean "Denied"?')
    const e = expectFieldError('IsAllowQuit', 'Sometimes', 'Invalid value', 'IsAllowQuit must be "Allow" or "Denied", got "Sometimes".')
    expect(e.message).not.toContain('Did you mean')
    expectFieldError('IsAllowQuit', 'true', 'Wrong type', 'IsAllowQuit must be a string, got the boolean true.')
  })
})

describe('AuthFile', () => {
  const entry = ['members:', '  - MemberUin: 1', '    Name: a', '    NodeId: 1', '    PolicyType: Financial', '    PermissionIds: [1, 2]', '    AuthFile:']
  test('an item without Url', () => {
    expectError(lines(...entry, '      - Name: proof.pdf'), 8, 9, 'Missing field', 'This AuthFile item has no Url.')
    expectError(lines(...entry, '      - {}'), 8, 9, 'Missing field', 'This AuthFile item has no Name or Url.')
  })
  test('an item with an unknown key', () => {
    expectError(lines(...entry, '      - { Name: a, Url: b, Size: 3 }'), 8, 28, 'Unknown key', 'Unknown key "Size". Known keys: Name, Url.')
    expectError(lines(...entry, '      - Name: a', '        URL: b'), 9, 9, 'Unknown key', 'Unknown key "URL". Did you mean "Url"? Known keys: Name, Url.')
  })
  test('a list of mappings of strings', () => {
    expectFieldError('AuthFile', 'proof.pdf', 'Wrong type', 'AuthFile must be a list, got the string "proof.pdf".')
    expectError(withField('AuthFile', '[proof.pdf]').text, 7, 16, 'Wrong type', 'Each AuthFile item must be a mapping of Name, Url, got the string "proof.pdf".')
    expectError(lines(...entry, '      - Name: a', '        Url: 7'), 9, 14, 'Wrong type', 'AuthFile.Url must be a string, got the integer 7 (quote it: Url: "7").')
  })
})

describe('Tags', () => {
  const tags = (n: number) => `[${Array.from({ length: n }, (_, i) => `{TagKey: k${i}, TagValue: v}`).join(', ')}]`
  test('at most 10', () => {
    expectFieldError('Tags', tags(11), 'Too many items', 'Tags has 11 items; at most 10 are allowed.')
    expect(valid(withField('Tags', tags(10)).text)[0]!.member.Tags).toHaveLength(10)
  })
  test('keys unique: the second one is reported, naming the first', () => {
    const text = lines(
      'members:',
      '  - MemberUin: 1',
      '    Name: a',
      '    NodeId: 1',
      '    PolicyType: Financial',
      '    PermissionIds: [1, 2]',
      '    Tags:',
      '      - TagKey: team',
      '        TagValue: a',
      '      - TagKey: team',
      '        TagValue: b'
    )
    expectError(text, 10, 9, 'Duplicate value', 'Tags has TagKey "team" twice (first at line 8).')
  })
  test('TagValue must be a string', () => {
    expectError(withField('Tags', '[{TagKey: k, TagValue: 1}]').text, 7, 34, 'Wrong type', 'Tags.TagValue must be a string, got the integer 1 (quote it: TagValue: "1").')
  })
  test('an item needs TagKey and TagValue; a mistyped key is not also reported missing', () => {
    expectError(withField('Tags', '[{TagKey: k}]').text, 7, 12, 'Missing field', 'This Tags item has no TagValue.')
    expectError(withField('Tags', '[{TagKye: k, TagValue: v}]').text, 7, 13, 'Unknown key', 'Unknown key "TagKye". Did you mean "TagKey"? Known keys: TagKey, TagValue.')
  })
})

describe('wrong types', () => {
  test('a string where an integer belongs: with the "remove the quotes" hint when it is digits', () => {
    expectFieldError('MemberUin', '"111"', 'Wrong type', 'MemberUin must be an integer, got the string "111" (remove the quotes).')
    expectFieldError('NodeId', "'1001'", 'Wrong type', 'NodeId must be an integer, got the string "1001" (remove the quotes).')
    expectFieldError('NodeId', 'root', 'Wrong type', 'NodeId must be an integer, got the string "root".')
  })
  test('a float, even a whole one', () => {
    expectFieldError('NodeId', '1.5', 'Wrong type', 'NodeId must be an integer, got the number 1.5.')
    expectFieldError('NodeId', '1.0', 'Wrong type', 'NodeId must be an integer, got the number 1.0.')
    expectFieldError('MemberUin', '1e12', 'Wrong type', 'MemberUin must be an integer, got the number 1e12.')
  })
  test('an integer beyond 2^53', () => {
    expectFieldError('MemberUin', '9007199254740993', 'Integer out of range', 'MemberUin 9007199254740993 is too large to send exactly (the limit is 2^53 - 1).')
    expectFieldError(
      'NodeId',
      '123456789012345678901234567890',
      'Integer out of range',
      'NodeId 123456789012345678901234567890 is too large to send exactly (the limit is 2^53 - 1).'
    )
  })
  test('zero and negative integers', () => {
    expectFieldError('MemberUin', '0', 'Invalid value', 'MemberUin must be a positive integer, got 0.')
    expectFieldError('NodeId', '-5', 'Invalid value', 'NodeId must be a positive integer, got -5.')
  })
  test('a boolean', () => {
    expectFieldError('NodeId', 'true', 'Wrong type', 'NodeId must be an integer, got the boolean true.')
    expectFieldError('Remark', 'false', 'Wrong type', 'Remark must be a string, got the boolean false.')
  })
  test('null, spelled or empty', () => {
    expectFieldError('NodeId', 'null', 'Wrong type', 'NodeId must be an integer, got nothing.')
    expectFieldError('NodeId', '~', 'Wrong type', 'NodeId must be an integer, got nothing.')
    expectError(withField('NodeId', '').text, 4, 13, 'Wrong type', 'NodeId must be an integer, got nothing.')
  })
  test('a string where an integer belongs, and an integer where a string belongs', () => {
    expectFieldError('Name', '123', 'Wrong type', 'Name must be a string, got the integer 123 (quote it: Name: "123").')
    expectFieldError('Remark', '1.5', 'Wrong type', 'Remark must be a string, got the number 1.5 (quote it: Remark: "1.5").')
  })
  test('a list or a mapping where a scalar belongs', () => {
    expectFieldError('NodeId', '[1001]', 'Wrong type', 'NodeId must be an integer, got a list.')
    expectFieldError('Name', '{ first: a }', 'Wrong type', 'Name must be a string, got a mapping.')
  })
  test('an alias without an anchor', () => {
    expectFieldError('NodeId', '*node', 'Wrong type', 'NodeId must be an integer, got the alias *node, which has no anchor &node before it.')
  })
})

describe('unknown keys', () => {
  const entry = (...fields: string[]) => lines('members:', ...fields.map((f, i) => (i === 0 ? '  - ' : '    ') + f))

  test('a misspelt field: "did you mean", and no "missing" for the field it stands for', () => {
    expectError(
      entry('MemberUin: 1', 'Nmae: a', 'NodeId: 1', 'PolicyType: Financial', 'PermissionIds: [1, 2]'),
      3,
      5,
      'Unknown key',
      `Unknown key "Nmae". Did you mean "Name"? ${KNOWN_FIELDS}`
    )
    expectError(
      entry('MemberUin: 1', 'Name: a', 'NodeId: 1', 'PolicyType: Financial', 'PermisionIds: [1, 2]'),
      6,
      5,
      'Unknown key',
      `Unknown key "PermisionIds". Did you mean "PermissionIds"? ${KNOWN_FIELDS}`
    )
    expectError(
      entry('MemberUin: 1', 'name: a', 'NodeId: 1', 'PolicyType: Financial', 'PermissionIds: [1, 2]'),
      3,
      5,
      'Unknown key',
      `Unknown key "name". Did you mean "Name"? ${KNOWN_FIELDS}`
    )
  })
  test('a key far from every field: no suggestion', () => {
    const e = expectError(withField('Colour', 'red').text, 7, 5, 'Unknown key', `Unknown key "Colour". ${KNOWN_FIELDS}`)
    expect(e.message).not.toContain('Did you mean')
  })
  test('a misspelt top-level key', () => {
    expectError(lines('member:', '  - MemberUin: 1'), 1, 1, 'Unknown key', 'Unknown key "member". Did you mean "members"? Known keys: version, defaults, nodes, members.')
    expectError(lines('owners: []', 'members: []'), 1, 1, 'Unknown key', 'Unknown key "owners". Known keys: version, defaults, nodes, members.')
  })
  test('a misspelt key in defaults', () => {
    expectError(lines('defaults:', '  PolicyTipe: Financial', 'members: []'), 2, 3, 'Unknown key', `Unknown key "PolicyTipe". Did you mean "PolicyType"? ${KNOWN_FIELDS}`)
  })
  test('a key that is not a plain name', () => {
    expectErrors(entry('MemberUin: 1', 'Name: a', 'NodeId: 1', 'PolicyType: Financial', 'PermissionIds: [1, 2]', '1: x'), {
      line: 7,
      col: 5,
      title: 'Invalid key',
      message: 'Keys must be plain names, not the integer 1.'
    })
  })
})

describe('duplicates across entries point at both places', () => {
  const two = (first: string[], second: string[]) => lines('members:', ...[first, second].flatMap((fields) => fields.map((f, i) => (i === 0 ? '  - ' : '    ') + f)))
  const rest = ['NodeId: 1', 'PolicyType: Financial', 'PermissionIds: [1, 2]']

  test('MemberUin', () => {
    expectErrors(
      two(['MemberUin: 111', 'Name: a', ...rest], ['MemberUin: 111', 'Name: b', ...rest]),
      { line: 2, col: 16, title: 'Duplicate MemberUin', message: 'MemberUin 111 is declared again at line 7.' },
      { line: 7, col: 16, title: 'Duplicate MemberUin', message: 'MemberUin 111 is already declared at line 2.' }
    )
  })
  test('Name', () => {
    expectErrors(
      two(['MemberUin: 1', 'Name: same', ...rest], ['MemberUin: 2', 'Name: same', ...rest]),
      { line: 3, col: 11, title: 'Duplicate Name', message: 'Name "same" is declared again at line 8.' },
      { line: 8, col: 11, title: 'Duplicate Name', message: 'Name "same" is already declared at line 3.' }
    )
  })
  test('found even when one of the entries has another error', () => {
    expectErrors(
      two(['MemberUin: 111', 'Name: a', ...rest], ['MemberUin: 111', 'Name: b', 'NodeId: 1', 'PolicyType: Financial']),
      { line: 2, col: 16, title: 'Duplicate MemberUin', message: 'MemberUin 111 is declared again at line 7.' },
      { line: 7, col: 5, title: 'Missing field', message: 'This entry needs PermissionIds (in the entry or in defaults).' },
      { line: 7, col: 16, title: 'Duplicate MemberUin', message: 'MemberUin 111 is already declared at line 2.' }
    )
  })
})

describe('a key twice in one mapping', () => {
  test('in an entry: the second one', () => {
    expectError(
      withField('Name', 'a', []).text.replace('    NodeId', '    Name: b\n    NodeId'),
      4,
      5,
      'Duplicate key',
      'The key "Name" appears twice in this mapping (first at line 3); each key may appear once.'
    )
  })
  test('at the top level and in defaults', () => {
    expectError(lines('members: []', 'members: []'), 2, 1, 'Duplicate key', 'The key "members" appears twice in this mapping (first at line 1); each key may appear once.')
    expectError(
      lines('defaults:', '  NodeId: 1', '  NodeId: 2', 'members: []'),
      3,
      3,
      'Duplicate key',
      'The key "NodeId" appears twice in this mapping (first at line 2); each key may appear once.'
    )
  })
})

describe('YAML syntax errors', () => {
  test('an unclosed flow sequence is reported at its [', () => {
    const message = 'This [ is not closed: a flow sequence must end with ], and its lines must be indented more than its key.'
    const inside = lines('members:', '  - MemberUin: 1', '    PermissionIds: [1, 2', '    Name: a')
    expectError(inside, 3, 20, 'YAML syntax error', message)
    expectError(lines('members:', '  - MemberUin: 1', '    PermissionIds: [1, 2'), 3, 20, 'YAML syntax error', message)
  })
  test('an unclosed flow mapping is reported at its {', () => {
    expectError(
      lines('members:', '  - { MemberUin: 1, Name: a', '  - { MemberUin: 2 }'),
      2,
      5,
      'YAML syntax error',
      'This { is not closed: a flow mapping must end with }, and its lines must be indented more than its key.'
    )
  })
  test('an unclosed quote is reported where it opens', () => {
    expectError(lines('members:', '  - MemberUin: 1', '    Name: "abc', '    NodeId: 1'), 3, 11, 'YAML syntax error', 'This " opens a quoted string that is never closed.')
  })
  test('bad indentation', () => {
    const [, second] = expectErrors(
      lines('members:', '  - MemberUin: 1', '     Name: a', '    NodeId: 1'),
      { line: 2, col: 16, title: 'YAML syntax error', message: 'Nested mappings are not allowed in compact mappings' },
      { line: 2, col: 16, title: 'YAML syntax error', message: 'Implicit keys need to be on a single line' }
    )
    expect(second).toMatchObject({ endLine: 3, endCol: 10 }) // the range reaches the misplaced key
    expectError(lines('members:', '  - MemberUin: 1', '    Name: a', '   NodeId: 1'), 4, 1, 'YAML syntax error', 'Sequence item without - indicator')
    expectError(lines('members:', '  - MemberUin: 1', '\tName: a'), 3, 1, 'YAML syntax error', 'Tabs are not allowed as indentation')
  })
  test('a tab reports its cause, and folds what the parser misread after it into one line', () => {
    // Before: one tab gave nine errors, eight of them about lines that were fine.
    const text = lines(
      'defaults:',
      '  PolicyType: Financial',
      '  PermissionIds: [1, 2]',
      'members:',
      '  - MemberUin: 1',
      '    Name: a',
      '\tNodeId: 1001',
      '  - MemberUin: 2',
      '    Name: b',
      '    NodeId: 1001'
    )
    expectErrors(
      text,
      { line: 7, col: 1, title: 'YAML syntax error', message: 'Tabs are not allowed as indentation' },
      {
        line: 7,
        col: 10,
        title: 'Follow-on syntax errors',
        message: /^\d+ more syntax errors on lines 7 to 9 most likely follow from the one on line 7: fix that one and run again\.$/
      }
    )
  })
  test('a second document', () => {
    expectError(
      lines('members: []', '---', 'members: []'),
      2,
      1,
      'YAML syntax error',
      'members.yaml holds more than one YAML document (a second `---`); a members file is a single document.'
    )
  })
})

describe('hostile input', () => {
  test('an alias bomb ends quickly in an error about aliases, at the alias that sets it off', () => {
    const bomb = ['    a0: &a0 [x, x, x, x, x, x, x, x, x]']
    for (let i = 1; i <= 8; i++)
      bomb.push(
        `    a${i}: &a${i} [${Array(9)
          .fill(`*a${i - 1}`)
          .join(', ')}]`
      )
    const text = lines(
      'defaults:',
      '  Remark: &bomb',
      ...bomb,
      'members:',
      '  - MemberUin: 1',
      '    Name: a',
      '    NodeId: 1',
      '    PolicyType: Financial',
      '    PermissionIds: [1, 2]',
      '    Tags: *a8'
    )
    const started = performance.now()
    const { entries, errors } = readManifest(FILE, text)
    expect(performance.now() - started).toBeLessThan(2000)
    expect(entries).toEqual([])
    const hostile = errors.filter((e) => e.title === 'Hostile YAML')
    expect(hostile).toEqual([expect.objectContaining({ line: 18, col: 11, message: expect.stringMatching(/alias/) })])
  })

  test('a file that refers to one anchor many times stays fast', () => {
    // Resolving each alias by walking the whole document made this quadratic: about 18 s for these 1,500 entries.
    const entries = Array.from({ length: 1500 }, (_, i) => `  - {MemberUin: ${i + 1}, Name: m${i}, NodeId: *n, Tags: *t}`)
    const text = lines('defaults:', '  NodeId: &n 1', '  PolicyType: Financial', '  PermissionIds: [1, 2]', '  Remark: &t [{TagKey: a, TagValue: b}]', 'members:', ...entries)
    const started = performance.now()
    const { errors } = readManifest(FILE, text)
    expect(performance.now() - started).toBeLessThan(5000)
    expect(errors).toHaveLength(1) // Remark is not a list; the entries' aliases are all fine
    expect(errors[0]).toMatchObject({ line: 5, title: 'Wrong type' })
  })

  test('an alias that expands into itself', () => {
    expectError(lines('members: &m', '  - *m'), 2, 5, 'Hostile YAML', /alias bomb/)
  })

  test('a file over MAX_BYTES is refused before it is parsed', () => {
    const huge = Buffer.alloc(MAX_BYTES + 1, ' ')
    const started = performance.now()
    expectError(huge, 1, 1, 'File too large', `members.yaml holds more than ${MAX_BYTES} bytes; a members file may hold at most ${MAX_BYTES} bytes.`)
    expect(performance.now() - started).toBeLessThan(2000)
  })

  test('binary data: NUL bytes', () => {
    expectError(Buffer.from('members: []\n\0\0'), 1, 1, 'Not a text file', 'members.yaml holds NUL bytes: it is binary data, not YAML.')
    expectError(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), 1, 1, 'Not a text file', /binary data/)
  })

  test('binary data: invalid UTF-8', () => {
    expectError(Buffer.from([0x6d, 0x3a, 0x20, 0xc3, 0x28, 0xff, 0xfe]), 1, 1, 'Not UTF-8', 'members.yaml is not valid UTF-8 text.')
    expectError(Buffer.from('members:\n  - Name: caf\xe9\n', 'latin1'), 1, 1, 'Not UTF-8', 'members.yaml is not valid UTF-8 text.')
  })

  test('nesting four MiB deep is refused before parsing, with its line, quickly', () => {
    // Tried against the action: the YAML library ran out of memory after 22-129 s (exit 134, no summary).
    const flow = `version: 1\nmembers: ${'['.repeat(4 * 1024 * 1024)}\n`
    const started = process.hrtime.bigint()
    expectError(flow, 2, 41, 'Nesting too deep', 'members.yaml nests lists and mappings more than 32 levels deep here; a members file needs five. Nothing was parsed.')
    // Not a timing assertion of the product (the suite runs under load): a scan that took seconds would mean parsing.
    expect(Number(process.hrtime.bigint() - started) / 1e9).toBeLessThan(20)
    // Block nesting: compact sequences on one line, and ever deeper indentation.
    expectError(`members:\n  - ${'- '.repeat(2 * 1024 * 1024)}x\n`, 2, 65, 'Nesting too deep', /more than 32 levels/)
    const stairs = Array.from({ length: 40 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')
    expectError(`members: []\nx:\n${stairs} 1\n`, 35, 33, 'Nesting too deep', /more than 32 levels/)
    // Flow nesting behind an anchor or a tag is still flow nesting.
    expectError(`members: &a !!seq ${'['.repeat(100)}\n`, 1, 50, 'Nesting too deep', /more than 32 levels/)
  })

  test('brackets and indentation inside quoted, block and plain scalars and comments count nothing', () => {
    const deep = '['.repeat(200)
    const entries = valid(
      lines(
        `# ${deep}`,
        'members:',
        '  - MemberUin: 111111111111',
        '    Name: "x[y]"',
        '    NodeId: 1001',
        '    PolicyType: Financial',
        '    PermissionIds: [1, 2]',
        `    Remark: a[b]${'['.repeat(30)}`,
        '    RelationAuthName: |',
        ...Array.from({ length: 60 }, (_, i) => `      ${' '.repeat(i)}${deep}`),
        `    AuthFile: [{ Name: 'it''s ${deep}', Url: "https://e.example/${deep}" }, { Name: "x[${deep}", Url: u }] # ${deep}`
      )
    )
    expect(entries).toHaveLength(1)
    expect(entries[0]!.member.RelationAuthName).toContain(deep)
    expect(entries[0]!.member.AuthFile![1]!.Name).toContain(deep)
  })

  test('a quote inside a plain scalar does not hide nesting after it', () => {
    expectError(lines("defaults: { Remark: it's }", `members: ${'['.repeat(40)}`), 2, 41, 'Nesting too deep', /more than 32 levels/)
  })

  test('deep nesting is an error, not a crash', () => {
    const { entries, errors } = readManifest(FILE, `members: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`)
    expect(entries).toEqual([])
    expect(errors.length).toBeGreaterThan(0)
  })
})

describe('rules the API documents for later calls', () => {
  test('Remark holds at most 40 characters, as UpdateOrganizationMember accepts', () => {
    expectFieldError('Remark', 'r'.repeat(41), 'Too long', 'Remark has 41 characters; at most 40 are allowed.')
    expect(valid(withField('Remark', '备注'.repeat(20)).text)[0]!.member.Remark).toHaveLength(40)
  })

  test("tag keys and values follow the Tag service's naming rules, each on its own line", () => {
    const at = (tags: string) => withField('Tags', tags)
    const { text, line } = at('[{ TagKey: qcloud-team, TagValue: v }]')
    expectError(text, line, 22, 'Reserved prefix', 'Tags.TagKey "qcloud-team" starts with "qcloud", which Tencent Cloud keeps for its own TagKeys.')
    expectError(at('[{ TagKey: "QCS:x", TagValue: v }]').text, line, 22, 'Reserved prefix', /starts with "qcs:"/)
    expectError(at('[{ TagKey: Project, TagValue: v }]').text, line, 22, 'Reserved prefix', /starts with "project"/)
    expectError(at(`[{ TagKey: ${'k'.repeat(128)}, TagValue: v }]`).text, line, 22, 'Too long', 'Tags.TagKey has 128 characters; at most 127 are allowed.')
    expectError(at(`[{ TagKey: k, TagValue: ${'v'.repeat(256)} }]`).text, line, 35, 'Too long', 'Tags.TagValue has 256 characters; at most 255 are allowed.')
    expectError(at('[{ TagKey: "", TagValue: v }]').text, line, 22, 'Too short', 'Tags.TagKey is empty.')
    expectError(at('[{ TagKey: " team", TagValue: v }]').text, line, 22, 'Invalid value', 'Tags.TagKey " team" starts or ends with a space, which Tencent Cloud does not allow.')
    expectError(at('[{ TagKey: team, TagValue: "a#b" }]').text, line, 38, 'Invalid value', /Tags.TagValue "a#b" has characters that are not allowed: "#"/)
    // What the rules allow: spaces inside, the listed punctuation, Chinese characters and full-width brackets, an empty value.
    const ok = valid(at('[{ TagKey: "cost center/部门", TagValue: "(a) [b] 【c】 x=y;z<>" }, { TagKey: empty, TagValue: "" }]').text)
    expect(ok[0]!.member.Tags).toEqual([
      { TagKey: 'cost center/部门', TagValue: '(a) [b] 【c】 x=y;z<>' },
      { TagKey: 'empty', TagValue: '' }
    ])
  })
})

describe('the shape of the file', () => {
  test('a root that is a list or a scalar', () => {
    expectError(lines('- MemberUin: 1'), 1, 1, 'Root is not a mapping', 'The file must be a mapping with a `members:` list, not a list.')
    expectError(lines('members'), 1, 1, 'Root is not a mapping', 'The file must be a mapping with a `members:` list, not the string "members".')
    expectError(lines('42'), 1, 1, 'Root is not a mapping', 'The file must be a mapping with a `members:` list, not the integer 42.')
  })
  test('an empty file, or one with only comments and blank lines', () => {
    for (const text of ['', '\n\n', '# nothing yet\n', '\uFEFF']) {
      expectError(text, 1, 1, 'Empty file', 'The file is empty: it needs a `members:` list.')
    }
  })
  test('members that is a mapping, a scalar or empty', () => {
    expectError(lines('members:', '  MemberUin: 1'), 2, 3, 'members is not a list', '`members` must be a list of entries, not a mapping.')
    expectError(lines('members: everyone'), 1, 10, 'members is not a list', '`members` must be a list of entries, not the string "everyone".')
    expectError(lines('members:'), 1, 1, 'members is not a list', '`members` is empty: write a list of entries, or `members: []`.')
    expectError(lines('members: null'), 1, 1, 'members is not a list', '`members` is empty: write a list of entries, or `members: []`.')
  })
  test('no members at all', () => {
    expectError(lines('defaults:', '  PolicyType: Financial'), 1, 1, 'Missing members', 'The file has no `members:` list.')
  })
  test('an entry that is not a mapping', () => {
    expectError(
      lines('members:', '  - 111111111111'),
      2,
      5,
      'Entry is not a mapping',
      'Each entry of `members` must be a mapping with MemberUin, Name, ..., not the integer 111111111111.'
    )
  })
  test('defaults that is a list', () => {
    expectError(lines('defaults:', '  - PolicyType: Financial', 'members: []'), 2, 3, 'defaults is not a mapping', '`defaults` must be a mapping of fields, not a list.')
  })
  test('MemberUin or Name in defaults', () => {
    expectErrors(
      lines('defaults:', '  MemberUin: 1', '  Name: a', 'members: []'),
      { line: 2, col: 3, title: 'Not allowed in defaults', message: 'MemberUin identifies one entry and cannot have a default.' },
      { line: 3, col: 3, title: 'Not allowed in defaults', message: 'Name identifies one entry and cannot have a default.' }
    )
  })
  test('defaults values follow the field rules', () => {
    expectError(lines('defaults:', '  PermissionIds: [1]', 'members: []'), 2, 18, 'Invalid value', 'PermissionIds must hold 1 and 2; 2 is missing.')
  })
  test('version must be 1', () => {
    expectError(lines('version: 2', 'members: []'), 1, 10, 'Unknown format version', '`version` must be 1, the only format this action reads.')
    expectError(lines('version: "1"', 'members: []'), 1, 10, 'Unknown format version', '`version` must be 1, the only format this action reads.')
    expect(valid(lines('version: 1', 'members: []'))).toEqual([])
  })
})

describe('several errors', () => {
  test('one bad entry does not hide another’s error; no entry is returned while any is wrong', () => {
    const file = [
      'members:',
      '  - { MemberUin: 1, Name: ok, NodeId: 1, PolicyType: Financial, PermissionIds: [1, 2] }',
      '  - { MemberUin: 2, Name: "a b", NodeId: 1, PolicyType: Financial, PermissionIds: [1, 2] }',
      '  - { MemberUin: 3, Name: c, NodeId: 1.5, PolicyType: Financial, PermissionIds: [1, 2] }',
      '  - { MemberUin: 4, Name: d, NodeId: 1, PolicyType: Other, PermissionIds: [1, 2, 7] }',
      '  - { MemberUin: 5, Name: e, NodeId: 1, PolicyType: Financial, PermissionIds: [1, 2], Nmae: x }'
    ]
    /** The 1-based column of `token` on the 1-based line. */
    const col = (line: number, token: string) => file[line - 1]!.indexOf(token) + 1
    expectErrors(
      lines(...file),
      { line: 3, col: col(3, '"a b"'), title: 'Invalid value', message: /^Name "a b" has characters/ },
      { line: 4, col: col(4, '1.5'), title: 'Wrong type', message: 'NodeId must be an integer, got the number 1.5.' },
      { line: 5, col: col(5, 'Other'), title: 'Invalid value', message: 'PolicyType must be "Financial", got "Other".' },
      { line: 5, col: col(5, '[1, 2, 7]'), title: 'Missing field', message: 'PayUin is required because PermissionIds holds 7 (pay on behalf).' },
      { line: 6, col: col(6, 'Nmae'), title: 'Unknown key', message: /^Unknown key "Nmae"\. Did you mean "Name"\?/ }
    )
  })

  test('every invalid example shared with the schema tests is rejected', () => {
    for (const [name, text] of Object.entries(INVALID)) {
      expect([name, readManifest(FILE, text).errors.length > 0]).toEqual([name, true])
    }
  })
})

describe('a file with a great many errors', () => {
  test('stops after MAX_ERRORS findings with one last error saying so, in bounded time', () => {
    let text = 'members:\n'
    for (let i = 0; i < 5000; i++) text += `  - MemberUin: "${i}"\n    Name: x y\n    NodeId: 1\n    PolicyType: Financial\n    PermissionIds: [1, 2]\n`
    const started = Date.now()
    const { entries, errors } = readManifest('members.yaml', text)
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(entries).toEqual([])
    const last = errors.at(-1)!
    expect(last.title).toBe('Too many errors')
    expect(last.message).toBe(`Stopped after ${errors.length - 1} errors; fix these and run again.`)
    expect(errors.length - 1).toBeGreaterThanOrEqual(MAX_ERRORS)
    expect(errors.length - 1).toBeLessThan(MAX_ERRORS + 10)
    // Findings stay in file order, the stop last.
    expect(errors.slice(0, -1).every((e, i, all) => i === 0 || all[i - 1]!.line <= e.line)).toBe(true)
  })
})
