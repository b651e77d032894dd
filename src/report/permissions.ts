// The API's financial permissions, by ID, as the format's description and Tencent Cloud's console name them: a
// reviewer reads "7 pay on behalf", not "7".
export const PERMISSIONS: Record<number, string> = {
  1: 'view bills',
  2: 'view balance',
  3: 'transfer funds',
  4: 'consolidate bills',
  5: 'issue invoice',
  6: 'inherit discounts',
  7: 'pay on behalf',
  8: 'cost analysis',
  9: 'budget management',
  10: 'credit limit settings'
}

/** "1 view bills, 2 view balance, 7 pay on behalf", in ID order. */
export function permissionNames(ids: readonly number[]): string {
  return [...ids]
    .sort((a, b) => a - b)
    .map((id) => `${id} ${PERMISSIONS[id] ?? ''}`.trim())
    .join(', ')
}
