import { InputError } from '@sesame/core'
import { MAX_STORE_KEY_LENGTH } from './types'

/** Refuses a key that is not a string of at most {@link MAX_STORE_KEY_LENGTH} characters. */
export function checkKey(key: unknown): string {
  if (typeof key !== 'string' || key.length === 0 || key.length > MAX_STORE_KEY_LENGTH) {
    throw new InputError(`store keys are strings of 1 to ${MAX_STORE_KEY_LENGTH} characters`)
  }
  return key
}
