// When a request really leaves. The runtime's fetch (undici, under the SDK: see README) announces on a diagnostics
// channel the moment a request's headers are written to its socket, after the connection (and TLS) is up; the API
// counts requests as they arrive, so that moment, not when a pacer gave the turn, is what a rate limit window holds.
// Another HTTP client announces nothing: the pacers then count from their turns, as before.
import { subscribe } from 'node:diagnostics_channel'

const CHANNEL = 'undici:client:sendHeaders'
const listeners = new Map<string, Set<(at: number) => void>>()
let subscribed = false

/** Calls `listener` with the time (Date.now()) each request of API action `action` leaves. Returns the unsubscribe. */
export function onDeparture(action: string, listener: (at: number) => void): () => void {
  if (!subscribed) {
    subscribe(CHANNEL, announced)
    subscribed = true
  }
  let set = listeners.get(action)
  if (!set) listeners.set(action, (set = new Set()))
  set.add(listener)
  return () => set.delete(listener)
}

function announced(message: unknown): void {
  const at = Date.now()
  const headers = (message as { headers?: unknown }).headers
  const action = actionOf(headers)
  if (action) for (const listener of listeners.get(action) ?? []) listener(at)
}

/** The X-TC-Action of a request's headers: one raw block of `name: value` lines, or (other versions) a flat array. */
export function actionOf(headers: unknown): string | undefined {
  if (typeof headers === 'string') return /\r\nx-tc-action:[ \t]*([A-Za-z]+)/i.exec(headers)?.[1]
  if (Array.isArray(headers)) {
    for (let i = 0; i + 1 < headers.length; i += 2) if (String(headers[i]).toLowerCase() === 'x-tc-action') return String(headers[i + 1])
  }
  return undefined
}
