import { type Locale, resolveLocale } from '@sesame/core'
import { PROBLEM_STATUS, type ProblemCode } from '@sesame/core/wire'
import { jsonResponse } from './lib/response'
import { PROBLEM_MESSAGES } from './problem-messages'
import type { SesameRequest, SesameResponse } from './request'

/** An RFC 9457 problem document as the routes send it, for any code (extension members open). */
export interface ProblemDetails {
  /** A URI naming the problem type: `urn:sesame:problem:<code>`. */
  readonly type: string
  /** Short summary, localised (fr/en) from `Accept-Language`. */
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

/** Longest `Accept-Language` header read; a longer one is ignored (English). */
const MAX_ACCEPT_LANGUAGE = 512

/** The HTTP status that goes with a problem code. */
export function problemStatus(code: ProblemCode): number {
  return PROBLEM_STATUS[code]
}

/** Builds the problem document for `code` in `locale`, with extension members. */
export function problemDetails(
  code: ProblemCode,
  locale: Locale,
  extensions: Readonly<Record<string, unknown>> = {},
): ProblemDetails {
  const text = PROBLEM_MESSAGES[locale][code]
  return {
    type: `urn:sesame:problem:${code}`,
    title: text.title,
    status: PROBLEM_STATUS[code],
    detail: text.detail,
    code,
    ...extensions,
  }
}

/** The locale of a request's problems and labels: its `Accept-Language` (fr or en), else English. */
export function requestLocale(request: Pick<SesameRequest, 'headers'>): Locale {
  const header = request.headers['accept-language']
  return header === undefined || header.length > MAX_ACCEPT_LANGUAGE ? 'en' : resolveLocale(header)
}

/**
 * The `application/problem+json` response for `code`, titled in `locale`, with
 * `Cache-Control: no-store`, `Content-Language` and `Vary: Accept-Language`; `headers` are added
 * (e.g. `Retry-After`).
 */
export function problemResponse(
  code: ProblemCode,
  locale: Locale,
  extensions: Readonly<Record<string, unknown>> = {},
  headers: Readonly<Record<string, string>> = {},
): SesameResponse {
  return jsonResponse(PROBLEM_STATUS[code], problemDetails(code, locale, extensions), {
    'content-language': locale,
    vary: 'Accept-Language',
    ...headers,
    'content-type': 'application/problem+json; charset=utf-8',
  })
}
