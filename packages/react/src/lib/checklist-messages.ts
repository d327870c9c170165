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
  /** Live-region summary while some rules are not met. */
  summary: (met: number, total: number, missing: readonly string[]) => string
  /** Live-region summary once every rule is met. */
  allMet: string
  /**
   * Accessible name of the show/hide toggle. It stays the same in both states (WAI-ARIA toggle
   * button): `aria-pressed` says whether the password is shown.
   */
  showPassword: string
}

const fr: ChecklistMessages = {
  met: 'respecté',
  notMet: 'non respecté',
  pending: 'vérification en cours',
  summary: (met, total, missing) =>
    `${met} critère${met > 1 ? 's' : ''} sur ${total} respecté${met > 1 ? 's' : ''}. Manque : ${missing.join(', ')}.`,
  allMet: 'Tous les critères sont respectés.',
  showPassword: 'Afficher le mot de passe',
}

const en: ChecklistMessages = {
  met: 'met',
  notMet: 'not met',
  pending: 'being checked',
  summary: (met, total, missing) =>
    `${met} of ${total} requirements met. Missing: ${missing.join(', ')}.`,
  allMet: 'All requirements are met.',
  showPassword: 'Show password',
}

// Kept apart from the forms' texts, so that the checklist and the field do not bundle them.
export function getChecklistMessages(
  locale: string | undefined,
  overrides?: Partial<ChecklistMessages>,
): ChecklistMessages {
  const base = resolveLocale(locale) === 'fr' ? fr : en
  return overrides ? { ...base, ...overrides } : base
}
