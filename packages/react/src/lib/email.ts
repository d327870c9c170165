import { MAX_EMAIL_LENGTH } from '@sesame/core/wire'

// A plausibility check only (the server decides), linear, bounded like the server's field.
const EMAIL = /^[^\s@]+@[^\s@]+$/

// `'required'` for an empty field, `'invalid'` for something that cannot be an address.
export function emailProblem(value: string): 'required' | 'invalid' | undefined {
  const email = value.trim()
  if (email === '') return 'required'
  return email.length > MAX_EMAIL_LENGTH || !EMAIL.test(email) ? 'invalid' : undefined
}
