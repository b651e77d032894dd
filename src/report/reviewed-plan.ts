// The reviewed plan in the sticky comment: one hidden HTML comment after the marker, its JSON in base64 so that no
// value (a Remark may hold "-->") can end it early. Reading it back is reading untrusted text: anyone with write
// access can edit any comment, so every field is checked, and the digest must be over exactly the keys it lists
// (modes/approvals.ts says what else binds it, and why an edit can only narrow what apply sends).
import type { ReviewedPlan } from '../model/approvals.js'
import { planDigest } from '../organization/write-keys.js'

const TAG = 'tencent-org-members:reviewed-plan'
/** Room the block may take in a comment of at most 65,536 characters, the rest being the plan people read. */
export const MAX_BLOCK = 40_000

export function reviewedPlanBlock(plan: ReviewedPlan): string {
  const block = (p: ReviewedPlan) => `<!-- ${TAG} ${Buffer.from(JSON.stringify(p)).toString('base64')} -->`
  const full = block(plan)
  if (full.length <= MAX_BLOCK) return full
  return block({ ...plan, keys: [], digest: planDigest(plan.file, plan.head, plan.organization, []), tooLarge: true })
}

/** The plan a comment holds; undefined when it holds none; a sentence when it holds one that does not check out. */
export function readReviewedPlan(body: string): ReviewedPlan | { invalid: string } | undefined {
  const found = [...body.matchAll(new RegExp(`<!-- ${TAG} ([A-Za-z0-9+/=]*) -->`, 'g'))]
  if (found.length === 0) return undefined
  if (found.length > 1) return { invalid: 'it holds more than one reviewed plan' }
  let data: unknown
  try {
    data = JSON.parse(Buffer.from(found[0]![1]!, 'base64').toString('utf8'))
  } catch {
    return { invalid: 'its reviewed plan is not readable' }
  }
  const p = data as Partial<ReviewedPlan>
  const shaped =
    typeof p === 'object' &&
    p !== null &&
    p.version === 1 &&
    typeof p.file === 'string' &&
    typeof p.head === 'string' &&
    /^[0-9a-f]{40,64}$/.test(p.head) &&
    typeof p.organization === 'boolean' &&
    Array.isArray(p.keys) &&
    p.keys.every((k) => typeof k === 'string' && k.length <= 400) &&
    typeof p.digest === 'string' &&
    (p.tooLarge === undefined || p.tooLarge === true)
  if (!shaped) return { invalid: 'its reviewed plan is not in the form this action writes' }
  const plan = p as ReviewedPlan
  if (planDigest(plan.file, plan.head, plan.organization, plan.keys) !== plan.digest)
    return { invalid: 'its digest is not the digest of the writes it lists (the comment was edited)' }
  return plan
}
