import type { CoreCatalogue } from '../messages/catalog'

/** English texts of `@sesame/core` (the fallback of every negotiation). */
export const en = {
  locale: 'en',
  core: {
    heading: 'Your password must contain:',
    or: ' or ',
    among: ' among ',
    mismatch: 'The two passwords do not match.',
    rules: {
      length: { one: '{count} character', other: '{count} characters' },
      maxLength: { one: 'at most {count} character', other: 'at most {count} characters' },
      lowercase: { one: '{count} lowercase letter', other: '{count} lowercase letters' },
      uppercase: { one: '{count} uppercase letter', other: '{count} uppercase letters' },
      digits: { one: '{count} digit', other: '{count} digits' },
      letters: { one: '{count} letter', other: '{count} letters' },
      special: { one: '{count} special character', other: '{count} special characters' },
      maxRepeated: {
        one: 'no more than {count} identical character in a row',
        other: 'no more than {count} identical characters in a row',
      },
      notCommon: 'not a common password',
      notContextual: 'not your name or email address',
      match: 'the same as the confirmation',
      strength: 'hard to guess',
      notBreached: 'not found in known data breaches',
      wellFormed: 'no invisible or invalid character',
    },
  },
} as const satisfies CoreCatalogue
