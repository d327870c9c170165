/** Runs background jobs off the response path, a few at a time, with a bounded backlog. */
export interface JobQueue {
  /** Queues a job; false when the backlog is full (the job is dropped). */
  push(job: () => Promise<void>): boolean
  /** Resolves once no job is queued or running. */
  drain(): Promise<void>
}

/**
 * A queue running at most `concurrency` jobs at once; jobs start after a timer tick and a random
 * delay of up to `jitterMs`, so that a known email's extra work (token, email) cannot be timed
 * through the latency of the request that follows it.
 */
export function jobQueue(concurrency: number, maxPending: number, jitterMs = 0): JobQueue {
  const pending: (() => Promise<void>)[] = []
  let running = 0
  let idle: (() => void)[] = []

  const settle = (): void => {
    if (running === 0 && pending.length === 0) {
      const waiters = idle
      idle = []
      for (const resolve of waiters) resolve()
    }
  }
  const next = (): void => {
    while (running < concurrency && pending.length > 0) {
      const job = pending.shift()!
      running += 1
      // Jobs catch their own errors; this guard only keeps the queue moving.
      job()
        .catch(() => undefined)
        .finally(() => {
          running -= 1
          next()
          settle()
        })
    }
  }

  return {
    push(job) {
      if (pending.length >= maxPending) return false
      pending.push(job)
      // The response is written before any job work starts.
      setTimeout(next, jitterMs > 0 ? Math.random() * jitterMs : 0)
      return true
    },
    drain() {
      if (running === 0 && pending.length === 0) return Promise.resolve()
      return new Promise((resolve) => idle.push(resolve))
    },
  }
}
