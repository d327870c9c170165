import { fileURLToPath } from 'node:url'

/** Everything the portal reads from its environment, resolved once at start. */
export interface PortalConfig {
  /** TCP port; 0 picks a free one (tests). */
  port: number
  /** Public origin used to build reset links; never derived from the Host header. */
  origin: string | undefined
  /** SQLite file; created and seeded when missing. */
  databaseFile: string
  /** `smtp://user:pass@host:port`: send real email instead of filling the dev mailbox. */
  smtpUrl: string | undefined
  /** Sender address of the portal's email. */
  mailFrom: string
  /** `redis://…`: rate limits and single-use token records shared by every instance. */
  redisUrl: string | undefined
  /** Prefix of the portal's Redis keys. */
  redisPrefix: string
  /** HMAC secret of reset tokens (≥ 32 bytes); generated and kept in the database when unset. */
  tokenSecret: string | undefined
  /** Folder of the Vite-built client. */
  clientDir: string
}

const defaultDatabase = fileURLToPath(new URL('../data/portal.db', import.meta.url))
const defaultClientDir = fileURLToPath(new URL('../dist/client', import.meta.url))

function blankToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim()
}

/** Reads the portal's configuration from environment variables. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): PortalConfig {
  const port = Number(env.PORT ?? 3000)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer between 0 and 65535, got "${env.PORT}"`)
  }
  const origin = blankToUndefined(env.PORTAL_ORIGIN)
  if (origin !== undefined && new URL(origin).origin !== origin.replace(/\/$/, '')) {
    throw new Error(
      `PORTAL_ORIGIN must be an origin such as https://portal.example, got "${origin}"`,
    )
  }
  return {
    port,
    origin: origin?.replace(/\/$/, ''),
    databaseFile: blankToUndefined(env.PORTAL_DB) ?? defaultDatabase,
    smtpUrl: blankToUndefined(env.SMTP_URL),
    mailFrom:
      blankToUndefined(env.MAIL_FROM) ?? 'Mes services en ligne <no-reply@portal.localhost>',
    redisUrl: blankToUndefined(env.REDIS_URL),
    redisPrefix: blankToUndefined(env.REDIS_PREFIX) ?? 'portal:',
    tokenSecret: blankToUndefined(env.PORTAL_TOKEN_SECRET),
    clientDir: blankToUndefined(env.PORTAL_CLIENT_DIR) ?? defaultClientDir,
  }
}
