import {
  type Blocklist,
  type Check,
  describeCheck,
  type PasswordContext,
  type Policy,
  type RuleAnswer,
  confirmationMatches as sameNfc,
} from '@sesame/core'
import type { ReusedCheck } from '@sesame/core/wire'
import { evaluateChecklist, type PasswordChecklistState } from '../controllers/checklist'
import type { ReactCatalogue } from '../locales/types'
import type { SesameReactMessages } from '../messages'
import { isProblemError } from '../problem-error'
import type { ErrorSummarySnapshot } from './error-summary'
import { type FieldState, patchField } from './field'
import { formProblemOf, retryAfterOf } from './map-problem'
import type { Store } from './store'

/** A check the server listed in a refusal: one of the policy's, or its `reused` check. */
export type ServerCheck = Check | ReusedCheck

/**
 * What every screen that sets a password (new password, sign-up, change) shows of the new
 * password and its confirmation; each screen's snapshot adds its own fields.
 */
export interface PasswordPairSnapshot<Field extends string> extends ErrorSummarySnapshot<Field> {
  /** The new password typed. */
  readonly password: string
  /** The confirmation typed. */
  readonly confirmation: string
  /** The new password is shown in clear. */
  readonly passwordVisible: boolean
  /** The confirmation is shown in clear. */
  readonly confirmationVisible: boolean
  /** The live checklist of the new password (with the server's `reused` once it said so). */
  readonly checklist: PasswordChecklistState
  /** No rule fails (pending ones are left to the server) and the password is not empty. */
  readonly rulesPass: boolean
  /** The confirmation is filled in and equals the new password. */
  readonly confirmationMatches: boolean
  /** Nothing blocks a submit. */
  readonly canSubmit: boolean
  /** The request is in flight. */
  readonly submitting: boolean
  /** A submit was tried (fields report `aria-invalid` from then on). */
  readonly submitted: boolean
  /** The checks the server refused (422), if any, its `reused` check included. */
  readonly serverChecks: readonly ServerCheck[] | undefined
  /** What a polite status region says, e.g. once the password is stored. */
  readonly statusMessage: string | undefined
}

/** What every screen that sets a password lets a UI do with the new password and its confirmation. */
export interface PasswordPairActions {
  /** Sets the new password. */
  setPassword(value: string): void
  /** Sets the confirmation. */
  setConfirmation(value: string): void
  /** The confirmation was left: a mismatch shows from then on. */
  blurConfirmation(): void
  /** Shows or masks the new password. */
  setPasswordVisible(visible: boolean): void
  /** Shows or masks the confirmation. */
  setConfirmationVisible(visible: boolean): void
}

/** The state a controller keeps of a new password, its confirmation and the server's refusal. */
interface PairState {
  readonly password: FieldState
  readonly confirmation: FieldState
  readonly serverChecks: readonly ServerCheck[] | undefined
}

/** How a controller forgets a refusal that the edit of a field answers. */
export interface PairRefusals<State> {
  /** After the new password changes (the server's checks are always dropped). */
  readonly password: (state: State) => Partial<State>
  /** After the confirmation changes. */
  readonly confirmation: (state: State) => Partial<State>
}

// The names of those actions, for a binding that hands them out.
export const PAIR_ACTIONS = [
  'setPassword',
  'setConfirmation',
  'blurConfirmation',
  'setPasswordVisible',
  'setConfirmationVisible',
] as const satisfies readonly (keyof PasswordPairActions)[]

/** The name of one of the pair's actions. */
export type PairAction = (typeof PAIR_ACTIONS)[number]

// The pair's actions on a controller's store: typing a field also clears what `clear` says it answers.
export function passwordPairActions<State extends PairState>(
  store: Pick<Store<State, object, unknown>, 'set'>,
  clear: PairRefusals<State>,
): PasswordPairActions {
  return {
    setPassword: (value) =>
      store.set((state) => ({
        ...patchField<State, 'password'>('password', { value })(state),
        ...clear.password(state),
        serverChecks: undefined,
      })),
    setConfirmation: (value) =>
      store.set((state) => ({
        ...patchField<State, 'confirmation'>('confirmation', { value })(state),
        ...clear.confirmation(state),
      })),
    blurConfirmation: () => store.set(patchField('confirmation', { touched: true })),
    setPasswordVisible: (visible) => store.set(patchField('password', { visible })),
    setConfirmationVisible: (visible) => store.set(patchField('confirmation', { visible })),
  }
}

