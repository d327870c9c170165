import type { ProblemCode } from '@sesame/core/wire'

/** Thrown inside a flow to answer a problem; the handler turns it into the response. */
export class Refusal extends Error {
  override name = 'Refusal'
  /** The problem to answer. */
  readonly code: ProblemCode
  /** Its extension members. */
  readonly extensions: Readonly<Record<string, unknown>>
  /** Extra response headers (`Retry-After`, `Connection`). */
  readonly headers: Readonly<Record<string, string>>

  constructor(
    code: ProblemCode,
    extensions: Readonly<Record<string, unknown>> = {},
    headers: Readonly<Record<string, string>> = {},
  ) {
    super(code)
    this.code = code
    this.extensions = extensions
    this.headers = headers
  }
}
