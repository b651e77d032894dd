// The one client factory: the Organization API (and the Tag service behind it) from the run's settings, signing in
// with OIDC where that is how the run authenticates, and the GitHub API from its token. Every warning about how a
// client talks (plain http) is said here, once.
import * as core from '../runner/protocol.js'
import type { GitHubContext } from '../model/github-context.js'
import { createGitHubApi, type GitHubApi } from '../github/rest.js'
import type { OrganizationApi } from '../organization/api.js'
import { isLoopback, type Endpoint } from '../organization/endpoint.js'
import { createOrganizationApi, type Credentials, type CredentialSource } from '../organization/sdk-client.js'
import type { OidcSettings } from './oidc-settings.js'
import { signInWithOidc } from './oidc.js'

export interface ClientSettings {
  credentials?: Credentials
  oidc?: OidcSettings
  endpoint: Endpoint
  tagEndpoint?: Endpoint
  region?: string
  timeoutSeconds: number
}

/** What a mode needs credentials for, said when there are none. */
export type Need = 'apply' | 'import' | 'drift' | 'review'

/** Makes the Organization API client; throws a plain-language error when it cannot. */
export async function organizationClient(s: ClientSettings, need: Need | 'read'): Promise<OrganizationApi> {
  if (!s.credentials && !s.oidc) throw new Error(missingCredentials(need))
  for (const [input, endpoint] of [
    ['endpoint', s.endpoint],
    ['tag-endpoint', s.tagEndpoint]
  ] as const) {
    if (endpoint && endpoint.protocol === 'http://' && !isLoopback(endpoint)) {
      core.warning(`${input} ${endpoint.host} uses plain http: requests can be read and altered on the way.`)
    }
  }
  const sts = s.oidc?.stsEndpoint
  if (!s.credentials && sts?.protocol === 'http://' && !isLoopback(sts)) {
    core.warning(`sts-endpoint ${sts.host} uses plain http: the ID token and the temporary credentials can be read on the way.`)
  }
  // OIDC runs only: the SDK's STS client loads here (oidc.ts).
  const credentials: Credentials | CredentialSource = s.credentials ?? (await signInWithOidc(s.oidc!, { timeoutSeconds: s.timeoutSeconds }))
  return createOrganizationApi({
    credentials,
    endpoint: s.endpoint,
    ...(s.tagEndpoint ? { tagEndpoint: s.tagEndpoint } : {}),
    ...(s.region ? { region: s.region } : {}),
    timeoutSeconds: s.timeoutSeconds
  })
}

/** What a run without credentials is told it needs. */
export function missingCredentials(need: Need | 'read'): string {
  const how = 'the secret-id and secret-key inputs (or TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY), or role-arn and oidc-provider-id (OIDC sign-in, no stored secret)'
  switch (need) {
    case 'apply':
      return 'Apply needs credentials: set role-arn and oidc-provider-id (OIDC sign-in, no stored secret), or the secret-id and secret-key inputs (or TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY).'
    case 'import':
      return `Import reads the organization, so it needs credentials: ${how}.`
    case 'drift':
      return `Mode drift compares the file with the organization, so it needs credentials: ${how}.`
    case 'review':
      return `Mode review reads the organization, so it needs credentials: ${how}.`
    default:
      return `Reading the organization needs credentials: ${how}.`
  }
}

/** The GitHub API, made on first use and once: most runs never call it. Undefined without a token. */
export function githubClient(token: string | undefined, ctx: GitHubContext): () => Promise<GitHubApi | undefined> {
  let client: Promise<GitHubApi> | undefined
  return async () => {
    if (!token) return undefined
    // Octokit itself loads inside createGitHubApi, on the first call.
    return (client ??= createGitHubApi(token, ctx))
  }
}
