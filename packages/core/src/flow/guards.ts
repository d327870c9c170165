import { hasExactKeys, isRecord } from '../lib/record'
import type { ChallengeDescriptor } from '../wire/problems'
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

const MAX_CHALLENGE_KIND = 64

function isChallengeData(value: unknown): boolean {
  if (!isRecord(value)) return false
  return Object.values(value).every(
    (item) =>
      item === null ||
      typeof item === 'string' ||
      typeof item === 'boolean' ||
      (typeof item === 'number' && Number.isFinite(item)),
  )
}

/** True for a {@link ChallengeDescriptor}: a short `kind` and, optionally, flat JSON `data`. */
export function isChallenge(value: unknown): value is ChallengeDescriptor {
  if (!isRecord(value)) return false
  const keys = Object.keys(value)
  if (!keys.every((key) => key === 'kind' || key === 'data')) return false
  if (typeof value.kind !== 'string' || value.kind.length === 0) return false
  if (value.kind.length > MAX_CHALLENGE_KIND) return false
  return value.data === undefined || isChallengeData(value.data)
}

/** A plain copy of a challenge, so that a state never shares an object with the event it came from. */
export function copyChallenge(challenge: ChallengeDescriptor): ChallengeDescriptor {
  return challenge.data === undefined
    ? { kind: challenge.kind }
    : { kind: challenge.kind, data: Object.freeze({ ...challenge.data }) }
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
      return hasExactKeys(value, ['step'])
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
    case 'secondFactorRequired':
      return (
        hasExactKeys(value, ['step', 'secondFactor', 'passwordChanged']) &&
        isChallenge(value.secondFactor) &&
        typeof value.passwordChanged === 'boolean'
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
    case 'startUpdate':
    case 'emailAccepted':
    case 'requestNewLink':
    case 'backToSignIn':
      return true
    case 'emailRejected':
      return REQUEST_ERRORS.has(value.reason)
    case 'linkVerified':
      return MODES.has(value.mode) && isValidDate(value.expiresAt)
    case 'linkRejected':
      return LINK_REASONS.has(value.reason)
    case 'passwordChanged':
      return typeof value.signedIn === 'boolean'
    case 'passwordRejected':
      return PASSWORD_ERRORS.has(value.reason)
    case 'secondFactorRequired':
      return isChallenge(value.secondFactor) && typeof value.passwordChanged === 'boolean'
    case 'secondFactorVerified':
      return true
    default:
      return false
  }
}
