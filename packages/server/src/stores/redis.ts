import { digest, hex } from '../lib/digest'
import { checkKey } from './key'
import type { HitResult, Store } from './types'

/** Sends one raw Redis command (`['SET', 'k', 'v']`) and resolves its reply. */
export type SendCommand = (command: string, ...args: string[]) => Promise<unknown>

/** Options of {@link redisStore}. */
export interface RedisStoreOptions {
  /** Sends one command through the app's own client: see {@link fromIoredis} and {@link fromNodeRedis}. */
  sendCommand: SendCommand
  /** Prepended to every key. Defaults to `'sesame:'`. */
  prefix?: string
}

// INCR and PEXPIRE in one script so that a crash between them can never leave a counter without expiry.
const HIT_SCRIPT = `local c = redis.call('INCR', KEYS[1])
local t = redis.call('PTTL', KEYS[1])
if c == 1 or t < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  t = tonumber(ARGV[1])
end
return {c, t}`

function isOptions(input: object): input is RedisStoreOptions {
  const proto: unknown = Object.getPrototypeOf(input)
  return proto === Object.prototype || proto === null
}

/**
 * A store shared by every instance of the app through Redis: `SET NX PX` for single use and an
 * atomic `INCR` + `PEXPIRE` script for rate limits. Pass `{ sendCommand }` (see
 * {@link fromIoredis}, {@link fromNodeRedis}; any Redis-protocol client works, Upstash's REST
 * included) or an ioredis / node-redis client directly. The client stays the app's to close.
 */
export function redisStore(
  input: RedisStoreOptions | IoredisLike | NodeRedisLike,
  options: { prefix?: string } = {},
): Store {
  let sendCommand: SendCommand
  let prefix = options.prefix
  if (isOptions(input)) {
    sendCommand = input.sendCommand
    prefix ??= input.prefix
  } else if (typeof (input as Partial<IoredisLike>).call === 'function') {
    sendCommand = fromIoredis(input as IoredisLike)
  } else {
    sendCommand = fromNodeRedis(input as NodeRedisLike)
  }
  const keyPrefix = prefix ?? 'sesame:'
  // The script's SHA-1 names it in Redis's script cache (EVALSHA); Web Crypto computes it once.
  const scriptSha = digest('SHA-1', HIT_SCRIPT).then(hex)

  const runHit = async (key: string, windowMs: string): Promise<unknown> => {
    try {
      return await sendCommand('EVALSHA', await scriptSha, '1', key, windowMs)
    } catch (error) {
      // The script cache is empty after a restart or a flush: send the script itself once.
      if (!String((error as { message?: unknown } | null)?.message).includes('NOSCRIPT'))
        throw error
      return sendCommand('EVAL', HIT_SCRIPT, '1', key, windowMs)
    }
  }

  return {
    scope: 'shared',
    async consume(key, ttlSeconds) {
      const ttlMs = String(Math.max(1, Math.ceil(ttlSeconds * 1000)))
      const reply = await sendCommand('SET', keyPrefix + checkKey(key), '1', 'NX', 'PX', ttlMs)
      return reply === 'OK'
    },
    async hit(key, windowMs) {
      const reply = await runHit(
        keyPrefix + checkKey(key),
        String(Math.max(1, Math.ceil(windowMs))),
      )
      if (!Array.isArray(reply) || reply.length !== 2) {
        throw new TypeError('@sesame/server: unexpected reply from Redis to the rate-limit script')
      }
      const result: HitResult = {
        count: Number(reply[0]),
        resetAt: new Date(Date.now() + Number(reply[1])),
      }
      return result
    },
    async peek(key) {
      const name = keyPrefix + checkKey(key)
      const [count, ttl] = await Promise.all([sendCommand('GET', name), sendCommand('PTTL', name)])
      if (count === null || count === undefined || Number(ttl) <= 0) return null
      const result: HitResult = {
        count: Number(count),
        resetAt: new Date(Date.now() + Number(ttl)),
      }
      return result
    },
    shutdown() {
      return Promise.resolve()
    },
  }
}

/** The part of an ioredis client that {@link fromIoredis} uses. */
export interface IoredisLike {
  /** Sends one raw command (`client.call('SET', key, value, ...)`). */
  call(command: string, ...args: string[]): Promise<unknown>
}

/** The part of a node-redis (v4/v5) client that {@link fromNodeRedis} uses. */
export interface NodeRedisLike {
  /** Sends one raw command as an argument list (`client.sendCommand(['SET', key, value])`). */
  sendCommand(args: string[]): Promise<unknown>
}

/** Adapts an ioredis client (or cluster) for {@link redisStore}: `redisStore({ sendCommand: fromIoredis(client) })`. */
export function fromIoredis(client: IoredisLike): SendCommand {
  return (command, ...args) => client.call(command, ...args)
}

/** Adapts a node-redis client for {@link redisStore}: `redisStore({ sendCommand: fromNodeRedis(client) })`. */
export function fromNodeRedis(client: NodeRedisLike): SendCommand {
  return (command, ...args) => client.sendCommand([command, ...args])
}
