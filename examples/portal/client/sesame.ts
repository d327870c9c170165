import { createSesameClient } from '@sesame/react'

/** Talks to the @sesame/express routes mounted by the server under /api/auth. */
export const sesameClient = createSesameClient({ baseUrl: '/api/auth' })
