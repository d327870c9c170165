/** True for an object that is neither `null` nor an array: the shape of parsed JSON objects. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** True when `value` has exactly these own keys and no other: a record written by someone else has more. */
export function hasExactKeys(value: Readonly<Record<string, unknown>>, keys: readonly string[]) {
  const own = Object.keys(value)
  return own.length === keys.length && keys.every((key) => Object.hasOwn(value, key))
}
