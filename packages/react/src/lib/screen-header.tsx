import type { ReactNode } from 'react'
import type { FieldError } from './error-summary'
import { ErrorSummary } from './error-summary-view'
import { Heading, type HeadingLevel } from './heading'

// The top of every screen: its title, then both live regions, present from the first render so
// that what appears in them is announced; the error summary sits in the alert while the form shows.
export function ScreenHeader<Field extends string>(props: {
  root: string
  title: ReactNode
  headingLevel: HeadingLevel
  focusKey: string
  focusOnMount?: boolean | undefined
  statusMessage: ReactNode
  error: ReactNode
  /** The refused submit's errors, or undefined once the form gives way to a message. */
  summary: readonly FieldError<Field>[] | undefined
  summaryTitle: string
  ids: Readonly<Record<Field, string>>
}) {
  const { root } = props
  return (
    <>
      <Heading
        level={props.headingLevel}
        className={`${root}__title`}
        focusKey={props.focusKey}
        focusOnMount={props.focusOnMount}
      >
        {props.title}
      </Heading>
      <div role="status" className={`${root}__status`}>
        {props.statusMessage}
      </div>
      <div role="alert" className={`${root}__error`}>
        {props.error}
        {props.summary ? (
          <ErrorSummary title={props.summaryTitle} errors={props.summary} ids={props.ids} />
        ) : null}
      </div>
    </>
  )
}

// The account's identifier, given to password managers through a hidden `username` field.
export function UsernameHint(props: { username: string | undefined }) {
  return props.username === undefined ? null : (
    <input
      type="text"
      name="username"
      autoComplete="username"
      value={props.username}
      readOnly
      hidden
    />
  )
}
