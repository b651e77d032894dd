// Mode import, and the command-line tool's `import`: read the organization, write a members file from it, and check
// that the file is one the validator accepts. Reads only.
import { readManifest } from '../manifest/validate.js'
import { renderImport, type Imported } from '../manifest/import-writer.js'
import type { Diagnostic } from '../model/diagnostics.js'
import type { OrganizationApi } from '../organization/api.js'
import { completeTags, readOrganization } from '../organization/read.js'
import { Sender, type SendOptions } from '../organization/send.js'

export interface ImportResult extends Imported {
  calls: number
  /** What the validator says of the written file: empty, unless the organization holds what the format refuses. */
  errors: Diagnostic[]
}

export async function importMembers(api: OrganizationApi, file: string, send: SendOptions, options: { nodeIds?: boolean; now?: Date } = {}): Promise<ImportResult> {
  const sender = new Sender(send)
  const read = await readOrganization(sender, api, { organization: true })
  // Tags the member listing does not carry are read from the Tag service: an import must not drop them.
  const org = await completeTags(sender, api, read, new Set(read.members.map((m) => m.MemberUin)))
  const imported = renderImport(org, { at: (options.now ?? new Date()).toISOString(), ...(options.nodeIds ? { nodeIds: true } : {}) })
  const { errors } = readManifest(file, imported.text)
  return { ...imported, calls: org.calls, errors }
}

/** One sentence for the end of an import, and what is wrong with the file when something is. */
export function importSummary(file: string, r: ImportResult): { message: string; failure?: string } {
  const skipped = r.skipped.map((s) => ` Left out ${s.MemberUin}: ${s.why}.`).join('')
  const message = `Imported ${r.members} member${r.members === 1 ? '' : 's'} and ${r.nodes} node${r.nodes === 1 ? '' : 's'} of the organization (${r.calls} calls) into ${file}.${skipped}`
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
