import { ConfigError, preparePolicy } from '@sesame/core'
import { MAX_LOCALE_LENGTH, PROBLEM_STATUS, type ProblemCode } from '@sesame/core/wire'
import { fromFetchRequest, mountedPath, toFetchResponse } from './fetch'
import type { Flow, FlowCall, FlowContext } from './flows/context'
import { type Invitation, type InviteInput, inviteUser } from './flows/invite'
import { readJsonBody } from './lib/body'
import { createCredentials } from './lib/credentials'
import { base64url, digest } from './lib/digest'
import { emit } from './lib/emit'
import { readFields, readFlag } from './lib/fields'
import { jobQueue } from './lib/queue'
import { Refusal } from './lib/refusal'
import { createThrottle } from './lib/throttle'
import { runtimeWarning } from './lib/warn'
import type { ServerCatalogue } from './locales/types'
import type { HandlerOptions } from './options'
import { defaultChecker } from './password-check'
import { acceptLanguage, catalogueNegotiator, problemResponse } from './problems'
import { DEFAULT_RATE_LIMITS, type Limit } from './rate-limit'
import type { SesameRequest, SesameResponse } from './request'
import { resetCodes } from './reset-codes'
import { resetUrlBuilder } from './reset-url'
import { matchRoute, ROUTE_TABLE, type RouteEntry, type RouteMatch } from './routes'
import { memoryStore } from './stores/memory'

/** Per-call options of {@link SesameHandler.fetch}. */
export interface FetchOptions {
  /** The client's address, when the runtime gives it (Hono's `getConnInfo`, Bun's `requestIP`). */
  readonly clientAddress?: string | null | undefined
}

/** The password flows, ready to mount in any framework. */
export interface SesameHandler {
  /** Answers a Web `Request` (Next.js route handlers, Hono, Bun, Deno, Workers). */
  fetch(request: Request, options?: FetchOptions): Promise<Response>
  /** Answers a transport-neutral request: what the Express and Fastify bindings call. */
  handle(request: SesameRequest): Promise<SesameResponse>
  /** What a method and a path (relative to the mount point) lead to, without answering. */
  match(method: string, path: string): RouteMatch
  /**
   * Invites the owner of an account the app created: issues an `invite` link (`inviteTokens`) and
   * sends the `invite` email; for the app's admin code (throws `InputError` for an unknown address).
   */
  invite(input: InviteInput): Promise<Invitation>
  /** Resolves once every queued background job (lookup, token, email) has finished. */
  drain(): Promise<void>
  /** Drains, then releases the store when the handler created it (the default memory store). */
  shutdown(): Promise<void>
}

function assertLimit(name: string, limit: Limit | false | undefined): void {
  if (limit === undefined || limit === false) return
  const positive = (value: unknown): boolean => typeof value === 'number' && value > 0
  if (!positive(limit.max) || !positive(limit.windowMs)) {
    throw new ConfigError(`rateLimit.${name} needs a positive max and windowMs, or false`)
  }
}

/** Most catalogues one handler offers. */
const MAX_CATALOGUES = 64

// A catalogue from JSON (or JavaScript) may lack what the types promise: refused at boot.
function assertCatalogues(catalogues: readonly ServerCatalogue[]): void {
  if (!Array.isArray(catalogues) || catalogues.length === 0 || catalogues.length > MAX_CATALOGUES)
    throw new ConfigError(`catalogues: give 1 to ${MAX_CATALOGUES} catalogues`)
  for (const catalogue of catalogues) {
    const locale = catalogue?.locale
    if (typeof locale !== 'string' || locale.length === 0 || locale.length > MAX_LOCALE_LENGTH)
      throw new ConfigError('catalogues: each catalogue needs its BCP 47 tag as locale')
    for (const code of Object.keys(PROBLEM_STATUS) as ProblemCode[]) {
      const text = catalogue.server?.problems?.[code]
      if (typeof text?.title !== 'string' || typeof text.detail !== 'string')
        throw new ConfigError(`catalogues: ${locale} has no title and detail for ${code}`)
    }
    if (typeof catalogue.core?.rules !== 'object')
      throw new ConfigError(`catalogues: ${locale} has no core texts (spread a core catalogue in)`)
  }
}

