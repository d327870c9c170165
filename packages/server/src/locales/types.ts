import type { CoreCatalogue } from '@sesame/core'
import type { ProblemCode } from '@sesame/core/wire'
import type { EmailTexts } from '../emails/texts'

export type * from '../emails/texts'

/** The title and detail of one problem, in one language. */
export interface ProblemText {
  /** Short summary. */
  readonly title: string
  /** Longer explanation. */
  readonly detail: string
}

/** The server layer's texts: one title and detail per problem code. */
export interface ServerTexts {
  /** Every problem's text: a new problem code is one more key in every catalogue. */
  readonly problems: { readonly [C in ProblemCode]: ProblemText }
  /** Labels of the checks the server adds to the policy's own. */
  readonly checks: {
    /** The new password is the current one (or a recent one). */
    readonly reused: string
  }
}

/**
 * A catalogue of `@sesame/server`: the core layer's texts (labels of failed checks) and the
 * server's own (problem titles), for one locale; plain JSON-serialisable data. It may carry the
 * email texts too (`emails`): then the same list serves `createHandler` and `renderEmail`.
 */
export interface ServerCatalogue extends CoreCatalogue {
  /** Texts only the server says. */
  readonly server: ServerTexts
  /** The lifecycle emails' texts, when this catalogue also serves `renderEmail`. */
  readonly emails?: EmailTexts
}
