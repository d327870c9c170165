/**
 * `@sesame/express/testing`: the store conformance suite, for third-party stores.
 *
 * @packageDocumentation
 */
export {}
