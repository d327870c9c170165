import { type Locale, resolveLocale } from '@sesame/core'
import { PROBLEM_STATUS, type ProblemCode } from '@sesame/core/wire'
import { jsonResponse } from './lib/response'
import { en } from './locales/en'
import { fr } from './locales/fr'
import type { ServerCatalogue } from './locales/types'
import type { SesameRequest, SesameResponse } from './request'

/** An RFC 9457 problem document as the routes send it, for any code (extension members open). */
export interface ProblemDetails {
  /** A URI naming the problem type: `urn:sesame:problem:<code>`. */
  readonly type: string
  /** Short summary, in the locale negotiated from `Accept-Language`. */
  readonly title: string
  /** The HTTP status code. */
  readonly status: number
  /** Stable, machine-readable reason: switch on this. */
  readonly code: ProblemCode
  /** Longer explanation, localised; never a stack trace. */
  readonly detail: string
  /** Extension members (`errors`, `checks`, `field`, ...). */
  readonly [extension: string]: unknown
}

/** The catalogues built into the main entry: English (the fallback) and French (the seed's). */
const BUILT_IN: readonly ServerCatalogue[] = [en, fr]

/** A BCP 47 tag (negotiated among the handler's or built-in catalogues), or the catalogue to answer with. */
export type ProblemLocale = Locale | ServerCatalogue

/** Options of the negotiation of a request's locale. */
export interface LocaleOptions {
  /** The catalogues to negotiate among (default: the built-in English and French). */
  readonly catalogues?: readonly ServerCatalogue[]
  /** The locale when nothing matches (default `'en'` when offered, else the first catalogue's). */
  readonly fallbackLocale?: Locale
}

/** The catalogue of `locale`: itself when it is one, else the best match among `catalogues`. */
export function serverCatalogue(
  locale: ProblemLocale | readonly string[] | undefined,
  options: LocaleOptions = {},
): ServerCatalogue {
  if (locale !== undefined && typeof locale !== 'string' && 'server' in locale) return locale
  const catalogues = options.catalogues ?? BUILT_IN
  const tags = catalogues.map((c) => c.locale)
  const fallback = options.fallbackLocale
  const tag = resolveLocale(locale, tags, fallback === undefined ? {} : { fallback })
  return catalogues.find((c) => c.locale === tag) ?? catalogues[0] ?? en
}

/** Longest `Accept-Language` header read; a longer one is ignored (fallback locale). */
const MAX_ACCEPT_LANGUAGE = 512

/** The HTTP status that goes with a problem code. */
export function problemStatus(code: ProblemCode): number {
  return PROBLEM_STATUS[code]
}

/** Builds the problem document for `code` in `locale`, with extension members. */
export function problemDetails(
  code: ProblemCode,
  locale: ProblemLocale,
  extensions: Readonly<Record<string, unknown>> = {},
): ProblemDetails {
  const text = serverCatalogue(locale).server.problems[code]
  return {
    type: `urn:sesame:problem:${code}`,
    title: text.title,
    status: PROBLEM_STATUS[code],
    detail: text.detail,
    code,
    ...extensions,
  }
}

/**
 * The catalogue of a request's problems and labels, negotiated from its `Accept-Language` among
 * the offered catalogues (the built-in English and French by default).
 */
export function requestCatalogue(
  request: Pick<SesameRequest, 'headers'>,
  options: LocaleOptions = {},
): ServerCatalogue {
  return serverCatalogue(acceptLanguage(request), options)
}

/** The request's `Accept-Language` header, or undefined when absent or too long to read. */
export function acceptLanguage(request: Pick<SesameRequest, 'headers'>): string | undefined {
  const header = request.headers['accept-language']
  return header === undefined || header.length > MAX_ACCEPT_LANGUAGE ? undefined : header
}

/** Most distinct values a negotiator remembers; past it the oldest is forgotten. */
const MAX_REMEMBERED = 256

/**
 * {@link serverCatalogue} among one configuration's catalogues, remembering the answer for each
 * value seen (an `Accept-Language` header, a requested tag), at most {@link MAX_REMEMBERED}.
 */
export function catalogueNegotiator(
  options: LocaleOptions,
): (value: string | undefined) => ServerCatalogue {
  const remembered = new Map<string | undefined, ServerCatalogue>()
  return (value) => {
    const known = remembered.get(value)
    if (known !== undefined) return known
    const catalogue = serverCatalogue(value, options)
    if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value)
    remembered.set(value, catalogue)
    return catalogue
  }
}

/** The locale (BCP 47 tag) of a request's problems and labels: see {@link requestCatalogue}. */
export function requestLocale(
  request: Pick<SesameRequest, 'headers'>,
  options: LocaleOptions = {},
): Locale {
  return requestCatalogue(request, options).locale
}

/**
 * The `application/problem+json` response for `code`, titled in `locale`, with
 * `Cache-Control: no-store`, `Content-Language` and `Vary: Accept-Language`; `headers` are added
 * (e.g. `Retry-After`).
 */
export function problemResponse(
  code: ProblemCode,
  locale: ProblemLocale,
  extensions: Readonly<Record<string, unknown>> = {},
  headers: Readonly<Record<string, string>> = {},
): SesameResponse {
  const catalogue = serverCatalogue(locale)
  return jsonResponse(PROBLEM_STATUS[code], problemDetails(code, catalogue, extensions), {
    'content-language': catalogue.locale,
    vary: 'Accept-Language',
    ...headers,
    'content-type': 'application/problem+json; charset=utf-8',
  })
}
