// members.yaml files of any size for tests and benchmarks.

export const FIRST_UIN = 200000000001

export function memberEntry(i: number, uin = FIRST_UIN + i): string {
  return `  - MemberUin: ${uin}\n    Name: member-${i}\n    NodeId: ${i % 2 === 0 ? 1001 : 1002}\n`
}

export function membersYaml(count: number, first = 0): string {
  let out = 'defaults:\n  PolicyType: Financial\n  PermissionIds: [1, 2]\nmembers:\n'
  for (let i = first; i < first + count; i++) out += memberEntry(i)
  return count === 0 ? out.replace('members:\n', 'members: []\n') : out
}

/** The line of entry i (0-based) in a file made by membersYaml(_, 0). */
export function entryLine(i: number): number {
  return 5 + 3 * i
}