// Sign-in and change-password are on once a hasher and users.passwordHash are given.
function assertSignInOptions<User>(options: HandlerOptions<User>): void {
  const { users } = options
  const history = options.passwordHistory ?? 0
  if (!Number.isInteger(history) || history < 0 || history > 10) {
    throw new ConfigError('passwordHistory is a whole number from 0 to 10')
  }
  if (options.hasher === undefined || typeof users.passwordHash !== 'function') return
  const floor = options.signInFloorMs ?? 250
  if (typeof floor !== 'number' || !(floor >= 0) || floor > 60_000) {
    throw new ConfigError('signInFloorMs is a number of milliseconds from 0 to 60 000')
  }
  if (typeof users.signIn !== 'function') {
    throw new ConfigError('POST /sign-in needs users.signIn() to open the session')
  }
  const throttle = options.throttle ?? {}
  assertLimit('throttle.address', throttle.address)
  assertLimit('throttle.account', throttle.account)
  if (throttle.account !== false && options.challenge === undefined) {
    throw new ConfigError(
      'throttle.account asks for a challenge past its threshold: give the challenge hook, ' +
        'or turn the limit off with throttle: { account: false }',
    )
  }
  const hashing = options.hashing ?? {}
  for (const name of ['concurrency', 'maxQueue', 'retryAfterSeconds'] as const) {
    const value = hashing[name]
    if (
      value !== undefined &&
      !(Number.isInteger(value) && value >= (name === 'maxQueue' ? 0 : 1))
    ) {
      throw new ConfigError(`hashing.${name} is a positive whole number`)
    }
  }
}

// Each kind of link has its own purpose, so that none can stand in for another.
function assertLinkTokens<User>(options: HandlerOptions<User>): void {
  const issuers = [
    ['tokens', options.tokens],
    ['updateTokens', options.updateTokens],
    ['activationTokens', options.activationTokens],
    ['inviteTokens', options.inviteTokens],
  ] as const
  const seen = new Map<string, string>()
  for (const [name, tokens] of issuers) {
    if (tokens === undefined) continue
    const other = seen.get(tokens.purpose)
    if (other !== undefined) {
      throw new ConfigError(`${name} must have another purpose than ${other} ("${tokens.purpose}")`)
    }
    seen.set(tokens.purpose, name)
  }
  // Sign-up without activation links would make unverified accounts usable: only on request.
  if (
    typeof options.users.create === 'function' &&
    options.requireActivation !== false &&
    !options.activationTokens
  ) {
    throw new ConfigError(
      'sign-up (users.create) needs activationTokens, or requireActivation: false',
    )
  }
  if (options.activationTokens && typeof options.users.create !== 'function') {
    throw new ConfigError('sign-up (activationTokens) needs users.create()')
  }
  if (options.requireActivation !== false && options.activationTokens) {
    if (
      typeof options.users.activate !== 'function' ||
      typeof options.users.isActivated !== 'function'
    ) {
      throw new ConfigError('activation links need users.activate() and users.isActivated()')
    }
  }
}

// Checked once at creation, so a misconfiguration fails at boot rather than on a user's request.
function assertOptions<User>(options: HandlerOptions<User>): void {
  if (options == null) throw new ConfigError('the password flows need their options')
  for (const name of ['policy', 'tokens', 'users', 'resetUrl'] as const) {
    if (options[name] == null) throw new ConfigError(`the password flows need the ${name} option`)
  }
  if (typeof options.sendEmail !== 'function' && typeof options.sendResetEmail !== 'function') {
    throw new ConfigError('the password flows need the sendEmail (or sendResetEmail) option')
  }
  for (const name of ['findByEmail', 'findById', 'credentialState', 'setPassword'] as const) {
    if (typeof options.users[name] !== 'function') {
      throw new ConfigError(`the password flows need users.${name}()`)
    }
  }
  if (options.rateLimit !== undefined && options.rateLimit !== false) {
    assertLimit('email', options.rateLimit.email)
    assertLimit('ip', options.rateLimit.ip)
  }
  if (options.updateTokens && options.updateTokens.purpose === options.tokens.purpose) {
    throw new ConfigError('updateTokens must have another purpose than tokens (e.g. "update")')
  }
  assertLinkTokens(options)
  if (options.store && options.requireSharedStore && options.store.scope === 'process') {
    throw new ConfigError('requireSharedStore: the store keeps its state in this process only')
  }
  if (!options.store && options.requireSharedStore) {
    throw new ConfigError('requireSharedStore: give a shared store (redisStore or your own)')
  }
  if (options.catalogues !== undefined) assertCatalogues(options.catalogues)
  assertSignInOptions(options)
  const base = options.basePath ?? ''
  if (base !== '' && (!base.startsWith('/') || base.endsWith('/'))) {
    throw new ConfigError('basePath starts with "/" and has no trailing "/" (e.g. "/api/auth")')
  }
}

