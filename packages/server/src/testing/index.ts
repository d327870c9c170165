/**
 * `@sesame/server/testing`: the store conformance suite, the behaviour suite every binding must
 * pass, and the timing harness of the enumeration tests — for third-party stores and bindings.
 *
 * @packageDocumentation
 */
export type { HitResult, Store } from '../stores/types'
export {
  type BindingHarness,
  type BindingSetup,
  bindingSuite,
  type StartedBinding,
} from './behaviour'
export { type ConformanceCheck, type ConformanceOptions, storeConformance } from './conformance'
export { type RawReply, type RawRequest, rawRequest } from './lib/raw-http'
export {
  type Clock,
  type RecordedEvent,
  type SuiteFixture,
  type SuiteFixtureOptions,
  type SuiteUser,
  suiteFixture,
  tokenOf,
} from './lib/fixture'
export {
  auc,
  compareTimings,
  type InterleaveOptions,
  interleavedTimings,
  kolmogorovSmirnov,
  type KsResult,
  median,
  type TimingComparison,
} from './timing'
