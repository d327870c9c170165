import { resolveLocale } from '@sesame/core'

/** Texts of `<PasswordChecklist>` and `<PasswordField>` (the rule labels come from `@sesame/core`). */
export interface ChecklistMessages {
  /** Lead-in of the checklist (default: `@sesame/core`'s `policyHeading`, "Votre mot de passe doit contenir :"). */
  checklistHeading?: string
  /** Visually hidden state of a met rule. */
  met: string
  /** Visually hidden state of a rule not met yet. */
  notMet: string
  /** Visually hidden state of a rule still being checked (async rules). */
  pending: string
  /** The rules a password does not meet, by their labels: in the live summary and in the field's error. */
  unmet: (labels: readonly string[]) => string
  /** Live-region count while some rules are not met; `unmet`'s list of `missing` follows it. */
  summary: (met: number, total: number, missing: readonly string[]) => string
  /** Live-region summary once every rule is met. */
  allMet: string
  /** Accessible name of the toggle while the password is masked: what a press does. */
  showPassword: string
  /** Accessible name of the toggle while the password is shown: what a press does. */
  hidePassword: string
  /** Announced (politely) once a press of the toggle has shown the password. */
  passwordShown: string
  /** Announced (politely) once the password is masked again. */
  passwordHidden: string
}

const fr: ChecklistMessages = {
  met: 'respecté',
  notMet: 'non respecté',
  pending: 'vérification en cours',
  unmet: (labels) =>
    `${labels.length > 1 ? 'Critères non respectés' : 'Critère non respecté'} : ${labels.join(', ')}.`,
  summary: (met, total) =>
    `${met} critère${met > 1 ? 's' : ''} sur ${total} respecté${met > 1 ? 's' : ''}.`,
  allMet: 'Tous les critères sont respectés.',
  showPassword: 'Afficher le mot de passe',
  hidePassword: 'Masquer le mot de passe',
  passwordShown: 'Le mot de passe est affiché.',
  passwordHidden: 'Le mot de passe est masqué.',
}

const en: ChecklistMessages = {
  met: 'met',
  notMet: 'not met',
  pending: 'being checked',
  unmet: (labels) =>
    `${labels.length > 1 ? 'Requirements' : 'Requirement'} not met: ${labels.join(', ')}.`,
  summary: (met, total) => `${met} of ${total} requirements met.`,
  allMet: 'All requirements are met.',
  showPassword: 'Show password',
  hidePassword: 'Hide password',
  passwordShown: 'Your password is shown.',
  passwordHidden: 'Your password is hidden.',
}

// Kept apart from the forms' texts, so that the checklist and the field do not bundle them.
export function getChecklistMessages(
  locale: string | undefined,
  overrides?: Partial<ChecklistMessages>,
): ChecklistMessages {
  const base = resolveLocale(locale) === 'fr' ? fr : en
  return overrides ? { ...base, ...overrides } : base
}
