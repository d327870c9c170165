import * as z from 'zod'
import { patternProblem } from '../rules/pattern'
import type { passwordSchema } from './password-schema'

/**
 * zod schema of the policy JSON (`version: 1`, an ordered list of rules), named like
 * {@link passwordSchema}: one validates policies, the other passwords. `definePolicy` validates
 * with it, then fills in ids and freezes the result.
 */
export const policySchema = /* @__PURE__ */ (() => {
  // Built inside a pure function so that bundles not using it drop zod entirely.
  const id = z
    .string()
    .regex(/^[A-Za-z][\w.-]{0,63}$/, 'must start with a letter: letters, digits, _ . - (64 max)')
    // The id of the check every policy makes without a rule (lone surrogates, invisible characters).
    .refine((value) => value !== 'wellFormed', 'wellFormed is reserved for the implicit check')
  const text = z.string().min(1).max(500)
  // Keyed by BCP 47 tag (letters, digits and inner hyphens), a handful per rule.
  const tag = z.string().regex(/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8}){0,4}$/, 'must be a BCP 47 tag')
  const messages = z
    .record(tag, text)
    .refine((m) => Object.keys(m).length <= 32, { message: 'at most 32 locales per rule' })
  const base = { id: id.optional(), messages: messages.optional() }
  const count = z.int().min(1).max(1024).default(1)
  const counted = <T extends string>(type: T) =>
    z.strictObject({ type: z.literal(type), ...base, min: count })
  const plain = <T extends string>(type: T) => z.strictObject({ type: z.literal(type), ...base })

  const length = z
    .strictObject({
      type: z.literal('length'),
      ...base,
      min: z.int().min(0).max(4096).default(0),
      max: z.int().min(1).max(1_048_576).optional(),
    })
    .refine((rule) => rule.max === undefined || rule.max >= rule.min, {
      message: 'max must be at least min',
      path: ['max'],
    })

  const special = z.strictObject({
    type: z.literal('special'),
    ...base,
    min: count,
    characters: z.string().min(1).max(256).optional(),
  })

  const pattern = z
    .strictObject({
      type: z.literal('pattern'),
      id: id.optional(),
      source: z.string().min(1).max(512),
      flags: z.string().default(''),
      mustMatch: z.boolean().default(true),
      // Derived from source and flags: definePolicy compiles it again, whatever it was.
      program: z.unknown().optional(),
      messages: messages.refine((m) => Object.keys(m).length > 0, {
        message: 'a pattern needs a label in at least one locale',
      }),
    })
    .superRefine((rule, ctx) => {
      const problem = patternProblem(rule.source, rule.flags)
      if (problem !== undefined)
        ctx.addIssue({
          code: 'custom',
          message: `unsupported pattern: ${problem}`,
          path: ['source'],
        })
    })

  const pathRule = z.discriminatedUnion('type', [
    length,
    counted('lowercase'),
    counted('uppercase'),
    counted('digits'),
    counted('letters'),
    special,
    plain('notCommon'),
    plain('notContextual'),
    z.strictObject({ type: z.literal('maxRepeated'), ...base, max: z.int().min(1).max(1024) }),
    pattern,
    plain('match'),
    z.strictObject({
      type: z.literal('strength'),
      ...base,
      minScore: z.int().min(0).max(4).default(3),
    }),
    plain('notBreached'),
  ])

  const anyOf = z.strictObject({
    type: z.literal('anyOf'),
    ...base,
    paths: z.array(z.array(pathRule).min(1).max(16)).min(2).max(8),
  })
  return z.strictObject({
    version: z.literal(1),
    rules: z.array(z.discriminatedUnion('type', [...pathRule.options, anyOf])).max(64),
  })
})()

/** A policy as written by hand or received as JSON, before `definePolicy` normalises it. */
export type PolicyInput = z.input<typeof policySchema>

/** @deprecated Renamed {@link policySchema}, beside `passwordSchema`; this alias goes in the next major. */
export const PolicySchema: typeof policySchema = policySchema
