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

// react-password-checklist 1.8.1's rule logic, as its component runs it on every render with a new
// value: the defaults of its props (a new special-character regex and an empty messages object),
// ruleDefinitions built with every rule and its message, then isValid and failedRules. The list
// of enabled rules is memoised by the component (useMemo on the rules prop), so it is computed
// once here too; the props spread, hooks and rendering are left out.
const hasCapital = (value: string): boolean => {
  if (value.length === 0) return false
  for (let i = 0; i < value.length; i++) {
    const c = value.charAt(i)
    if (c === c.toLowerCase()) continue
    if (c === c.toUpperCase()) return true
  }
  return false
}
const hasLower = (value: string): boolean => {
  if (value.length === 0) return false
  for (let i = 0; i < value.length; i++) {
    const c = value.charAt(i)
    if (c === c.toUpperCase()) continue
    if (c === c.toLowerCase()) return true
  }
  return false
}
type ChecklistMessages = Partial<Record<string, string>>
function ruleDefinitionsOf(
  value: string,
  valueAgain: string,
  minLength: number,
  maxLength: number,
  specialCharsRegex = /[~`¿¡!#$%^&*€£@+÷=\-[\]\\';,/{}()|\\":<>?._]/g,
  messages: ChecklistMessages = {},
): Record<string, { valid: boolean; message: string }> {
  return {
    minLength: {
      valid: value.length >= (minLength || 100),
      message: messages.minLength || `Password has at least ${minLength} characters.`,
    },
    specialChar: {
      valid: specialCharsRegex.test(value),
      message: messages.specialChar || 'Password has special characters.',
    },
    number: { valid: /\d/g.test(value), message: messages.number || 'Password has a number.' },
    match: {
      valid: value.length > 0 && value === valueAgain,
      message: messages.match || 'Passwords match.',
    },
    capital: {
      valid: hasCapital(value),
      message: messages.capital || 'Password has a capital letter.',
    },
    lowercase: {
      valid: hasLower(value),
      message: messages.lowercase || 'Password has a lowercase letter.',
    },
    capitalAndLowercase: {
      valid: hasCapital(value) && hasLower(value),
      message:
        messages.capitalAndLowercase ||
        'Password contains at least one uppercase and lowercase characters.',
    },
    letter: {
      valid: /[a-zA-Z]/g.test(value),
      message: messages.letter || 'Password has a letter.',
    },
    maxLength: {
      valid: value.length <= (maxLength || 16),
      message: messages.maxLength || `Password has no more than ${maxLength} characters.`,
    },
    notEmpty: {
      valid: Boolean(value.length > 0 && valueAgain && valueAgain.length > 0),
      message: messages.notEmpty || 'Password fields are not empty.',
    },
    noSpaces: {
      valid: Boolean(value.length > 0 && !/\s/.test(value)),
      message: messages.noSpaces || 'Password contains no spaces.',
    },
  }
}
const checklistRules = ['minLength', 'specialChar', 'number', 'capital', 'lowercase', 'maxLength']
const enabledRules = checklistRules.filter((rule) =>
  Boolean(ruleDefinitionsOf('', '', 8, 128)[rule]),
)
function reactPasswordChecklist(value: string, valueAgain = '', minLength = 8, maxLength = 128) {
  const ruleDefinitions = ruleDefinitionsOf(value, valueAgain, minLength, maxLength)
  const isValid = enabledRules.every((rule) => ruleDefinitions[rule]!.valid)
  const failed = enabledRules.filter((rule) => !ruleDefinitions[rule]!.valid)
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

// The same pass, answering what checkPassword answers: one fresh check per rule, in policy order.
// What the checklist objects cost, next to the floor above.
function handWrittenChecklist(password: string) {
  const { lower, upper, digits, length, other } = handWritten(password)
  const checks = [
    { id: 'lowercase', type: 'lowercase', met: lower >= 1, required: 1, actual: lower },
    { id: 'uppercase', type: 'uppercase', met: upper >= 1, required: 1, actual: upper },
    { id: 'digits', type: 'digits', met: digits >= 2, required: 2, actual: digits },
    {
      id: 'length',
      type: 'length',
      met: length >= 8 && length <= 128,
      required: 8,
      actual: length,
      max: 128,
      tooLong: length > 128,
    },
    { id: 'special', type: 'special', met: other >= 1, required: 1, actual: other },
  ]
  return { ok: checks.every((check) => check.met), pending: false, checks }
}

let sink: unknown
const contenders: [string, (password: string) => unknown][] = [
  ['@sesame/core checkPassword(classic)', (password) => checkPassword(presets.classic, password)],
  ['hand-written single pass (floor)', handWritten],
  ['hand-written single pass, checklist result', handWrittenChecklist],
  ['password-validator (details)', (password) => validator.validate(password, { details: true })],
  ['react-password-checklist rule logic', (password) => reactPasswordChecklist(password)],
  ['check-password-strength', (password) => passwordStrength(password)],
]

// Every contender is optimised by the JIT before the first group is timed, so that the first
// length measured does not pay for the warm-up of the others.
for (const [, check] of contenders)
  for (let round = 0; round < 2_000; round++)
    for (const batch of batches) for (const p of batch) sink = check(p)

// This machine's speed drifts by up to 2× over seconds (shared cores): a group whose contenders
// ran in different phases would compare apples and pears. Each group runs ROUNDS times, in turn
// with the others, and run.mjs keeps each contender's fastest round (noise only ever adds time).
const ROUNDS = 5
// Short rounds: more chances for each contender to run in a fast phase.
const ROUND = { time: 200, warmupTime: 20 }
for (let round = 1; round <= ROUNDS; round++)
  // run.mjs divides by the batch size and merges the rounds named here.
  for (const batch of batches)
    describe(`${batch[0]!.length} characters (×${BATCH} per iteration) [round ${round}]`, () => {
      for (const [name, check] of contenders)
        bench(
          name,
          () => {
            for (const password of batch) sink = check(password)
          },
          ROUND,
        )
    })

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
for (let round = 1; round <= ROUNDS; round++)
  for (const [name, password] of huge)
    describe(`${name} [round ${round}]`, () => {
      bench('@sesame/core checkPassword(classic)', () => {
        sink = checkPassword(presets.classic, password)
      })
      bench('hand-written single pass (floor)', () => {
        sink = handWritten(password)
      })
    })

export { sink }
