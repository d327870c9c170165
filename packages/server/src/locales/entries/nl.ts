/**
 * `@sesame/server/locales/nl`: the Dutch server catalogue (`nl`: core texts, problem titles)
 * and, beside it, the Dutch texts of the lifecycle emails (`nlEmails`, for `renderEmail`).
 *
 * @packageDocumentation
 */
export { nl as nlEmails } from '../../emails/locales/nl'
export { nl } from '../nl'
