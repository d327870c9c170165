import type { FieldError } from './error-summary'

// The refused submit's errors, each a link to its field; rendered inside the form's alert region.
export function ErrorSummary<Field extends string>(props: {
  title: string
  errors: readonly FieldError<Field>[]
  ids: Readonly<Record<Field, string>>
}) {
  if (props.errors.length === 0) return null
  return (
    <div className="sesame-error-summary">
      <p className="sesame-error-summary__title">{props.title}</p>
      <ul className="sesame-error-summary__list">
        {props.errors.map(({ field, message }) => (
          <li key={field}>
            <a
              href={`#${props.ids[field]}`}
              onClick={(event) => {
                // Focus, not just scroll; and the URL fragment (where reset tokens live) stays as it is.
                event.preventDefault()
                document.getElementById(props.ids[field])?.focus()
              }}
            >
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}
