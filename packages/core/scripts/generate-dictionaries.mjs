// Regenerates src/strength/dictionaries/{en,fr,shared}.ts from the @zxcvbn-ts language packages (MIT
// data): every word of their lists, deduplicated, sorted and front-coded, with the order of
// magnitude of its best rank; and src/strength/feedback/<tag>.ts, the warnings and suggestions of
// the seven shipped locales (only the `translations` of the other packages, never their lists).
// `--check` exits 1 when the committed files are out of date.
// Run from packages/core: `node scripts/generate-dictionaries.mjs [--check]` (the build runs it).
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as common from '@zxcvbn-ts/language-common'
import * as de from '@zxcvbn-ts/language-de'
import * as en from '@zxcvbn-ts/language-en'
import * as es from '@zxcvbn-ts/language-es-es'
import * as fr from '@zxcvbn-ts/language-fr'
import * as it from '@zxcvbn-ts/language-it'
import * as nl from '@zxcvbn-ts/language-nl-be'
import * as pt from '@zxcvbn-ts/language-pt-br'

const here = dirname(fileURLToPath(import.meta.url))
const require = createRequire(import.meta.url)

// Rank buckets: ranks 1 to 10 exact (the feedback tells the top 10 and top 100 apart), then
// STEPS_PER_DECADE geometric steps per power of ten up to 10^5. A word is scored with the lowest
// rank of its bucket, so never as more guesses than zxcvbn-ts counts; 10 steps (25% apart) keep
// the score of 99% of both test corpora (coarser steps cost agreement, finer ones bytes).
const STEPS_PER_DECADE = 10
const EXACT = 10
const DECADES = 4
const LOWER_BOUNDS = [
  ...Array.from({ length: EXACT }, (_, n) => n + 1),
  ...Array.from(
    { length: DECADES * STEPS_PER_DECADE },
    (_, n) => Math.floor(10 ** (1 + n / STEPS_PER_DECADE)) + 1,
  ),
]
const MAX_RANK = 10 ** (1 + DECADES)

// Words that take part in word-sequence matching ('onetwothree'): kept verbatim, with exact ranks.
const SEQUENCES = [
  'cardinalNumbers',
  'ordinalNumbers',
  'daysOfWeek',
  'months',
  'seasons',
  'timePeriods',
  'rainbowColors',
  'directions',
  'intermediateDirections',
  'sizeProgression',
  'militaryAlphabet',
  'planets',
  'zodiacSigns',
  'chineseZodiac',
]
const isSequence = (name) => SEQUENCES.some((prefix) => name.startsWith(`${prefix}-`))

// The feedback of zxcvbn-ts only tells these four kinds of list apart (by their names).
const KINDS = ['passwords', 'wikipedia', 'names', 'words']
const kindOf = (name) => KINDS.find((kind) => name.includes(kind)) ?? 'words'

// An alphabet of characters that need no escaping in a JavaScript string: bucket and kind codes.
const CODES = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
// Ends a group of words (and of their codes): a character no word holds.
const GROUP_END = '~'
if (LOWER_BOUNDS.length > CODES.length) throw new Error('more rank buckets than codes')

function bucketOf(rank) {
  let bucket = 0
  while (bucket + 1 < LOWER_BOUNDS.length && LOWER_BOUNDS[bucket + 1] <= rank) bucket += 1
  return bucket
}

function versionOf(name) {
  return JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version
}

/** The best (lowest) rank of each word over `lists`, in zxcvbn-ts's order (first list wins ties). */
function bestRanks(lists) {
  const best = new Map()
  for (const [name, words] of lists) {
    words.forEach((word, index) => {
      const rank = index + 1
      if (rank >= MAX_RANK) throw new Error(`${name}: rank ${rank} is past the last bucket`)
      if (/[A-Z]/.test(word)) throw new Error(`${name}: '${word}' has ASCII capitals`)
      const current = best.get(word)
      if (current === undefined || rank < current.rank) best.set(word, { rank, kind: kindOf(name) })
    })
  }
  return best
}

