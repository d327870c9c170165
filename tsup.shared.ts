import type { Options } from 'tsup'

/** The locales Sesame ships a catalogue for, each one its own entry where a package has them. */
export const LOCALE_TAGS = ['de', 'en', 'es', 'fr', 'it', 'nl', 'pt'] as const

/** One entry a locale: `<prefix>/<tag>` built from `<dir>/<tag>.ts`. */
export function localeEntries(dir: string, prefix = 'locales'): Record<string, string> {
  return Object.fromEntries(LOCALE_TAGS.map((tag) => [`${prefix}/${tag}`, `${dir}/${tag}.ts`]))
}

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
