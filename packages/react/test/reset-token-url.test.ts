import fc from 'fast-check'
import { describe, expect, test, vi } from 'vitest'
import { readTokenFromHash, removeTokenFromUrl } from '../src/lib/reset-token-url'

const token = fc.stringMatching(/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+){0,2}$/)
const otherParams = fc.dictionary(
  fc.stringMatching(/^[a-z]{1,8}$/).filter((key) => key !== 'token'),
  fc.stringMatching(/^[a-z0-9]{0,8}$/),
  { maxKeys: 3 },
)

describe('reset token in the URL fragment', () => {
  test('reads back any JWT-shaped token, and removes exactly it from the address bar', () => {
    fc.assert(
      fc.property(token, otherParams, fc.boolean(), (value, others, tokenFirst) => {
        const rest = new URLSearchParams(others).toString()
        const tokenPart = `token=${value}`
        const hash = `#${[tokenFirst ? tokenPart : rest, tokenFirst ? rest : tokenPart].filter(Boolean).join('&')}`
        const location = { pathname: '/reinitialiser', search: '?a=1', hash }
        expect(readTokenFromHash(location)).toBe(value)
        const history = { state: { kept: true }, replaceState: vi.fn() }
        removeTokenFromUrl(location, history)
        expect(history.replaceState).toHaveBeenCalledTimes(1)
        const [state, , url] = history.replaceState.mock.calls[0] ?? []
        expect(state).toEqual({ kept: true })
        expect(url).toBe(`/reinitialiser?a=1${rest ? `#${rest}` : ''}`)
        expect(new URLSearchParams(String(url).split('#')[1] ?? '').has('token')).toBe(false)
      }),
    )
  })

  test('leaves a URL without a token alone', () => {
    const history = { state: null, replaceState: vi.fn() }
    expect(readTokenFromHash({ hash: '#section-2' })).toBeUndefined()
    expect(readTokenFromHash({ hash: '#token=' })).toBeUndefined()
    removeTokenFromUrl({ pathname: '/', search: '', hash: '#section-2' }, history)
    expect(history.replaceState).not.toHaveBeenCalled()
  })
})
