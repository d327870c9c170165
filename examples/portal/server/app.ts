import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { problemErrorHandler, sendProblem } from '@sesame/express'
import express, { type NextFunction, type Request, type Response } from 'express'
import { accountRepository } from './accounts'
import type { PortalConfig } from './config'
import { openDatabase } from './db'
import { mailboxList, mailboxMessage, mailboxStyle } from './mailbox-page'
import { type Mailer, mailboxMailer, noMailer, smtpMailer } from './mailer'
import { normaliseName } from './names'
import { accountRoutes } from './routes/account'
import { sameOriginJson, securityHeaders } from './security'
import { seed } from './seed'
import { createSesame } from './sesame'
import { createSessions } from './sessions'

/** A running portal: its Express app and what must be closed on shutdown. */
export interface Portal {
  app: express.Express
  mailer: Mailer
  /** Whether the token secret was generated at start (development without PORTAL_TOKEN_SECRET). */
  generatedSecret: boolean
  close(): Promise<void>
}

/** The language the user chose in the header (a cookie the client sets); French by default. */
function localeOf(req: Request): 'fr' | 'en' {
  return /(?:^|;\s*)portal_locale=en(?:;|$)/.test(req.headers.cookie ?? '') ? 'en' : 'fr'
}

function chooseMailer(config: PortalConfig, db: ReturnType<typeof openDatabase>['db']): Mailer {
  if (config.smtpUrl) return smtpMailer(config.smtpUrl, config.mailFrom)
  return config.devMailbox ? mailboxMailer(db) : noMailer()
}

/**
 * Builds the portal: SQLite (created and seeded when new), sessions, mailer, the @sesame/express
 * routes under /api/auth (sign-in, sign-up and activation, reset by link or code, change), the portal's own routes and the built client.
 * `origin()` is read when a link is built or an Origin checked: with PORT=0 it is only known once listening.
 */
export async function createPortal(config: PortalConfig, origin: () => string): Promise<Portal> {
  const https = (config.origin ?? '').startsWith('https:')
  const { db, isNew } = openDatabase(config.databaseFile)
  const accounts = accountRepository(db)
  // In development without PORTAL_TOKEN_SECRET: a secret for this process only, never stored.
  const secret = config.tokenSecret ?? randomBytes(32).toString('base64url')
  const sessions = createSessions(db, { https, secret })
  const mailer = chooseMailer(config, db)
  const sesame = createSesame({ config, secret, accounts, sessions, mailer, origin })
  if (isNew) await seed(db, accounts, (password) => sesame.hasher.hash(password))

  const app = express()
  app.disable('x-powered-by')
  app.use(securityHeaders({ https }))
  app.use('/api', express.json({ limit: '16kb' }), problemErrorHandler())
  app.use('/api', sameOriginJson(origin), sessions.middleware)

  // The portal speaks French unless the user switched: the email follows, Accept-Language aside.
  app.post(['/api/auth/forgot-password', '/api/auth/sign-up'], (req, _res, next) => {
    const body = req.body as Record<string, unknown> | undefined
    if (body && typeof body === 'object' && body.locale === undefined) body.locale = localeOf(req)
    next()
  })
  // A sign-up's name is required and holds only what a name has (never a link or markup).
  app.post('/api/auth/sign-up', (req, res, next) => {
    const body = req.body as Record<string, unknown> | undefined
    const name = body && typeof body === 'object' ? normaliseName(body.name) : null
    if (body === undefined || name === null) {
      sendProblem(req, res, 'invalid_field', { field: 'name', errors: [{ field: 'name' }] })
      return
    }
    body.name = name
    next()
  })
  app.use('/api/auth', sesame.resetRoutes, problemErrorHandler())
  app.use('/api', accountRoutes({ accounts, sessions }))
  app.get('/api/health', (_req, res) => {
    res.json({ ok: true, store: sesame.storeKind, mail: mailer.kind })
  })
  app.use('/api', (req, res) => sendProblem(req, res, 'not_found'))

  if (mailer.kind === 'mailbox') {
    app.get('/mailbox.css', (_req, res) => {
      res.type('css').send(mailboxStyle)
    })
    app.get('/mailbox', mailboxList(db))
    app.get('/mailbox/:id', mailboxMessage(db))
  } else {
    // Only PORTAL_DEV_MAILBOX=1 (never in production) shows email on a page.
    app.get(/^\/mailbox(?:[./].*)?$/, (_req, res) => {
      res.status(404).type('text').send('Not found')
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
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    if (res.headersSent) return
    console.error('portal: unexpected error', error instanceof Error ? error.name : typeof error)
    sendProblem(req, res, 'internal_error')
  })

  return {
    app,
    mailer,
    generatedSecret: config.tokenSecret === undefined,
    async close() {
      await sesame.close()
      mailer.close()
      db.close()
    },
  }
}
