import type { FlowContext } from '../flows/context'
import { randomCode } from '../reset-codes'

/** What the store keeps of a reset code, under the hashed address: never the code itself. */
export interface CodeRecord {
  /** HMAC of the hashed address, the token id and the code. */
  readonly h: string
  /** The account's id. */
  readonly s: string
  /** The id of the link's token: the code is consumed with it, and it with the code. */
  readonly j: string
  /** HMAC of the account's credential state when the code was issued. */
  readonly d: string
  /** When the code expires, in milliseconds since the epoch (with the link). */
  readonly e: number
}

/** The store key of an address's current code. */
export const codeKey = (emailHash: string): string => `code:${emailHash}`

/** The text whose HMAC proves a code. */
export const codeProof = (emailHash: string, jti: string, code: string): string =>
  `code\u0000${emailHash}\u0000${jti}\u0000${code}`

/** The text whose HMAC binds a code to the account's credential state. */
export const stateProof = (jti: string, state: string): string => `state\u0000${jti}\u0000${state}`

/** Reads a record back; null for anything that is not one (an absent key, a foreign value). */
export function parseRecord(value: string | null): CodeRecord | null {
  if (value === null) return null
  try {
    const record = JSON.parse(value) as Partial<CodeRecord>
    const strings = [record.h, record.s, record.j, record.d].every((v) => typeof v === 'string')
    return strings && typeof record.e === 'number' ? (record as CodeRecord) : null
  } catch {
    return null
  }
}

/**
 * Draws the code of one reset request and keeps its digest (replacing the address's earlier
 * code) until the link expires; undefined when codes are off.
 */
export async function issueCode<User>(
  context: FlowContext<User>,
  request: {
    readonly emailHash: string
    readonly subject: string
    readonly jti: string
    readonly state: string
    readonly expiresAt: Date
  },
): Promise<string | undefined> {
  const codes = context.codes
  if (codes === null || !context.store.set) return undefined
  const code = randomCode()
  const record: CodeRecord = {
    h: await codes.digest(codeProof(request.emailHash, request.jti, code)),
    s: request.subject,
    j: request.jti,
    d: await codes.digest(stateProof(request.jti, request.state)),
    e: request.expiresAt.getTime(),
  }
  const ttl = Math.max(1, Math.ceil((record.e - Date.now()) / 1000))
  await context.store.set(codeKey(request.emailHash), JSON.stringify(record), ttl)
  return code
}