/** What a new password and its confirmation are judged on, besides the controller's state. */
export interface PasswordPairInput {
  readonly policy: Policy
  readonly locale?: string | undefined
  /** The catalogues to negotiate among (default: the built-in English and French). */
  readonly catalogues?: readonly ReactCatalogue[] | undefined
  readonly context?: PasswordContext | undefined
  readonly blocklist?: Blocklist | undefined
  /** Answers of the asynchronous rules (the breach check). */
  readonly answers?: Readonly<Record<string, RuleAnswer>> | undefined
  readonly text: SesameReactMessages
  /** Why the server refused the last submission: its `policy` and `mismatch` are the pair's. */
  readonly refused: string | null
  /** Known to be breached (the breach check, or the server). */
  readonly breached?: boolean | undefined
}

/** What every controller that sets a password keeps of the form besides the pair's fields. */
export interface PairFormState extends PairState {
  readonly status: string
  readonly submitted: boolean
}

/** The checklist, the verdicts and the error texts of a new password and its confirmation. */
export interface PasswordPair {
  readonly checklist: PasswordChecklistState
  readonly rulesPass: boolean
  readonly confirmationMatches: boolean
  readonly serverLabels: readonly string[] | undefined
  readonly passwordError: string | undefined
  readonly confirmationError: string | undefined
}

// The one place where every screen that sets a password (reset, update, code, sign-up, change,
// invitation) decides what its checklist shows and what its errors say.
export function derivePasswordPair(state: PairFormState, input: PasswordPairInput): PasswordPair {
  const { policy, locale, text, refused } = input
  const { submitted, serverChecks } = state
  const password = state.password.value
  const confirmation = state.confirmation.value
  const base = evaluateChecklist(policy, password, {
    locale,
    context: input.context,
    blocklist: input.blocklist,
    answers: input.answers,
    messages: text,
    catalogues: input.catalogues,
  })
  // Only the server knows the previous passwords: its `reused` check joins the list once it says so.
  const reused = serverChecks?.some((check) => check.id === 'reused') === true
  const checklist: PasswordChecklistState = reused
    ? {
        ...base,
        ok: false,
        items: [
          ...base.items,
          { id: 'reused', type: 'reused', label: text.reused, state: 'unmet', status: text.notMet },
        ],
        missing: [...base.missing, text.reused],
      }
    : base
  // Pending rules (strength, breach, blocklist) cannot be decided here: the server checks them.
  const rulesPass = password !== '' && base.checks.every((check) => check.met !== false)
  // NFC forms compared, as the server does: the same password typed two ways matches.
  const confirmationMatches = confirmation !== '' && sameNfc(password, confirmation)
  const describe = input.catalogues ? { catalogues: input.catalogues } : {}
  const serverLabels = serverChecks
    ?.filter((check) => check.met !== true)
    .map((check) =>
      check.id === 'reused' ? text.reused : describeCheck(policy, check, locale, describe),
    )
  const unmet = (labels: readonly string[]) => `${text.policyFailed} ${text.unmet(labels)}`
  const passwordError = input.breached
    ? text.breached
    : serverLabels && serverLabels.length > 0
      ? unmet(serverLabels)
      : submitted && password === ''
        ? text.passwordRequired
        : submitted && !rulesPass
          ? unmet(checklist.missing)
          : refused === 'policy'
            ? text.policyFailed
            : undefined
  const confirmationError =
    submitted && confirmation === ''
      ? text.confirmationRequired
      : ((state.confirmation.touched || submitted) &&
            confirmation !== '' &&
            !confirmationMatches) ||
          refused === 'mismatch'
        ? text.mismatch
        : undefined
  return {
    checklist,
    rulesPass,
    confirmationMatches,
    serverLabels,
    passwordError,
    confirmationError,
  }
}

// The snapshot's fields of the pair, the same on every screen that sets a password.
export function pairFields(state: PairFormState, pair: PasswordPair) {
  return {
    password: state.password.value,
    confirmation: state.confirmation.value,
    passwordVisible: state.password.visible,
    confirmationVisible: state.confirmation.visible,
    checklist: pair.checklist,
    rulesPass: pair.rulesPass,
    confirmationMatches: pair.confirmationMatches,
    submitting: state.status === 'submitting',
    submitted: state.submitted,
    serverChecks: state.serverChecks,
  }
}

// What a refused submission of a lifecycle form that sets a password leaves in its state.
export function refusedPairState(error: unknown) {
  return {
    status: 'idle',
    error: formProblemOf(error),
    retryAfter: retryAfterOf(error),
    serverChecks: serverChecksOf(error),
  } as const
}

// The checks of a 422 `password_policy` answer, with the server's `reused` check kept.
export function serverChecksOf(error: unknown): ServerCheck[] | undefined {
  return isProblemError(error) && Array.isArray(error.problem.checks)
    ? (error.problem.checks as ServerCheck[])
    : undefined
}
