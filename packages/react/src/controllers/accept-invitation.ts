import type { AcceptInvitationResponse } from '@sesame/core/wire'
import { createSesameClient } from '../client'
import { callRoute } from '../lib/in-flight'
import { PAIR_ACTIONS } from '../lib/password-pair'
import { actionsOf, type Controller } from '../lib/store'
import { getMessages } from '../messages'
import {
  createNewPasswordController,
  type NewPasswordController,
  type NewPasswordControllerOptions,
  type NewPasswordSnapshot,
} from './new-password'

/** Options of {@link createAcceptInvitationController}: the new-password controller's, sent to `POST /accept-invitation`. */
export type AcceptInvitationControllerOptions = Omit<
  NewPasswordControllerOptions,
  'verify' | 'submit' | 'onSuccess'
> & {
  /** Replaces `client.acceptInvitation`; throw a `ProblemError` to report a refusal. */
  submit?:
    | ((
        values: { token: string; password: string; confirmation: string },
        init: { signal: AbortSignal },
      ) => Promise<Partial<AcceptInvitationResponse> | undefined>)
    | undefined
  /** Called once the first password is stored (`signedIn`: the server also opened a session). */
  onSuccess?: ((result: { signedIn: boolean }) => void) | undefined
}

/** The accept-invitation screen without a UI: the new-password screen on an invitation's token. */
export interface AcceptInvitationController
  extends Controller<AcceptInvitationControllerOptions, NewPasswordSnapshot>,
    Omit<NewPasswordController, keyof Controller<unknown, unknown> | 'begin' | 'retry'> {}

/**
 * The accept-invitation screen as a framework-free controller: an admin-created account's first
 * password, with the live checklist and its confirmation, sent with the invitation link's token
 * to `POST /accept-invitation`. The link's refusals (expired, used, forged) and a second factor
 * end it as they end a reset; its texts speak of an invitation.
 *
 * @example
 * const invitation = createAcceptInvitationController({ policy, locale: 'fr' })
 * invitation.start(readTokenFromHash(location))
 */
export function createAcceptInvitationController(
  options: AcceptInvitationControllerOptions,
): AcceptInvitationController {
  const defaultClient = createSesameClient()
  // The invitation's own words for the link states, under the app's overrides.
  const translate = (from: AcceptInvitationControllerOptions): NewPasswordControllerOptions => {
    const text = getMessages(from.locale, from.messages, from.catalogues)
    const { submit, onSuccess, ...rest } = from
    return {
      ...rest,
      messages: {
        resetTitle: text.invitationTitle,
        linkInvalid: text.invitationLinkInvalid,
        linkExpired: text.invitationLinkExpired,
        linkStale: text.invitationLinkUsed,
        done: text.invitationDone,
        ...from.messages,
      },
      submit: async (values, init) => {
        if (!('token' in values)) throw new TypeError('An invitation is accepted with its token.')
        const body = {
          token: values.token,
          password: values.password,
          confirmation: values.confirmation,
        }
        const current = latest
        const result = await callRoute(body, init.signal, current, (values, request) =>
          (current.client ?? defaultClient).acceptInvitation(values, request),
        )
        // The new-password screen reads whether a session was opened; the status is the invitation's own.
        return { signedIn: result?.signedIn === true }
      },
      onSuccess: (result) => latest.onSuccess?.({ signedIn: result.signedIn === true }),
    }
  }
  let latest = options
  const inner = createNewPasswordController(translate(options))
  return {
    subscribe: inner.subscribe,
    getSnapshot: inner.getSnapshot,
    setOptions(next) {
      latest = next
      inner.setOptions(translate(next))
    },
    ...actionsOf(inner, [...PAIR_ACTIONS, 'blurPassword']),
    // No verification route for invitations: the server judges the token with the password.
    start(given) {
      // A remount (StrictMode's second effect) keeps the screen where it is.
      if (given === undefined && inner.getSnapshot().flow.step !== 'signIn') return
      if (given === undefined || given === '') inner.start(undefined)
      else inner.begin({ token: given })
    },
    submit: inner.submit,
    stop: inner.stop,
  }
}
