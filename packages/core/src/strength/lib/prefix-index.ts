import { lowerBound } from './lower-bound'

/**
 * Answers "does any word start with this prefix?", which lets the matchers abandon a branch as
 * soon as no dictionary word can follow. Words are grouped by their first two characters and
 * each group is sorted on first use (then binary-searched): the first estimate only pays for the
 * groups its password touches, not for sorting 200,000 words.
 */
export class PrefixIndex {
  private readonly firsts = new Set<string>()
  private readonly groups = new Map<string, string[]>()
  private readonly sorted = new Set<string>()

  constructor(words: Iterable<string>) {
    for (const word of words) {
      if (word.length === 0) continue
      this.firsts.add(word.charAt(0))
      if (word.length < 2) continue
      const key = word.slice(0, 2)
      const group = this.groups.get(key)
      if (group === undefined) this.groups.set(key, [word])
      else group.push(word)
    }
  }

  /** True when at least one word starts with `prefix` (which must not be empty). */
  hasPrefix(prefix: string): boolean {
    if (prefix.length < 2) return this.firsts.has(prefix)
    const key = prefix.slice(0, 2)
    const words = this.groups.get(key)
    if (words === undefined) return false
    if (prefix.length === 2) return true
    if (!this.sorted.has(key)) {
      words.sort()
      this.sorted.add(key)
    }
    const at = lowerBound(words, prefix)
    return at < words.length && words[at]!.startsWith(prefix)
  }
}
