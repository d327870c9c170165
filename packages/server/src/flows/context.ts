import type { Locale, Policy } from '@sesame/core'
import type { FailureCode, ResetHooks, ResetStep } from '../hooks'
import type { Credentials } from '../lib/credentials'
import type { FieldSpec, FieldValues } from '../lib/fields'
import type { JobQueue } from '../lib/queue'
import type { Throttle } from '../lib/throttle'
import type { ServerCatalogue } from '../locales/types'
import type { HandlerOptions } from '../options'
import type { PasswordChecker } from '../password-check'
import type { LocaleOptions } from '../problems'
import type { Limit } from '../rate-limit'
import type { SesameRequest, SesameResponse } from '../request'
import type { ResetCodes } from '../reset-codes'
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
  /** Every issuer whose links `POST /reset-password/verify` accepts (reset, update, activate, invite). */
  readonly linkVerifiers: readonly ResetTokens[]
  readonly check: PasswordChecker
  /** The reset codes' limits and key; null when codes are off. */
  readonly codes: ResetCodes | null
  readonly limits: { readonly email: Limit | false; readonly ip: Limit | false }
  readonly buildUrl: (input: ResetUrlInput) => string
  /** The catalogues offered and the fallback locale, for every negotiation of this handler. */
  readonly locales: LocaleOptions
  /** The catalogue for an `Accept-Language` value or a requested tag, negotiated among `locales`. */
  readonly catalogueFor: (value: string | undefined) => ServerCatalogue
  /** Password verification, bounded and padded: null without `hasher` and `users.passwordHash`. */
  readonly credentials: Credentials<User> | null
  /** Wrong-password counters of sign-in and change-password. */
  readonly throttle: Throttle
  /** Builds activation links (`activationUrl`, else the reset page). */
  readonly buildActivationUrl: (input: ResetUrlInput) => string
  /** Builds invitation links (`inviteUrl`, else the reset page). */
  readonly buildInviteUrl: (input: ResetUrlInput) => string
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
  /** The request's locale (problems, labels): its catalogue's tag. */
  readonly locale: Locale
  /** The request's catalogue, negotiated among the handler's: pass it to `problemResponse`. */
  readonly catalogue: ServerCatalogue
  /** Reads the JSON body once and the named string fields, each bounded; throws a refusal. */
  fields<const Spec extends Record<string, FieldSpec>>(spec: Spec): Promise<FieldValues<Spec>>
  /** Reads an optional boolean field of the same body; throws a refusal for another type. */
  flag(name: string): Promise<boolean | undefined>
}

/** A flow: one route's behaviour. */
export type Flow = (call: FlowCall) => Promise<SesameResponse>

/** Builds a flow from the handler's context, once; null leaves its route unmounted (options missing). */
export type FlowFactory = <User>(context: FlowContext<User>) => Flow | null
