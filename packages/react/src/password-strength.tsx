import { resolveLocale } from '@sesame/core'
import { useId } from 'react'
import { pickCatalogue } from './lib/checklist-messages'
import { useSesameLocale } from './locale-context'
import { enStrength, frStrength } from './locales/built-in'
import type { CataloguePart, StrengthLabels } from './locales/types'
import { type UseStrengthOptions, useStrength } from './use-strength'

export type { StrengthLabels }

/** Props of {@link PasswordStrength}: the password, and {@link useStrength}'s options. */
export interface PasswordStrengthProps extends UseStrengthOptions {
  /** The password being typed. */
  password: string
  /** Id of the root element: point the field's `aria-describedby` at it. */
  id?: string
  /** Visible title (default "Robustesse" / "Strength"). */
  title?: string
  /** The catalogues to negotiate among (default: the provider's, else English and French). */
  catalogues?: readonly CataloguePart<'strength'>[] | undefined
  /** Names of the scores 0 to 4 (default in the locale's language). */
  labels?: StrengthLabels
  /** Extra class on the root element (which always has `sesame-strength`). */
  className?: string
}

/**
 * A strength meter: a `<meter>` from 0 to 4 named by its title, the score in words and zxcvbn's
 * warning in a polite live region present from the first render. The estimate runs in a Web
 * Worker where the platform has one (see {@link useStrength}). Unstyled: `.sesame-strength*`
 * classes and the `data-score` attribute (absent until the first estimate).
 */
export function PasswordStrength(props: PasswordStrengthProps) {
  const { password, id, title, labels, className, catalogues: own, ...rest } = props
  const shared = useSesameLocale()
  const locale = rest.locale ?? shared.locale
  const catalogues = own ?? shared.catalogues
  const text =
    (catalogues && pickCatalogue(locale, catalogues)?.react.strength) ??
    (resolveLocale(locale) === 'fr' ? frStrength : enStrength)
  const options: UseStrengthOptions = locale === undefined ? rest : { ...rest, locale }
  const { result } = useStrength(password, options)
  const titleId = useId()
  const score = result?.score
  return (
    <div
      id={id}
      className={className ? `sesame-strength ${className}` : 'sesame-strength'}
      data-score={score}
    >
      <span id={titleId} className="sesame-strength-title">
        {title ?? text.title}
      </span>
      <meter
        className="sesame-strength-meter"
        aria-labelledby={titleId}
        min={0}
        max={4}
        low={2}
        high={3}
        optimum={4}
        value={score ?? 0}
      />
      <p className="sesame-strength-text" aria-live="polite">
        {score === undefined ? '' : (labels ?? text.scores)[score]}
        {result?.feedback.warning ? ` — ${result.feedback.warning}` : ''}
      </p>
    </div>
  )
}
