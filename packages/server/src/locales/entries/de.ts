/**
 * `@sesame/server/locales/de`: the German server catalogue (`de`: core texts, problem titles)
 * and, beside it, the German texts of the lifecycle emails (`deEmails`, for `renderEmail`).
 *
 * @packageDocumentation
 */
export { de as deEmails } from '../../emails/locales/de'
export { de } from '../de'
