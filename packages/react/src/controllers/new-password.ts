import type { PasswordContext, Policy, RuleAnswer } from '@sesame/core'
import type { BreachCheckerOptions } from '@sesame/core/breach'
import {
  type ChooseNewPasswordError,
  type FlowEvent,
  type FlowState,
  initialState,
  type PasswordChangeMode,
} from '@sesame/core/flow'
import type {
  ChallengeDescriptor,
  ResetPasswordRequest,
  ResetPasswordWithCodeRequest,
} from '@sesame/core/wire'
import {
  createSesameClient,
  type ResetPasswordResult,
  type SesameClient,
  type VerifyResetTokenResult,
} from '../client'
import { type BreachAnswer, createBreachCheck } from '../lib/breach'
import { type Refusal, refuseFields, summaryOf } from '../lib/error-summary'
import { blankField, type FieldState, patchField, submittedFields } from '../lib/field'
import { advance } from '../lib/flow-events'
import { callRoute, createInFlight, sendRequest } from '../lib/in-flight'
import {
  descriptorOf,
  type FormProblem,
  formProblemOf,
  formText,
  linkReasonOf,
  passwordErrorOf,
} from '../lib/map-problem'
import {
  derivePasswordPair,
  type PasswordPairActions,
  type PasswordPairSnapshot,
  pairFields,
  passwordPairActions,
  type ServerCheck,
  serverChecksOf,
} from '../lib/password-pair'
import { type Controller, createStore } from '../lib/store'
import { getMessages } from '../messages'
import { isProblemError } from '../problem-error'
import type { PolicyScreenOptions } from './screen-options'

/**
 * What the new-password form sends (`POST /reset-password`'s body): the link's (or the update)
 * token, or the email and the code of the reset email, and the new password twice.
 */
export type ResetPasswordSubmission = ResetPasswordRequest

/** What lets the new password be set: a token (link, update, invitation) or an email and its code. */
export type PasswordGrant =
  | { readonly token: string }
  | Omit<ResetPasswordWithCodeRequest, 'password' | 'confirmation'>

/** The fields of the new-password form, in screen order. */
export type NewPasswordField = 'password' | 'confirmation'

/** Options of {@link createNewPasswordController}; {@link NewPasswordController.setOptions} replaces them. */
export interface NewPasswordControllerOptions extends PolicyScreenOptions {
  /** What the password is compared with (`notContextual` rule), e.g. `{ email }`. */
  context?: PasswordContext | undefined
  /** Replaces `client.verifyResetToken`. */
  verify?:
    | ((token: string, init: { signal: AbortSignal }) => Promise<VerifyResetTokenResult>)
    | undefined
  /** Replaces `client.resetPassword`; throw a `ProblemError` to report a refusal. */
  submit?:
    | ((
        values: ResetPasswordSubmission,
        init: { signal: AbortSignal },
      ) => Promise<ResetPasswordResult | undefined>)
    | undefined
  /**
   * Checks the new password against Have I Been Pwned when the field is left and before
   * sending (`true`, or `createBreachChecker` options). `@sesame/core/breach` loads on first use.
   */
  breach?: boolean | Partial<BreachCheckerOptions> | undefined
  /** Called once the new password is stored. */
  onSuccess?: ((result: ResetPasswordResult) => void) | undefined
}

/** Error texts of the new-password form, localised; `undefined` when there is nothing to show. */
export interface ResetPasswordFormErrors {
  /** Under the new password (after a failed submit), naming the rules it fails. */
  readonly password: string | undefined
  /** Under the confirmation (empty, or a mismatch once the field was left). */
  readonly confirmation: string | undefined
  /** For the whole form (rate limited, service unavailable). */
  readonly form: string | undefined
  /** Why the link cannot be used (expired, already used, invalid), once the flow says so. */
  readonly link: string | undefined
}

/** Everything the new-password screen shows, derived by {@link createNewPasswordController}. */
export interface NewPasswordSnapshot extends PasswordPairSnapshot<NewPasswordField> {
  /** Where the user is in the flow (`chooseNewPassword`, `linkInvalid`, `done`...). */
  readonly flow: FlowState
  /** Answers of the asynchronous rules (the breach check), for a checklist of your own. */
  readonly answers: Readonly<Record<string, RuleAnswer>> | undefined
  /** A breach check is in flight. */
  readonly checkingBreach: boolean
  /** The link is being verified. */
  readonly verifying: boolean
  /** Labels of the checks the server refused, in the checklist's words. */
  readonly serverLabels: readonly string[] | undefined
  /** Localised error texts. */
  readonly errors: ResetPasswordFormErrors
  /** The link could not be checked (network failure, rate limit): offer {@link NewPasswordController.retry}. */
  readonly canRetry: boolean
  /** The password was set but the account has a second factor: what the app's next step needs. */
  readonly secondFactor: ChallengeDescriptor | undefined
}

