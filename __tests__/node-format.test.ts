// The node tree as code, in the file: `nodes:` (paths, pins, remarks) and members named by `Node:` path. Every rule
// has a bad file here, checked for its message and its line; the JSON Schema is held to the same examples.
import { describe, expect, test } from '@jest/globals'
import { readManifest } from '../src/manifest/validate.js'

const FILE = 'members.yaml'
const lines = (...l: string[]): string => l.join('\n') + '\n'
const errors = (text: string) => readManifest(FILE, text).errors.map((e) => [e.line, e.col, e.title, e.message])

const TREE = lines(
  'nodes:',
  '  - Path: Finance',
  '    Remark: finance and billing',
  '  - Path: Finance/Payments',
  '    NodeId: 20031',
  '  - { Path: Engineering/Platform }',
  'defaults:',
  '  PolicyType: Financial',
  '  PermissionIds: [1, 2]',
  'members:'
)

describe('nodes and Node paths', () => {
  test('a valid tree: paths, a pin, remarks; members by path or by id', () => {
    const m = readManifest(FILE, TREE + lines('  - MemberUin: 1', '    Name: a', '    Node: Finance/Payments', '  - MemberUin: 2', '    Name: b', '    NodeId: 1001'))
    expect(m.errors).toEqual([])
    expect(m.nodes).toEqual([
      { path: 'Finance', Remark: 'finance and billing', line: 2, col: 5, positions: { Path: { line: 2, col: 11 }, Remark: { line: 3, col: 13 } } },
      { path: 'Finance/Payments', NodeId: 20031, line: 4, col: 5, positions: { Path: { line: 4, col: 11 }, NodeId: { line: 5, col: 13 } } },
      { path: 'Engineering/Platform', line: 6, col: 5, positions: { Path: { line: 6, col: 13 } } }
    ])
    expect(m.entries.map((e) => [e.member.MemberUin, e.member.NodeId, e.node])).toEqual([
      [1, 0, 'Finance/Payments'],
      [2, 1001, undefined]
    ])
    expect(m.entries[0]!.positions.Node).toEqual({ line: 13, col: 11 })
  })

  test('without nodes: a Node path is checked for its form only, and the tree is not managed', () => {
    const m = readManifest(FILE, lines('members:', '  - { MemberUin: 1, Name: a, Node: Any/Where, PolicyType: Financial, PermissionIds: [1, 2] }'))
    expect(m.errors).toEqual([])
    expect(m.nodes).toBeUndefined()
  })

  test('a Node in defaults; an entry that names its own node, either way, wins', () => {
    const text = lines(
      'defaults:',
      '  Node: Finance',
      '  PolicyType: Financial',
      '  PermissionIds: [1, 2]',
      'members:',
      '  - { MemberUin: 1, Name: a }',
      '  - { MemberUin: 2, Name: b, NodeId: 7 }',
      '  - { MemberUin: 3, Name: c, Node: Ops }'
    )
    expect(readManifest(FILE, text).entries.map((e) => [e.member.NodeId, e.node])).toEqual([
      [0, 'Finance'],
      [7, undefined],
      [0, 'Ops']
    ])
  })

  test('Node and NodeId in one entry, or in defaults, is an error on the line', () => {
    expect(errors(TREE + lines('  - MemberUin: 1', '    Name: a', '    NodeId: 5', '    Node: Finance'))).toEqual([
      [14, 11, 'Node and NodeId', 'This entry gives both Node and NodeId: name its node one way, by path (Node) or by id (NodeId).']
    ])
    expect(errors(lines('defaults:', '  Node: A', '  NodeId: 5', 'members: []'))).toEqual([
      [2, 9, 'Node and NodeId', 'defaults gives both Node and NodeId: name the node one way, by path (Node) or by id (NodeId).']
    ])
  })

  test('a member needs a node, by id or by path; a file that uses paths says a path will do', () => {
    const none = lines('members:', '  - { MemberUin: 1, Name: a, PolicyType: Financial, PermissionIds: [1, 2] }')
    expect(errors(none)).toEqual([[2, 5, 'Missing field', 'This entry needs NodeId (in the entry or in defaults).']])
    expect(errors(lines('nodes: []') + none)).toEqual([[3, 5, 'Missing field', 'This entry needs NodeId (or Node, a path) (in the entry or in defaults).']])
  })

  test.each([
    ['', 'is empty: name the node by the names from below the root, joined by "/" (the root itself is never written)'],
    ['/Finance', 'starts or ends with "/": write names joined by "/", like Finance/Payments'],
    ['Finance//Payments', 'has an empty name between two "/"'],
    ['Finance/Pay ments', 'has a name with characters a node name cannot hold: " ". Allowed: letters, digits, Chinese characters and + @ & . _ [ ] -'],
    [`Finance/${'x'.repeat(41)}`, `has a name of 41 characters ("${'x'.repeat(20)}…"); a node name holds at most 40`]
  ])('the path %j is refused: %s', (path, problem) => {
    const shown = path.length > 40 ? `${JSON.stringify(path.slice(0, 40)).slice(0, -1)}…"` : JSON.stringify(path)
    expect(errors(lines('nodes:', `  - Path: "${path}"`, 'members: []'))).toEqual([[2, 11, 'Invalid path', `Path ${shown} ${problem}.`]])
    expect(errors(lines('members:', `  - { MemberUin: 1, Name: a, PolicyType: Financial, PermissionIds: [1, 2], Node: "${path}" }`))[0]).toEqual([
      2,
      expect.any(Number),
      'Invalid path',
      `Node ${shown} ${problem}.`
    ])
  })

  test('paths and pins are unique; every node has a Path; unknown keys get a did-you-mean', () => {
    expect(
      errors(
        lines('nodes:', '  - Path: A', '  - Path: A', '  - { Path: B, NodeId: 5 }', '  - { Path: C, NodeId: 5 }', '  - { NodeId: 6 }', '  - { Path: D, Remrak: x }', 'members: []')
      )
    ).toEqual([
      [3, 11, 'Duplicate Path', 'Path "A" is already declared at line 2.'],
      [5, 24, 'Duplicate NodeId', 'NodeId 5 is already pinned at line 4.'],
      [6, 5, 'Missing field', 'This node needs a Path: the names from below the root, joined by "/".'],
      [7, 16, 'Unknown key', 'Unknown key "Remrak". Did you mean "Remark"? Known keys: Path, NodeId, Remark.']
    ])
  })

  test('with nodes: present, a member names a declared path (did you mean)', () => {
    expect(errors(TREE + lines('  - { MemberUin: 1, Name: a, Node: Finance/Payment }'))).toEqual([
      [11, 36, 'Unknown node', 'Node "Finance/Payment" is not declared under nodes:. Did you mean "Finance/Payments"? Declare it there, or name a node that is.']
    ])
  })

  test('nodes that is not a list, an item that is not a mapping', () => {
    expect(errors(lines('nodes: Finance', 'members: []'))).toEqual([
      [1, 8, 'nodes is not a list', '`nodes` must be a list of { Path, NodeId?, Remark? }, not the string "Finance".']
    ])
    expect(errors(lines('nodes:', '  - Finance', 'members: []'))).toEqual([
      [2, 5, 'Node is not a mapping', 'Each item of `nodes` must be a mapping with Path (and NodeId, Remark), not the string "Finance".']
    ])
  })
})
