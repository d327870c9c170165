// Regenerates strength.corpus.json: a fixed, deterministic corpus of real-world-like passwords
// with the score raw @zxcvbn-ts/core gives each one with its documented defaults (common + en).
// Run from packages/core: `node test/strength.corpus.mjs` (takes about a minute: raw is slow).
import * as common from '@zxcvbn-ts/language-common'
import * as en from '@zxcvbn-ts/language-en'
import * as fr from '@zxcvbn-ts/language-fr'
import { capitalise, LEET, seeded, writeCorpus } from './strength.corpus-tools.mjs'

const { random, pick, int } = seeded(0x5e5a3e)
const words = (list, top) => list.slice(0, top).filter((word) => /^[a-z]{3,}$/.test(word))

const passwords = common.dictionary['passwords-common']
const english = words(en.dictionary['commonWords-en'], 5000)
const french = words(fr.dictionary['commonWords-fr'], 3000)
const firstnames = words(en.dictionary['firstnames-en'], 2000)
const suffixes = () =>
  pick([String(int(0, 9)), String(int(10, 99)), String(int(100, 9999)), String(int(1950, 2026))])
const punctuation = () => pick(['', '', '!', '.', '?', '*', '@', '#'])

const corpus = new Map()
const add = (kind, password) => {
  const bounded = Array.from(password).slice(0, 64).join('')
  if (bounded.length > 0 && !corpus.has(bounded)) corpus.set(bounded, kind)
}

for (const password of passwords.slice(0, 30)) add('common', String(password))
for (let n = 0; n < 60; n += 1) add('common', String(pick(passwords.slice(0, 20000))))

for (let n = 0; n < 70; n += 1) {
  const word = pick(english)
  add('word-digits', (random() < 0.5 ? capitalise(word) : word) + suffixes() + punctuation())
}
for (let n = 0; n < 25; n += 1)
  add('word-digits', capitalise(pick(french)) + suffixes() + punctuation())
for (let n = 0; n < 20; n += 1) add('name-year', capitalise(pick(firstnames)) + int(1950, 2026))

const walks = [
  'qwerty',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  '1qaz2wsx',
  'qazwsx',
  '123qwe',
  '!QAZ2wsx',
  'azerty',
  'azertyuiop',
  'qsdfghjklm',
  'wxcvbn',
  '1234qwer',
  'poiuytreza',
  'mnbvcxz',
  '147258369',
  '741852963',
  '159753',
  'qweasdzxc',
  'zaq12wsx',
  '1q2w3e4r',
  '1q2w3e4r5t',
  'qwer1234',
  'asdf1234',
  'Qwerty123!',
  'azerty123',
  'AZERTY',
  '!@#$%^&*',
  '12345qwert',
  'qwertz',
]
for (const walk of walks) add('keyboard', walk)
const graph = common.adjacencyGraphs.qwerty
const keys = Object.keys(graph)
for (let n = 0; n < 25; n += 1) {
  let key = pick(keys)
  let direction = int(0, 5)
  let walk = key
  const length = int(6, 16)
  while (walk.length < length) {
    if (random() < 0.25) direction = int(0, 5)
    const next = graph[key]?.[direction]
    if (!next) {
      direction = int(0, 5)
      continue
    }
    key = next.charAt(0)
    walk += key
  }
  add('keyboard', walk)
}

const alphabets = {
  lower: 'abcdefghijklmnopqrstuvwxyz0123456789',
  full: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*()-_=+[]{};:,.<>/?|~',
}
for (const length of [8, 10, 12, 16, 20, 32, 48, 64]) {
  for (let n = 0; n < 10; n += 1) {
    const alphabet = n % 2 === 0 ? alphabets.lower : alphabets.full
    add(`random-${length}`, Array.from({ length }, () => pick([...alphabet])).join(''))
  }
}

const leet = LEET
for (let n = 0; n < 70; n += 1) {
  const base = n % 2 === 0 ? pick(english) : String(pick(passwords.slice(0, 5000)))
  let word = [...base].map((c) => (leet[c] && random() < 0.7 ? pick(leet[c]) : c)).join('')
  if (random() < 0.5) word = capitalise(word)
  add('leet', word + (random() < 0.5 ? suffixes() : '') + punctuation())
}

for (let n = 0; n < 40; n += 1) {
  const count = int(2, 5)
  const separator = pick(['', '-', ' ', '.', '_'])
  const parts = Array.from({ length: count }, () => pick(english))
  add('passphrase', (random() < 0.3 ? parts.map(capitalise) : parts).join(separator))
}
for (let n = 0; n < 15; n += 1) {
  const parts = Array.from({ length: int(6, 12) }, () => pick(english))
  add('long-words', parts.join(pick(['', ' ', '-'])))
}

writeCorpus(new URL('./strength.corpus.json', import.meta.url), corpus)
