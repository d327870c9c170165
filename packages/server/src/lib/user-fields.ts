import type { UsersAdapter } from '../users'

function field(user: unknown, name: 'id' | 'email'): unknown {
  return typeof user === 'object' && user !== null
    ? (user as Record<string, unknown>)[name]
    : undefined
}

/** The account id through the adapter, else its `id` property. */
export function userId<User>(users: Pick<UsersAdapter<User>, 'id'>, user: User): string {
  if (users.id) return users.id(user)
  const id = field(user, 'id')
  if (typeof id === 'string' || typeof id === 'number' || typeof id === 'bigint') return String(id)
  throw new TypeError('@sesame/server: users.id(user) is required when users have no id property')
}

/** The account email through the adapter, else its `email` property. */
export function userEmail<User>(users: Pick<UsersAdapter<User>, 'email'>, user: User): string {
  if (users.email) return users.email(user)
  const email = field(user, 'email')
  if (typeof email === 'string') return email
  throw new TypeError(
    '@sesame/server: users.email(user) is required when users have no email property',
  )
}
