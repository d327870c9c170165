import { createContext, type ReactNode, useContext, useMemo } from 'react'
import type { ReactCatalogue } from './locales/types'
import { getMessages, type SesameReactMessages } from './messages'

/** The locale and catalogues the components and hooks below a {@link SesameLocaleProvider} use. */
export interface SesameLocale {
  /** BCP 47 tag, list of tags or `Accept-Language`-like value (e.g. `navigator.languages`). */
  readonly locale?: string | undefined
  /** The catalogues to negotiate among (default: the built-in English and French). */
  readonly catalogues?: readonly ReactCatalogue[] | undefined
}

/** Props of {@link SesameLocaleProvider}. */
export interface SesameLocaleProviderProps extends SesameLocale {
  /** The subtree that speaks this locale. */
  readonly children?: ReactNode
}

const LocaleContext = createContext<SesameLocale>({})

/**
 * Gives every Sesame component and hook below it a locale and the catalogues to negotiate among
 * (`import { de } from '@sesame/react/locales/de'`). A component's or hook's own `locale` /
 * `catalogues` win over the provider's.
 *
 * @example <SesameLocaleProvider locale="de-AT" catalogues={[de, en]}>…</SesameLocaleProvider>
 */
export function SesameLocaleProvider({ locale, catalogues, children }: SesameLocaleProviderProps) {
  const value = useMemo(() => ({ locale, catalogues }), [locale, catalogues])
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>
}

/** The locale and catalogues of the nearest {@link SesameLocaleProvider} (empty without one). */
export function useSesameLocale(): SesameLocale {
  return useContext(LocaleContext)
}

/** `options` with the nearest provider's locale and catalogues where they give none of their own. */
export function useLocaleDefaults<Options extends SesameLocale>(options: Options): Options {
  const shared = useSesameLocale()
  return {
    ...options,
    locale: options.locale ?? shared.locale,
    catalogues: options.catalogues ?? shared.catalogues,
  }
}

/** A screen's texts: its own locale, catalogues and overrides, else the nearest provider's locale and catalogues. */
export function useScreenMessages(
  props: SesameLocale & { readonly messages?: Partial<SesameReactMessages> | undefined },
): SesameReactMessages {
  const { locale, catalogues } = useLocaleDefaults(props)
  return getMessages(locale, props.messages, catalogues)
}