/** The new-password screen without a UI: reset links and the migrated-account update. */
export interface NewPasswordController
  extends Controller<NewPasswordControllerOptions, NewPasswordSnapshot>,
    PasswordPairActions {
  /** The new password field was left: runs the breach check if enabled. */
  blurPassword(): void
  /**
   * Verifies `token` without using it up. `undefined` verifies the token given before again
   * (a remount), or, when there was none, is an invalid link.
   */
  start(token: string | undefined): void
  /**
   * Starts on a grant known to be good without verifying it: the update token of a sign-in's
   * `password_update_required`, an invitation's token, or the email and code of a reset email.
   */
  begin(grant: PasswordGrant, verified?: { mode?: PasswordChangeMode; expiresAt?: string }): void
  /** Verifies the link again (after a network failure). */
  retry(): void
  /** Sends the form; resolves `true` once the password is stored, `false` when refused. */
  submit(): Promise<boolean>
}

interface State {
  readonly token: string | undefined
  // The email and code of a reset email, instead of a token.
  readonly code: Omit<ResetPasswordWithCodeRequest, 'password' | 'confirmation'> | undefined
  readonly secondFactor: ChallengeDescriptor | undefined
  readonly password: FieldState
  readonly confirmation: FieldState
  readonly submitted: boolean
  readonly status: 'verifying' | 'idle' | 'submitting'
  readonly flow: FlowState
  // A failure outside the flow's own errors: the link could not be checked at all.
  readonly verifyError: 'rate_limited' | 'unavailable' | null
  readonly serverChecks: readonly ServerCheck[] | undefined
  // The last submission's refusal, cleared by the next attempt (the flow state keeps it for good).
  readonly submitError: ChooseNewPasswordError | 'breached' | null
  readonly breach: BreachAnswer | undefined
  readonly checkingBreach: boolean
  readonly refusal: Refusal<NewPasswordField> | undefined
}

const FIELDS = ['password', 'confirmation'] as const
// The refusals said for the whole form (the link's have their own text).
const FORM_PROBLEMS: readonly FormProblem[] = ['rate_limited', 'unavailable']

function breachAnswers(
  policy: Policy,
  breach: BreachAnswer | undefined,
  password: string,
): Readonly<Record<string, RuleAnswer>> | undefined {
  if (breach?.password !== password) return undefined
  const ids = policy.rules.filter((rule) => rule.type === 'notBreached').map((rule) => rule.id)
  if (ids.length === 0) return undefined
  return Object.fromEntries(ids.map((id) => [id, { met: !breach.breached, actual: breach.count }]))
}

function derive(state: State, options: NewPasswordControllerOptions): NewPasswordSnapshot {
  const { policy, locale, catalogues } = options
  const text = getMessages(locale, options.messages, catalogues)
  const password = state.password.value
  const answers = breachAnswers(policy, state.breach, password)
  const { submitError, flow } = state
  const breached =
    (state.breach?.password === password && state.breach.breached) || submitError === 'breached'
  const pair = derivePasswordPair(state, {
    policy,
    locale,
    catalogues,
    context: options.context,
    blocklist: options.blocklist,
    answers,
    text,
    refused: submitError,
    breached,
  })
  const formCode =
    submitError === 'rate_limited' || submitError === 'unavailable'
      ? submitError
      : state.verifyError
  const fieldErrors = { password: pair.passwordError, confirmation: pair.confirmationError }

  return {
    flow,
    ...pairFields(state, pair),
    answers,
    canSubmit:
      pair.rulesPass &&
      pair.confirmationMatches &&
      state.status === 'idle' &&
      flow.step === 'chooseNewPassword',
    checkingBreach: state.checkingBreach,
    verifying: state.status === 'verifying',
    serverLabels: pair.serverLabels,
    errors: {
      ...fieldErrors,
      form: formText(formCode, FORM_PROBLEMS, undefined, text),
      link:
        flow.step !== 'linkInvalid'
          ? undefined
          : state.code
            ? text.codeInvalid
            : flow.reason === 'expired'
              ? text.linkExpired
              : flow.reason === 'stale'
                ? text.linkStale
                : text.linkInvalid,
    },
    ...summaryOf(state.refusal, fieldErrors),
    statusMessage:
      flow.step === 'done'
        ? state.secondFactor
          ? `${text.done} ${text.secondFactorRequired}`
          : text.done
        : state.status === 'verifying'
          ? text.verifying
          : undefined,
    canRetry: state.verifyError !== null && state.status === 'idle',
    secondFactor: state.secondFactor,
  }
}

