/**
 * `@sesame/core/flow`: the set-or-reset-your-password flow as a typed state machine.
 *
 * @packageDocumentation
 */
export { FlowError, isSesameError } from '../errors'
