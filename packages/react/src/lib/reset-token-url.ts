/**
 * The reset token of a link that carries it in the fragment (`#token=…`), which browsers never
 * send to servers nor in `Referer`.
 */
export function readTokenFromHash(location: Pick<Location, 'hash'>): string | undefined {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''))
  return params.get('token') || undefined
}

/**
 * Drops the token from the address bar (and so from history, bookmarks and screenshots) with
 * `history.replaceState`, keeping the rest of the URL.
 */
export function removeTokenFromUrl(
  location: Pick<Location, 'pathname' | 'search' | 'hash'>,
  history: Pick<History, 'replaceState' | 'state'>,
): void {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''))
  if (!params.has('token')) return
  params.delete('token')
  const rest = params.toString()
  history.replaceState(
    history.state,
    '',
    `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`,
  )
}
