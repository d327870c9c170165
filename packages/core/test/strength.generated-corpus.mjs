// Regenerates strength.generated-corpus.json: 2,100 passwords drawn by a seeded generator (common
// words with l33t, names with years, keyboard walks, random strings of 8 to 64 characters,
// diceware phrases), each with the score raw @zxcvbn-ts/core gives it with its documented
// defaults (common + en). Words come from the whole lists, not only their tops, so that rare
// words (the ones whose rank Sesame stores least precisely) are tested too.
// Run from packages/core: `node test/strength.generated-corpus.mjs` (a few minutes: raw is slow).
import * as common from '@zxcvbn-ts/language-common'
import * as en from '@zxcvbn-ts/language-en'
import { capitalise, LEET, seeded, writeCorpus } from './strength.corpus-tools.mjs'

const { random, pick, int } = seeded(0x20_2026)
// Half the draws from the 5,000 most common entries, half from anywhere in the list.
const draw = (list) => (random() < 0.5 ? pick(list.slice(0, 5000)) : pick(list))
const letters = (list) => list.filter((word) => /^[a-z]{3,}$/.test(word))

const words = letters(en.dictionary['commonWords-en'])
const wiki = letters(en.dictionary['wikipedia-en'])
const passwords = letters(common.dictionary['passwords-common'])
const firstnames = letters(en.dictionary['firstnames-en'])
const lastnames = letters(en.dictionary['lastnames-en'])
const diceware = common.dictionary['diceware-common']

const corpus = new Map()
function add(kind, password) {
  const bounded = Array.from(password).slice(0, 64).join('')
  if (bounded.length > 0 && !corpus.has(bounded)) corpus.set(bounded, kind)
}
function fill(kind, count, make) {
  const target = corpus.size + count
  while (corpus.size < target) add(kind, make())
}

const leet = { ...LEET, b: ['8'] }
const l33t = (word, rate) =>
  [...word].map((c) => (leet[c] && random() < rate ? pick(leet[c]) : c)).join('')
const suffix = () =>
  pick(['', '', String(int(0, 9)), String(int(10, 99)), String(int(1950, 2026)), '!', '123', '?'])
fill('l33t-word', 500, () => {
  const word = draw(pick([words, words, wiki, passwords]))
  const changed = l33t(word, pick([0.3, 0.6, 1]))
  return (random() < 0.4 ? capitalise(changed) : changed) + suffix()
})

fill('name-year', 400, () => {
  const first = draw(firstnames)
  const last = draw(lastnames)
  const year = String(int(1940, 2026))
  const name = pick([first, last, first + last, first.charAt(0) + last, capitalise(first)])
  return pick([
    name + year,
    name + year.slice(2),
    capitalise(name) + year + pick(['', '!', '.']),
    year + name,
  ])
})

const layouts = ['qwerty', 'azerty', 'dvorak', 'keypad']
fill('keyboard', 350, () => {
  const graph = common.adjacencyGraphs[pick(layouts)]
  const keys = Object.keys(graph)
  let key = pick(keys)
  let direction = int(0, graph[key].length - 1)
  let walk = ''
  const length = int(4, 20)
  const shifted = random() < 0.3
  while (walk.length < length) {
    walk += shifted && random() < 0.5 ? key.toUpperCase() : key
    if (random() < 0.2) direction = int(0, graph[key].length - 1)
    const next = graph[key][direction]
    if (!next) {
      key = pick(keys)
      continue
    }
    // A graph entry holds the unshifted and the shifted character of a key.
    key = next.charAt(shifted && random() < 0.3 && next.length > 1 ? 1 : 0)
  }
  return walk + (random() < 0.3 ? suffix() : '')
})

const alphabets = [
  'abcdefghijklmnopqrstuvwxyz',
  'abcdefghijklmnopqrstuvwxyz0123456789',
  'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*()-_=+[]{};:,.<>/?|~',
  '0123456789',
]
fill('random', 450, () => {
  const alphabet = [...pick(alphabets)]
  return Array.from({ length: int(8, 64) }, () => pick(alphabet)).join('')
})

fill('diceware', 400, () => {
  const parts = Array.from({ length: int(2, 6) }, () => pick(diceware))
  const shaped = random() < 0.3 ? parts.map(capitalise) : parts
  return shaped.join(pick(['', ' ', '-', '.', '_'])) + (random() < 0.2 ? String(int(0, 99)) : '')
})

writeCorpus(new URL('./strength.generated-corpus.json', import.meta.url), corpus)
