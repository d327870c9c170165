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
export {
  type Clock,
  type RecordedEvent,
  recordingHooks,
  SUITE_CHALLENGE_ANSWER,
  type SuiteFixture,
  type SuiteFixtureOptions,
  type SuiteUser,
  suiteChallenge,
  suiteFixture,
  suiteHasher,
  tokenOf,
} from './lib/fixture'
export { type RawReply, type RawRequest, rawRequest } from './lib/raw-http'
export {
  auc,
  compareTimings,
  type InterleaveOptions,
  interleavedTimings,
  type KsResult,
  kolmogorovSmirnov,
  median,
  type TimingComparison,
} from './timing'
