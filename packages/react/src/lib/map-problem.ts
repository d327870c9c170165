import type {
  ChooseNewPasswordError,
  LinkInvalidReason,
  RequestResetError,
} from '@sesame/core/flow'
import type { ChallengeDescriptor } from '@sesame/core/wire'
import type { SesameReactMessages } from '../messages'
import { isProblemError, type ProblemError } from '../problem-error'

/**
 * What a refusal means to a lifecycle screen (sign-in, sign-up, change password, code,
 * activation, invitation): the problem code it stands for, or `unavailable` for anything else.
 */
export type FormProblem =
  | 'invalid_credentials'
  | 'challenge_required'
  | 'activation_required'
  | 'second_factor_required'
  | 'password_update_required'
  | 'password_reset_required'
  | 'not_signed_in'
  | 'code_invalid'
  | 'server_busy'
  | 'rate_limited'
  | 'policy'
  | 'mismatch'
  | 'invalid_field'
  | 'unavailable'

/** What a refusal means to the flow: a dead link, or a reason to stay on the screen. */
interface Outcome {
  readonly link?: LinkInvalidReason
  readonly password?: ChooseNewPasswordError
  readonly request?: RequestResetError
  readonly form?: FormProblem
}

// The problem codes of @sesame/express's routes (see its problem.ts), each named once.
const OUTCOMES: Readonly<Record<string, Outcome>> = {
  token_malformed: { link: 'malformed' },
  token_invalid: { link: 'invalid' },
  token_expired: { link: 'expired' },
  token_stale: { link: 'stale' },
  // A used link is what `stale` stands for in the flow: it suggests signing in.
  token_used: { link: 'stale' },
  password_policy: { password: 'policy', form: 'policy' },
  confirmation_mismatch: { password: 'mismatch', form: 'mismatch' },
  rate_limited: { password: 'rate_limited', request: 'rate_limited', form: 'rate_limited' },
  invalid_field: { request: 'invalid_email', form: 'invalid_field' },
  // A refused code ends the new-password step as a dead link does: back to the code.
  code_invalid: { link: 'invalid', form: 'code_invalid' },
  invalid_credentials: { form: 'invalid_credentials' },
  challenge_required: { form: 'challenge_required' },
  activation_required: { form: 'activation_required' },
  second_factor_required: { form: 'second_factor_required' },
  password_update_required: { form: 'password_update_required' },
  password_reset_required: { form: 'password_reset_required' },
  not_signed_in: { form: 'not_signed_in' },
  server_busy: { form: 'server_busy' },
}

const outcomeOf = (error: unknown): Outcome | undefined =>
  isProblemError(error) && Object.hasOwn(OUTCOMES, error.code) ? OUTCOMES[error.code] : undefined

// The word of a refusal for one layer: the table's for a known code, else (a server that is not
// @sesame/express may answer no known code) its status says a rate limit, `refused` when
// `refusing` holds, or `unavailable`.
function wordOf<Word extends string>(
  known: Word | undefined,
  error: unknown,
  refused: Word,
  refusing: (error: ProblemError) => boolean,
): Word | 'rate_limited' | 'unavailable' {
  if (known) return known
  if (!isProblemError(error)) return 'unavailable'
  if (error.status === 429) return 'rate_limited'
  return refusing(error) ? refused : 'unavailable'
}

export function linkReasonOf(error: unknown): LinkInvalidReason | undefined {
  return outcomeOf(error)?.link
}

export function passwordErrorOf(error: unknown): ChooseNewPasswordError {
  return wordOf(
    outcomeOf(error)?.password,
    error,
    'policy',
    (problem) => problem.checks !== undefined || problem.status === 422,
  )
}

export function requestErrorOf(error: unknown): RequestResetError {
  return wordOf(
    outcomeOf(error)?.request,
    error,
    'invalid_email',
    (problem) => problem.status === 400 || problem.status === 422,
  )
}

export function formProblemOf(error: unknown): FormProblem {
  return wordOf(outcomeOf(error)?.form, error, 'policy', (problem) => problem.status === 422)
}

// The descriptor of a `challenge_required` or `second_factor_required` problem, when well-formed.
export function descriptorOf(error: unknown): ChallengeDescriptor | undefined {
  if (!isProblemError(error)) return undefined
  const value = error.problem.challenge ?? error.problem.secondFactor
  if (typeof value !== 'object' || value === null) return undefined
  const { kind, data } = value as { kind?: unknown; data?: unknown }
  if (typeof kind !== 'string') return undefined
  return typeof data === 'object' && data !== null && !Array.isArray(data)
    ? { kind, data: data as ChallengeDescriptor['data'] & object }
    : { kind }
}

// Seconds a 429 or 503 asks to wait (its `retryAfter` member), at least one.
export function retryAfterOf(error: unknown): number {
  const value = isProblemError(error) ? error.problem.retryAfter : undefined
  return typeof value === 'number' && Number.isFinite(value) && value >= 1 ? Math.ceil(value) : 1
}

type FormTexts = Pick<
  SesameReactMessages,
  | 'invalidCredentials'
  | 'challengeRequired'
  | 'activationRequired'
  | 'notSignedIn'
  | 'serverBusy'
  | 'rateLimited'
  | 'unavailable'
>

// The whole-form words of each refusal that has its own; any other reads as `unavailable`.
const FORM_TEXTS: Partial<Record<FormProblem, Exclude<keyof FormTexts, 'serverBusy'>>> = {
  invalid_credentials: 'invalidCredentials',
  challenge_required: 'challengeRequired',
  activation_required: 'activationRequired',
  not_signed_in: 'notSignedIn',
  rate_limited: 'rateLimited',
}

// The text a lifecycle screen shows for the whole form: only for the problems it lists there
// (the others sit under a field, or move the screen to another step).
export function formText(
  problem: FormProblem | null,
  shown: readonly FormProblem[],
  retryAfter: number | undefined,
  text: FormTexts,
): string | undefined {
  if (problem === null || !shown.includes(problem)) return undefined
  if (problem === 'server_busy') return text.serverBusy(retryAfter ?? 1)
  return text[FORM_TEXTS[problem] ?? 'unavailable']
}
