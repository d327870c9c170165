import { Refusal } from './refusal'

/** How one string field is read: its bound, and whether it may be absent. */
export interface FieldSpec {
  /** Longest value accepted, in UTF-16 units. */
  readonly max: number
  /** Absent (or `null`, `''`) is accepted as `undefined`. */
  readonly optional?: boolean
}

/** The values read for a field spec: optional fields may be `undefined`. */
export type FieldValues<Spec extends Record<string, FieldSpec>> = {
  [Name in keyof Spec]: Spec[Name] extends { optional: true } ? string | undefined : string
}

/**
 * Reads the named string fields of a JSON body, each bounded; a refusal names the first bad field
 * (`invalid_field` with `missing`, `not_string` or `too_long`).
 */
export function readFields<const Spec extends Record<string, FieldSpec>>(
  body: Readonly<Record<string, unknown>>,
  spec: Spec,
): FieldValues<Spec> {
  const values: Record<string, string | undefined> = {}
  for (const [name, field] of Object.entries(spec)) {
    const value = Object.hasOwn(body, name) ? body[name] : undefined
    let reason: 'missing' | 'not_string' | 'too_long' | null = null
    if (value === undefined || value === null || value === '') reason = 'missing'
    else if (typeof value !== 'string') reason = 'not_string'
    else if (value.length > field.max) reason = 'too_long'
    if (reason === null) values[name] = value as string
    else if (reason === 'missing' && field.optional) values[name] = undefined
    else throw new Refusal('invalid_field', { field: name, errors: [{ field: name, reason }] })
  }
  return values as FieldValues<Spec>
}

/** Reads an optional boolean field (`remember`): absent or `null` is `undefined`, anything else refused. */
export function readFlag(
  body: Readonly<Record<string, unknown>>,
  name: string,
): boolean | undefined {
  const value = Object.hasOwn(body, name) ? body[name] : undefined
  if (value === undefined || value === null) return undefined
  if (typeof value === 'boolean') return value
  throw new Refusal('invalid_field', {
    field: name,
    errors: [{ field: name, reason: 'not_boolean' }],
  })
}
