// Node paths: a node named by the names from below the root node down to it, joined by "/" ("Finance/Payments"), so
// that a reviewer reads where a member goes. Each name follows AddOrganizationNode's rules.

/** AddOrganizationNode's Name: at most 40 letters, digits, Chinese characters or + @ & . _ [ ] - (no "/", no space). */
export const NODE_NAME_MAX = 40
export const NODE_NAME_PATTERN = '^[A-Za-z0-9\\p{Script=Han}+@&._\\[\\]\\-]+$'
const NODE_NAME = new RegExp(NODE_NAME_PATTERN, 'u')
export const NODE_NAME_HINT = 'letters, digits, Chinese characters and + @ & . _ [ ] -'

/** What is wrong with a path, in words; undefined when it is a path. */
export function pathProblem(path: string): string | undefined {
  if (path === '') return 'is empty: name the node by the names from below the root, joined by "/" (the root itself is never written)'
  if (path.startsWith('/') || path.endsWith('/')) return 'starts or ends with "/": write names joined by "/", like Finance/Payments'
  for (const name of path.split('/')) {
    if (name === '') return 'has an empty name between two "/"'
    if ([...name].length > NODE_NAME_MAX) return `has a name of ${[...name].length} characters ("${[...name].slice(0, 20).join('')}…"); a node name holds at most ${NODE_NAME_MAX}`
    if (!NODE_NAME.test(name)) {
      const bad = [...new Set([...name].filter((c) => !NODE_NAME.test(c)))].slice(0, 5)
      return `has a name with characters a node name cannot hold: ${bad.map((c) => JSON.stringify(c)).join(' ')}. Allowed: ${NODE_NAME_HINT}`
    }
  }
  return undefined
}

/** The parent's path ('' for a node right below the root). */
export function parentOf(path: string): string {
  const at = path.lastIndexOf('/')
  return at < 0 ? '' : path.slice(0, at)
}

/** The node's own name: the path's last part. */
export function nameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

/** How deep a path goes: 1 for a node right below the root. */
export function depthOf(path: string): number {
  return path.split('/').length
}
