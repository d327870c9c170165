import type { ResetHooks } from '../hooks'
import { runtimeWarning } from './warn'

type EventOf<Name extends keyof ResetHooks> = Parameters<NonNullable<ResetHooks[Name]>>[0]

/**
 * Calls an audit hook without letting it change the response: a throw or a rejection is turned
 * into a runtime warning (which carries no event data).
 */
export function emit<Name extends keyof ResetHooks>(
  hooks: ResetHooks | undefined,
  name: Name,
  event: EventOf<Name>,
): void {
  const hook = hooks?.[name] as ((event: EventOf<Name>) => void | Promise<void>) | undefined
  if (!hook) return
  const report = (): void => runtimeWarning(`the ${name} hook failed`, 'SESAME_HOOK_FAILED')
  try {
    const result = hook.call(hooks, event)
    if (result && typeof (result as Promise<void>).then === 'function') {
      ;(result as Promise<void>).then(undefined, report)
    }
  } catch {
    report()
  }
}
