import { InputError } from '../errors'

/** Longest context string accepted (UTF-16 units): contextual matching stays cheap. */
export const CONTEXT_STRING_LIMIT = 1024
/** Most `userInputs` entries accepted. */
export const USER_INPUTS_LIMIT = 64

const isText = (value: unknown): boolean =>
  value === undefined || (typeof value === 'string' && value.length <= CONTEXT_STRING_LIMIT)

/** Throws InputError unless `password` is a string and `context` a well-formed context. */
export function assertInput(password: unknown, context: unknown): void {
  if (typeof password !== 'string') throw new InputError('password must be a string')
  // Most calls have no context: the check of its fields stays out of their way.
  if (context !== undefined) assertContext(context)
}

function assertContext(context: unknown): void {
  const { email, name, confirmation, userInputs = [] } = Object(context) as Record<string, unknown>
  if (
    typeof context !== 'object' ||
    !context ||
    Array.isArray(context) ||
    !Array.isArray(userInputs) ||
    userInputs.length > USER_INPUTS_LIMIT ||
    ![email, name, ...userInputs].every(isText) ||
    // The confirmation is compared with the password, which has no length bound here.
    (confirmation !== undefined && typeof confirmation !== 'string')
  )
    throw new InputError('context: strings of at most 1024 characters, at most 64 userInputs')
}
