/**
 * `@sesame/react`: hooks and accessible components for the live password checklist and the
 * set/reset-password screens.
 *
 * @packageDocumentation
 */
export {}
