import { type ReactNode, useEffect, useRef } from 'react'

/** Heading levels a form title may take. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6

// The page decides the outline: a form's title is an <h1> on its own page, deeper when embedded.
// When `focusKey` changes after mount (the form was replaced by a message), focus moves here rather than to <body>;
// `focusOnMount` does the same for a title that replaces another screen's.
export function Heading(props: {
  level: HeadingLevel
  className: string
  focusKey: string
  focusOnMount?: boolean | undefined
  children: ReactNode
}) {
  const Tag = `h${props.level}` as const
  const ref = useRef<HTMLHeadingElement>(null)
  const firstKey = useRef(props.focusOnMount ? undefined : props.focusKey)
  useEffect(() => {
    if (props.focusKey !== firstKey.current) {
      firstKey.current = props.focusKey
      ref.current?.focus()
    }
  }, [props.focusKey])
  return (
    <Tag ref={ref} tabIndex={-1} className={props.className}>
      {props.children}
    </Tag>
  )
}