/** What a screen with a new-password step (sign-in's update, the code's second step) passes on to it. */
export type PasswordStepOptions = Pick<
  NewPasswordControllerOptions,
  'policy' | 'locale' | 'catalogues' | 'client' | 'blocklist' | 'breach' | 'messages'
>

// The options of such a step: the screen's policy, texts and client, the email as the context.
export function passwordStepOptions(
  from: PasswordStepOptions,
  client: SesameClient,
  email: string,
  onSuccess: (result: ResetPasswordResult) => void,
): NewPasswordControllerOptions {
  return {
    policy: from.policy,
    locale: from.locale,
    catalogues: from.catalogues,
    client: from.client ?? client,
    blocklist: from.blocklist,
    breach: from.breach,
    messages: from.messages,
    context: { email },
    onSuccess,
  }
}

/**
 * The new-password screen (a reset link, or a migrated account's required update) as a
 * framework-free controller: it owns the fields, the live checklist, the show/hide state, the
 * breach check, the link verification, the submit and every text and error it shows. Bind it
 * to a UI with `subscribe` / `getSnapshot` (React's `useSyncExternalStore`, a Vue `shallowRef`...).
 *
 * @example
 * const controller = createNewPasswordController({ policy, locale: 'fr' })
 * controller.subscribe(() => render(controller.getSnapshot()))
 * controller.start(token)
 */
