interface ProcessLike {
  emitWarning?: (message: string, options: { code: string }) => void
  env?: Record<string, string | undefined>
}

const processOf = (): ProcessLike | undefined => (globalThis as { process?: ProcessLike }).process

/** A process warning where the runtime has them (Node, Bun, Deno), else a console warning. */
export function runtimeWarning(message: string, code: string): void {
  const emit = processOf()?.emitWarning
  if (typeof emit === 'function') emit.call(processOf(), message, { code })
  // biome-ignore lint/suspicious/noConsole: the only channel edge runtimes offer for a warning.
  else globalThis.console?.warn(`${code}: ${message}`)
}

/** Whether `NODE_ENV` is `production`, on runtimes that have environment variables. */
export function isProduction(): boolean {
  return processOf()?.env?.NODE_ENV === 'production'
}