function createContext<User>(options: HandlerOptions<User>): FlowContext<User> {
  // Pattern rules compiled once, at startup (a policy that is not from definePolicy included).
  const policy = preparePolicy(options.policy)
  const policyJson = JSON.stringify(policy)
  let warnedAddress = false
  const rateLimit = options.rateLimit
  const store = options.store ?? memoryStore()
  const locales = {
    ...(options.catalogues === undefined ? {} : { catalogues: options.catalogues }),
    ...(options.fallbackLocale === undefined ? {} : { fallbackLocale: options.fallbackLocale }),
  }
  return {
    options,
    policy,
    policyJson,
    policyEtag: digest('SHA-256', policyJson).then((bytes) => `"${base64url(bytes).slice(0, 27)}"`),
    users: options.users,
    hooks: options.hooks,
    store,
    codes: resetCodes(options.resetCodes, store),
    queue: jobQueue(
      options.queue?.concurrency ?? 4,
      options.queue?.maxPending ?? 1000,
      options.queue?.jitterMs ?? 25,
    ),
    verifiers: options.updateTokens ? [options.tokens, options.updateTokens] : [options.tokens],
    linkVerifiers: [
      options.tokens,
      options.updateTokens,
      options.activationTokens,
      options.inviteTokens,
    ].filter((tokens) => tokens !== undefined),
    check: options.check ?? defaultChecker(options.checkOptions),
    limits:
      rateLimit === false
        ? { email: false, ip: false }
        : {
            email: rateLimit?.email ?? DEFAULT_RATE_LIMITS.email,
            ip: rateLimit?.ip ?? DEFAULT_RATE_LIMITS.ip,
          },
    buildUrl: resetUrlBuilder(options.resetUrl),
    locales,
    catalogueFor: catalogueNegotiator(locales),
    credentials: createCredentials(options),
    throttle: createThrottle(options, store),
    buildActivationUrl: resetUrlBuilder(options.activationUrl ?? options.resetUrl),
    buildInviteUrl: resetUrlBuilder(options.inviteUrl ?? options.resetUrl),
    failed(code, step, extra = {}) {
      emit(options.hooks, 'failed', { code, step, ...extra })
    },
    noClientAddress() {
      if (warnedAddress) return
      warnedAddress = true
      runtimeWarning(
        '@sesame/server: a request came without a client address, so the per-address rate ' +
          'limit is off for it; give the binding the address (clientAddress option).',
        'SESAME_NO_CLIENT_ADDRESS',
      )
    },
  }
}

function call(
  request: SesameRequest,
  catalogue: ServerCatalogue,
): FlowCall & { readonly read: () => boolean } {
  let body: Promise<Readonly<Record<string, unknown>>> | undefined
  return {
    request,
    locale: catalogue.locale,
    catalogue,
    read: () => body !== undefined,
    async fields(spec) {
      body ??= readJsonBody(request)
      return readFields(await body, spec)
    },
    async flag(name) {
      body ??= readJsonBody(request)
      return readFlag(await body, name)
    },
  }
}

// A body no flow read is dropped, so that the connection can carry the next request.
function discardUnread(request: SesameRequest): void {
  if (request.body.kind === 'stream') request.body.stream.discard()
}

/**
 * The password flows as one framework-neutral handler: `GET /policy`, `POST /forgot-password`,
 * `POST /reset-password/verify` and `POST /reset-password` under its mount point, 404 and 405
 * problems (with `Allow`) for anything else there. Mount `handler.fetch` as is in any Fetch
 * runtime, or use a binding (`@sesame/express`, `@sesame/fastify`).
 */
export function createHandler<User>(options: HandlerOptions<User>): SesameHandler {
  assertOptions(options)
  const context = createContext(options)
  const flows = new Map<RouteEntry, Flow>()
  for (const route of ROUTE_TABLE) {
    const flow = route.flow(context)
    if (flow !== null) flows.set(route, flow)
  }
  // A route whose options are missing (sign-in without a hasher) is not mounted at all.
  const table = ROUTE_TABLE.filter((route) => flows.has(route))
  const basePath = options.basePath ?? ''

  const handle = async (request: SesameRequest): Promise<SesameResponse> => {
    const locale = context.catalogueFor(acceptLanguage(request))
    const match = matchRoute(table, request.method, request.path)
    if (match.kind === 'not_found') {
      discardUnread(request)
      return problemResponse('not_found', locale)
    }
    if (match.kind === 'method_not_allowed') {
      discardUnread(request)
      return problemResponse(
        'method_not_allowed',
        locale,
        { allow: match.allow },
        { allow: match.allow.join(', ') },
      )
    }
    const current = call(request, locale)
    try {
      const response = await flows.get(match.route)!(current)
      if (!current.read()) discardUnread(request)
      return request.method === 'HEAD' ? { ...response, body: null } : response
    } catch (error) {
      if (error instanceof Refusal) {
        return problemResponse(error.code, locale, error.extensions, error.headers)
      }
      context.failed('internal_error', match.route.step, { error })
      return problemResponse('internal_error', locale)
    }
  }

  return {
    handle,
    match: (method, path) => matchRoute(table, method, path),
    async fetch(request, init = {}) {
      const { pathname } = new URL(request.url)
      const path = mountedPath(pathname, basePath)
      const address = init.clientAddress ?? options.clientAddress?.(request) ?? undefined
      const neutral = fromFetchRequest(request, path ?? pathname, address)
      if (path === null) {
        discardUnread(neutral)
        return toFetchResponse(
          problemResponse('not_found', context.catalogueFor(acceptLanguage(neutral))),
        )
      }
      return toFetchResponse(await handle(neutral))
    },
    invite: (input) => inviteUser(context, input),
    drain: () => context.queue.drain(),
    async shutdown() {
      await context.queue.drain()
      if (!options.store) await context.store.shutdown()
    },
  }
}
