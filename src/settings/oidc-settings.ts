// The settings of OIDC sign-in and their forms: all that reading the inputs needs, kept apart from the sign-in
// itself (oidc.ts), which only runs that sign in with OIDC load.
import type { Endpoint } from '../organization/endpoint.js'

export const DEFAULT_AUDIENCE = 'sts.tencentcloudapi.com'
export const DEFAULT_STS_ENDPOINT = 'sts.tencentcloudapi.com'
/** STS wants a region on every call; CAM roles are global, so any region does. */
export const DEFAULT_STS_REGION = 'ap-guangzhou'
/** Exchange again when less than this is left (the SDK's own OIDC credential waits until 0.6 s before). */
export const DEFAULT_REFRESH_MARGIN_SECONDS = 300
/** Environment variable that overrides the margin (seconds); for tests and very long runs. */
export const REFRESH_MARGIN_ENV = 'TENCENT_ORG_MEMBERS_REFRESH_MARGIN'
export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com'

export interface OidcSettings {
  roleArn: string
  providerId: string
  sessionName: string
  audience: string
  stsEndpoint: Endpoint
  region: string
  refreshMarginSeconds: number
}

// ---- names and forms --------------------------------------------------------------------------------------

/** STS's RoleSessionName: 2 to 64 of letters, digits and + = , . @ _ - */
export const SESSION_NAME = /^[\w+=,.@-]{2,64}$/
/** qcs::cam::uin/<account>:roleName/<name>, or :role/<role id>. */
export const ROLE_ARN = /^qcs::cam::uin\/\d+:(?:roleName|role)\/\S+$/

/**
 * `gha-<owner>-<repo>-<run id>`: names the workflow run in CloudAudit. Characters STS refuses become `-`, and a long
 * repository name is cut so that the run id always fits.
 */
export function defaultSessionName(repository: string | undefined, runId: string | undefined): string {
  const clean = (s: string): string => s.replace(/[^\w+=,.@-]+/g, '-').replace(/-{2,}/g, '-')
  const run = clean(runId || String(Date.now()))
  const repo = clean((repository || 'github-actions').replace('/', '-'))
  const room = 64 - 'gha--'.length - run.length
  return `gha-${repo.slice(0, Math.max(0, room)).replace(/-+$/, '')}-${run}`.slice(0, 64)
}