/**
 * Front coding: each word is written as one capital letter (A = 0, B = 1 ...) giving how many
 * characters to drop from the end of the previous word, then the characters to append. Words
 * never hold ASCII capitals, so every capital starts an entry. Words that share their first two
 * characters form a group, coded on its own and ended by GROUP_END, so that a reader can find and
 * decode one group without reading the others.
 */
function frontCode(words) {
  let previous = ''
  let out = ''
  for (const word of words) {
    if (word.includes(GROUP_END)) throw new Error(`'${word}' holds ${GROUP_END}`)
    if (out !== '' && previous.slice(0, 2) !== word.slice(0, 2)) {
      out += GROUP_END
      previous = ''
    }
    let shared = 0
    while (shared < previous.length && shared < word.length && previous[shared] === word[shared])
      shared += 1
    const drop = previous.length - shared
    if (drop > 25) throw new Error(`'${word}': cannot drop ${drop} characters`)
    out += String.fromCharCode(65 + drop) + word.slice(shared)
    previous = word
  }
  return out
}

// The per-word codes of `words`, grouped like the front-coded text.
function grouped(words, code) {
  let out = ''
  words.forEach((word, n) => {
    if (n > 0 && words[n - 1].slice(0, 2) !== word.slice(0, 2)) out += GROUP_END
    out += code(word)
  })
  return out
}

// `base`: the lists always loaded with these (French is searched together with English): a word
// whose bucket there is as good is left out, as the search would take the base's entry anyway.
function pack(lists, base = []) {
  const best = bestRanks(lists.filter(([name]) => !isSequence(name)))
  const known = bestRanks(base.filter(([name]) => !isSequence(name)))
  for (const [word, { rank }] of best) {
    const other = known.get(word)
    if (other !== undefined && bucketOf(other.rank) <= bucketOf(rank)) best.delete(word)
  }
  // A word that needs at least as many guesses as bruteforce (10 per character) is never used.
  const words = [...best.keys()]
    .filter((word) => best.get(word).rank < 10 ** word.length)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const kinds = grouped(words, (word) => CODES[KINDS.indexOf(best.get(word).kind)])
  const buckets = grouped(words, (word) => CODES[bucketOf(best.get(word).rank)])
  const sequences = Object.fromEntries(lists.filter(([name]) => isSequence(name)))
  const longest = words.reduce((max, word) => Math.max(max, word.length), 0)
  return { words: frontCode(words), kinds, buckets, sequences, longest, count: words.length }
}

// The quote style Biome picks: single quotes unless the text holds more of them than double ones.
function quote(text) {
  const singles = text.split("'").length
  const doubles = text.split('"').length
  const mark = singles > doubles ? '"' : "'"
  let out = ''
  for (const char of text) {
    if (char === '\\' || char === mark) out += `\\${char}`
    else if (char === '\n') out += '\\n'
    else out += char
  }
  return mark + out + mark
}

// A value written as the name of a constant of shared.ts rather than spelled out again.
class Shared {
  constructor(name) {
    this.name = name
  }
}

function literal(value, indent) {
  const pad = '  '.repeat(indent)
  if (value instanceof Shared) return value.name
  if (typeof value === 'string') return quote(value)
  if (typeof value === 'number') return String(value)
  if (Array.isArray(value)) {
    const items = value.map((item) => literal(item, indent + 1))
    const inline = `[${items.join(', ')}]`
    if (inline.length + pad.length < 80) return inline
    return `[\n${items.map((item) => `${pad}  ${item},`).join('\n')}\n${pad}]`
  }
  const keys = Object.keys(value)
  const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : quote(name))
  return `{\n${keys.map((name) => `${pad}  ${key(name)}: ${literal(value[name], indent + 1)},`).join('\n')}\n${pad}}`
}

// The sequences whose words no language changes (the military alphabet), by their name without
// the locale: written once in shared.ts, with the rank buckets every locale has.
const SHARED_SEQUENCES = { militaryAlphabet: 'MILITARY_ALPHABET' }
const RANKS = 'RANK_BUCKETS'

