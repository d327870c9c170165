import type { LinkInvalidReason } from '@sesame/core/flow'
import type { ActivateResponse, ChallengeDescriptor } from '@sesame/core/wire'
import { createSesameClient } from '../client'
import { descriptorOf, formProblemOf, linkReasonOf, retryAfterOf } from '../lib/map-problem'
import { type Controller, createStore } from '../lib/store'
import { getMessages } from '../messages'
import type { ScreenOptions } from './screen-options'

/** Where an activation stands. */
export type ActivationStep = 'activating' | 'activated' | 'secondFactor' | 'linkInvalid' | 'failed'

/** Options of {@link createActivationController}; {@link Controller.setOptions} replaces them. */
export interface ActivationControllerOptions extends ScreenOptions {
  /** Replaces `client.activate`; throw a `ProblemError` to report a refusal. */
  submit?: ((token: string) => Promise<Partial<ActivateResponse>>) | undefined
  /** Called once the account is activated (`signedIn`: the server also opened a session). */
  onActivated?: ((result: { signedIn: boolean }) => void) | undefined
}

/** Everything the activation screen shows, derived by {@link createActivationController}. */
export interface ActivationSnapshot {
  /** Activating, then activated, a second factor to pass, a dead link, or a failure to retry. */
  readonly step: ActivationStep
  /** The server also opened a session (step `activated`). */
  readonly signedIn: boolean
  /** Why the link cannot be used (step `linkInvalid`). */
  readonly linkReason: LinkInvalidReason | undefined
  /** The account has a second factor: what the app's next step needs. */
  readonly secondFactor: ChallengeDescriptor | undefined
  /** What a polite status region says (activating, activated, second step). */
  readonly statusMessage: string | undefined
  /** What an alert region says (dead link, rate limited, unavailable). */
  readonly errorMessage: string | undefined
  /** The activation could not be sent (network, rate limit, busy): offer `retry`. */
  readonly canRetry: boolean
}

/** The activation screen without a UI. */
export interface ActivationController
  extends Controller<ActivationControllerOptions, ActivationSnapshot> {
  /** Sends the link's token; `undefined` sends the one given before (a remount), or is a dead link. */
  start(token: string | undefined): void
  /** Sends the token again after a failure. */
  retry(): void
}

interface State {
  readonly token: string | undefined
  // The token whose request was sent: a link serves once, so it is never sent twice by a remount.
  readonly sent: string | undefined
  readonly step: ActivationStep
  readonly signedIn: boolean
  readonly linkReason: LinkInvalidReason | undefined
  readonly secondFactor: ChallengeDescriptor | undefined
  readonly failure: 'rate_limited' | 'server_busy' | 'unavailable' | undefined
  readonly retryAfter: number
}

function derive(state: State, options: ActivationControllerOptions): ActivationSnapshot {
  const text = getMessages(options.locale, options.messages, options.catalogues)
  const { step } = state
  return {
    step,
    signedIn: state.signedIn,
    linkReason: state.linkReason,
    secondFactor: state.secondFactor,
    statusMessage:
      step === 'activating'
        ? text.activating
        : step === 'activated'
          ? text.activated
          : step === 'secondFactor'
            ? `${text.activated} ${text.secondFactorRequired}`
            : undefined,
    errorMessage:
      step === 'linkInvalid'
        ? state.linkReason === 'expired'
          ? text.activationLinkExpired
          : state.linkReason === 'stale'
            ? text.activationLinkUsed
            : text.activationLinkInvalid
        : step === 'failed'
          ? state.failure === 'rate_limited'
            ? text.rateLimited
            : state.failure === 'server_busy'
              ? text.serverBusy(state.retryAfter)
              : text.unavailable
          : undefined,
    canRetry: step === 'failed',
  }
}

/**
 * The activation screen (the link of a sign-up's email) as a framework-free controller: it sends
 * the link's token once and ends activated (signed in or not), on the app's second factor, on a
 * dead link (expired, used, forged), or on a failure that `retry` sends again.
 *
 * @example
 * const activation = createActivationController({ locale: 'fr' })
 * activation.start(readTokenFromHash(location))
 */
export function createActivationController(
  options: ActivationControllerOptions = {},
): ActivationController {
  const store = createStore<State, ActivationControllerOptions, ActivationSnapshot>(
    {
      token: undefined,
      sent: undefined,
      step: 'activating',
      signedIn: false,
      linkReason: undefined,
      secondFactor: undefined,
      failure: undefined,
      retryAfter: 1,
    },
    options,
    derive,
  )
  const defaultClient = createSesameClient()

  // Not aborted by `stop`: an activation that reached the server has used its link, so its answer must land.
  async function activate(token: string) {
    const current = store.options()
    store.set({ step: 'activating', failure: undefined, sent: token })
    try {
      const result = current.submit
        ? await current.submit(token)
        : await (current.client ?? defaultClient).activate(
            token,
            current.locale ? { locale: current.locale } : {},
          )
      const signedIn = result.signedIn === true
      // A link serves once: do not keep its token.
      store.set({ step: 'activated', signedIn, token: undefined })
      current.onActivated?.({ signedIn })
    } catch (error) {
      const reason = linkReasonOf(error)
      const problem = formProblemOf(error)
      if (reason) {
        store.set({ step: 'linkInvalid', linkReason: reason, token: undefined })
      } else if (problem === 'second_factor_required') {
        store.set({
          step: 'secondFactor',
          secondFactor: descriptorOf(error) ?? { kind: 'unknown' },
          token: undefined,
        })
      } else {
        store.set({
          step: 'failed',
          failure:
            problem === 'rate_limited' || problem === 'server_busy' ? problem : 'unavailable',
          retryAfter: retryAfterOf(error),
        })
      }
    }
  }

  return {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    setOptions: store.setOptions,
    start(given) {
      const state = store.state()
      // A remount (StrictMode's second effect) of a finished activation changes nothing.
      if (given === undefined && state.step !== 'activating' && state.step !== 'failed') return
      const token = given ?? state.token
      if (token !== undefined && token === state.sent) return
      store.set({ token })
      if (token === undefined || token === '') {
        store.set({ step: 'linkInvalid', linkReason: 'malformed' })
        return
      }
      void activate(token)
    },
    retry() {
      const { token, step } = store.state()
      if (token !== undefined && step === 'failed') void activate(token)
    },
    stop: () => undefined,
  }
}
