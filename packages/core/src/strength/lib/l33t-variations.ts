interface Change {
  readonly letter: string
  readonly substitution: string
}

function occurrences(text: string, part: string): number {
  let count = 0
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) count += 1
  return count
}

function binomial(n: number, k: number): number {
  let result = 1
  for (let i = 1; i <= k; i += 1) result = (result * (n - k + i)) / i
  return result
}

/**
 * Extra guesses an attacker spends on l33t variants of a word, by zxcvbn's formula: ×2 for a
 * substitution applied everywhere (or nowhere), otherwise every way to pick the substituted places.
 */
export function l33tVariations(token: string, changes: readonly Change[]): number {
  const lower = token.toLowerCase()
  let variations = 1
  for (const { letter, substitution } of changes) {
    const subbed = occurrences(lower, substitution)
    const unsubbed = occurrences(lower, letter)
    if (subbed === 0 || unsubbed === 0) {
      variations *= 2
      continue
    }
    let possibilities = 0
    for (let i = 1; i <= Math.min(subbed, unsubbed); i += 1)
      possibilities += binomial(subbed + unsubbed, i)
    variations *= possibilities
  }
  return variations
}
