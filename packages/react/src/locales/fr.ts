import { fr as core } from '@sesame/core/locales/fr'
import { frChecklist, frForms, frLifecycle, frStrength } from './built-in'
import type { ReactCatalogue } from './types'

/** French texts of `@sesame/react` (with `@sesame/core`'s). */
export const fr = {
  locale: 'fr',
  core: core.core,
  react: { checklist: frChecklist, forms: frForms, lifecycle: frLifecycle, strength: frStrength },
} as const satisfies ReactCatalogue
