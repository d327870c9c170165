// What the two corpus scripts share: a seeded generator and the scoring by raw zxcvbn-ts.
import { writeFileSync } from 'node:fs'
import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import * as common from '@zxcvbn-ts/language-common'
import * as en from '@zxcvbn-ts/language-en'

/** mulberry32 from `seed`, with helpers: the same corpus on every run. */
export function seeded(seed) {
  let state = seed
  const random = () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    random,
    pick: (list) => list[Math.floor(random() * list.length)],
    int: (min, max) => min + Math.floor(random() * (max - min + 1)),
  }
}

/** Common l33t substitutions, per letter. */
export const LEET = {
  a: ['4', '@'],
  e: ['3'],
  i: ['1', '!'],
  o: ['0'],
  s: ['$', '5'],
  t: ['7'],
  l: ['1'],
  g: ['9'],
}

/** 'word' → 'Word'. */
export const capitalise = (word) => word.charAt(0).toUpperCase() + word.slice(1)

/** Scores every password with raw zxcvbn-ts's documented defaults (common + en) and writes them. */
export function writeCorpus(target, corpus) {
  const raw = new ZxcvbnFactory({
    translations: en.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary },
  })
  const entries = [...corpus].map(([password, kind]) => ({
    kind,
    password,
    rawScore: raw.check(password).score,
  }))
  writeFileSync(target, `${JSON.stringify(entries, null, 2)}\n`)
  process.stdout.write(`${entries.length} passwords written to ${target.pathname}\n`)
}
