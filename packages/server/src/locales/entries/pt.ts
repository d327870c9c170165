/**
 * `@sesame/server/locales/pt`: the Portuguese server catalogue (`pt`: core texts, problem titles)
 * and, beside it, the Portuguese texts of the lifecycle emails (`ptEmails`, for `renderEmail`).
 *
 * @packageDocumentation
 */
export { pt as ptEmails } from '../../emails/locales/pt'
export { pt } from '../pt'
