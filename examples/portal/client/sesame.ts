import { createSesameClient } from '@sesame/react'

/** Talks to the @sesame/express routes mounted by the server under /api/auth. */
export const sesameClient = createSesameClient({ baseUrl: '/api/auth' })

/**
 * The update token that a migrated account's sign-in answered: kept in memory only (never in the
 * URL or history), so a reload falls back to the emailed link.
 */
export const pendingUpdate: { token: string | null } = { token: null }
