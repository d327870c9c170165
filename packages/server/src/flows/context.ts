import type { Locale, Policy } from '@sesame/core'
import type { FailureCode, ResetHooks, ResetStep } from '../hooks'
import type { Credentials } from '../lib/credentials'
import type { FieldSpec, FieldValues } from '../lib/fields'
import type { JobQueue } from '../lib/queue'
import type { Throttle } from '../lib/throttle'
import type { HandlerOptions } from '../options'
import type { PasswordChecker } from '../password-check'
import type { Limit } from '../rate-limit'
import type { SesameRequest, SesameResponse } from '../request'
import type { ResetUrlInput } from '../reset-url'
import type { Store } from '../stores/types'
import type { ResetTokens } from '../tokens'
import type { UsersAdapter } from '../users'

/** Everything a flow needs, built once per handler from its options (never per request). */
export interface FlowContext<User> {
  readonly options: HandlerOptions<User>
  readonly policy: Policy
  readonly policyJson: string
  readonly policyEtag: Promise<string>
  readonly users: UsersAdapter<User>
  readonly hooks: ResetHooks | undefined
  readonly store: Store
  readonly queue: JobQueue
  readonly verifiers: readonly ResetTokens[]
  readonly check: PasswordChecker
  readonly limits: { readonly email: Limit | false; readonly ip: Limit | false }
  readonly buildUrl: (input: ResetUrlInput) => string
  /** Password verification, bounded and padded: null without `hasher` and `users.passwordHash`. */
  readonly credentials: Credentials<User> | null
  /** Wrong-password counters of sign-in and change-password. */
  readonly throttle: Throttle
  /** Reports a failed step to the `failed` hook. */
  failed(
    code: FailureCode,
    step: ResetStep,
    extra?: { readonly userId?: string; readonly error?: unknown },
  ): void
  /** Warns once per handler that a request came without a client address. */
  noClientAddress(): void
}

/** One request as a flow sees it: the request, its locale, and its body read once. */
export interface FlowCall {
  readonly request: SesameRequest
  /** The request's locale (problems, labels). */
  readonly locale: Locale
  /** Reads the JSON body once and the named string fields, each bounded; throws a refusal. */
  fields<const Spec extends Record<string, FieldSpec>>(spec: Spec): Promise<FieldValues<Spec>>
  /** Reads an optional boolean field of the same body; throws a refusal for another type. */
  flag(name: string): Promise<boolean | undefined>
}

/** A flow: one route's behaviour. */
export type Flow = (call: FlowCall) => Promise<SesameResponse>

/** Builds a flow from the handler's context, once; null leaves its route unmounted (options missing). */
export type FlowFactory = <User>(context: FlowContext<User>) => Flow | null