export function createNewPasswordController(
  options: NewPasswordControllerOptions,
): NewPasswordController {
  const store = createStore<State, NewPasswordControllerOptions, NewPasswordSnapshot>(
    {
      token: undefined,
      code: undefined,
      secondFactor: undefined,
      password: blankField,
      confirmation: blankField,
      submitted: false,
      status: 'verifying',
      flow: initialState,
      verifyError: null,
      serverChecks: undefined,
      submitError: null,
      breach: undefined,
      checkingBreach: false,
      refusal: undefined,
    },
    options,
    derive,
  )
  const breach = createBreachCheck(() => {
    const setting = store.options().breach
    return typeof setting === 'object' ? setting : {}
  })
  const inFlight = createInFlight()
  // Same origin, root: used while the options name no client of their own.
  const defaultClient = createSesameClient()
  const client = () => store.options().client ?? defaultClient
  const send = (event: FlowEvent) => store.set((state) => ({ flow: advance(state.flow, event) }))
  const refuseWithErrors = () => refuseFields(store, FIELDS)
  // The answer for `password`, from the last blur when it was for the same password.
  const breachAnswer = async (password: string): Promise<BreachAnswer | undefined> => {
    const known = store.state().breach
    if (known?.password === password) return known
    store.set({ checkingBreach: true })
    const result = await breach.check(password).catch(() => null)
    // `undefined`: a newer check overtook this one and will clear the flag itself.
    if (result === undefined) return undefined
    if (result === null) {
      store.set({ checkingBreach: false })
      return undefined
    }
    const answer = { ...result, password }
    store.set({ breach: answer, checkingBreach: false })
    return answer
  }

  async function verify(token: string) {
    const signal = inFlight.next()
    const { verify: customVerify } = store.options()
    store.set({ status: 'verifying', verifyError: null })
    try {
      const answer = customVerify
        ? await customVerify(token, { signal })
        : await client().verifyResetToken(token, { signal })
      if (signal.aborted) return
      const expiresAt =
        typeof answer.expiresAt === 'string' && !Number.isNaN(Date.parse(answer.expiresAt))
          ? answer.expiresAt
          : new Date().toISOString()
      // @sesame/express answers the token's `purpose`; migrated accounts get 'update' tokens.
      const update = answer.mode === 'update' || answer.purpose === 'update'
      send({ type: 'linkVerified', mode: update ? 'update' : 'reset', expiresAt })
      store.set({ status: 'idle' })
    } catch (error) {
      if (signal.aborted) return
      const reason = linkReasonOf(error)
      if (reason) send({ type: 'linkRejected', reason })
      const limited = isProblemError(error) && error.status === 429
      store.set({
        status: 'idle',
        verifyError: reason ? null : limited ? 'rate_limited' : 'unavailable',
      })
    }
  }

  return {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    setOptions: store.setOptions,
    ...passwordPairActions(store, {
      password: (state) =>
        state.submitError === 'policy' || state.submitError === 'breached'
          ? { submitError: null }
          : {},
      confirmation: (state) => (state.submitError === 'mismatch' ? { submitError: null } : {}),
    }),
    blurPassword() {
      store.set(patchField('password', { touched: true }))
      const password = store.state().password.value
      if (store.options().breach && password !== '') void breachAnswer(password)
    },
    start(given) {
      const token = given ?? store.state().token
      store.set({ token })
      if (token !== undefined) {
        void verify(token)
        return
      }
      send({ type: 'linkRejected', reason: 'malformed' })
      store.set({ status: 'idle' })
    },
    begin(grant, verified = {}) {
      inFlight.abort()
      const code = 'code' in grant ? { email: grant.email, code: grant.code } : undefined
      const token = 'token' in grant ? grant.token : undefined
      const expiresAt =
        verified.expiresAt !== undefined && !Number.isNaN(Date.parse(verified.expiresAt))
          ? verified.expiresAt
          : new Date().toISOString()
      store.set({ token, code, secondFactor: undefined, status: 'idle', verifyError: null })
      send({ type: 'linkVerified', mode: verified.mode ?? 'reset', expiresAt })
    },
    retry() {
      const { token } = store.state()
      if (token !== undefined) void verify(token)
    },
    async submit() {
      const state = store.state()
      store.set({ submitted: true, ...submittedFields(state, FIELDS, false) })
      const { token, code, status, flow } = state
      if (status !== 'idle' || flow.step !== 'chooseNewPassword' || !(token || code)) return false
      if (!store.getSnapshot().canSubmit) {
        refuseWithErrors()
        return false
      }
      const options = store.options()
      const password = state.password.value
      const signal = inFlight.next()
      store.set({ status: 'submitting', submitError: null })
      if (options.breach) {
        const answer = await breachAnswer(password)
        if (signal.aborted) return false
        store.set({ checkingBreach: false })
        if (answer?.breached) {
          store.set({ status: 'idle', submitError: 'breached' })
          refuseWithErrors()
          return false
        }
      }
      // Masked again before the browser's password manager reads the form.
      store.set(submittedFields(store.state(), FIELDS, true))
      const confirmation = state.confirmation.value
      const values: ResetPasswordSubmission = code
        ? { ...code, password, confirmation }
        : { token: token ?? '', password, confirmation }
      // The password has done its job: do not keep it in memory.
      const forget = {
        status: 'idle',
        password: blankField,
        confirmation: blankField,
        token: undefined,
        code: undefined,
        breach: undefined,
      } as const
      return sendRequest(
        signal,
        async () =>
          (await callRoute(values, signal, options, (body, init) =>
            client().resetPassword(body, init),
          )) ?? {},
        {
          done(result) {
            send({ type: 'passwordChanged', signedIn: result.signedIn === true })
            store.set(forget)
            options.onSuccess?.(result)
            return true
          },
          failed(error) {
            // Set, but no session: the account's second factor is the app's next step.
            if (formProblemOf(error) === 'second_factor_required') {
              send({ type: 'passwordChanged', signedIn: false })
              store.set({ ...forget, secondFactor: descriptorOf(error) ?? { kind: 'unknown' } })
              options.onSuccess?.({ status: 'password_changed', signedIn: false })
              return true
            }
            const reason = linkReasonOf(error)
            const submitError = reason ? null : passwordErrorOf(error)
            if (reason) send({ type: 'linkRejected', reason })
            else if (submitError) send({ type: 'passwordRejected', reason: submitError })
            store.set({ status: 'idle', submitError, serverChecks: serverChecksOf(error) })
            refuseWithErrors()
            return false
          },
        },
      )
    },
    stop() {
      inFlight.abort()
      breach.cancel()
      // An aborted submit must not leave the form locked; an aborted verification restarts with `start`.
      store.set((state) => ({
        checkingBreach: false,
        status: state.status === 'submitting' ? 'idle' : state.status,
      }))
    },
  }
}
