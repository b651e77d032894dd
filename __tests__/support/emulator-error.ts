// Shared by the emulator's Organization and STS sides.

/** A business or auth error; becomes `{"Response":{"Error":{Code,Message}}}` with HTTP 200. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message)
  }
}
