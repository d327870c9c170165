/** SHA-256 (FIPS 180-4) on a state of eight 32-bit words; checked against Web Crypto by the tests. */

let tables: { readonly k: Int32Array; readonly h: Int32Array } | undefined

// Integer n-th root by Newton's method: exact, so the constants are derived rather than transcribed.
function integerRoot(value: bigint, n: bigint): bigint {
  let x = 1n << ((BigInt(value.toString(2).length) + n - 1n) / n)
  for (;;) {
    const next = ((n - 1n) * x + value / x ** (n - 1n)) / n
    if (next >= x) return x
    x = next
  }
}

// K: first 32 fraction bits of the cube roots of the first 64 primes; H: square roots of the first 8.
function constants(): { readonly k: Int32Array; readonly h: Int32Array } {
  if (tables) return tables
  const primes: bigint[] = []
  for (let candidate = 2n; primes.length < 64; candidate++) {
    if (primes.every((prime) => candidate % prime !== 0n)) primes.push(candidate)
  }
  const mask = (1n << 32n) - 1n
  const k = new Int32Array(
    primes.map((p) => Number(BigInt.asIntN(32, integerRoot(p << 96n, 3n) & mask))),
  )
  const h = new Int32Array(
    primes.slice(0, 8).map((p) => Number(BigInt.asIntN(32, integerRoot(p << 64n, 2n) & mask))),
  )
  tables = { k, h }
  return tables
}

const words = new Int32Array(64)

function compress(state: Int32Array, block: Uint8Array, offset: number, k: Int32Array): void {
  for (let t = 0; t < 16; t++) {
    const i = offset + t * 4
    words[t] =
      ((block[i] as number) << 24) |
      ((block[i + 1] as number) << 16) |
      ((block[i + 2] as number) << 8) |
      (block[i + 3] as number)
  }
  for (let t = 16; t < 64; t++) {
    const w15 = words[t - 15] as number
    const w2 = words[t - 2] as number
    const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3)
    const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10)
    words[t] = ((words[t - 16] as number) + s0 + (words[t - 7] as number) + s1) | 0
  }
  let a = state[0] as number
  let b = state[1] as number
  let c = state[2] as number
  let d = state[3] as number
  let e = state[4] as number
  let f = state[5] as number
  let g = state[6] as number
  let h = state[7] as number
  for (let t = 0; t < 64; t++) {
    const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))
    const choice = (e & f) ^ (~e & g)
    const t1 = (h + s1 + choice + (k[t] as number) + (words[t] as number)) | 0
    const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))
    const majority = (a & b) ^ (a & c) ^ (b & c)
    const t2 = (s0 + majority) | 0
    h = g
    g = f
    f = e
    e = (d + t1) | 0
    d = c
    c = b
    b = a
    a = (t1 + t2) | 0
  }
  state[0] = ((state[0] as number) + a) | 0
  state[1] = ((state[1] as number) + b) | 0
  state[2] = ((state[2] as number) + c) | 0
  state[3] = ((state[3] as number) + d) | 0
  state[4] = ((state[4] as number) + e) | 0
  state[5] = ((state[5] as number) + f) | 0
  state[6] = ((state[6] as number) + g) | 0
  state[7] = ((state[7] as number) + h) | 0
}

/** The initial state of a SHA-256 computation. */
export function initialState(): Int32Array {
  return constants().h.slice()
}

/** Absorbs whole 64-byte blocks into `state` (e.g. an HMAC key block). */
export function absorbBlock(state: Int32Array, block: Uint8Array): void {
  compress(state, block, 0, constants().k)
}

// Reused for the short messages of tokens; a computation runs to completion, so calls never interleave.
const scratch = new Uint8Array(1024)

/**
 * Finishes a computation: `state` has absorbed `prefixLength` bytes (a multiple of 64) and
 * `message` follows. Writes the 32-byte digest into `digest` (or a new array) and returns it;
 * `state` is consumed.
 */
export function finish(
  state: Int32Array,
  prefixLength: number,
  message: Uint8Array,
  digest: Uint8Array<ArrayBuffer> = new Uint8Array(32),
): Uint8Array<ArrayBuffer> {
  const { k } = constants()
  const length = message.length
  const size = Math.ceil((length + 9) / 64) * 64
  const padded = size <= scratch.length ? scratch.subarray(0, size) : new Uint8Array(size)
  padded.set(message)
  padded.fill(0, length)
  padded[length] = 0x80
  const bits = (prefixLength + length) * 8
  const end = padded.length
  const high = Math.floor(bits / 0x100000000)
  padded[end - 8] = high >>> 24
  padded[end - 7] = high >>> 16
  padded[end - 6] = high >>> 8
  padded[end - 5] = high
  padded[end - 4] = bits >>> 24
  padded[end - 3] = bits >>> 16
  padded[end - 2] = bits >>> 8
  padded[end - 1] = bits
  for (let offset = 0; offset < end; offset += 64) compress(state, padded, offset, k)
  for (let i = 0; i < 8; i++) {
    const word = state[i] as number
    digest[i * 4] = word >>> 24
    digest[i * 4 + 1] = word >>> 16
    digest[i * 4 + 2] = word >>> 8
    digest[i * 4 + 3] = word
  }
  return digest
}

/** SHA-256 of `message`. */
export function sha256(message: Uint8Array): Uint8Array<ArrayBuffer> {
  return finish(initialState(), 0, message)
}
