import type { CSSProperties } from 'react'

// Inline so that text meant for screen readers stays hidden even without the optional stylesheet.
export const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
}
