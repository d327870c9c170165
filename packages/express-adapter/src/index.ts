/**
 * `@sesame/express`: drop-in Express routes for forgot / verify / reset password, stores and hashing.
 *
 * @packageDocumentation
 */
export {}
