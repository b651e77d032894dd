// `tencent-org-members import`: a members file from the live organization, on stdout or into --output. Credentials
// come from the environment (organization.ts). Reads only.
import { writeUserFile } from './user-file.js'
import { importMembers, importSummary } from '../modes/import.js'
import { ApiError } from '../organization/api-error.js'
import { hasCredentials, needsCredentials, organizationAccess, organizationClient } from './organization.js'
import { DEFAULT_RETRY, describeApiError } from '../organization/retry.js'

export interface ImportArgs {
  output?: string
  endpoint?: string
  /** Members by NodeId rather than Node path. */
  nodeIds?: boolean
  env: NodeJS.ProcessEnv
}

/** Exit status: 0 with a valid file written, 1 when the organization cannot be read or the file does not validate, 2 on usage. */
export async function importCommand(args: ImportArgs, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const access = organizationAccess(args.env, args.endpoint)
  if (!('usage' in access) && access.warning) err(access.warning)
  if ('usage' in access || !access.credentials) {
    err(hasCredentials(args.env) && 'usage' in access ? access.usage : needsCredentials('import'))
    return 2
  }
  const file = args.output ?? 'members.yaml'
  let result
  try {
    const api = await organizationClient(access.credentials, access.endpoint)()
    result = await importMembers(api, file, { ...DEFAULT_RETRY, rateLimit: 20 }, { nodeIds: args.nodeIds === true })
  } catch (e) {
    err(`error: reading the organization failed: ${e instanceof ApiError ? describeApiError(e) : (e as Error).message}`)
    return 1
  }
  if (args.output) {
    try {
      await writeUserFile(process.cwd(), args.output, result.text)
    } catch (e) {
      err(`${args.output}: error: cannot write the file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`)
      return 1
    }
  } else out(result.text.trimEnd())
  const { message, failure } = importSummary(args.output ?? 'the output', result)
  // The file may be on stdout: everything else goes to stderr.
  err(message)
  if (failure) {
    for (const e of result.errors) err(`${args.output ?? '<stdout>'}:${e.line}:${e.col}: error: ${e.message}`)
    err(`error: ${failure}`)
    return 1
  }
  return 0
}
