// Inputs `approvals` (YAML in a string: the tiers `changes` and `sensitive`, each a number of approvals) and
// `sensitive-permissions` (PermissionIds whose grant is sensitive). Each mistake is one sentence naming the input.
import { isMap, isScalar, parseDocument } from '../manifest/yaml.js'
import { TIERS, type ApprovalPolicy, type Tier } from '../model/approvals.js'

/** Transfer funds, pay on behalf, credit limit settings (CONTRACT.md). */
export const DEFAULT_SENSITIVE_PERMISSIONS = [3, 7, 10] as const
/** More approvals than any team has reviewers is a typo (`20` for `2`), not a policy. */
const MAX_APPROVALS = 20

/** The policy, undefined when `approvals` is empty (today's behaviour), or the sentence that says what is wrong. */
export function parseApprovals(text: string, sensitiveText: string): ApprovalPolicy | undefined | { error: string } {
  const sensitivePermissions = parseSensitivePermissions(sensitiveText)
  if (typeof sensitivePermissions === 'string') return { error: sensitivePermissions }
  if (text.trim() === '') return undefined
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false })
  const problem = doc.errors[0]
  if (problem) return { error: `approvals is not valid YAML: ${problem.message.split('\n')[0]}. Write it as lines like "changes: 1" and "sensitive: 2".` }
  if (!isMap(doc.contents)) return { error: 'approvals must be a mapping of tiers to numbers of approvals, like "changes: 1" and "sensitive: 2" on their own lines.' }
  const tiers: Partial<Record<Tier, number>> = {}
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
    if (!(TIERS as readonly string[]).includes(key)) {
      return { error: `approvals has an unknown tier "${key.slice(0, 40)}": the tiers are ${TIERS.join(' and ')}.` }
    }
    // A quoted "2" or a float is a mistake worth saying, not a number to coerce.
    const value = isScalar(pair.value) ? pair.value.value : undefined
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_APPROVALS) {
      const shown = isScalar(pair.value) ? JSON.stringify(pair.value.value) : 'not a number'
      return { error: `approvals: ${key} must be a whole number of approvals from 0 to ${MAX_APPROVALS}, got ${shown.slice(0, 40)}.` }
    }
    tiers[key as Tier] = value
  }
  if (Object.keys(tiers).length === 0) return { error: 'approvals names no tier: give changes, sensitive or both, like "changes: 1".' }
  return { changes: tiers.changes ?? 0, sensitive: tiers.sensitive ?? 0, sensitivePermissions }
}

/** Comma- or space-separated PermissionIds from 1 to 10; "none" for no sensitive permission. */
export function parseSensitivePermissions(text: string): number[] | string {
  const trimmed = text.trim()
  if (trimmed === '') return [...DEFAULT_SENSITIVE_PERMISSIONS]
  if (trimmed.toLowerCase() === 'none') return []
  const parts = trimmed.split(/[\s,]+/).filter(Boolean)
  const bad = parts.find((p) => !/^\d{1,2}$/.test(p) || Number(p) < 1 || Number(p) > 10)
  if (bad !== undefined)
    return `sensitive-permissions holds "${bad.slice(0, 20)}", which is not a PermissionId: give IDs from 1 to 10 separated by commas (default 3,7,10), or none.`
  return [...new Set(parts.map(Number))].sort((a, b) => a - b)
}
