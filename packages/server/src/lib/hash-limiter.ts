import { Refusal } from './refusal'
import { parallelism } from './runtime'

/** Runs password hashing and verification a few at a time, with a bounded wait list. */
export interface HashLimiter {
  /**
   * Runs `task` once a slot is free; throws the `server_busy` refusal (503 + `Retry-After`) at
   * once when every slot is taken and the wait list is full.
   */
  run<T>(task: () => Promise<T>): Promise<T>
}

/**
 * Hashes at once when the app does not say: one less than the machine runs at once, so that a
 * core stays free for the event loop while hashes run (on a 2-core machine, one at a time), and
 * never more than 2, so that the runtime's 4 worker threads keep room for everything else.
 */
export function defaultHashConcurrency(): number {
  return Math.min(2, Math.max(1, parallelism(2) - 1))
}

/**
 * A limiter of `concurrency` tasks at once and `maxQueue` waiting. Hashes run on the runtime's
 * worker threads: keeping fewer of them busy than it has leaves room for the token signatures and
 * digests every other route needs, so a flood of sign-ins answers 503 instead of stalling them.
 */
export function hashLimiter(
  concurrency: number,
  maxQueue: number,
  retryAfterSeconds: number,
): HashLimiter {
  const waiting: (() => void)[] = []
  let running = 0
  const release = (): void => {
    const next = waiting.shift()
    if (next) next()
    else running -= 1
  }
  return {
    async run(task) {
      if (running >= concurrency) {
        if (waiting.length >= maxQueue) {
          throw new Refusal(
            'server_busy',
            { retryAfter: retryAfterSeconds },
            { 'retry-after': String(retryAfterSeconds) },
          )
        }
        // The slot is handed over by release(): `running` stays as it is.
        await new Promise<void>((resolve) => waiting.push(resolve))
      } else {
        running += 1
      }
      try {
        return await task()
      } finally {
        release()
      }
    },
  }
}
