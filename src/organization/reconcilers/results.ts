// What one call's outcome means for the write it carried, the same way for every resource: the write done, refused
// (with the catalogue's words and the RequestId), skipped, cancelled or unknown.
import type { PlannedWrite, WriteResult, WriteStatus } from '../../model/writes.js'
import { describeError } from '../retry.js'
import type { Outcome } from '../send.js'

export const VERIFIED = 'Applied by an earlier attempt whose answer was lost (a timeout or reset): read back from the organization, not sent again.'
export const CANCELLED = 'Not sent: the run was cancelled first.'
export const UNKNOWN = 'Sent, but the run was cancelled before the answer came: it may or may not have happened. A rerun reads the organization again before sending.'

/** `done`: the status of a write the API accepted. Refusals that mean "already so" are the caller's to turn first. */
export function resultOf(write: PlannedWrite, o: Outcome<unknown>, done: WriteStatus): WriteResult {
  switch (o.kind) {
    case 'answered': {
      const requestId = typeof o.value === 'string' && o.value ? { requestId: o.value } : {}
      return { write, status: done, attempts: o.attempts, at: o.at, ...(o.verified ? { message: VERIFIED } : requestId) }
    }
    case 'refused': {
      const retried = o.info.action === 'retry' ? ` Gave up after ${o.attempts} attempts.` : ''
      return {
        write,
        status: 'failed',
        code: o.info.code,
        message: `${describeError(o.info, o.error)}${retried}`,
        attempts: o.attempts,
        at: o.at,
        ...(o.error.requestId ? { requestId: o.error.requestId } : {})
      }
    }
    case 'skipped':
      return { write, status: 'skipped', message: `Not sent: ${o.stop.api} stopped on ${o.stop.code}.`, attempts: o.attempts }
    case 'cancelled':
      return { write, status: 'cancelled', message: CANCELLED, attempts: o.attempts }
    case 'unknown':
      return { write, status: 'unknown', message: UNKNOWN, attempts: o.attempts, at: o.at }
  }
}

/** Never sent because something it needs did not happen first (its node was not created). */
export function notSent(write: PlannedWrite, message: string, cancelled: boolean): WriteResult {
  return cancelled ? { write, status: 'cancelled', message: CANCELLED, attempts: 0 } : { write, status: 'skipped', message, attempts: 0 }
}
