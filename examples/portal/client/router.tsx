import { type AnchorHTMLAttributes, type MouseEvent, useEffect, useState } from 'react'

/** The portal's screens, by path. */
export const paths = {
  /** The front page when signed out, the dashboard when signed in. */
  home: '/',
  signIn: '/sign-in',
  signUp: '/sign-up',
  forgotPassword: '/forgot-password',
  emailSent: '/email-sent',
  resetPassword: '/reset-password',
  resetCode: '/reset-code',
  activate: '/activate',
  changePassword: '/change-password',
} as const

const listeners = new Set<() => void>()

/** Client-side navigation: a few screens do not need a router library. */
export function navigate(to: string, options: { replace?: boolean; state?: unknown } = {}): void {
  if (options.replace) window.history.replaceState(options.state ?? null, '', to)
  else window.history.pushState(options.state ?? null, '', to)
  for (const listener of listeners) listener()
}

/** Where the browser is: path, query, fragment and the history entry's state. */
export interface Location {
  pathname: string
  search: string
  hash: string
  state: unknown
}

function read(): Location {
  return {
    pathname: window.location.pathname,
    search: window.location.search,
    hash: window.location.hash,
    state: window.history.state as unknown,
  }
}

/** The current location; re-renders on navigation and on back/forward. */
export function useLocation(): Location {
  const [location, setLocation] = useState(read)
  useEffect(() => {
    const update = () => setLocation(read())
    listeners.add(update)
    window.addEventListener('popstate', update)
    return () => {
      listeners.delete(update)
      window.removeEventListener('popstate', update)
    }
  }, [])
  return location
}

/** An anchor that navigates without reloading the page (modifier-clicks keep the browser's default). */
export function Link({
  to,
  state,
  ...props
}: AnchorHTMLAttributes<HTMLAnchorElement> & { to: string; state?: unknown }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return
    event.preventDefault()
    navigate(to, { state })
  }
  return <a {...props} href={to} onClick={onClick} />
}
