import type { Blocklist, Check, PasswordContext, Policy, RuleAnswer } from '@sesame/core'
import type { FlowState } from '@sesame/core/flow'
import { type FormEvent, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import {
  createSesameClient,
  type ResetPasswordResult,
  type SesameClient,
  type VerifyResetTokenResult,
} from './client'
import {
  createResetPasswordController,
  type ResetControllerOptions,
  type ResetPasswordSubmission,
} from './lib/reset-password-controller'
import { readTokenFromHash, removeTokenFromUrl } from './lib/reset-token-url'
import { getMessages, type SesameReactMessages } from './messages'
import {
  type BreachCheckState,
  type UseBreachCheckOptions,
  useBreachCheck,
} from './use-breach-check'
import { type PasswordChecklistState, usePasswordChecklist } from './use-password-checklist'

export type { ResetPasswordSubmission }

/** Options of {@link useResetPasswordForm}. */
export interface ResetPasswordFormOptions {
  /** The policy the new password must meet (see {@link usePolicy}). */
  policy: Policy
  /**
   * The reset token. Default: read once from the URL fragment (`#token=…`) after mount, then
   * removed from the address bar with `history.replaceState`.
   */
  token?: string
  /** Language of the labels and messages (default English; `'fr'` for French). */
  locale?: string | undefined
  /** What the password is compared with (`notContextual` rule), e.g. `{ email }`. */
  context?: PasswordContext | undefined
  /** Enables the `notCommon` rule in the browser (e.g. from `@sesame/core/blocklist`). */
  blocklist?: Blocklist | undefined
  /** Talks to the `@sesame/express` routes (default: `createSesameClient()`, same origin). */
  client?: SesameClient
  /** Replaces `client.verifyResetToken` (called once, on mount). */
  verify?: (token: string, init: { signal: AbortSignal }) => Promise<VerifyResetTokenResult>
  /** Replaces `client.resetPassword`; throw a `ProblemError` to report a refusal. */
  submit?: (
    values: ResetPasswordSubmission,
    init: { signal: AbortSignal },
  ) => Promise<ResetPasswordResult | undefined>
  /**
   * Checks the new password against Have I Been Pwned when the field is left and before
   * sending (`true`, or `createBreachChecker` options). `@sesame/core/breach` loads on first use.
   */
  breach?: boolean | UseBreachCheckOptions | undefined
  /** Called once the new password is stored. */
  onSuccess?: (result: ResetPasswordResult) => void
  /** Text overrides. */
  messages?: Partial<SesameReactMessages> | undefined
}

/** Error texts of the reset form, localised; `undefined` when there is nothing to show. */
export interface ResetPasswordFormErrors {
  /** Under the new password (after a failed submit). */
  readonly password: string | undefined
  /** Under the confirmation (mismatch, once the field was left or a submit was tried). */
  readonly confirmation: string | undefined
  /** For the whole form (rate limited, service unavailable). */
  readonly form: string | undefined
}

/** What {@link useResetPasswordForm} returns. */
export interface ResetPasswordFormState {
  /** Where the user is in the flow (`chooseNewPassword`, `linkInvalid`, `done`...). */
  readonly flow: FlowState
  /** The new password. */
  readonly password: string
  /** Sets the new password. */
  readonly setPassword: (value: string) => void
  /** The confirmation. */
  readonly confirmation: string
  /** Sets the confirmation. */
  readonly setConfirmation: (value: string) => void
  /** Marks the confirmation as left (a mismatch is shown from then on). */
  readonly blurConfirmation: () => void
  /** Call when the new password field is left: runs the breach check if enabled. */
  readonly blurPassword: () => void
  /** A breach check is in flight. */
  readonly checkingBreach: boolean
  /** The new password is shown in clear. */
  readonly passwordVisible: boolean
  /** Shows or masks the new password. */
  readonly setPasswordVisible: (visible: boolean) => void
  /** The confirmation is shown in clear. */
  readonly confirmationVisible: boolean
  /** Shows or masks the confirmation. */
  readonly setConfirmationVisible: (visible: boolean) => void
  /** The live checklist of the new password. */
  readonly checklist: PasswordChecklistState
  /** Answers of asynchronous rules (the breach check), for `<PasswordChecklist answers>`. */
  readonly answers: Readonly<Record<string, RuleAnswer>> | undefined
  /** The confirmation is filled in and equals the password. */
  readonly confirmationMatches: boolean
  /** No rule fails (pending ones are left to the server), the confirmation matches, the link is verified and nothing is in flight. */
  readonly canSubmit: boolean
  /** The link is being verified. */
  readonly verifying: boolean
  /** The new password is being sent. */
  readonly submitting: boolean
  /** A submit was tried (fields report `aria-invalid` from then on). */
  readonly submitted: boolean
  /** The checks the server refused (422), if any. */
  readonly serverChecks: readonly Check[] | undefined
  /** Localised error texts. */
  readonly errors: ResetPasswordFormErrors
  /** Sends the form; pass it to `<form onSubmit>`. Resolves `true` once the password is stored. */
  readonly handleSubmit: (event?: FormEvent) => Promise<boolean>
  /** The link could not be checked (network failure, rate limit): offer {@link ResetPasswordFormState.retry}. */
  readonly canRetry: boolean
  /** Verifies the link again (after a network failure). */
  readonly retry: () => void
}

/**
 * The reset screen's logic ("Mettre à jour mon mot de passe"): new password and confirmation
 * with visibility toggles and the live checklist, the token read from the URL fragment and
 * removed from the address bar, the link verified on mount, server refusals mapped to fields,
 * and the flow state of `@sesame/core/flow`. Render it with {@link ResetPasswordForm} or your
 * own markup.
 */
export function useResetPasswordForm(options: ResetPasswordFormOptions): ResetPasswordFormState {
  const optionsRef = useRef(options)
  optionsRef.current = options
  const [defaultClient] = useState(() => createSesameClient())
  const breach = useBreachCheck(typeof options.breach === 'object' ? options.breach : {})
  const breachRef = useRef(breach)
  breachRef.current = breach
  const [controller] = useState(() =>
    createResetPasswordController((): ResetControllerOptions => {
      const current = optionsRef.current
      const precheck = current.breach
        ? async (password: string) =>
            (await breachRef.current.check(password))?.breached ? ('breached' as const) : null
        : undefined
      return { ...current, client: current.client ?? defaultClient, precheck }
    }),
  )
  const state = useSyncExternalStore(
    controller.store.subscribe,
    controller.store.get,
    controller.store.get,
  )
  const text = getMessages(options.locale, options.messages)

  const tokenProp = options.token
  useEffect(() => {
    // Kept by the controller: StrictMode's second run finds the fragment already cleaned.
    let token = tokenProp ?? controller.store.get().token
    if (token === undefined && typeof window !== 'undefined') {
      token = readTokenFromHash(window.location)
      removeTokenFromUrl(window.location, window.history)
    }
    controller.start(token)
    return () => controller.stop()
  }, [controller, tokenProp])

  const breached =
    breach.result?.password === state.password && breach.result.breached ? true : undefined
  const answers = useBreachAnswers(options.policy, breach.result, state.password)
  const checklist = usePasswordChecklist(options.policy, state.password, { ...options, answers })
  const confirmationMatches = state.confirmation !== '' && state.confirmation === state.password
  const showMismatch =
    (state.confirmationTouched || state.submitted) &&
    state.confirmation !== '' &&
    !confirmationMatches
  // Pending rules (strength, breach, blocklist) cannot be decided here: the server checks them.
  const rulesPass = state.password !== '' && checklist.checks.every((check) => check.met !== false)
  const canSubmit =
    rulesPass &&
    confirmationMatches &&
    state.status === 'idle' &&
    state.flow.step === 'chooseNewPassword'

  const serverLabels = useMemo(() => {
    if (!state.serverChecks) return undefined
    const failed = state.serverChecks.filter((check) => check.met !== true)
    const byId = new Map(
      checklist.checks.map((check, index) => [check.id, checklist.labels[index]]),
    )
    return failed.map((check) => byId.get(check.id)).filter(Boolean)
  }, [state.serverChecks, checklist])

  const passwordError =
    breached || state.submitError === 'breached'
      ? text.breached
      : serverLabels && serverLabels.length > 0
        ? `${text.policyFailed} ${serverLabels.join(', ')}.`
        : (state.submitted && !rulesPass) || state.submitError === 'policy'
          ? text.policyFailed
          : undefined
  const confirmationError =
    showMismatch || state.submitError === 'mismatch' ? text.mismatch : undefined
  const formCode =
    state.submitError === 'rate_limited' || state.submitError === 'unavailable'
      ? state.submitError
      : state.verifyError
  const formError =
    formCode === 'rate_limited' ? text.rateLimited : formCode ? text.unavailable : undefined

  return {
    flow: state.flow,
    password: state.password,
    setPassword: controller.setPassword,
    confirmation: state.confirmation,
    setConfirmation: controller.setConfirmation,
    blurConfirmation: controller.blurConfirmation,
    blurPassword: () => {
      if (options.breach && state.password !== '') void breach.check(state.password)
    },
    checkingBreach: breach.checking,
    passwordVisible: state.passwordVisible,
    setPasswordVisible: controller.setPasswordVisible,
    confirmationVisible: state.confirmationVisible,
    setConfirmationVisible: controller.setConfirmationVisible,
    checklist,
    answers,
    confirmationMatches,
    canSubmit,
    verifying: state.status === 'verifying',
    submitting: state.status === 'submitting',
    submitted: state.submitted,
    serverChecks: state.serverChecks,
    errors: { password: passwordError, confirmation: confirmationError, form: formError },
    handleSubmit: (event) => {
      event?.preventDefault()
      return controller.submit()
    },
    canRetry: state.verifyError !== null && state.status === 'idle',
    retry: () => controller.start(controller.store.get().token),
  }
}

// Feeds the breach answer to the policy's `notBreached` rules, for the password it was computed for.
function useBreachAnswers(
  policy: Policy,
  result: BreachCheckState['result'],
  password: string,
): Readonly<Record<string, RuleAnswer>> | undefined {
  const current = result?.password === password ? result : undefined
  return useMemo(() => {
    if (!current) return undefined
    const ids = policy.rules.filter((rule) => rule.type === 'notBreached').map((rule) => rule.id)
    if (ids.length === 0) return undefined
    return Object.fromEntries(
      ids.map((id) => [id, { met: !current.breached, actual: current.count }]),
    )
  }, [policy, current])
}
