// checkPassword(presets.classic) against peer checklist libraries and a hand-written floor, at
// 8, 16, 64 and 1024 characters. Imports the BUILT @sesame/core, as users do.
import { checkPassword, presets } from '@sesame/core'
import { passwordStrength } from 'check-password-strength'
import PasswordValidator from 'password-validator'
import { bench, describe } from 'vitest'

// Each length gets BATCH passwords: the rotations of BASE, repeated to that length. Every class is
// within the first four characters, the best case for the peers, which stop at the first match.
// One bench iteration checks the whole batch: per-iteration timer overhead (tens of nanoseconds,
// as much as a short check costs) is spread over BATCH calls, and run.mjs reports per password.
const BASE = 'aB3$xY7!kL9#mN2%'
const BATCH = BASE.length
const batches = [8, 16, 64, 1024].map((n) =>
  Array.from({ length: BATCH }, (_, k) => {
    const rotated = BASE.slice(k) + BASE.slice(0, k)
    // Flattened (as a typed-in value is), not a rope of repeats.
    return [...rotated.repeat(Math.ceil(n / BASE.length)).slice(0, n)].join('')
  }),
)

const validator = new PasswordValidator()
validator
  .is()
  .min(8)
  .is()
  .max(128)
  .has()
  .lowercase()
  .has()
  .uppercase()
  .has()
  .digits(2)
  .has()
  .symbols()

// react-password-checklist 1.8.1's rule logic, as its component evaluates it on every render
// (ruleDefinitions built with every rule, then filtered by the enabled ones); rendering left out.
const hasCapital = (value: string): boolean => {
  for (let i = 0; i < value.length; i++) {
    const c = value.charAt(i)
    if (c !== c.toLowerCase() && c === c.toUpperCase()) return true
  }
  return false
}
const hasLower = (value: string): boolean => {
  for (let i = 0; i < value.length; i++) {
    const c = value.charAt(i)
    if (c !== c.toUpperCase() && c === c.toLowerCase()) return true
  }
  return false
}
const checklistRules = ['minLength', 'specialChar', 'number', 'capital', 'lowercase', 'maxLength']
function reactPasswordChecklist(value: string, valueAgain = '', minLength = 8, maxLength = 128) {
  const specialCharsRegex = /[~`¿¡!#$%^&*€£@+÷=\-[\]\\';,/{}()|\\":<>?._]/g
  const ruleDefinitions: Record<string, { valid: boolean; message: string }> = {
    minLength: {
      valid: value.length >= minLength,
      message: `Password has at least ${minLength} characters.`,
    },
    specialChar: {
      valid: specialCharsRegex.test(value),
      message: 'Password has special characters.',
    },
    number: { valid: /\d/g.test(value), message: 'Password has a number.' },
    match: { valid: value.length > 0 && value === valueAgain, message: 'Passwords match.' },
    capital: { valid: hasCapital(value), message: 'Password has a capital letter.' },
    lowercase: { valid: hasLower(value), message: 'Password has a lowercase letter.' },
    capitalAndLowercase: {
      valid: hasCapital(value) && hasLower(value),
      message: 'Password has a capital and a lowercase letter.',
    },
    letter: { valid: /[a-zA-Z]/g.test(value), message: 'Password has a letter.' },
    maxLength: {
      valid: value.length <= maxLength,
      message: `Password has no more than ${maxLength} characters.`,
    },
    notEmpty: {
      valid: Boolean(value.length > 0 && valueAgain.length > 0),
      message: 'Password fields are not empty.',
    },
    noSpaces: {
      valid: Boolean(value.length > 0 && !/\s/.test(value)),
      message: 'Password contains no spaces.',
    },
  }
  const enabled = checklistRules.filter((rule) => Boolean(ruleDefinitions[rule]))
  const isValid = enabled.every((rule) => ruleDefinitions[rule]!.valid)
  const failed = enabled.filter((rule) => !ruleDefinitions[rule]!.valid)
  return { isValid, failed }
}

// The floor: one pass over UTF-16 units, ASCII classes only, no normalisation, no checklist objects.
function handWritten(password: string) {
  let lower = 0
  let upper = 0
  let digits = 0
  let other = 0
  for (let i = 0; i < password.length; i++) {
    const c = password.charCodeAt(i)
    if (c >= 97 && c <= 122) lower++
    else if (c >= 65 && c <= 90) upper++
    else if (c >= 48 && c <= 57) digits++
    else other++
  }
  const length = password.length
  return {
    ok: lower >= 1 && upper >= 1 && digits >= 2 && length >= 8 && length <= 128 && other >= 1,
    lower,
    upper,
    digits,
    length,
    other,
  }
}

let sink: unknown
const contenders: [string, (password: string) => unknown][] = [
  ['@sesame/core checkPassword(classic)', (password) => checkPassword(presets.classic, password)],
  ['hand-written single pass (floor)', handWritten],
  ['password-validator (details)', (password) => validator.validate(password, { details: true })],
  ['react-password-checklist rule logic', (password) => reactPasswordChecklist(password)],
  ['check-password-strength', (password) => passwordStrength(password)],
]

// Every contender is optimised by the JIT before the first group is timed, so that the first
// length measured does not pay for the warm-up of the others.
for (const [, check] of contenders)
  for (let round = 0; round < 2_000; round++)
    for (const batch of batches) for (const p of batch) sink = check(p)

for (const batch of batches) {
  // run.mjs divides by the batch size named here.
  describe(`${batch[0]!.length} characters (×${BATCH} per iteration)`, () => {
    for (const [name, check] of contenders)
      bench(name, () => {
        for (const password of batch) sink = check(password)
      })
  })
}

// The long-input bar: a 1 MB password is answered, failing length.max, in about a
// millisecond. ASCII, then non-ASCII (every code point past U+0300, so the NFC path runs).
const megabyte = 1_048_576
const huge = [
  ['1 MB ASCII', passwordOf(megabyte, BASE)],
  ['1 MB non-ASCII (NFC path)', passwordOf(megabyte, 'éÉ中9!ß')],
] as const
function passwordOf(length: number, unit: string): string {
  return [...unit.repeat(Math.ceil(length / unit.length)).slice(0, length)].join('')
}
for (const [name, password] of huge)
  describe(name, () => {
    bench('@sesame/core checkPassword(classic)', () => {
      sink = checkPassword(presets.classic, password)
    })
    bench('hand-written single pass (floor)', () => {
      sink = handWritten(password)
    })
  })

export { sink }
