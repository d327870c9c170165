// estimateStrength (@sesame/core/strength, BUILT dist) against raw @zxcvbn-ts/core with its
// documented defaults (language-common + language-en), at 8, 16, 32 and 64 characters, plus the
// cost of the first call (module import + dictionaries + one estimate) measured in fresh Node
// processes. Every group runs in ROUNDS rounds, in turn with the others; bench/run.mjs keeps each
// contender's fastest round (this machine's speed drifts within seconds).
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { estimateStrength, preloadStrength } from '@sesame/core/strength'
import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import * as common from '@zxcvbn-ts/language-common'
import * as en from '@zxcvbn-ts/language-en'
import { bench, describe } from 'vitest'

const raw = new ZxcvbnFactory({
  translations: en.translations,
  graphs: common.adjacencyGraphs,
  dictionary: { ...common.dictionary, ...en.dictionary },
})
await preloadStrength('en')

// Random passwords over a symbol-rich alphabet: the slow case of zxcvbn-ts (l33t matching).
const ALPHABET =
  'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*()-_=+[]{};:,.<>/?|'
let seed = 42
function random(): number {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff
  return seed / 0x7fffffff
}
const randomPassword = (length: number) =>
  Array.from({ length }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join('')

// A fresh process per iteration: import, dictionary load and ranking, then one estimate.
const here = fileURLToPath(new URL('.', import.meta.url))
const coldStart = (script: string) => () => {
  execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: here })
}
const ROUNDS = 3
// The same passwords in every round, so that rounds differ only by the machine's drift.
const samples = new Map(
  [8, 16, 32, 64].map((length) => [
    length,
    Array.from({ length: 8 }, () => randomPassword(length)),
  ]),
)

for (let round = 1; round <= ROUNDS; round += 1) {
  for (const length of [8, 16, 32, 64]) {
    const passwords = samples.get(length)!
    let n = 0
    // Raw zxcvbn-ts takes hundreds of milliseconds per call at 64: few iterations are enough.
    const options = length >= 32 ? { time: 400, iterations: 5, warmupIterations: 1 } : { time: 400 }
    describe(`strength of a random ${length}-character password [round ${round}]`, () => {
      bench(
        '@sesame/core/strength estimateStrength',
        async () => {
          await estimateStrength(passwords[n++ % passwords.length]!)
        },
        options,
      )
      bench(
        '@zxcvbn-ts/core defaults (common + en)',
        () => {
          raw.check(passwords[n++ % passwords.length]!)
        },
        options,
      )
    })
  }

  describe(`strength of an adversarial 64-character l33t password [round ${round}]`, () => {
    const password = '1!|'.repeat(22).slice(0, 64)
    const options = { time: 400, iterations: 5, warmupIterations: 1 }
    bench(
      '@sesame/core/strength estimateStrength',
      async () => {
        await estimateStrength(password)
      },
      options,
    )
    bench(
      '@zxcvbn-ts/core defaults (common + en)',
      () => {
        raw.check(password)
      },
      options,
    )
  })

  describe(`first call (fresh Node process: start, import, dictionaries, one estimate) [round ${round}]`, () => {
    const options = { time: 0, iterations: 5, warmupIterations: 1 }
    bench(
      '@sesame/core/strength estimateStrength',
      coldStart(`const { estimateStrength } = await import('@sesame/core/strength')
await estimateStrength('Tr0ub4dor&3')`),
      options,
    )
    bench(
      '@zxcvbn-ts/core defaults (common + en)',
      coldStart(`const { ZxcvbnFactory } = await import('@zxcvbn-ts/core')
const common = await import('@zxcvbn-ts/language-common')
const en = await import('@zxcvbn-ts/language-en')
new ZxcvbnFactory({ translations: en.translations, graphs: common.adjacencyGraphs,
  dictionary: { ...common.dictionary, ...en.dictionary } }).check('Tr0ub4dor&3')`),
      options,
    )
    bench('baseline: empty Node process', coldStart('0'), options)
  })
}
