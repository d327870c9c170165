import type { StrengthFeedbackCatalogue, StrengthResult } from '@sesame/core/strength'

/** What the hook asks of the estimate (the options of `estimateStrength` a page can set). */
export interface StrengthRequestOptions {
  /** Negotiates the feedback's language (among `feedback`, else the seven shipped catalogues). */
  readonly locale?: string
  /** Feedback catalogues of the page's own: plain data, sent to the worker as they are. */
  readonly feedback?: readonly StrengthFeedbackCatalogue[]
  readonly userInputs?: readonly string[]
  readonly maxLength?: number
}

/** A message to the strength worker: estimate a password, or load a locale's dictionaries now. */
export type StrengthWorkerRequest =
  | {
      readonly type: 'estimate'
      readonly id: number
      readonly password: string
      readonly options: StrengthRequestOptions
    }
  | { readonly type: 'preload'; readonly locale: string | undefined }

/** An error that crossed the worker boundary: its class is lost, its name, code and message kept. */
export interface StrengthWorkerError {
  readonly name: string
  readonly message: string
  readonly code: string | undefined
}

/** The strength worker's answer to one `estimate` request. */
export type StrengthWorkerResponse =
  | { readonly id: number; readonly ok: true; readonly result: StrengthResult }
  | { readonly id: number; readonly ok: false; readonly error: StrengthWorkerError }

/** The error of a failed estimate, as the worker sends it. */
export function describeError(error: unknown): StrengthWorkerError {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code
    return {
      name: error.name,
      message: error.message,
      code: typeof code === 'string' ? code : undefined,
    }
  }
  return { name: 'Error', message: String(error), code: undefined }
}
