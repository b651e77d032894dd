// Entries ready to paste into members.yaml for members the file does not declare, written by the one YAML writer:
// every value the organization returns is quoted as it must be, so none can end its line or the code fence early.
import type { OrgMember } from '../model/organization.js'
import { entryLines, type WrittenField } from '../manifest/yaml-writer.js'

export function undeclaredSnippet(members: readonly OrgMember[]): string {
  const lines: string[] = []
  for (const m of members) {
    const fields: Array<readonly [WrittenField, unknown]> = []
    if (m.NodeId !== undefined) fields.push(['NodeId', m.NodeId])
    if (m.PolicyType) fields.push(['PolicyType', m.PolicyType])
    if (m.PermissionIds?.length) fields.push(['PermissionIds', m.PermissionIds])
    if (m.PayUin) fields.push(['PayUin', m.PayUin])
    if (m.IsAllowQuit) fields.push(['IsAllowQuit', m.IsAllowQuit])
    lines.push(...entryLines(m.MemberUin, m.Name, fields))
  }
  return lines.join('\n')
}
