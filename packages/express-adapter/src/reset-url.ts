import { ConfigError } from '@sesame/core'

/** How reset links are built: from a configured origin (never the request's Host header). */
export interface ResetUrlConfig {
  /** The public origin of the page that resets passwords, e.g. `https://portal.example`. */
  origin: string
  /** Path of that page. Defaults to `/reset-password`. */
  path?: string
  /**
   * Where the token goes. `'fragment'` (default): `…#token=…`, which browsers never send to a
   * server, so it reaches no access log and no Referer. `'query'` only if your page needs it.
   */
  placement?: 'fragment' | 'query'
  /** Name of the token parameter. Defaults to `token`. */
  param?: string
}

/** What a custom link builder receives. */
export interface ResetUrlInput {
  /** The signed token to put in the link. */
  readonly token: string
  /** The locale the email is written in. */
  readonly locale: string
}

/** A {@link ResetUrlConfig} or a function building the link (it must not use the request). */
export type ResetUrlOption = ResetUrlConfig | ((input: ResetUrlInput) => string)

/** Validates the option once, at router creation, and returns the link builder. */
export function resetUrlBuilder(option: ResetUrlOption): (input: ResetUrlInput) => string {
  if (typeof option === 'function') return option
  let base: URL
  try {
    base = new URL(option.path ?? '/reset-password', option.origin)
  } catch (error) {
    throw new ConfigError('resetUrl.origin must be an absolute http(s) URL', { cause: error })
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') {
    throw new ConfigError('resetUrl.origin must be an absolute http(s) URL')
  }
  const placement = option.placement ?? 'fragment'
  const param = option.param ?? 'token'
  return ({ token }) => {
    const url = new URL(base.href)
    if (placement === 'query') url.searchParams.set(param, token)
    else url.hash = `${encodeURIComponent(param)}=${encodeURIComponent(token)}`
    return url.href
  }
}
