import { act, renderHook, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { useStrength } from '../src/index'
import { type StrengthWorkerScope, serveStrength } from '../src/strength.worker'

// Hoisted: the worker module imports the mocked entry statically, before this file's body runs.
const core = vi.hoisted(() => ({
  imported: 0,
  estimateStrength: vi.fn(async (password: string) => {
    if (password === 'fail')
      throw Object.assign(new TypeError('no dictionaries'), { code: 'offline' })
    return {
      score: password.length > 10 ? 4 : 1,
      guessesLog10: password.length,
      feedback: { warning: null, suggestions: [] },
      truncated: false,
      analysedLength: password.length,
    }
  }),
  preloadStrength: vi.fn(async () => undefined),
}))
const { estimateStrength, preloadStrength } = core
vi.mock('@sesame/core/strength', () => {
  core.imported += 1
  return { estimateStrength: core.estimateStrength, preloadStrength: core.preloadStrength }
})

afterEach(() => {
  estimateStrength.mockClear()
  preloadStrength.mockClear()
})

type Listener = (event: MessageEvent) => void

// A worker and its global scope joined like the real pair: messages are cloned and delivered later.
function fakeWorker() {
  const toWorker: Listener[] = []
  const toPage = new Map<string, Listener[]>()
  const deliver = (listeners: readonly Listener[], data: unknown) =>
    setTimeout(() => {
      for (const listener of listeners)
        listener(new MessageEvent('message', { data: structuredClone(data) }))
    }, 1)
  const scope: StrengthWorkerScope = {
    addEventListener: (_, listener) => toWorker.push(listener as Listener),
    postMessage: (message) => deliver(toPage.get('message') ?? [], message),
  }
  const sent: unknown[] = []
  const worker = {
    terminated: false,
    sent,
    addEventListener(type: string, listener: Listener) {
      toPage.set(type, [...(toPage.get(type) ?? []), listener])
    },
    postMessage(message: unknown) {
      sent.push(message)
      deliver(toWorker, message)
    },
    terminate() {
      worker.terminated = true
    },
    fail() {
      for (const listener of toPage.get('error') ?? []) listener(new MessageEvent('error'))
    },
  }
  return { worker, scope }
}

describe('useStrength on the main thread (no Worker, as in jsdom)', () => {
  test('imports zxcvbn only when used, and estimates once typing pauses', async () => {
    const { result, rerender } = renderHook(
      ({ password }) => useStrength(password, { debounceMs: 20 }),
      { initialProps: { password: '' } },
    )
    expect(result.current).toEqual({ result: undefined, pending: false, error: undefined })
    rerender({ password: 'c' })
    rerender({ password: 'co' })
    rerender({ password: 'correct horse battery' })
    expect(result.current.pending).toBe(true)
    await waitFor(() => expect(result.current.result?.score).toBe(4))
    expect(result.current.pending).toBe(false)
    // Only the password typing paused on was estimated; the dictionaries began loading at once.
    expect(estimateStrength.mock.calls.map(([password]) => password)).toEqual([
      'correct horse battery',
    ])
    expect(preloadStrength).toHaveBeenCalled()
  })

  test('does nothing when disabled', async () => {
    const { result } = renderHook(() => useStrength('abc', { enabled: false, debounceMs: 0 }))
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(result.current.result).toBeUndefined()
    expect(estimateStrength).not.toHaveBeenCalled()
    expect(preloadStrength).not.toHaveBeenCalled()
  })

  test('passes the bound and the user inputs on', async () => {
    const { result } = renderHook(() =>
      useStrength('jdupont1984', {
        debounceMs: 0,
        maxLength: 32,
        userInputs: ['jdupont'],
        locale: 'fr',
      }),
    )
    await waitFor(() => expect(result.current.result).toBeDefined())
    expect(estimateStrength).toHaveBeenCalledWith('jdupont1984', {
      locale: 'fr',
      userInputs: ['jdupont'],
      maxLength: 32,
    })
  })
})

describe('useStrength in a Web Worker', () => {
  test('sends the estimate to the worker, which answers with the result', async () => {
    const { worker, scope } = fakeWorker()
    serveStrength(scope)
    const start = vi.fn(() => worker as unknown as Worker)
    const { result, unmount } = renderHook(() =>
      useStrength('correct horse battery', { worker: start, debounceMs: 5 }),
    )
    await waitFor(() => expect(result.current.result?.score).toBe(4))
    expect(start).toHaveBeenCalledTimes(1)
    expect(worker.sent).toEqual([
      { type: 'preload', locale: undefined },
      { type: 'estimate', id: 1, password: 'correct horse battery', options: {} },
    ])
    unmount()
    expect(worker.terminated).toBe(true)
  })

  test('reports an error of the worker with its name, code and message', async () => {
    const { worker, scope } = fakeWorker()
    serveStrength(scope)
    const { result } = renderHook(() =>
      useStrength('fail', { worker: () => worker as unknown as Worker, debounceMs: 0 }),
    )
    await waitFor(() => expect(result.current.error).toBeDefined())
    expect(result.current.error).toMatchObject({
      name: 'TypeError',
      message: 'no dictionaries',
      code: 'offline',
    })
  })

  test('falls back to the main thread when the worker cannot load', async () => {
    const { worker } = fakeWorker()
    const start = vi.fn(() => worker as unknown as Worker)
    const { result, rerender } = renderHook(
      ({ password }) => useStrength(password, { worker: start, debounceMs: 0 }),
      { initialProps: { password: 'correct horse battery' } },
    )
    await waitFor(() => expect(worker.sent.length).toBe(2))
    // The module script failed (no bundler support, CSP): the worker reports an error event.
    act(() => worker.fail())
    await waitFor(() => expect(result.current.result?.score).toBe(4))
    expect(worker.terminated).toBe(true)
    rerender({ password: 'short' })
    await waitFor(() => expect(result.current.result?.score).toBe(1))
    expect(start).toHaveBeenCalledTimes(1)
    expect(estimateStrength.mock.calls.map(([password]) => password)).toEqual([
      'correct horse battery',
      'short',
    ])
  })

  test('estimates on the main thread when the worker cannot even start', async () => {
    const { result } = renderHook(() =>
      useStrength('correct horse battery', {
        debounceMs: 0,
        worker: () => {
          throw new DOMException('blocked by CSP', 'SecurityError')
        },
      }),
    )
    await waitFor(() => expect(result.current.result?.score).toBe(4))
  })
})

describe('<PasswordStrength>', () => {
  test('shows the score in words and the warning, in a live region present from the start', async () => {
    const { render, screen } = await import('@testing-library/react')
    const { PasswordStrength } = await import('../src/index')
    const { rerender, container } = render(
      <PasswordStrength password="" locale="fr" debounceMs={0} />,
    )
    const region = container.querySelector('[aria-live="polite"]')
    expect(region?.textContent).toBe('')
    expect(screen.getByRole('meter', { name: 'Robustesse' })).toBeDefined()
    rerender(<PasswordStrength password="correct horse battery" locale="fr" debounceMs={0} />)
    await waitFor(() => expect(region?.textContent).toBe('Excellente'))
    expect(container.firstElementChild?.getAttribute('data-score')).toBe('4')
    expect(container.querySelector('meter')?.getAttribute('value')).toBe('4')
  })
})

describe('useStrength with the packaged workers', () => {
  test('starts the English worker for English, the one with French for French', async () => {
    const started: string[] = []
    class RecordingWorker {
      constructor(url: URL, options: WorkerOptions) {
        started.push(`${url.pathname.split('/').pop()} ${options.type}`)
      }
      addEventListener() {}
      postMessage() {}
      terminate() {}
    }
    vi.stubGlobal('Worker', RecordingWorker)
    try {
      const english = renderHook(() => useStrength('hunter2', { debounceMs: 0 }))
      const french = renderHook(() => useStrength('hunter2', { debounceMs: 0, locale: 'fr-CA' }))
      await waitFor(() => expect(started).toHaveLength(2))
      expect(started).toEqual(['strength-en.worker.js module', 'strength.worker.js module'])
      english.unmount()
      french.unmount()
    } finally {
      vi.unstubAllGlobals()
    }
  })
})
