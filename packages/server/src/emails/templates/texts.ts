/** The languages the built-in templates are written in; any other locale falls back to English. */
export type EmailLanguage = 'fr' | 'en'

/** What every template's texts receive: the product's name and the expiry, already formatted. */
export interface TemplateValues {
  /** The product's name (`options.productName`), when the app gave one. */
  readonly product: string | undefined
  /** When the link stops working, formatted for the language. */
  readonly expiry: string
  /** The recipient's name, plain text, or undefined. */
  readonly name: string | undefined
}

/** The texts of the reset email. */
export interface ResetTexts {
  readonly subject: (values: TemplateValues) => string
  readonly intro: (values: TemplateValues) => string
  readonly action: string
  readonly code: string
  readonly codeHint: string
  readonly expiry: (values: TemplateValues) => string
  readonly linkExpiry: (values: TemplateValues) => string
  readonly ignore: string
}

/** The texts of the invitation email. */
export interface InviteTexts {
  readonly subject: (values: TemplateValues) => string
  readonly greeting: (values: TemplateValues) => string
  readonly intro: (values: TemplateValues) => string
  readonly action: string
  readonly expiry: (values: TemplateValues) => string
  readonly ignore: string
}

/** The texts of the activation email. */
export type ActivationTexts = InviteTexts

/** The texts of the "an account already exists" email. */
export interface AccountExistsTexts {
  readonly subject: (values: TemplateValues) => string
  readonly intro: (values: TemplateValues) => string
  readonly reset: string
  readonly action: string
  readonly expiry: (values: TemplateValues) => string
  readonly ignore: string
}

/** The texts of the "password changed" email. */
export interface PasswordChangedTexts {
  readonly subject: (values: TemplateValues) => string
  readonly intro: (values: TemplateValues & { readonly changedAt: string }) => string
  readonly notYou: string
}

// " Portal" when a product name was given, nothing otherwise.
const named = (product: string | undefined): string => (product === undefined ? '' : ` ${product}`)
const to = (word: string, product: string | undefined): string =>
  product === undefined ? '' : ` ${word} ${product}`

const hello = (values: TemplateValues, word: string): string =>
  values.name === undefined ? `${word},` : `${word} ${values.name},`

/** The reset email, in each language. */
export const RESET_TEXTS: { readonly [Language in EmailLanguage]: ResetTexts } = {
  fr: {
    subject: ({ product }) => `Réinitialiser votre mot de passe${named(product)}`,
    intro: ({ product }) =>
      `Vous avez demandé à réinitialiser votre mot de passe${named(product)}. Ouvrez le lien ci-dessous pour en choisir un nouveau.`,
    action: 'Réinitialiser mon mot de passe',
    code: 'Ou saisissez ce code sur la page de réinitialisation',
    codeHint: 'Ce code sert une seule fois ; personne chez nous ne vous le demandera.',
    expiry: ({ expiry }) => `Le lien et le code expirent le ${expiry}.`,
    linkExpiry: ({ expiry }) => `Ce lien expire le ${expiry}.`,
    ignore:
      'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : rien ne changera.',
  },
  en: {
    subject: ({ product }) => `Reset your${named(product)} password`,
    intro: ({ product }) =>
      `You asked to reset your${named(product)} password. Open the link below to choose a new one.`,
    action: 'Reset my password',
    code: 'Or enter this code on the reset page',
    codeHint: 'This code works once; nobody from our team will ever ask you for it.',
    expiry: ({ expiry }) => `The link and the code expire on ${expiry}.`,
    linkExpiry: ({ expiry }) => `This link expires on ${expiry}.`,
    ignore: 'If you did not ask for this, ignore this message: nothing will change.',
  },
}

