// The sign-in timing measurement, shared by the fetch handler's and Express's adversarial suites:
// unknown emails and accounts of each hash family, all with a wrong password, over real HTTP.
import { randomBytes, scryptSync } from 'node:crypto'
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'
import { hash as bcryptHash } from '@node-rs/bcrypt'
import { presets } from '@sesame/core'
import { createResetTokens } from '@sesame/core/tokens'
import { argon2Hasher, hashPassword } from '../../src/hashing/index'
import type { HandlerOptions } from '../../src/index'
import { compareTimings, interleavedTimings, type TimingComparison } from '../../src/testing/index'
import { postJson, type Served } from './http'

/** The classes an attacker would like to tell apart. */
export const TIMING_KINDS = ['unknown', 'argon2', 'bcrypt', 'scrypt'] as const
/** One of {@link TIMING_KINDS}. */
export type TimingKind = (typeof TIMING_KINDS)[number]

/** An account of the timing portal. */
export interface TimingAccount {
  readonly id: string
  readonly email: string
  readonly hash: string
}

const RIGHT = 'Juste-m0t2passe!'
const WRONG = 'Faux-m0t2passe!'
// Costs kept low so that 1 200 sign-ins fit in a test; the floor is what hides their differences.
const ARGON2 = { memoryCost: 4096, timeCost: 1, parallelism: 1 }

/** The header that asks {@link leakyListener} to hold an answer back. */
export const LEAK_HEADER = 'x-timing-leak'

/** Handler options with one account per hash family, every answer padded to `floorMs`. */
export async function timingOptions(floorMs: number): Promise<HandlerOptions<TimingAccount>> {
  const salt = randomBytes(16)
  const b64 = (bytes: Buffer) => bytes.toString('base64').replace(/=+$/, '')
  const scrypt = `$scrypt$ln=11,r=8,p=1$${b64(salt)}$${b64(scryptSync(RIGHT, salt, 32, { N: 2 ** 11, r: 8, p: 1 }))}`
  const accounts: TimingAccount[] = [
    { id: 'a', email: 'argon2@example.fr', hash: await hashPassword(RIGHT, ARGON2) },
    { id: 'b', email: 'bcrypt@example.fr', hash: await bcryptHash(RIGHT, 5) },
    { id: 's', email: 'scrypt@example.fr', hash: scrypt },
  ]
  return {
    policy: presets.classic,
    tokens: createResetTokens({
      keys: [{ kid: 'k', secret: 'timing-tests-secret-of-at-least-32-bytes!' }],
      ttl: '30m',
      issuer: 'https://portal.example',
      audience: 'password-reset',
    }),
    users: {
      findByEmail: (email) => accounts.find((account) => account.email === email) ?? null,
      findById: (id) => accounts.find((account) => account.id === id) ?? null,
      credentialState: (account) => account.hash,
      setPassword: () => undefined,
      passwordHash: (account) => account.hash,
      signIn: () => undefined,
    },
    sendEmail: () => undefined,
    resetUrl: 'https://portal.example/reset-password',
    hasher: argon2Hasher(ARGON2),
    signInFloorMs: floorMs,
    // Wrong passwords all along: counters off, so that every answer stays invalid_credentials.
    throttle: { address: false, account: false },
  }
}

const EMAILS: Record<TimingKind, string> = {
  unknown: 'nobody@example.fr',
  argon2: 'argon2@example.fr',
  bcrypt: 'bcrypt@example.fr',
  scrypt: 'scrypt@example.fr',
}

function spin(micros: number): void {
  const until = performance.now() + micros / 1000
  while (performance.now() < until) {}
}

/** The header that names a request for {@link leakyListener}'s server-side clock. */
export const ID_HEADER = 'x-timing-id'

/** What {@link leakyListener} measured: per request id, ms from arrival to the answer's end. */
export type ServerClock = Map<string, number>

/**
 * `inner` behind a server-side clock (from the request's arrival in the HTTP server to the
 * answer's `end`, which leaves out the client's and the loopback's scheduling noise) and the
 * control's leak: answers to requests carrying {@link LEAK_HEADER} end `micros` µs later,
 * spinning as real work would, after the handler's own padding.
 */
