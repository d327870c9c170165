/**
 * `@sesame/server/locales/es`: the Spanish server catalogue (`es`: core texts, problem titles)
 * and, beside it, the Spanish texts of the lifecycle emails (`esEmails`, for `renderEmail`).
 *
 * @packageDocumentation
 */
export { es as esEmails } from '../../emails/locales/es'
export { es } from '../es'
