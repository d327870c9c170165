/**
 * `@sesame/express/testing`: the store conformance suite, for third-party stores.
 *
 * @packageDocumentation
 */

export type { HitResult, Store } from '../stores/types'
export { type ConformanceCheck, type ConformanceOptions, storeConformance } from './conformance'
