/** Index of the first of the sorted `words` that is not below `target` (`words.length` if none). */
export function lowerBound(words: readonly string[], target: string): number {
  let low = 0
  let high = words.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (words[middle]! < target) low = middle + 1
    else high = middle
  }
  return low
}
