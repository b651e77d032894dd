// How the command-line tool reaches the organization: credentials from the environment (TENCENTCLOUD_SECRET_ID,
// TENCENTCLOUD_SECRET_KEY, TENCENTCLOUD_SESSION_TOKEN), never from arguments, which shells keep in their history; the
// endpoint from --endpoint. The tool only reads: plan, drift and import never write to the organization.
import type { OrganizationApi } from '../organization/api.js'
import { isLoopback, parseEndpoint, type Endpoint } from '../organization/endpoint.js'
import { createOrganizationApi, type Credentials } from '../organization/sdk-client.js'

export const CREDENTIAL_VARIABLES = 'TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (and TENCENTCLOUD_SESSION_TOKEN for temporary credentials)'

export interface OrganizationAccess {
  credentials?: Credentials
  endpoint: Endpoint
  /** Said once, on stderr: plain http to a host other than this machine. */
  warning?: string
}

/** The credentials and endpoint, or why they cannot be used (a usage error). */
export function organizationAccess(env: NodeJS.ProcessEnv, endpointArgument: string | undefined): OrganizationAccess | { usage: string } {
  const secretId = env.TENCENTCLOUD_SECRET_ID ?? ''
  const secretKey = env.TENCENTCLOUD_SECRET_KEY ?? ''
  const token = env.TENCENTCLOUD_SESSION_TOKEN ?? ''
  // Both or none: a half-set pair is no credentials (hasCredentials).
  let endpoint: Endpoint
  try {
    endpoint = parseEndpoint(endpointArgument ?? '')
  } catch (e) {
    return { usage: (e as Error).message.replace(/^endpoint /, '--endpoint ') }
  }
  const warning =
    endpoint.protocol === 'http://' && !isLoopback(endpoint) ? `warning: --endpoint ${endpoint.host} uses plain http: requests can be read and altered on the way.` : undefined
  return {
    ...(secretId && secretKey ? { credentials: { secretId, secretKey, ...(token ? { token } : {}) } } : {}),
    endpoint,
    ...(warning ? { warning } : {})
  }
}

/** What a command that must read the organization says without credentials. */
export function needsCredentials(command: string): string {
  return `${command} reads the organization: set ${CREDENTIAL_VARIABLES}.`
}

export function hasCredentials(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.TENCENTCLOUD_SECRET_ID && env.TENCENTCLOUD_SECRET_KEY)
}

/** The client, made when first asked for (the SDK loads then). */
export function organizationClient(credentials: Credentials, endpoint: Endpoint): () => Promise<OrganizationApi> {
  return () => createOrganizationApi({ credentials, endpoint, timeoutSeconds: 15 })
}
