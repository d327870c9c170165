/**
 * A Node.js built-in module when the runtime hands it out synchronously (Node.js 20.16+, through
 * `process.getBuiltinModule`), so that edge bundles never see a `node:` import; undefined elsewhere.
 * `T` names the part of the module the caller uses.
 */
export function builtin<T>(id: 'node:crypto' | 'node:os'): T | undefined {
  const runtime = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } })
    .process
  return runtime?.getBuiltinModule?.(id) as T | undefined
}

/** The part of `node:os` used here. */
interface NativeOs {
  availableParallelism(): number
}

/**
 * How many threads the machine runs at once: Node's `availableParallelism()`, the Web's
 * `navigator.hardwareConcurrency` (Deno, Bun, browsers, Workers), else `fallback`.
 */
export function parallelism(fallback: number): number {
  const fromNode = builtin<NativeOs>('node:os')?.availableParallelism()
  const fromWeb = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator
    ?.hardwareConcurrency
  const found = fromNode ?? fromWeb
  return typeof found === 'number' && Number.isInteger(found) && found > 0 ? found : fallback
}
