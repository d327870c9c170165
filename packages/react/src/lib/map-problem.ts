import type {
  ChooseNewPasswordError,
  LinkInvalidReason,
  RequestResetError,
} from '@sesame/core/flow'
import { isProblemError } from '../problem-error'

/** What a refusal means to the flow: a dead link, or a reason to stay on the screen. */
interface Outcome {
  readonly link?: LinkInvalidReason
  readonly password?: ChooseNewPasswordError
  readonly request?: RequestResetError
}

// The problem codes of @sesame/express's routes (see its problem.ts), each named once.
const OUTCOMES: Readonly<Record<string, Outcome>> = {
  token_malformed: { link: 'malformed' },
  token_invalid: { link: 'invalid' },
  token_expired: { link: 'expired' },
  token_stale: { link: 'stale' },
  // A used link is what `stale` stands for in the flow: it suggests signing in.
  token_used: { link: 'stale' },
  password_policy: { password: 'policy' },
  confirmation_mismatch: { password: 'mismatch' },
  rate_limited: { password: 'rate_limited', request: 'rate_limited' },
  invalid_field: { request: 'invalid_email' },
}

const outcomeOf = (error: unknown): Outcome | undefined =>
  isProblemError(error) && Object.hasOwn(OUTCOMES, error.code) ? OUTCOMES[error.code] : undefined

// A server that is not @sesame/express may answer no known code: its status still tells something.
const limited = (error: unknown) => isProblemError(error) && error.status === 429

export function linkReasonOf(error: unknown): LinkInvalidReason | undefined {
  return outcomeOf(error)?.link
}

export function passwordErrorOf(error: unknown): ChooseNewPasswordError {
  const known = outcomeOf(error)?.password
  if (known) return known
  if (limited(error)) return 'rate_limited'
  return isProblemError(error) && (error.checks !== undefined || error.status === 422)
    ? 'policy'
    : 'unavailable'
}

export function requestErrorOf(error: unknown): RequestResetError {
  const known = outcomeOf(error)?.request
  if (known) return known
  if (limited(error)) return 'rate_limited'
  return isProblemError(error) && (error.status === 400 || error.status === 422)
    ? 'invalid_email'
    : 'unavailable'
}
