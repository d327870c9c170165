import {
  MAX_EMAIL_LENGTH,
  MAX_PASSWORD_LENGTH,
  normalizeEmail,
  RESET_CODE_LENGTH,
  type ResetPasswordResponse,
} from '@sesame/core/wire'
import { type CodeRecord, codeKey, codeProof, parseRecord, stateProof } from '../lib/code-record'
import { emit } from '../lib/emit'
import { sameDigest } from '../lib/hmac'
import { clientKey } from '../lib/ip'
import { refuseNewPassword, reusedByAccount } from '../lib/new-password'
import { setRedeemedPassword } from '../lib/redeem'
import { Refusal } from '../lib/refusal'
import { overLimit } from '../lib/request-limits'
import { jsonResponse } from '../lib/response'
import { CLOCK_TOLERANCE_SECONDS } from '../lib/single-use'
import { emailLabel, keyPart } from '../lib/store-key'
import type { SesameResponse } from '../request'
import type { FlowCall, FlowContext } from './context'

const DAY_MS = 24 * 60 * 60_000
// The window of the tries of an address that has no code: as long as a reset link lives at most.
const NO_CODE_WINDOW_MS = DAY_MS

// Stands in for the record of an address without a code: the same shape, a digest no code has.
const ABSENT = JSON.stringify({
  h: '-'.repeat(43),
  s: '-',
  j: '-'.repeat(22),
  d: '-'.repeat(43),
  e: 1_000_000_000_000,
})
const ABSENT_RECORD = Object.freeze(parseRecord(ABSENT)!)

// The tries counter of an address without a code: named after the address, as long as a token id.
const absentCounter = (emailHash: string): string => `~${emailHash}`.padEnd(22, '~')

function isCode(value: string): boolean {
  if (value.length !== RESET_CODE_LENGTH) return false
  for (const char of value) if (char < '0' || char > '9') return false
  return true
}

/**
 * One answer for every refused code: wrong, expired, used up, burned, or for no request. The
 * `failed` event goes out after the answer, so that what a hook does with it cannot time the answer.
 */
function refuse<User>(context: FlowContext<User>, userId?: string): never {
  const report = () =>
    context.failed('code_invalid', 'reset-password', userId === undefined ? {} : { userId })
  if (!context.queue.push(async () => report())) report()
  throw new Refusal('code_invalid')
}

/**
 * `POST /reset-password` `{ email, code, password, confirmation }`: the code of the address's
 * latest reset email, bound to that request (its link's token id and the account's state), tried at
 * most `attempts` times and `dailyAttempts` times a day per address, then the policy (422 keeps the
 * code), then single use shared with the link; every refused code is the same 400 `code_invalid`,
 * for unknown addresses too, after the same store work and digests.
 */
export async function resetWithCode<User>(
  context: FlowContext<User>,
  call: FlowCall,
): Promise<SesameResponse> {
  const { users, options, hooks, store } = context
  const codes = context.codes
  const fields = await call.fields({
    email: { max: MAX_EMAIL_LENGTH },
    code: { max: RESET_CODE_LENGTH },
    password: { max: MAX_PASSWORD_LENGTH },
    confirmation: { max: MAX_PASSWORD_LENGTH },
  })
  if (codes === null || !store.get || !store.delete || !isCode(fields.code)) refuse(context)
  const emailHash = await emailLabel(normalizeEmail(fields.email))
  const address = clientKey(call.request.clientAddress)
  let record: CodeRecord
  let present: boolean
  let tries: number
  let today: number
  try {
    const ipRetry =
      address === null
        ? null
        : await overLimit(context, `rl:reset-code:ip:${await keyPart(address)}`, context.limits.ip)
    if (ipRetry !== null) {
      emit(hooks, 'rateLimited', {
        step: 'reset-password',
        scope: 'ip',
        retryAfterSeconds: ipRetry,
      })
      throw new Refusal('rate_limited', { retryAfter: ipRetry }, { 'retry-after': String(ipRetry) })
    }
    today = (await store.hit(`code:day:${emailHash}`, DAY_MS)).count
    const stored = await store.get(codeKey(emailHash))
    // An address without a code takes the same steps as one with a code, on a stand-in record
    // that never matches: parse, a counter of its own, digest, comparison, burn, refusal.
    const parsed = parseRecord(stored ?? ABSENT)
    present = stored !== null && parsed !== null
    record = present ? parsed! : ABSENT_RECORD
    const now = Date.now()
    const until = present ? record.e : now + NO_CODE_WINDOW_MS
    const counter = present ? record.j : absentCounter(emailHash)
    tries = (await store.hit(`code:tries:${counter}`, Math.max(1000, until - now))).count
  } catch (error) {
    if (error instanceof Refusal) throw error
    context.failed('store_unavailable', 'reset-password', { error })
    throw new Refusal('store_unavailable')
  }
  const proof = await codes.digest(codeProof(emailHash, record.j, fields.code))
  const matches = sameDigest(proof, record.h)
  const usable = tries <= codes.attempts && today <= codes.dailyAttempts && record.e > Date.now()
  if (!present || !matches || !usable) {
    // The last try of a code burns it: the right code is refused from then on. An address without
    // a code deletes a key of its own that holds nothing.
    if (tries >= codes.attempts) {
      await store
        .delete(present ? codeKey(emailHash) : `code:none:${emailHash}`)
        .catch(() => undefined)
    }
    refuse(context, present ? record.s : undefined)
  }
  const user = await users.findById(record.s)
  if (user == null) refuse(context, record.s)
  const state = await users.credentialState(user)
  // The link was used (or the password changed otherwise) since the code was sent.
  if (!sameDigest(await codes.digest(stateProof(record.j, state)), record.d)) {
    refuse(context, record.s)
  }
  const refused = await refuseNewPassword(context, call, user, {
    password: fields.password,
    confirmation: fields.confirmation,
    step: 'reset-password',
    userId: record.s,
    // Like the link, the code refuses the current password (and the last N).
    reused: reusedByAccount(context, user),
  })
  if (refused !== null) return refused
  const ttl = Math.max(1, Math.ceil((record.e - Date.now()) / 1000) + CLOCK_TOLERANCE_SECONDS)
  let first: boolean
  try {
    first = await store.consume(`used:${record.j}`, ttl)
    await store.delete(codeKey(emailHash))
  } catch (error) {
    context.failed('store_unavailable', 'reset-password', { userId: record.s, error })
    throw new Refusal('store_unavailable')
  }
  if (!first) refuse(context, record.s)
  const { signedIn, headers } = await setRedeemedPassword(context, call, user, fields.password, {
    userId: record.s,
    tokenId: record.j,
    purpose: 'reset',
    activates: true,
    revokesSessions: options.revokeSessions ?? true,
  })
  const body: ResetPasswordResponse = { status: 'password_changed', signedIn }
  return jsonResponse(200, body, headers.values)
}
