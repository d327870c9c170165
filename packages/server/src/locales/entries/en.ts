/**
 * `@sesame/server/locales/en`: the English server catalogue (`en`: core texts, problem titles)
 * and, beside it, the English texts of the lifecycle emails (`enEmails`, for `renderEmail`).
 *
 * @packageDocumentation
 */
export { en as enEmails } from '../../emails/locales/en'
export { en } from '../en'
