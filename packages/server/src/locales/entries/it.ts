/**
 * `@sesame/server/locales/it`: the Italian server catalogue (`it`: core texts, problem titles)
 * and, beside it, the Italian texts of the lifecycle emails (`itEmails`, for `renderEmail`).
 *
 * @packageDocumentation
 */
export { it as itEmails } from '../../emails/locales/it'
export { it } from '../it'
