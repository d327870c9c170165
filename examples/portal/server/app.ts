import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { hashPassword } from '@sesame/express'
import express, { type NextFunction, type Request, type Response } from 'express'
import { accountRepository } from './accounts'
import type { PortalConfig } from './config'
import { openDatabase } from './db'
import { mailboxList, mailboxMessage } from './mailbox-page'
import { type Mailer, mailboxMailer, smtpMailer } from './mailer'
import { problem } from './problems'
import { sessionRoutes } from './routes/session'
import { signUpRoutes } from './routes/sign-up'
import { sameOriginJson, securityHeaders } from './security'
import { seed } from './seed'
import { createSesame } from './sesame'
import { readCookie, sessionStore } from './sessions'

/** A running portal: its Express app and what must be closed on shutdown. */
export interface Portal {
  app: express.Express
  mailer: Mailer
  close(): Promise<void>
}

/** The language the user chose in the header (a cookie the client sets); French by default. */
function localeOf(req: Request): 'fr' | 'en' {
  return readCookie(req, 'portal_locale') === 'en' ? 'en' : 'fr'
}

/**
 * Builds the portal: SQLite (created and seeded when new), sessions, mailer, the @sesame/express
 * reset routes under /api/auth, the portal's own routes and the built client.
 * `origin()` is read when a link is built: with PORT=0 it is only known once listening.
 */
export async function createPortal(config: PortalConfig, origin: () => string): Promise<Portal> {
  const { db, isNew } = openDatabase(config.databaseFile)
  const accounts = accountRepository(db)
  if (isNew) await seed(db, accounts, (password) => hashPassword(password))
  const sessions = sessionStore(db, { secure: (config.origin ?? '').startsWith('https:') })
  const mailer = config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : mailboxMailer(db)
  const sesame = createSesame({ config, db, accounts, sessions, mailer, origin })

  const app = express()
  app.disable('x-powered-by')
  app.use(securityHeaders)
  app.use(express.json({ limit: '16kb' }))
  app.use('/api', sameOriginJson(origin))

  // The portal speaks French unless the user switched: the email follows, Accept-Language aside.
  app.post('/api/auth/forgot-password', (req, _res, next) => {
    const body = req.body as Record<string, unknown> | undefined
    if (body && typeof body === 'object' && body.locale === undefined) body.locale = localeOf(req)
    next()
  })
  app.use('/api/auth', sesame.resetRoutes)
  app.use('/api', await sessionRoutes({ accounts, sessions, sesame }))
  app.use('/api', signUpRoutes({ accounts, sessions, localeOf }))
  app.get('/api/health', (_req, res) => {
    res.json({ ok: true, store: sesame.storeKind, mail: mailer.kind })
  })
  app.use('/api', (_req, res) => problem(res, 404, 'not_found', 'Not found'))

  if (mailer.kind === 'mailbox') {
    app.get('/mailbox', mailboxList(db))
    app.get('/mailbox/:id', mailboxMessage(db))
  } else {
    // With real email, reset links must not be readable on a page.
    app.get(/^\/mailbox(\/.*)?$/, (_req, res) => {
      res.status(404).type('text').send('No dev mailbox: email is sent through SMTP_URL.')
    })
  }

  const index = join(config.clientDir, 'index.html')
  app.use(express.static(config.clientDir, { index: false, maxAge: '1h' }))
  // Every other GET is a client-side screen.
  app.get(/.*/, (_req, res) => {
    if (!existsSync(index)) {
      res
        .status(503)
        .type('text')
        .send('Client not built: run `pnpm --filter @sesame/portal build`.')
      return
    }
    res.set('Cache-Control', 'no-cache').sendFile(index)
  })

  // Last resort: a problem without details (never a stack trace, a token or a password).
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = (error as { status?: unknown } | null)?.status
    if (res.headersSent) return
    // express.json() refusals: malformed or oversized bodies are the client's fault.
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const code = status === 413 ? 'payload_too_large' : 'malformed_json'
      problem(res, status, code, 'The request body was refused')
      return
    }
    console.error('portal: unexpected error', error instanceof Error ? error.name : typeof error)
    problem(res, 500, 'internal_error', 'Unexpected error')
  })

  return {
    app,
    mailer,
    async close() {
      await sesame.close()
      mailer.close()
      db.close()
    },
  }
}