function moduleText({ source, description, locale, lexicon, base, graphs }) {
  const packed = pack(lexicon, base)
  const sequences = {}
  const used = [RANKS]
  for (const [name, words] of Object.entries(packed.sequences)) {
    const constant = SHARED_SEQUENCES[name.slice(0, name.lastIndexOf('-'))]
    if (constant === undefined) sequences[name] = words
    else {
      const shared = sharedLists[constant]
      if (shared !== undefined && shared.join('\n') !== words.join('\n'))
        throw new Error(`${name}: not the words of the other locales`)
      sharedLists[constant] = words
      sequences[name] = new Shared(constant)
      used.push(constant)
    }
  }
  const data = {
    words: packed.words,
    kinds: packed.kinds,
    buckets: packed.buckets,
    longest: packed.longest,
    names: KINDS.map((kind) => `${kind}-${locale}`),
    ranks: new Shared(RANKS),
    sequences,
    ...(graphs === undefined ? {} : { graphs: JSON.stringify(graphs) }),
  }
  return [
    `// Generated by scripts/generate-dictionaries.mjs from ${source} (MIT): do not edit.`,
    "import type { PackedDictionaries } from '../lib/packed'",
    `import { ${used.sort().join(', ')} } from './shared'`,
    '',
    `/** ${description}: ${packed.count} words, sorted and front-coded, with their rank buckets. */`,
    `export const dictionaries: PackedDictionaries = ${literal(data, 0)}`,
    '',
  ].join('\n')
}

// Filled by moduleText: the shared lists, as the first locale that has them spells them.
const sharedLists = {}

function sharedText() {
  const lists = Object.entries(sharedLists).sort(([a], [b]) => (a < b ? -1 : 1))
  return [
    '// Generated by scripts/generate-dictionaries.mjs: do not edit.',
    '',
    '/** Lowest rank of each rank bucket, the same in every locale. */',
    `export const ${RANKS}: readonly number[] = ${literal(LOWER_BOUNDS, 0)}`,
    ...lists.flatMap(([constant, words]) => [
      '',
      '/** A word sequence no locale spells differently. */',
      `export const ${constant}: readonly string[] = ${literal(words, 0)}`,
    ]),
    '',
  ].join('\n')
}

const entries = (pack) =>
  Object.entries(pack.dictionary).map(([name, words]) => [name, words.map(String)])
const version = (name) => `${name} ${versionOf(name)}`
const outputs = {
  'en.ts': moduleText({
    source: `${version('@zxcvbn-ts/language-common')} and ${version('@zxcvbn-ts/language-en')}`,
    description: 'Common passwords, diceware and English lists, keyboard graphs, English feedback',
    locale: 'en',
    lexicon: [...entries(common), ...entries(en)],
    graphs: common.adjacencyGraphs,
  }),
  'fr.ts': moduleText({
    source: version('@zxcvbn-ts/language-fr'),
    description:
      'French lists and feedback, searched with the English ones (words they rank as well are left out)',
    locale: 'fr',
    lexicon: entries(fr),
    base: [...entries(common), ...entries(en)],
  }),
}
outputs['shared.ts'] = sharedText()

// Texts of the packages that are wrong or break the shipped catalogues' register (the React
// screens say du, tú, je): replaced here, so that a package update keeps the fixes.
const FIXES = {
  de: {
    warnings: {
      userInputs: 'Es sollten keine persönlichen oder seitenbezogenen Daten vorkommen.',
      pwned: 'Dein Passwort wurde bei einem Datenleck im Internet offengelegt.',
    },
    suggestions: {
      pwned: 'Wenn du dieses Passwort auch anderswo verwendest, solltest du es ändern.',
    },
  },
  es: {
    warnings: {
      simpleRepeat: 'Caracteres repetidos como "aaa" son fáciles de adivinar.',
      sequences: 'Patrones comunes como "abc" son fáciles de adivinar.',
      pwned: 'Tu contraseña quedó expuesta en una filtración de datos en Internet.',
    },
    suggestions: {
      reverseWords: 'Evita palabras comunes escritas al revés.',
      repeated: 'Evita palabras y letras repetidas.',
      pwned: 'Si usas esta contraseña en otro sitio, deberías cambiarla.',
    },
  },
  nl: {
    warnings: {
      keyPattern: 'Korte toetsenbordpatronen zijn makkelijk te raden.',
      userInputs: 'Vermijd persoonlijke of websitegerelateerde woorden.',
    },
    suggestions: {
      longerKeyboardPattern:
        'Gebruik langere toetsenbordpatronen, en wissel meerdere keren van richting.',
      pwned: 'Als je dit wachtwoord ook elders gebruikt, moet je het veranderen.',
    },
  },
  pt: {
    warnings: {
      userInputs: 'A senha não deve conter dados pessoais ou relacionados à página.',
    },
    suggestions: {
      capitalization: 'Use letras maiúsculas além da primeira.',
      dates: 'Evite datas e anos associados a você.',
      recentYears: 'Evite anos recentes.',
      sequences: 'Evite sequências comuns de caracteres.',
    },
  },
}

