import type { PluralText } from '../messages/catalog'

/** One defect of a catalogue against its reference, at a dotted path such as `core.rules.digits`. */
export interface CatalogueProblem {
  /** Where, e.g. `'core.rules.digits.many'`. */
  readonly path: string
  /**
   * What: a key of the reference `missing`, a key it does not have (`unknown`), a plural
   * category the language needs left out or one it has not (`plural`), placeholders that differ
   * from the reference's (`placeholders`), a text identical to the reference's (`untranslated`),
   * or a value that is not a text (`type`).
   */
  readonly kind: 'missing' | 'unknown' | 'plural' | 'placeholders' | 'untranslated' | 'type'
}

/** Options of {@link catalogueProblems}. */
export interface CatalogueCheckOptions {
  /**
   * Paths whose text may legitimately equal the reference's (a word both languages share), each
   * with the reason.
   */
  readonly sameAsReference?: Readonly<Record<string, string>>
}

type Tree = { readonly [key: string]: unknown }

// Lists (the strength meter's five names) are walked like objects, index by index.
const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null

/** A text leaf: a string, or plural forms (an object whose `other` is a string). */
const isText = (value: unknown): value is PluralText =>
  typeof value === 'string' ||
  (isTree(value) && !Array.isArray(value) && typeof value.other === 'string')

function placeholders(text: string): string {
  const names = new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))
  return [...names].sort().join(',')
}

function forms(text: PluralText): readonly string[] {
  return typeof text === 'string' ? [text] : Object.values(text).filter((f) => f !== undefined)
}

/**
 * Every defect of `candidate` measured against `reference` (normally the English catalogue of
 * the same layer): missing or unknown keys, plural categories that `Intl.PluralRules` of the
 * candidate's locale needs, placeholders, and texts left identical to the reference. An empty
 * list means the catalogue is complete. Meant for tests and translators, not for hot paths.
 */
export function catalogueProblems(
  reference: { readonly locale: string },
  candidate: { readonly locale: string },
  options: CatalogueCheckOptions = {},
): CatalogueProblem[] {
  const problems: CatalogueProblem[] = []
  const categories = new Intl.PluralRules(candidate.locale).resolvedOptions().pluralCategories
  const allowed = options.sameAsReference ?? {}
  const walk = (ref: Tree, got: Tree, at: string): void => {
    for (const key of Object.keys(got))
      if (!(key in ref)) problems.push({ path: at + key, kind: 'unknown' })
    for (const [key, expected] of Object.entries(ref)) {
      const path = at + key
      const value = got[key]
      if (key === 'locale' && at === '') continue
      if (value === undefined) problems.push({ path, kind: 'missing' })
      else if (isText(expected)) text(expected, value, path)
      else if (isTree(expected) && isTree(value)) walk(expected, value, `${path}.`)
      else problems.push({ path, kind: 'type' })
    }
  }
  const text = (expected: PluralText, value: unknown, path: string): void => {
    if (!isText(value)) return void problems.push({ path, kind: 'type' })
    // A counted text in the reference must have exactly the candidate language's categories.
    if (typeof expected !== 'string') {
      const got = typeof value === 'string' ? [] : Object.keys(value)
      if (got.length !== categories.length || !categories.every((c) => got.includes(c)))
        problems.push({ path, kind: 'plural' })
    }
    const wanted = placeholders(forms(expected).join(' '))
    if (forms(value).some((form) => placeholders(form) !== wanted))
      problems.push({ path, kind: 'placeholders' })
    const english = new Set(forms(expected))
    if (!(path in allowed) && forms(value).some((form) => english.has(form)))
      problems.push({ path, kind: 'untranslated' })
  }
  walk(reference as Tree, candidate as Tree, '')
  return problems
}
