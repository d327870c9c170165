import { en as core } from '@sesame/core/locales/en'
import type { ServerCatalogue } from './types'

/** English texts of `@sesame/server` (with `@sesame/core`'s): problem titles and details. */
export const en = {
  locale: 'en',
  core: core.core,
  server: {
    checks: { reused: 'Different from your current password' },
    problems: {
      malformed_json: { title: 'Malformed JSON', detail: 'The request body is not valid JSON.' },
      invalid_field: {
        title: 'Invalid field',
        detail: 'A field is missing, not a string or too long.',
      },
      payload_too_large: {
        title: 'Request too large',
        detail: 'The request body is larger than allowed.',
      },
      unsupported_media_type: {
        title: 'Unsupported media type',
        detail: 'The request body must be sent as application/json.',
      },
      not_found: { title: 'Not found', detail: 'There is no such route.' },
      method_not_allowed: {
        title: 'Method not allowed',
        detail: 'This route does not accept this method.',
      },
      rate_limited: { title: 'Too many requests', detail: 'Please wait before trying again.' },
      token_malformed: {
        title: 'Invalid link',
        detail: 'This reset link is not valid. Request a new one.',
      },
      token_invalid: {
        title: 'Invalid link',
        detail: 'This reset link is not valid. Request a new one.',
      },
      token_expired: {
        title: 'Link expired',
        detail: 'This reset link has expired. Request a new one.',
      },
      token_stale: {
        title: 'Link no longer valid',
        detail: 'The password was changed since this link was sent. Request a new one.',
      },
      token_used: {
        title: 'Link already used',
        detail: 'This reset link has already been used. Request a new one.',
      },
      password_policy: {
        title: 'Password too weak',
        detail: 'The password does not meet every rule of the policy.',
      },
      confirmation_mismatch: {
        title: core.core.mismatch,
        detail: 'The confirmation differs from the password.',
      },
      password_update_required: {
        title: 'Password update required',
        detail: 'Choose a new password before signing in.',
      },
      password_reset_required: {
        title: 'Password reset required',
        detail: 'This account has no usable password: use “Forgot password?”.',
      },
      store_unavailable: { title: 'Service unavailable', detail: 'Please try again in a moment.' },
      internal_error: { title: 'Unexpected error', detail: 'The request could not be completed.' },
      invalid_credentials: {
        title: 'Wrong email or password',
        detail: 'The email or the password is not right.',
      },
      challenge_required: {
        title: 'Verification required',
        detail: 'Too many failed attempts on this account: complete the verification to go on.',
      },
      activation_required: {
        title: 'Account not activated',
        detail: 'Open the link of the activation email before signing in.',
      },
      second_factor_required: {
        title: 'Second step required',
        detail: 'This account has a second factor: complete it to sign in.',
      },
      not_signed_in: { title: 'Not signed in', detail: 'Sign in to change your password.' },
      code_invalid: {
        title: 'Invalid code',
        detail: 'This code is not valid. Check it or request a new email.',
      },
      server_busy: { title: 'Server busy', detail: 'Please try again in a moment.' },
    },
  },
} as const satisfies ServerCatalogue