// The keys Sesame reads: every warning and suggestion of English (not the crack-time texts).
const SECTIONS = ['warnings', 'suggestions']
function feedbackText(tag, name, pack) {
  const strength = {}
  for (const section of SECTIONS) {
    strength[section] = {}
    for (const key of Object.keys(en.translations[section])) {
      const text = FIXES[tag]?.[section]?.[key] ?? pack.translations[section]?.[key]
      if (typeof text !== 'string') throw new Error(`${name}: no ${section}.${key}`)
      strength[section][key] = text
    }
  }
  const fixed = tag in FIXES ? ', a few texts corrected' : ''
  return [
    `// Generated by scripts/generate-dictionaries.mjs from the translations of ${version(name)} (MIT${fixed}): do not edit.`,
    "import type { StrengthFeedbackCatalogue } from '../lib/feedback'",
    '',
    `/** Strength feedback in \`${tag}\`: zxcvbn-ts's warnings and suggestions. */`,
    `export const ${tag}Feedback: StrengthFeedbackCatalogue = ${literal({ locale: tag, strength }, 0)}`,
    '',
  ].join('\n')
}

const FEEDBACK = {
  de: ['@zxcvbn-ts/language-de', de],
  en: ['@zxcvbn-ts/language-en', en],
  es: ['@zxcvbn-ts/language-es-es', es],
  fr: ['@zxcvbn-ts/language-fr', fr],
  it: ['@zxcvbn-ts/language-it', it],
  nl: ['@zxcvbn-ts/language-nl-be', nl],
  pt: ['@zxcvbn-ts/language-pt-br', pt],
}
const feedbackOutputs = Object.fromEntries(
  Object.entries(FEEDBACK).map(([tag, [name, pack]]) => [
    `${tag}.ts`,
    feedbackText(tag, name, pack),
  ]),
)

// Formatted as the repository formats everything (Biome), so that lint and --check agree.
function formatted(text, target) {
  const biome = require.resolve('@biomejs/biome/bin/biome')
  const result = spawnSync(process.execPath, [biome, 'format', `--stdin-file-path=${target}`], {
    input: text,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (result.status !== 0) throw new Error(`biome format failed: ${result.stderr}`)
  return result.stdout
}

const check = process.argv.includes('--check')
let stale = 0
const targets = [
  ...Object.entries(outputs).map(([file, raw]) => [
    join(here, '../src/strength/dictionaries', file),
    raw,
  ]),
  ...Object.entries(feedbackOutputs).map(([file, raw]) => [
    join(here, '../src/strength/feedback', file),
    raw,
  ]),
]
for (const [target, raw] of targets) {
  const text = formatted(raw, target)
  let current = ''
  try {
    current = readFileSync(target, 'utf8')
  } catch {}
  if (current === text) continue
  if (check) {
    process.stderr.write(`${target} is out of date: run node scripts/generate-dictionaries.mjs\n`)
    stale += 1
  } else {
    writeFileSync(target, text)
    process.stdout.write(`wrote ${target}\n`)
  }
}
process.exitCode = stale > 0 ? 1 : 0
