import { looksLikeEmail, MAX_EMAIL_LENGTH } from '@sesame/core/wire'
import type { SesameReactMessages } from '../messages'

/** What is wrong with an email field: empty, or something that cannot be an address. */
export type EmailProblem = 'required' | 'invalid'

// `'required'` for an empty field, `'invalid'` for something that cannot be an address.
export function emailProblem(value: string): EmailProblem | undefined {
  const email = value.trim()
  if (email === '') return 'required'
  // A plausibility check only, bounded like the server's field: the server decides.
  return email.length <= MAX_EMAIL_LENGTH && looksLikeEmail(email) ? undefined : 'invalid'
}

// The text under an email field, the same words on every screen.
export function emailText(
  problem: EmailProblem | undefined,
  text: Pick<SesameReactMessages, 'emailRequired' | 'invalidEmail'>,
): string | undefined {
  return problem === 'required'
    ? text.emailRequired
    : problem === 'invalid'
      ? text.invalidEmail
      : undefined
}
