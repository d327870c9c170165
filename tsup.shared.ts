import type { Options } from 'tsup'

/**
 * The build of a Node binding of `@sesame/server` (Express, Fastify): ESM + CJS with types, for
 * Node 20, the framework and the workspace packages left to the app's own install.
 */
export function bindingBuild(entry: Record<string, string>, framework: readonly string[]): Options {
  return {
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    splitting: true,
    clean: true,
    treeshake: true,
    target: 'node20',
    platform: 'node',
    removeNodeProtocol: false,
    external: [...framework, /^@sesame\/core/, /^@sesame\/server/],
  }
}
