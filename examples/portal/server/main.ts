import { existsSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createPortal } from './app'
import { readConfig } from './config'

const config = readConfig()

// Production mode serves the Vite-built client: build it once when it is missing.
if (!existsSync(join(config.clientDir, 'index.html'))) {
  console.log('Building the client (first start)…')
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

let origin = config.origin ?? `http://localhost:${config.port}`
const portal = await createPortal(config, () => origin)
const server = portal.app.listen(config.port, () => {
  const { port } = server.address() as AddressInfo
  origin = config.origin ?? `http://localhost:${port}`
  const listening = config.origin ? ` (listening on port ${port})` : ''
  const mail =
    portal.mailer.kind === 'mailbox'
      ? `Dev mailbox: ${origin}/mailbox`
      : 'Email: sent through SMTP_URL'
  console.log(`Mes services en ligne: ${origin}/${listening}\n${mail}`)
})

let closing = false
function shutdown() {
  if (closing) return
  closing = true
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
