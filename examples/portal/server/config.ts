import { Buffer } from 'node:buffer'
import { fileURLToPath } from 'node:url'

/** Everything the portal reads from its environment, resolved once at start. */
export interface PortalConfig {
  /** TCP port; 0 picks a free one (tests). */
  port: number
  /** Interface to listen on: 127.0.0.1 unless `HOST` says otherwise. */
  host: string
  /** `NODE_ENV=production`: no dev mailbox, a token secret required. */
  production: boolean
  /** Public origin of links and of the Origin check; never derived from the Host header. Unset: the printed URL. */
  origin: string | undefined
  /** SQLite file; created and seeded when missing. */
  databaseFile: string
  /** `smtp://user:pass@host:port`: send real email instead of filling the dev mailbox. */
  smtpUrl: string | undefined
  /** `PORTAL_DEV_MAILBOX=1` (set by `npm start`): keep sent email in SQLite and show it on /mailbox. */
  devMailbox: boolean
  /** Sender address of the portal's email. */
  mailFrom: string
  /** `redis://…`: rate limits and single-use token records shared by every instance. */
  redisUrl: string | undefined
  /** Prefix of the portal's Redis keys. */
  redisPrefix: string
  /** HMAC secret of the tokens (≥ 32 bytes), from `PORTAL_TOKEN_SECRET`; unset in development only. */
  tokenSecret: string | undefined
  /** Folder of the Vite-built client. */
  clientDir: string
}

/** A configuration the portal refuses to start with; `main.ts` prints the message and exits. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** Shortest accepted token secret, in bytes (as @sesame/core/tokens requires). */
const MIN_SECRET_BYTES = 32

const defaultDatabase = fileURLToPath(new URL('../data/portal.db', import.meta.url))
const defaultClientDir = fileURLToPath(new URL('../dist/client', import.meta.url))

function blankToUndefined(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim()
}

function readOrigin(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  const trimmed = value.replace(/\/$/, '')
  let parsed: URL
  try {
    parsed = new URL(trimmed)
  } catch {
    throw new ConfigError(
      `PORTAL_ORIGIN must be an origin such as https://portal.example, got "${value}"`,
    )
  }
  if (parsed.origin !== trimmed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
    throw new ConfigError(
      `PORTAL_ORIGIN must be an origin such as https://portal.example, got "${value}"`,
    )
  }
  return trimmed
}

/** Reads the portal's configuration from environment variables; throws {@link ConfigError} when it must not start. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): PortalConfig {
  const port = Number(env.PORT ?? 3000)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be an integer between 0 and 65535, got "${env.PORT}"`)
  }
  const production = env.NODE_ENV === 'production'
  const devMailbox = env.PORTAL_DEV_MAILBOX === '1'
  if (production && devMailbox) {
    throw new ConfigError(
      'PORTAL_DEV_MAILBOX=1 is refused with NODE_ENV=production: the dev mailbox shows live reset links to anyone.',
    )
  }
  const tokenSecret = blankToUndefined(env.PORTAL_TOKEN_SECRET)
  if (tokenSecret === undefined && production) {
    throw new ConfigError(
      'PORTAL_TOKEN_SECRET is required with NODE_ENV=production (at least 32 bytes, e.g. `openssl rand -base64 32`).',
    )
  }
  if (tokenSecret !== undefined && Buffer.byteLength(tokenSecret) < MIN_SECRET_BYTES) {
    throw new ConfigError(`PORTAL_TOKEN_SECRET must be at least ${MIN_SECRET_BYTES} bytes long.`)
  }
  return {
    port,
    host: blankToUndefined(env.HOST) ?? '127.0.0.1',
    production,
    origin: readOrigin(blankToUndefined(env.PORTAL_ORIGIN)),
    databaseFile: blankToUndefined(env.PORTAL_DB) ?? defaultDatabase,
    smtpUrl: blankToUndefined(env.SMTP_URL),
    devMailbox,
    mailFrom:
      blankToUndefined(env.MAIL_FROM) ?? 'Mes services en ligne <no-reply@portal.localhost>',
    redisUrl: blankToUndefined(env.REDIS_URL),
    redisPrefix: blankToUndefined(env.REDIS_PREFIX) ?? 'portal:',
    tokenSecret,
    clientDir: blankToUndefined(env.PORTAL_CLIENT_DIR) ?? defaultClientDir,
  }
}

/** The URL the portal prints once listening, and its default origin. */
export function listeningOrigin(host: string, port: number): string {
  const wildcard = host === '0.0.0.0' || host === '::'
  const name = wildcard ? 'localhost' : host.includes(':') ? `[${host}]` : host
  return `http://${name}:${port}`
}
