import { isSame } from './same'

/** What every controller offers a UI binding: a snapshot to read and a way to hear of changes. */
export interface Controller<Options, Snapshot> {
  /** Calls `listener` after each change of the snapshot; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void
  /** The current snapshot: the same object until something it shows changes. */
  getSnapshot(): Snapshot
  /** Replaces the options; the snapshot is published again only if what it shows changed. */
  setOptions(options: Options): void
  /** Aborts the work in flight (requests, breach checks); the controller stays usable. */
  stop(): void
}

/** The internal state of a controller, its options and the snapshot derived from both. */
export interface Store<State, Options, Snapshot>
  extends Pick<Controller<Options, Snapshot>, 'subscribe' | 'getSnapshot' | 'setOptions'> {
  state(): State
  options(): Options
  set(update: Partial<State> | ((state: State) => Partial<State>)): void
}

function sameOptions(a: object, b: object): boolean {
  const left = a as Record<string, unknown>
  const right = b as Record<string, unknown>
  const keys = Object.keys(left)
  return (
    keys.length === Object.keys(right).length &&
    keys.every((key) => Object.is(left[key], right[key]))
  )
}

// Deriving inside the store makes the snapshot the one owner of every computed value.
export function createStore<State extends object, Options extends object, Snapshot>(
  initial: State,
  initialOptions: Options,
  derive: (state: State, options: Options) => Snapshot,
): Store<State, Options, Snapshot> {
  let state = initial
  let options = initialOptions
  let snapshot = derive(state, options)
  const listeners = new Set<() => void>()
  const publish = () => {
    const next = derive(state, options)
    if (isSame(next, snapshot)) return
    snapshot = next
    for (const listener of [...listeners]) listener()
  }
  return {
    state: () => state,
    options: () => options,
    getSnapshot: () => snapshot,
    set(update) {
      state = { ...state, ...(typeof update === 'function' ? update(state) : update) }
      publish()
    },
    setOptions(next) {
      if (sameOptions(next, options)) return
      options = next
      publish()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
  }
}

// A controller's methods, handed out as they are: a controller's are closures, not bound to `this`.
export function actionsOf<C, K extends keyof C>(controller: C, names: readonly K[]): Pick<C, K> {
  return Object.fromEntries(names.map((name) => [name, controller[name]])) as Pick<C, K>
}
