import { MAX_TOKEN_LENGTH } from '@sesame/core/wire'
import { Refusal } from './lib/refusal'

/**
 * The token of an `Authorization: Bearer <token>` header, bounded; throws a {@link Refusal}
 * (`invalid_field` naming `authorization`) when it is missing or too long.
 */
export function bearerToken(header: string | undefined): string {
  const token = /^Bearer +(\S+)$/i.exec(header ?? '')?.[1]
  if (token === undefined || token.length > MAX_TOKEN_LENGTH) {
    const reason = token === undefined ? 'missing' : 'too_long'
    throw new Refusal('invalid_field', {
      field: 'authorization',
      errors: [{ field: 'authorization', reason }],
    })
  }
  return token
}
