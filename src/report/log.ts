// The job log's record of every write, one line the moment its answer arrives: the API action, whom it was for, what
// became of it and the RequestId. Even a run killed a moment later leaves in its log which writes it made.
import type { WriteResult } from '../model/writes.js'

const API: Record<WriteResult['write']['action'], string> = {
  invite: 'InviteOrganizationMember',
  reinvite: 'InviteOrganizationMember',
  update: 'UpdateOrganizationMember',
  move: 'MoveOrganizationNodeMembers',
  tags: 'ModifyResourceTags',
  remove: 'DeleteOrganizationMembers',
  'create-node': 'AddOrganizationNode',
  'update-node': 'UpdateOrganizationNode',
  'delete-node': 'DeleteOrganizationNodes'
}

export function writeLogLine(r: WriteResult): string {
  const w = r.write
  const who = 'MemberUin' in w ? `MemberUin ${w.MemberUin}` : `node ${JSON.stringify(w.path)}${r.NodeId ? ` (NodeId ${r.NodeId})` : ''}`
  const code = r.code ? ` ${r.code}` : ''
  const request = r.requestId ? ` · RequestId ${r.requestId}` : ''
  return `${API[w.action]} ${who}: ${r.status}${code}${request}`
}