export function leakyListener(
  inner: RequestListener,
  micros: number,
  clock: ServerClock,
): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now()
    const id = req.headers[ID_HEADER]
    const leaks = req.headers[LEAK_HEADER] !== undefined
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse
    ;(res as { end: unknown }).end = (...args: unknown[]) => {
      if (leaks) spin(micros)
      if (typeof id === 'string') clock.set(id, performance.now() - started)
      return end(...args)
    }
    inner(req, res)
  }
}

/** Samples per kind (server-side and client-side ms) and everything an observer saw of each answer. */
export interface SignInTimings {
  readonly samples: Record<TimingKind, number[]>
  readonly client: Record<TimingKind, number[]>
  readonly seen: Set<string>
}

/** Times `perKind` wrong-password sign-ins of each of `kinds`, interleaved; `leak` marks one kind. */
export async function measureSignIn(
  served: Served,
  clock: ServerClock,
  path: string,
  kinds: readonly TimingKind[],
  perKind: number,
  leak?: TimingKind,
): Promise<SignInTimings> {
  const seen = new Set<string>()
  const client = Object.fromEntries(kinds.map((kind) => [kind, [] as number[]])) as Record<
    TimingKind,
    number[]
  >
  let next = 0
  const samples = await interleavedTimings(kinds, perKind, async (kind, block) => {
    const id = String(next++)
    const headers: Record<string, string> = { [ID_HEADER]: id }
    if (kind === leak) headers[LEAK_HEADER] = '1'
    const reply = await postJson(served, path, { email: EMAILS[kind], password: WRONG }, headers)
    const { date: _date, ...visible } = reply.headers
    seen.add(JSON.stringify({ status: reply.status, visible, body: reply.body.toString('utf8') }))
    if (block >= 20) client[kind].push(reply.ms)
    const ms = clock.get(id)
    clock.delete(id)
    if (ms === undefined) throw new Error('the server-side clock missed a request')
    return ms
  })
  return { samples: samples as Record<TimingKind, number[]>, client, seen }
}

/** Every pair of kinds, compared. */
export function comparePairs(
  samples: Record<TimingKind, number[]>,
  kinds: readonly TimingKind[],
): { readonly pair: string; readonly comparison: TimingComparison }[] {
  const out: { pair: string; comparison: TimingComparison }[] = []
  for (let i = 0; i < kinds.length; i += 1) {
    for (let j = i + 1; j < kinds.length; j += 1) {
      const [a, b] = [kinds[i]!, kinds[j]!]
      out.push({ pair: `${a}/${b}`, comparison: compareTimings(samples[a], samples[b]) })
    }
  }
  return out
}

/**
 * The control run: `perKind` sign-ins of each of two kinds, `leak` marking the first. A 50 µs
 * leak under a timer-padded floor sits near the edge of what 300 + 300 answers can show, so an
 * undecided window gets a second one and the two are judged together, as an attacker who keeps
 * sampling would: the verdict is on 600 + 600 answers then, never on the luckier of two windows.
 */
export async function measureControl(
  served: Served,
  clock: ServerClock,
  path: string,
  kinds: readonly [TimingKind, TimingKind],
  perKind: number,
): Promise<TimingComparison> {
  const detects = (comparison: TimingComparison) =>
    comparison.auc > 0.6 || comparison.ks.pValue < 0.01
  const first = await measureSignIn(served, clock, path, kinds, perKind, kinds[0])
  const comparison = comparePairs(first.samples, kinds)[0]!.comparison
  if (detects(comparison)) return comparison
  const second = await measureSignIn(served, clock, path, kinds, perKind, kinds[0])
  const pooled = Object.fromEntries(
    kinds.map((kind) => [kind, [...first.samples[kind], ...second.samples[kind]]]),
  ) as Record<TimingKind, number[]>
  return comparePairs(pooled, kinds)[0]!.comparison
}

/** True when a pair falls outside AUC 0.40–0.60. */
export function outside(comparison: TimingComparison): boolean {
  return comparison.auc < 0.4 || comparison.auc > 0.6
}
