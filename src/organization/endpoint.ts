// `endpoint` accepts what people paste: a bare host, or a URL with scheme and port (an emulator, a proxy).

export interface Endpoint {
  protocol: 'https://' | 'http://'
  /** host[:port], as the SDK wants it. */
  host: string
}

export const DEFAULT_ENDPOINT = 'organization.tencentcloudapi.com'

export function parseEndpoint(value: string): Endpoint {
  const text = value.trim() || DEFAULT_ENDPOINT
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`
  let url: URL
  try {
    url = new URL(withScheme)
  } catch {
    throw new Error(`endpoint "${value}" is neither a host name nor a URL.`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`endpoint "${value}" must use https:// or http://, not ${url.protocol}//.`)
  }
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || url.username || url.password) {
    throw new Error(`endpoint "${value}" must be a host (and port), with no path, query or credentials.`)
  }
  return { protocol: url.protocol === 'https:' ? 'https://' : 'http://', host: url.host }
}

/** Plain http is for an emulator on this machine; anywhere else it exposes the requests to the network. */
export function isLoopback(endpoint: Endpoint): boolean {
  const hostname = endpoint.host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '')
  // An IPv4 literal in 127.0.0.0/8, not any name that starts with "127." (127.0.0.1.nip.io resolves anywhere).
  const v4 = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(hostname)
  return hostname === 'localhost' || hostname === '::1' || (v4 !== null && v4.slice(1).every((n) => Number(n) <= 255))
}
