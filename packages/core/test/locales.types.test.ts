import { describe, expectTypeOf, it } from 'vitest'
import type { CoreCatalogue, Locale, PluralText, RuleMessages } from '../src/index'
import { en } from '../src/locales/en'

describe('catalogue types', () => {
  it('accepts any BCP 47 tag while listing the shipped ones', () => {
    expectTypeOf<'sv'>().toExtend<Locale>()
    expectTypeOf<'de'>().toExtend<Locale>()
    expectTypeOf<{ sv: string; 'pt-BR': string }>().toExtend<RuleMessages>()
    expectTypeOf(en).toExtend<CoreCatalogue>()
    expectTypeOf<{ other: string; many: string }>().toExtend<PluralText>()
  })

  it('refuses a catalogue that misses a key', () => {
    const { digits: _, ...rules } = en.core.rules
    // @ts-expect-error: `digits` is missing.
    const missing: CoreCatalogue = { locale: 'sv', core: { ...en.core, rules } }
    // @ts-expect-error: plural forms need `other`.
    const noOther: PluralText = { one: '{count} tecken' }
    // @ts-expect-error: no such plural category.
    const wrongCategory: PluralText = { other: 'x', several: 'y' }
    expectTypeOf(missing).toExtend<CoreCatalogue>()
    expectTypeOf(noOther).toExtend<PluralText>()
    expectTypeOf(wrongCategory).toExtend<PluralText>()
  })
})
