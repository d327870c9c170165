import { en as core } from '@sesame/core/locales/en'
import { enChecklist, enForms, enLifecycle, enStrength } from './built-in'
import type { ReactCatalogue } from './types'

/** English texts of `@sesame/react` (with `@sesame/core`'s). */
export const en = {
  locale: 'en',
  core: core.core,
  react: { checklist: enChecklist, forms: enForms, lifecycle: enLifecycle, strength: enStrength },
} as const satisfies ReactCatalogue
