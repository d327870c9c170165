import { useEffect } from 'react'
import { readTokenFromHash, removeTokenFromUrl } from './reset-token-url'

// A link's token: the prop, else read once from the URL fragment and removed from the address bar.
export function useLinkToken(
  tokenProp: string | undefined,
  start: (token: string | undefined) => void,
): void {
  useEffect(() => {
    let token = tokenProp
    if (token === undefined && typeof window !== 'undefined') {
      token = readTokenFromHash(window.location)
      removeTokenFromUrl(window.location, window.history)
    }
    // StrictMode's second run finds the fragment already cleaned: the controller still has the token.
    start(token)
  }, [start, tokenProp])
}
