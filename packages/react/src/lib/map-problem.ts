import type {
  ChooseNewPasswordError,
  LinkInvalidReason,
  RequestResetError,
} from '@sesame/core/flow'
import { isProblemError } from '../problem-error'

const LINK_REASONS: ReadonlySet<string> = new Set([
  'malformed',
  'invalid',
  'expired',
  'stale',
  'wrong_purpose',
])

// `token_expired` (the router's codes) and `expired` (ResetTokenError's) both name a refused link.
export function linkReasonOf(error: unknown): LinkInvalidReason | undefined {
  if (!isProblemError(error)) return undefined
  const code = error.code.replace(/^(reset_)?token_/, '')
  if (LINK_REASONS.has(code)) return code as LinkInvalidReason
  // A used link: the flow's `stale` (the password changed since it was sent) suggests signing in.
  if (code === 'used') return 'stale'
  return error.code === 'invalid_token' ? 'invalid' : undefined
}

export function passwordErrorOf(error: unknown): ChooseNewPasswordError {
  if (!isProblemError(error)) return 'unavailable'
  if (error.code.includes('mismatch')) return 'mismatch'
  if (error.status === 429) return 'rate_limited'
  if (error.checks !== undefined || error.status === 422) return 'policy'
  return 'unavailable'
}

export function requestErrorOf(error: unknown): RequestResetError {
  if (!isProblemError(error)) return 'unavailable'
  if (error.status === 429) return 'rate_limited'
  if (error.status === 400 || error.status === 422) return 'invalid_email'
  return 'unavailable'
}
