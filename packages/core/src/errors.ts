/**
 * Every error Sesame throws is a {@link SesameError} with a stable string `code`.
 * Branch on `err.code` (or {@link isSesameError}) rather than `instanceof` alone:
 * `instanceof` breaks when an app ends up with both the ESM and the CJS copy of the package.
 *
 * @packageDocumentation
 */

/** Codes of {@link ResetTokenError}: why a reset token was refused. */
export type ResetTokenErrorCode = 'malformed' | 'invalid' | 'expired' | 'stale' | 'wrong_purpose'

/** Every code a {@link SesameError} can carry. */
export type SesameErrorCode =
  | 'invalid_policy'
  | 'invalid_input'
  | 'invalid_config'
  | 'invalid_transition'
  | ResetTokenErrorCode

/** Options accepted by every Sesame error constructor. */
export interface SesameErrorOptions {
  /** The underlying error, kept for debugging; never shown to end users. */
  cause?: unknown
}

/** Base class of every error thrown by Sesame. */
export class SesameError<Code extends SesameErrorCode = SesameErrorCode> extends Error {
  /** Stable, machine-readable reason. */
  readonly code: Code

  constructor(code: Code, message: string, options?: SesameErrorOptions) {
    super(message, options)
    this.code = code
    this.name = 'SesameError'
  }
}

/** A malformed policy definition; `issues` lists each problem with the path of the bad field. */
export class PolicyError extends SesameError<'invalid_policy'> {
  override name = 'PolicyError'
  /** One entry per problem found, with the path to the offending field. */
  readonly issues: readonly PolicyIssue[]

  constructor(message: string, issues: readonly PolicyIssue[], options?: SesameErrorOptions) {
    super('invalid_policy', message, options)
    this.issues = issues
  }
}

/** One problem found in a policy definition. */
export interface PolicyIssue {
  /** Path to the offending field, e.g. `['rules', 2, 'min']`. */
  readonly path: readonly (string | number)[]
  /** Human-readable description of the problem (English). */
  readonly message: string
}

/** A value of the wrong type or size was passed where a password or its context was expected. */
export class InputError extends SesameError<'invalid_input'> {
  override name = 'InputError'

  constructor(message: string, options?: SesameErrorOptions) {
    super('invalid_input', message, options)
  }
}

/** A configuration object (keys, ttl, options) was refused when it was created, not at first use. */
export class ConfigError extends SesameError<'invalid_config'> {
  override name = 'ConfigError'

  constructor(message: string, options?: SesameErrorOptions) {
    super('invalid_config', message, options)
  }
}

/** A flow event that the current flow state does not accept. */
export class FlowError extends SesameError<'invalid_transition'> {
  override name = 'FlowError'

  constructor(message: string, options?: SesameErrorOptions) {
    super('invalid_transition', message, options)
  }
}

/** A reset token was refused; `code` says why. */
export class ResetTokenError extends SesameError<ResetTokenErrorCode> {
  override name = 'ResetTokenError'
}

/** The error class behind each code, so that {@link isSesameError} narrows to it. */
export interface SesameErrorByCode {
  invalid_policy: PolicyError
  invalid_input: InputError
  invalid_config: ConfigError
  invalid_transition: FlowError
  malformed: ResetTokenError
  invalid: ResetTokenError
  expired: ResetTokenError
  stale: ResetTokenError
  wrong_purpose: ResetTokenError
}

/**
 * True when `value` is a Sesame error (optionally with the given code, narrowing to its class:
 * `isSesameError(err, 'invalid_policy')` gives a {@link PolicyError}), whichever copy of the
 * package (ESM or CJS) created it.
 */
export function isSesameError(value: unknown): value is SesameError
export function isSesameError<Code extends SesameErrorCode>(
  value: unknown,
  code: Code,
): value is SesameErrorByCode[Code]
export function isSesameError(value: unknown, code?: SesameErrorCode): boolean {
  if (!(value instanceof Error)) return false
  const candidate = value as Partial<SesameError>
  if (typeof candidate.code !== 'string' || !SESAME_ERROR_NAMES.has(value.name)) return false
  return code === undefined || candidate.code === code
}

const SESAME_ERROR_NAMES = new Set([
  'SesameError',
  'PolicyError',
  'InputError',
  'ConfigError',
  'FlowError',
  'ResetTokenError',
])
