import { htmlAttributes, type Policy } from '@sesame/core'
import {
  type ChangeEvent,
  forwardRef,
  type InputHTMLAttributes,
  type ReactNode,
  useId,
  useMemo,
  useState,
} from 'react'
import { getChecklistMessages } from './lib/checklist-messages'
import { visuallyHidden } from './lib/visually-hidden'
import { useSesameLocale } from './locale-context'
import type { CataloguePart } from './locales/types'
import type { SesameReactMessages } from './messages'

/** Props of {@link PasswordField}; every other prop goes to the `<input>`. */
export interface PasswordFieldProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'children' | 'className'> {
  /** Visible label of the input. */
  label: ReactNode
  /** Adds the policy's `minLength`, `maxLength` and `passwordrules` (for password managers). */
  policy?: Policy
  /** Ids of elements describing the input, e.g. the `<PasswordChecklist>`'s `id`. */
  describedBy?: string
  /** Error shown under the input and referenced by `aria-describedby`; sets `aria-invalid`. */
  error?: ReactNode
  /** Forces `aria-invalid` (default: `true` when `error` is set). */
  invalid?: boolean
  /** Whether the password is shown (controlled). */
  visible?: boolean
  /** Whether the password is shown at first (uncontrolled). */
  defaultVisible?: boolean
  /** Called when the toggle is pressed. */
  onVisibleChange?: (visible: boolean) => void
  /** Called with the new value on every change (besides `onChange`). */
  onValueChange?: (value: string) => void
  /** Language of the toggle's label. */
  locale?: string | undefined
  /** The catalogues to negotiate among (default: the provider's, else English and French). */
  catalogues?: readonly CataloguePart<'checklist'>[] | undefined
  /** Text overrides. */
  messages?: Partial<SesameReactMessages> | undefined
  /** Extra class on the root element (which always has `sesame-field`). */
  className?: string
}

/**
 * A labelled password input with a show/hide toggle button named after what a press does
 * ("Afficher le mot de passe" / "Masquer le mot de passe"), the change announced in a polite
 * live region (GOV.UK's password input). It carries
 * `autoComplete="new-password"` and the policy's HTML attributes, points `aria-describedby` at
 * the checklist and the error, and never blocks paste or password managers.
 * The ref reaches the `<input>` (react-hook-form's `register` works as is).
 */
export const PasswordField = forwardRef<HTMLInputElement, PasswordFieldProps>(
  function PasswordField(props, ref) {
    const {
      label,
      policy,
      describedBy,
      error,
      invalid,
      visible: visibleProp,
      defaultVisible = false,
      onVisibleChange,
      onValueChange,
      onChange,
      locale,
      catalogues,
      messages,
      className,
      id,
      ...inputProps
    } = props
    const shared = useSesameLocale()
    const text = getChecklistMessages(
      locale ?? shared.locale,
      messages,
      catalogues ?? shared.catalogues,
    )
    const generatedId = useId()
    const inputId = id ?? `${generatedId}input`
    const errorId = `${inputId}-error`
    const [visibleState, setVisibleState] = useState(defaultVisible)
    // Nothing is announced until the toggle is pressed: the initial state is in its name.
    const [pressed, setPressed] = useState(false)
    const visible = visibleProp ?? visibleState
    const policyAttributes = useMemo(() => (policy ? htmlAttributes(policy) : undefined), [policy])
    const hasError = error !== undefined && error !== null && error !== false && error !== ''
    const describedByIds = [describedBy, hasError ? errorId : undefined].filter(Boolean).join(' ')

    const toggle = () => {
      const next = !visible
      setPressed(true)
      if (visibleProp === undefined) setVisibleState(next)
      onVisibleChange?.(next)
    }
    const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
      onChange?.(event)
      onValueChange?.(event.target.value)
    }

    return (
      <div
        className={className ? `sesame-field ${className}` : 'sesame-field'}
        data-visible={visible}
        data-invalid={invalid ?? hasError}
      >
        <label htmlFor={inputId} className="sesame-field__label">
          {label}
        </label>
        <div className="sesame-field__control">
          <input
            {...policyAttributes}
            autoComplete="new-password"
            spellCheck={false}
            autoCapitalize="none"
            autoCorrect="off"
            {...inputProps}
            ref={ref}
            id={inputId}
            type={visible ? 'text' : 'password'}
            className="sesame-field__input"
            aria-describedby={describedByIds || undefined}
            aria-invalid={invalid ?? hasError}
            onChange={handleChange}
          />
          <button
            type="button"
            className="sesame-field__toggle"
            aria-controls={inputId}
            onClick={toggle}
          >
            <svg
              className="sesame-field__toggle-icon"
              aria-hidden="true"
              focusable="false"
              viewBox="0 0 24 24"
              width="1em"
              height="1em"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
            >
              <path d="M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12z" />
              <circle cx="12" cy="12" r="3" />
              {visible ? <path d="M3 3l18 18" /> : null}
            </svg>
            <span style={visuallyHidden}>{visible ? text.hidePassword : text.showPassword}</span>
          </button>
          <span aria-live="polite" style={visuallyHidden}>
            {pressed ? (visible ? text.passwordShown : text.passwordHidden) : ''}
          </span>
        </div>
        {hasError ? (
          <p id={errorId} className="sesame-field__error">
            {error}
          </p>
        ) : null}
      </div>
    )
  },
)
