// Kept apart from client.ts so that code which only classifies errors does not pull in the SDK.

/** An API failure in plain terms. `code` is absent when no answer came back (timeout, reset, DNS). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly requestId: string | undefined,
    readonly httpCode: number | undefined
  ) {
    super(message)
    this.name = 'ApiError'
  }
}
