/**
 * `@sesame/core`: password policy definition and evaluation, checklist, messages, presets,
 * zod schemas and errors.
 *
 * @packageDocumentation
 */
export * from './errors'
