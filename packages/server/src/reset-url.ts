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

/**
 * The reset page's absolute URL (`'https://portal.example/reset-password'`, token added in the
 * fragment), a {@link ResetUrlConfig}, or a function building the link (it must not use the request).
 */
export type ResetUrlOption = string | ResetUrlConfig | ((input: ResetUrlInput) => string)

function absolute(href: string, base?: string): URL {
  let url: URL
  try {
    url = base === undefined ? new URL(href) : new URL(href, base)
  } catch (error) {
    throw new ConfigError('resetUrl must be an absolute http(s) URL', { cause: error })
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError('resetUrl must be an absolute http(s) URL')
  }
  return url
}

/** Validates the option once, at creation, and returns the link builder. */
export function resetUrlBuilder(option: ResetUrlOption): (input: ResetUrlInput) => string {
  if (typeof option === 'function') return option
  const config: ResetUrlConfig =
    typeof option === 'string' ? { origin: absolute(option).href, path: '' } : option
  if (config == null || typeof config.origin !== 'string') {
    throw new ConfigError('resetUrl must be an absolute http(s) URL, an object or a function')
  }
  const base = absolute(
    config.path === '' ? config.origin : (config.path ?? '/reset-password'),
    config.origin,
  )
  const placement = config.placement ?? 'fragment'
  const param = config.param ?? 'token'
  return ({ token }) => {
    const url = new URL(base.href)
    if (placement === 'query') url.searchParams.set(param, token)
    else url.hash = `${encodeURIComponent(param)}=${encodeURIComponent(token)}`
    return url.href
  }
}
