// Mode import, and the command-line tool's `import`: read the organization, write a members file from it, and check
// that the file is one the validator accepts. Reads only.
import { readManifest } from '../manifest/validate.js'
import { renderImport, type Imported } from '../manifest/import-writer.js'
import type { Diagnostic } from '../model/diagnostics.js'
import type { OrganizationApi } from '../organization/api.js'
import { readOrganization } from '../organization/read.js'
import { Sender, type SendOptions } from '../organization/send.js'

export interface ImportResult extends Imported {
  nodes: number
  calls: number
  /** What the validator says of the written file: empty, unless the organization holds what the format refuses. */
  errors: Diagnostic[]
}

export async function importMembers(api: OrganizationApi, file: string, send: SendOptions, now = new Date()): Promise<ImportResult> {
  const sender = new Sender(send)
  const org = await readOrganization(sender, api, { organization: true })
  const imported = renderImport(org, { at: now.toISOString() })
  const { errors } = readManifest(file, imported.text)
  return { ...imported, nodes: org.nodes.length, calls: org.calls, errors }
}

/** One sentence for the end of an import, and what is wrong with the file when something is. */
export function importSummary(file: string, r: ImportResult): { message: string; failure?: string } {
  const skipped = r.skipped.map((s) => ` Left out ${s.MemberUin}: ${s.why}.`).join('')
  const message = `Imported ${r.members} member${r.members === 1 ? '' : 's'} of the organization (${r.nodes} nodes, ${r.calls} calls) into ${file}.${skipped}`
  if (r.errors.length === 0) return { message }
  const first = r.errors
    .slice(0, 3)
    .map((e) => `line ${e.line}: ${e.message}`)
    .join('; ')
  return {
    message,
    failure: `The imported file does not validate (${r.errors.length} error${r.errors.length === 1 ? '' : 's'}: ${first}): the organization holds values the format refuses. Edit those entries before using the file.`
  }
}
