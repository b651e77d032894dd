// Kept apart from client.ts so that code which only classifies errors does not pull in the SDK.

/** An API failure in plain terms. `code` is absent when no answer came back (timeout, reset, DNS). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly requestId: string | undefined,
    readonly httpCode: number | undefined,
    /** The CAM action that was called (`organization:DescribeOrganizationMembers`), so a denial names what to grant. */
    readonly camAction?: string
  ) {
    super(message)
    this.name = 'ApiError'
  }
}
