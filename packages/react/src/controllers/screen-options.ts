import type { Blocklist, Policy } from '@sesame/core'
import type { SesameClient } from '../client'
import type { ReactCatalogue } from '../locales/types'
import type { SesameReactMessages } from '../messages'

/** What every screen's controller takes: the language of its texts, their overrides and its client. */
export interface ScreenOptions {
  /** Language of the texts (a BCP 47 tag), negotiated among the catalogues; sent to the routes that take one. */
  locale?: string | undefined
  /** The catalogues to negotiate the texts' language among (default: the built-in English and French). */
  catalogues?: readonly ReactCatalogue[] | undefined
  /** Talks to the Sesame routes (default: `createSesameClient()`, same origin). */
  client?: SesameClient | undefined
  /** Text overrides. */
  messages?: Partial<SesameReactMessages> | undefined
}

/** What a screen that has the user choose a password takes beyond {@link ScreenOptions}. */
export interface PolicyScreenOptions extends ScreenOptions {
  /** The policy the password must meet: the live checklist, and the check before submitting. */
  policy: Policy
  /** Enables the `notCommon` rule in the checklist. */
  blocklist?: Blocklist | undefined
}
