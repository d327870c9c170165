/**
 * `@sesame/server/emails`: the built-in templates of the lifecycle's emails (reset with its code,
 * invitation, activation, "an account already exists", "password changed") in the seven shipped
 * locales (or any catalogue you pass), as plain functions an app calls from its `sendEmail` or
 * replaces.
 *
 * @packageDocumentation
 */
import type { Locale } from '@sesame/core'

export { emailCatalogues } from './locales/index'
export { plainName } from './plain-text'
export { type RenderEmailOptions, type RenderedEmail, renderEmail } from './render'
export type * from './texts'
export type * from './types'

/**
 * The language an email is written in: any BCP 47 tag, negotiated among the catalogues.
 *
 * @deprecated Use `Locale` from `@sesame/core` (this was `'fr' | 'en'`).
 */
export type EmailLanguage = Locale
