import type { Engine } from './engine'

/** The locales with strength dictionaries: English, and French on top of it. */
export type DictionaryLocale = 'en' | 'fr'

/** Longest analysed input, in code points, an engine accepts (a code point is at most 2 units). */
export const MAX_ANALYSED_LENGTH = 256

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined
  return () => {
    // A failed load (offline chunk, CSP) is forgotten so that the next call retries it.
    pending ??= load().catch((error: unknown) => {
      pending = undefined
      throw error
    })
    return pending
  }
}

// Each module is imported at most once and shared by every locale that needs it.
const loadEngineModule = once(() => import('./engine'))
const loadEnglish = once(() => import('../dictionaries/en'))
const loadFrench = once(() => import('../dictionaries/fr'))

async function build(locale: DictionaryLocale): Promise<Engine> {
  const [{ createEngine }, english, french] = await Promise.all([
    loadEngineModule(),
    loadEnglish(),
    locale === 'fr' ? loadFrench() : undefined,
  ])
  // French users also pick English words, so 'fr' adds the French lists to the English ones.
  const packs =
    french === undefined ? [english.dictionaries] : [english.dictionaries, french.dictionaries]
  return createEngine({
    packs,
    graphs: JSON.parse(english.dictionaries.graphs ?? '{}'),
    maxUnits: MAX_ANALYSED_LENGTH * 2,
  })
}

const engines: Record<DictionaryLocale, () => Promise<Engine>> = {
  en: once(() => build('en')),
  fr: once(() => build('fr')),
}

/** The engine of `locale`, built on first use; concurrent first calls share one load. */
export function loadEngine(locale: DictionaryLocale): Promise<Engine> {
  return engines[locale]()
}
