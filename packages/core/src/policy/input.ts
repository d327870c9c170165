import { InputError } from '../errors'

/** Longest context string accepted (UTF-16 units): contextual matching stays cheap. */
export const CONTEXT_STRING_LIMIT = 1024
/** Most `userInputs` entries accepted. */
export const USER_INPUTS_LIMIT = 64

const isShortText = (value: unknown): boolean =>
  value === undefined || (typeof value === 'string' && value.length <= CONTEXT_STRING_LIMIT)

/** Throws InputError unless `password` is a string and `context` a well-formed context. */
export function assertInput(password: unknown, context: unknown): void {
  if (typeof password !== 'string') throw new InputError('password must be a string')
  if (context === undefined) return
  const { email, name, confirmation, userInputs = [] } = Object(context) as Record<string, unknown>
  const inputs =
    Array.isArray(userInputs) && userInputs.length <= USER_INPUTS_LIMIT ? userInputs : [0]
  if (
    typeof context !== 'object' ||
    context === null ||
    Array.isArray(context) ||
    ![email, name, ...inputs].every(isShortText) ||
    (confirmation !== undefined && typeof confirmation !== 'string')
  )
    throw new InputError('context: strings of 1024 characters at most, userInputs: 64 at most')
}
