import type { InputHTMLAttributes } from 'react'

// A labelled text input with its error, in the markup and classes of <PasswordField>.
export function TextField(
  props: {
    id: string
    label: string
    error: string | undefined
    describedBy?: string | undefined
    onValueChange: (value: string) => void
  } & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'onChange'>,
) {
  const { id, label, error, describedBy, onValueChange, ...input } = props
  const errorId = `${id}-error`
  const described = [describedBy, error ? errorId : undefined].filter(Boolean).join(' ')
  return (
    <div className="sesame-field" data-invalid={error !== undefined}>
      <label htmlFor={id} className="sesame-field__label">
        {label}
      </label>
      <input
        spellCheck={false}
        autoCapitalize="none"
        {...input}
        id={id}
        className="sesame-field__input"
        onChange={(event) => onValueChange(event.target.value)}
        aria-invalid={error !== undefined}
        aria-describedby={described || undefined}
      />
      {error ? (
        <p id={errorId} className="sesame-field__error">
          {error}
        </p>
      ) : null}
    </div>
  )
}

// The email input of every form, named as the account's user name for password managers.
export function EmailField(props: {
  id: string
  label: string
  value: string
  error: string | undefined
  onValueChange: (value: string) => void
  placeholder?: string | undefined
}) {
  return (
    <TextField
      {...props}
      name="email"
      type="email"
      autoComplete="username"
      inputMode="email"
      required
    />
  )
}
