/**
 * `@sesame/express/testing`: `@sesame/server/testing` (store conformance and binding suites).
 *
 * @packageDocumentation
 */
export * from '@sesame/server/testing'
