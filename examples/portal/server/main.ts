import { existsSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createPortal } from './app'
import { ConfigError, listeningOrigin, type PortalConfig, readConfig } from './config'
import { seedAccounts } from './seed'

function configOrExit(): PortalConfig {
  try {
    return readConfig()
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    console.error(`Mes services en ligne: not started. ${error.message}`)
    process.exit(1)
  }
}

const config = configOrExit()

// Production mode serves the Vite-built client: build it once when it is missing.
if (!existsSync(join(config.clientDir, 'index.html'))) {
  process.stdout.write('Building the client (first start)…\n')
  const { build } = await import('vite')
  const nodeEnv = process.env.NODE_ENV
  await build({
    configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
    logLevel: 'error',
    build: { outDir: config.clientDir },
  })
  // vite build sets NODE_ENV=production for this whole process: give the server its own back.
  if (nodeEnv === undefined) delete process.env.NODE_ENV
  else process.env.NODE_ENV = nodeEnv
}

/** Serves the portal until SIGINT or SIGTERM. */
async function run(config: PortalConfig): Promise<void> {
  // The origin is known once the server listens (a port of 0 picks a free one).
  let origin = config.origin ?? listeningOrigin(config.host, config.port)
  const portal = await createPortal(config, () => origin)
  const server = portal.app.listen(config.port, config.host, () => {
    const { port } = server.address() as AddressInfo
    origin = config.origin ?? listeningOrigin(config.host, port)
    const listening = config.origin ? ` (listening on ${config.host} port ${port})` : ''
    const lines = [`Mes services en ligne: ${origin}/${listening}`]
    const first = seedAccounts[0]
    if (!config.production) {
      lines.push(
        `Sign in first at ${origin}/sign-in as ${first.email} (password ${first.password}): a migrated account, whose first sign-in updates its password.`,
      )
    }
    lines.push(
      portal.mailer.kind === 'mailbox'
        ? `Dev mailbox: ${origin}/mailbox`
        : portal.mailer.kind === 'smtp'
          ? 'Email: sent through SMTP_URL'
          : 'Email: none is sent (set SMTP_URL, or PORTAL_DEV_MAILBOX=1 in development)',
    )
    if (portal.generatedSecret) {
      lines.push(
        'Token secret: generated for this run (links die on restart; set PORTAL_TOKEN_SECRET to keep them)',
      )
    }
    process.stdout.write(`${lines.join('\n')}\n`)
  })

  function shutdown() {
    process.off('SIGINT', shutdown)
    process.off('SIGTERM', shutdown)
    server.close(() => {
      portal.close().then(
        () => process.exit(0),
        () => process.exit(1),
      )
    })
    server.closeAllConnections()
  }
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
}

await run(config)
