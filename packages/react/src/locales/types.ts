import type { CoreCatalogue, PluralText } from '@sesame/core'
import type { LifecycleMessages, SesameReactMessages } from '../messages'

/** The five names of the zxcvbn scores, weakest first. */
export type StrengthLabels = readonly [string, string, string, string, string]

/** Texts of `<PasswordChecklist>` and `<PasswordField>`, as data. */
export interface ReactChecklistTexts {
  /** Visually hidden state of a met rule. */
  readonly met: string
  /** Visually hidden state of a rule not met yet. */
  readonly notMet: string
  /** Visually hidden state of a rule still being checked (async rules). */
  readonly pending: string
  /** The rules a password does not meet: `{labels}` is their list, its length picks the plural form. */
  readonly unmet: PluralText
  /** Live-region count while some rules are not met: `{met}` of `{total}`, `{met}` picks the plural form. */
  readonly summary: PluralText
  /** Live-region summary once every rule is met. */
  readonly allMet: string
  /** Accessible name of the toggle while the password is masked: what a press does. */
  readonly showPassword: string
  /** Accessible name of the toggle while the password is shown: what a press does. */
  readonly hidePassword: string
  /** Announced (politely) once a press of the toggle has shown the password. */
  readonly passwordShown: string
  /** Announced (politely) once the password is masked again. */
  readonly passwordHidden: string
}

/**
 * Texts of the reset and forgot-password screens, one string per key of {@link SesameReactMessages}
 * (the lifecycle screens' texts are in {@link ReactLifecycleTexts}).
 */
export type ReactFormTexts = {
  readonly [K in Exclude<
    keyof SesameReactMessages,
    keyof ReactChecklistTexts | keyof LifecycleMessages | 'checklistHeading'
  >]: string
}

/** The lifecycle screens' texts that take a number, as templates. */
export interface ReactLifecycleTemplates {
  /** The server is saturated: `{seconds}` is its `Retry-After` and picks the plural form. */
  readonly serverBusy: PluralText
  /** Explanation above the code field: `{length}` is the number of digits. */
  readonly codeIntro: string
  /** The code is not `{length}` digits. */
  readonly codeFormat: string
}

/**
 * Texts of the sign-in, sign-up, change-password, code, activation and invitation screens: one
 * string per key of {@link LifecycleMessages}, the three that take a number as templates.
 */
export type ReactLifecycleTexts = ReactLifecycleTemplates & {
  readonly [K in Exclude<keyof LifecycleMessages, keyof ReactLifecycleTemplates>]: string
}

/** Texts of `<PasswordStrength>`. */
export interface ReactStrengthTexts {
  /** The meter's visible title. */
  readonly title: string
  /** Names of the scores 0 to 4. */
  readonly scores: StrengthLabels
}

/** The React layer's texts. */
export interface ReactTexts {
  /** The checklist and the password field. */
  readonly checklist: ReactChecklistTexts
  /** The screens. */
  readonly forms: ReactFormTexts
  /** The lifecycle screens (sign-in, sign-up, change password, code, activation, invitation). */
  readonly lifecycle: ReactLifecycleTexts
  /** The strength meter. */
  readonly strength: ReactStrengthTexts
}

/**
 * A catalogue of `@sesame/react`: the core layer's texts (rule labels, heading) and the React
 * layer's, for one locale; plain JSON-serialisable data. Pass it to `<SesameLocaleProvider>`,
 * or as `catalogues` to a hook, controller or component.
 */
export interface ReactCatalogue extends CoreCatalogue {
  /** Texts only the React layer says. */
  readonly react: ReactTexts
}

/** Catalogues reduced to what one part of the React layer reads (the checklist needs no screen texts). */
export type CataloguePart<K extends keyof ReactTexts> = CoreCatalogue & {
  readonly react: Pick<ReactTexts, K>
}
