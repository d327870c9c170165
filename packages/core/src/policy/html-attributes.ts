import type { Policy } from './types'

/** Attributes for the new-password `<input>` derived from a policy. */
export interface PasswordInputAttributes {
  /** Largest `length.min` of the policy's top-level rules. */
  minLength?: number
  /** Smallest `length.max` of the policy's top-level rules. */
  maxLength?: number
  /** Always `'new-password'`, so password managers offer to generate one. */
  autoComplete: 'new-password'
  /** Apple's password rules, read by Safari's password generator. */
  passwordrules: string
}

const REQUIRED: Partial<Record<string, string>> = {
  lowercase: 'lower',
  uppercase: 'upper',
  digits: 'digit',
  special: 'special',
}

// Apple's custom classes need `-` first and `]` last.
function customClass(characters: string): string {
  const chars = [...new Set(characters)].filter((c) => c !== '-' && c !== ']').join('')
  return `[${characters.includes('-') ? '-' : ''}${chars}${characters.includes(']') ? ']' : ''}]`
}

/**
 * `minLength`, `maxLength`, `autoComplete` and Apple's `passwordrules` for the password field.
 * `anyOf` alternatives cannot be expressed and are left out.
 */
export function htmlAttributes(policy: Policy): PasswordInputAttributes {
  let min: number | undefined
  let max: number | undefined
  let repeated: number | undefined
  const required: string[] = []
  for (const rule of policy.rules) {
    if (rule.type === 'length') {
      if (rule.min > 0) min = Math.max(min ?? 0, rule.min)
      if (rule.max !== undefined) max = Math.min(max ?? rule.max, rule.max)
    } else if (rule.type === 'maxRepeated') repeated = Math.min(repeated ?? rule.max, rule.max)
    else if (rule.type === 'special' && rule.characters !== undefined)
      required.push(`required: ${customClass(rule.characters)};`)
    else if (REQUIRED[rule.type] !== undefined) required.push(`required: ${REQUIRED[rule.type]};`)
  }
  const rules = [
    min === undefined ? '' : `minlength: ${min};`,
    max === undefined ? '' : `maxlength: ${max};`,
    ...required,
    repeated === undefined ? '' : `max-consecutive: ${repeated};`,
  ]
  return {
    ...(min === undefined ? {} : { minLength: min }),
    ...(max === undefined ? {} : { maxLength: max }),
    autoComplete: 'new-password',
    passwordrules: rules.filter(Boolean).join(' '),
  }
}
