// What an official SDK client's call came to, for the emulator's tests: its error code, or the error itself.

/** The exception an SDK client throws for an API error (or a transport failure, without a code). */
export interface SdkError {
  message: string
  code?: string
  httpCode?: number
  requestId?: string
}

/** The call's error code, or 'ok' when it succeeded. */
export async function code(call: Promise<unknown>): Promise<string | undefined> {
  try {
    await call
  } catch (e) {
    return (e as SdkError).code
  }
  return 'ok'
}

/** Awaits a call that must fail and hands back the SDK's exception. */
export async function failure(call: Promise<unknown>): Promise<SdkError> {
  try {
    await call
  } catch (error) {
    return error as SdkError
  }
  throw new Error('expected the call to fail, but it succeeded')
}
