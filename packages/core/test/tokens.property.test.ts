import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createResetTokens, isSesameError, peekResetToken, ResetTokenError } from '../src/tokens'
import { BASE, SECRET } from './tokens-helpers'

const plain = createResetTokens({ ...BASE, keys: [{ kid: 'k1', secret: SECRET }] })
const encrypted = createResetTokens({
  ...BASE,
  keys: [{ kid: 'k1', secret: SECRET }],
  encryption: { secret: SECRET },
})

// Strings that look like tokens: base64url-ish segments joined by dots, plus mutations of real ones.
const segment = fc.stringMatching(/^[A-Za-z0-9_-]{0,60}$/)
const tokenLike = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
  fc.array(segment, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('.')),
)

async function onlyResetTokenErrors(instance: typeof plain, input: string) {
  try {
    await instance.verify(input, { state: 'hash-1' })
  } catch (error) {
    expect(error).toBeInstanceOf(ResetTokenError)
    expect(isSesameError(error)).toBe(true)
    return
  }
  throw new Error(`accepted ${input}`)
}

describe('verify never throws anything but ResetTokenError', () => {
  it('for arbitrary strings (plain and encrypted instances)', async () => {
    await fc.assert(
      fc.asyncProperty(tokenLike, async (input) => {
        await onlyResetTokenErrors(plain, input)
        await onlyResetTokenErrors(encrypted, input)
        expect(() => peekResetToken(input)).not.toThrow()
      }),
      { numRuns: 500 },
    )
  })

  it('for a real token with one character changed, inserted or removed', async () => {
    const { token } = await plain.issue({ subject: 'user-42', state: 'hash-1' })
    const { token: sealed } = await encrypted.issue({ subject: 'user-42', state: 'hash-1' })
    const alphabet = 'ABCxyz019-_.='
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.nat(),
        fc.constantFrom(...alphabet),
        fc.constantFrom('replace', 'insert', 'remove'),
        async (useSealed, position, char, edit) => {
          const source = useSealed ? sealed : token
          const at = position % source.length
          const cut = edit === 'insert' ? at : at + 1
          const mutated = source.slice(0, at) + (edit === 'remove' ? '' : char) + source.slice(cut)
          fc.pre(mutated !== source)
          await onlyResetTokenErrors(useSealed ? encrypted : plain, mutated)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('for every non-string value', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (value) => {
        fc.pre(typeof value !== 'string')
        await expect(plain.verify(value, { state: 'hash-1' })).rejects.toMatchObject({
          code: 'malformed',
        })
        expect(plain.peek(value)).toBeNull()
      }),
      { numRuns: 200 },
    )
  })
})
