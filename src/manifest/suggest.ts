// "Did you mean" for mistyped keys and values: the closest known word by edit distance, ignoring case.

/**
 * Words much longer than any known one are no typo of them, and the distance table grows with the product of the
 * two lengths: an 8 MiB key would need terabytes. Only words up to this length are compared.
 */
const MAX_COMPARED = 64

export function suggest(word: string, known: readonly string[]): string | undefined {
  if (word.length > MAX_COMPARED) return undefined
  const w = word.toLowerCase()
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of known) {
    const d = distance(w, candidate.toLowerCase())
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  // Past a third of the word, a "suggestion" is a guess that misleads more than it helps.
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined
}

/** Levenshtein distance, with adjacent transpositions counted as one edit. */
export function distance(a: string, b: string): number {
  const rows = a.length + 1
  const cols = b.length + 1
  const d: number[] = new Array(rows * cols).fill(0)
  for (let i = 0; i < rows; i++) d[i * cols] = i
  for (let j = 0; j < cols; j++) d[j] = j
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let v = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[(i - 2) * cols + j - 2]! + 1)
      d[i * cols + j] = v
    }
  }
  return d[rows * cols - 1]!
}