/** The invitation email, in each language. */
export const INVITE_TEXTS: { readonly [Language in EmailLanguage]: InviteTexts } = {
  fr: {
    subject: ({ product }) => `Votre invitation${to('à', product)}`,
    greeting: (values) => hello(values, 'Bonjour'),
    intro: ({ product }) =>
      `Un compte${named(product)} a été créé pour vous. Ouvrez le lien ci-dessous pour choisir votre mot de passe.`,
    action: 'Choisir mon mot de passe',
    expiry: ({ expiry }) => `Ce lien expire le ${expiry}.`,
    ignore: 'Si vous n’attendiez pas cette invitation, ignorez ce message.',
  },
  en: {
    subject: ({ product }) => `Your invitation${to('to', product)}`,
    greeting: (values) => hello(values, 'Hello'),
    intro: ({ product }) =>
      `An account${to('on', product)} was created for you. Open the link below to choose your password.`,
    action: 'Choose my password',
    expiry: ({ expiry }) => `This link expires on ${expiry}.`,
    ignore: 'If you were not expecting this invitation, ignore this message.',
  },
}

/** The activation email, in each language. */
export const ACTIVATION_TEXTS: { readonly [Language in EmailLanguage]: ActivationTexts } = {
  fr: {
    subject: ({ product }) => `Activez votre compte${named(product)}`,
    greeting: (values) => hello(values, 'Bonjour'),
    intro: ({ product }) =>
      `Merci de votre inscription${to('à', product)}. Ouvrez le lien ci-dessous pour confirmer votre adresse et activer votre compte.`,
    action: 'Activer mon compte',
    expiry: ({ expiry }) => `Ce lien expire le ${expiry}.`,
    ignore: 'Si vous ne vous êtes pas inscrit, ignorez ce message : aucun compte ne sera activé.',
  },
  en: {
    subject: ({ product }) => `Activate your${named(product)} account`,
    greeting: (values) => hello(values, 'Hello'),
    intro: ({ product }) =>
      `Thank you for signing up${to('to', product)}. Open the link below to confirm your address and activate your account.`,
    action: 'Activate my account',
    expiry: ({ expiry }) => `This link expires on ${expiry}.`,
    ignore: 'If you did not sign up, ignore this message: no account will be activated.',
  },
}

/** The "an account already exists" email, in each language. */
export const ACCOUNT_EXISTS_TEXTS: { readonly [Language in EmailLanguage]: AccountExistsTexts } = {
  fr: {
    subject: ({ product }) => `Vous avez déjà un compte${named(product)}`,
    intro: ({ product }) =>
      `Quelqu’un (vous, sans doute) a voulu créer un compte${named(product)} avec cette adresse, qui en a déjà un.`,
    reset:
      'Si vous avez oublié votre mot de passe, ouvrez le lien ci-dessous pour en choisir un nouveau.',
    action: 'Réinitialiser mon mot de passe',
    expiry: ({ expiry }) => `Ce lien expire le ${expiry}.`,
    ignore: 'Sinon, ignorez ce message : votre compte ne change pas.',
  },
  en: {
    subject: ({ product }) => `You already have an account${to('on', product)}`,
    intro: ({ product }) =>
      `Someone (most likely you) tried to create an account${to('on', product)} with this address, which already has one.`,
    reset: 'If you forgot your password, open the link below to choose a new one.',
    action: 'Reset my password',
    expiry: ({ expiry }) => `This link expires on ${expiry}.`,
    ignore: 'Otherwise, ignore this message: your account is unchanged.',
  },
}

/** The "password changed" email, in each language. */
export const PASSWORD_CHANGED_TEXTS: {
  readonly [Language in EmailLanguage]: PasswordChangedTexts
} = {
  fr: {
    subject: ({ product }) => `Votre mot de passe${named(product)} a été modifié`,
    intro: ({ product, changedAt }) =>
      `Le mot de passe de votre compte${named(product)} a été modifié le ${changedAt}.`,
    notYou:
      'Si ce n’est pas vous, demandez tout de suite un nouveau mot de passe depuis la page de connexion (« Mot de passe oublié ? ») et prévenez notre support.',
  },
  en: {
    subject: ({ product }) => `Your${named(product)} password was changed`,
    intro: ({ product, changedAt }) =>
      `The password of your${named(product)} account was changed on ${changedAt}.`,
    notYou:
      'If this was not you, ask for a new password at once from the sign-in page ("Forgot password?") and tell our support team.',
  },
}
