import { hasExactKeys, isRecord } from '../lib/record'
import type { FlowEvent, FlowState } from './types'

const LINK_REASONS: ReadonlySet<unknown> = new Set([
  'malformed',
  'invalid',
  'expired',
  'stale',
  'wrong_purpose',
])
const MODES: ReadonlySet<unknown> = new Set(['reset', 'update'])
const REQUEST_REASONS: ReadonlySet<unknown> = new Set([
  'forgotPassword',
  'updateRequired',
  'newLink',
  'resetRequired',
])
const REQUEST_ERRORS: ReadonlySet<unknown> = new Set([
  'invalid_email',
  'rate_limited',
  'unavailable',
])
const PASSWORD_ERRORS: ReadonlySet<unknown> = new Set([
  'policy',
  'mismatch',
  'rate_limited',
  'unavailable',
])
const SUGGESTIONS: ReadonlySet<unknown> = new Set(['signIn', 'requestNewLink'])

// Exactly what Date#toISOString produces, so that a stored state compares equal after a round trip.
function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const time = Date.parse(value)
  return !Number.isNaN(time) && new Date(time).toISOString() === value
}

// A challenge descriptor: a kind, and JSON data of strings, numbers, booleans and nulls only.
function isChallenge(value: unknown): boolean {
  if (!isRecord(value) || typeof value.kind !== 'string') return false
  const keys = Object.keys(value)
  if (!keys.every((key) => key === 'kind' || key === 'data')) return false
  if (value.data === undefined) return !Object.hasOwn(value, 'data')
  if (!isRecord(value.data)) return false
  return Object.values(value.data).every(
    (item) =>
      item === null ||
      typeof item === 'string' ||
      typeof item === 'boolean' ||
      (typeof item === 'number' && Number.isFinite(item)),
  )
}

function isNullOr(set: ReadonlySet<unknown>, value: unknown): boolean {
  return value === null || set.has(value)
}

/**
 * True when `value` is a well-formed {@link FlowState}, e.g. one parsed back from
 * `sessionStorage`; anything with a missing, extra or ill-typed field is refused.
 */
export function isFlowState(value: unknown): value is FlowState {
  if (!isRecord(value)) return false
  switch (value.step) {
    case 'signIn':
    case 'updateRequired':
    case 'activationRequired':
      return hasExactKeys(value, ['step'])
    case 'challengeRequired':
      return hasExactKeys(value, ['step', 'challenge']) && isChallenge(value.challenge)
    case 'requestReset':
      return (
        hasExactKeys(value, ['step', 'reason', 'error']) &&
        REQUEST_REASONS.has(value.reason) &&
        isNullOr(REQUEST_ERRORS, value.error)
      )
    case 'emailSent':
      return hasExactKeys(value, ['step', 'reason']) && REQUEST_REASONS.has(value.reason)
    case 'chooseNewPassword':
      return (
        hasExactKeys(value, ['step', 'mode', 'expiresAt', 'error']) &&
        MODES.has(value.mode) &&
        isIsoDate(value.expiresAt) &&
        isNullOr(PASSWORD_ERRORS, value.error)
      )
    case 'done':
      return (
        hasExactKeys(value, ['step', 'signedIn', 'passwordChanged']) &&
        typeof value.signedIn === 'boolean' &&
        typeof value.passwordChanged === 'boolean'
      )
    case 'linkInvalid':
      return (
        hasExactKeys(value, ['step', 'reason', 'suggestion']) &&
        LINK_REASONS.has(value.reason) &&
        SUGGESTIONS.has(value.suggestion)
      )
    default:
      return false
  }
}

function isValidDate(value: unknown): boolean {
  if (value instanceof Date) return !Number.isNaN(value.getTime())
  return typeof value === 'string' && !Number.isNaN(Date.parse(value))
}

/** True when `value` is a well-formed {@link FlowEvent} (extra fields are tolerated). */
export function isFlowEvent(value: unknown): value is FlowEvent {
  if (!isRecord(value)) return false
  switch (value.type) {
    case 'forgotPassword':
    case 'signInSucceeded':
    case 'signInRequiresUpdate':
    case 'signInNeedsActivation':
    case 'signInRequiresReset':
    case 'startUpdate':
    case 'emailAccepted':
    case 'requestNewLink':
    case 'backToSignIn':
      return true
    case 'emailRejected':
      return REQUEST_ERRORS.has(value.reason)
    case 'signInChallenged':
      return isChallenge(value.challenge)
    case 'linkVerified':
      return MODES.has(value.mode) && isValidDate(value.expiresAt)
    case 'linkRejected':
      return LINK_REASONS.has(value.reason)
    case 'passwordChanged':
      return typeof value.signedIn === 'boolean'
    case 'passwordRejected':
      return PASSWORD_ERRORS.has(value.reason)
    default:
      return false
  }
}
