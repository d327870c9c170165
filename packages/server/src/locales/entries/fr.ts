/**
 * `@sesame/server/locales/fr`: the French server catalogue (`fr`: core texts, problem titles)
 * and, beside it, the French texts of the lifecycle emails (`frEmails`, for `renderEmail`).
 *
 * @packageDocumentation
 */
export { fr as frEmails } from '../../emails/locales/fr'
export { fr } from '../fr'
