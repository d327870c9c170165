import type { BreachChecker, BreachCheckerOptions, BreachResult } from '@sesame/core/breach'

/** A breach answer with the password it was computed for. */
export type BreachAnswer = BreachResult & { readonly password: string }

export interface BreachCheck {
  // Resolves `undefined` when a newer call or `cancel` overtook it.
  check(password: string): Promise<BreachResult | undefined>
  cancel(): void
}

// `@sesame/core/breach` is imported on the first check only; the newest call wins.
export function createBreachCheck(options: () => Partial<BreachCheckerOptions>): BreachCheck {
  let checker: Promise<BreachChecker> | undefined
  let latest = 0
  return {
    async check(password) {
      const call = ++latest
      checker ??= import('@sesame/core/breach').then(
        ({ createBreachChecker }) => createBreachChecker({ onError: 'fail-open', ...options() }),
        (error: unknown) => {
          // A failed download is tried again at the next check.
          checker = undefined
          throw error
        },
      )
      const result = await (await checker).check(password)
      return call === latest ? result : undefined
    },
    cancel() {
      latest += 1
    },
  }
}
