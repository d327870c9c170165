import { useEffect, useLayoutEffect, useState, useSyncExternalStore } from 'react'
import type { Controller } from './store'

// Layout effects warn during server rendering in React 18; nothing needs syncing there anyway.
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect

// TanStack Form's split: created once, read through useSyncExternalStore, options synced after render.
export function useController<Options, C extends Controller<Options, unknown>>(
  create: (options: Options) => C,
  options: Options,
): [C, ReturnType<C['getSnapshot']>] {
  const [controller] = useState(() => create(options))
  useIsomorphicLayoutEffect(() => {
    controller.setOptions(options)
  })
  useEffect(() => () => controller.stop(), [controller])
  const snapshot = useSyncExternalStore(
    controller.subscribe,
    controller.getSnapshot,
    controller.getSnapshot,
  )
  return [controller, snapshot as ReturnType<C['getSnapshot']>]
}
