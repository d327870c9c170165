import { ConfigError } from '../../errors'
import { MAX_TTL, MAX_TTL_BY_PURPOSE, MIN_TTL } from './constants'

const UNIT_SECONDS: Readonly<Record<string, number>> = {
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  m: 60,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
  d: 86400,
  day: 86400,
  days: 86400,
}

const DURATION = /^(\d{1,6})\s*([a-z]+)$/

/** The longest lifetime a token of `purpose` may have: 7 days for `'invite'`, 24 hours otherwise. */
export function maxTtlFor(purpose: string): number {
  return Object.hasOwn(MAX_TTL_BY_PURPOSE, purpose)
    ? (MAX_TTL_BY_PURPOSE[purpose] as number)
    : MAX_TTL
}

/**
 * Seconds from `30`, `'30m'`, `'2 hours'`...; throws ConfigError outside 1 minute – `max`
 * (24 hours unless the purpose allows more, see {@link maxTtlFor}).
 */
export function parseTtl(ttl: unknown, max: number = MAX_TTL): number {
  let seconds: number
  if (typeof ttl === 'number') {
    seconds = ttl
  } else if (typeof ttl === 'string') {
    const match = DURATION.exec(ttl.trim().toLowerCase())
    const unit = match ? UNIT_SECONDS[match[2] as string] : undefined
    if (!match || unit === undefined) {
      throw new ConfigError(`ttl "${ttl}" is not a duration such as "30m", "2h" or "90s".`)
    }
    seconds = Number(match[1]) * unit
  } else {
    throw new ConfigError('ttl must be a number of seconds or a string such as "30m".')
  }
  if (!Number.isSafeInteger(seconds) || seconds < MIN_TTL || seconds > max) {
    throw new ConfigError(`ttl must be whole seconds from ${MIN_TTL} to ${max}.`)
  }
  return seconds
}
