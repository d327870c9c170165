import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react'

/** The portal's two languages: French by default, English on request. */
export type Locale = 'fr' | 'en'

const fr = {
  appName: 'Mes services en ligne',
  brandOwner: 'Opco EP',
  entryText: 'Vos demandes de financement, vos remboursements et vos documents, au même endroit.',
  entryAction: 'Accéder à mes services en ligne',
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch to English',
  skipToContent: 'Aller au contenu',
  emailPlaceholder: "Saisir l'adresse email",
  passwordPlaceholder: 'Saisir le mot de passe',
  rememberMe: 'Se souvenir de moi',
  forgotPasswordLink: 'Mot de passe oublié ?',
  submit: 'Valider',
  noAccount: 'Pas encore de compte ?',
  signUpLink: 'Inscrivez-vous !',
  signInTitle: 'Me connecter',
  signInFailed: 'Email ou mot de passe incorrect.',
  tooManyAttempts: 'Trop de tentatives. Réessayez dans quelques minutes.',
  changePasswordTitle: 'Modifier mon mot de passe',
  backToDashboard: 'Retour à mon espace',
  useResetLink:
    'Trop de tentatives pour ce compte. Pour continuer, utilisez « Mot de passe oublié ? » : un lien vous sera envoyé par email.',
  unexpectedError: 'Une erreur est survenue. Veuillez réessayer.',
  updateRequiredText:
    'La première connexion au nouveau portail Mes services en ligne nécessite la mise à jour de vos identifiants de connexion.',
  forgotTitle: 'Mot de passe oublié',
  forgotIntro:
    "Renseigner l'adresse email précédemment utilisée dans les services en ligne Opco EP",
  backToSignIn: 'Retour à la connexion',
  emailSentTitle: 'Un message a été envoyé',
  emailSentText:
    "Il est parti à l'adresse email renseignée. Son lien « Réinitialiser mon mot de passe » vous permet de choisir votre nouveau mot de passe ; sur un autre appareil, saisissez plutôt son code à 8 chiffres.",
  emailSentHint:
    'Vous ne le trouvez pas ? Vérifiez vos courriers indésirables. Le lien est valable 30 minutes.',
  resend: 'Renvoyer le message',
  resent: 'Nouvel envoi effectué.',
  resendRefused: (minutes: number) =>
    `Trop de demandes depuis votre connexion. Réessayez dans ${minutes} minute${minutes > 1 ? 's' : ''}.`,
  resetTitle: 'Mettre à jour mon mot de passe',
  signUpTitle: 'Créer mon compte',
  fullName: 'Prénom et nom',
  activationTitle: 'Activation du compte',
  codeTitle: 'Saisir le code reçu',
  enterCode: 'Saisir plutôt le code reçu par email',
  nameRefused:
    'Saisissez votre prénom et votre nom : des lettres, des espaces, des apostrophes, des tirets et des points (80 caractères au plus).',
  haveAccount: 'Déjà un compte ?',
  signInLink: 'Me connecter',
  dashboardTitle: 'Tableau de bord',
  welcome: (name: string) => `Bonjour ${name}`,
  signedInNotice: 'Vous êtes à présent connecté à votre nouveau portail.',
  signOut: 'Me déconnecter',
  accountMenu: 'Menu du compte',
  company: 'Entreprise',
  multiSiret: '(Multi-SIRET)',
  noOrganisation: 'Aucune entreprise rattachée',
  menuRequest: 'Demander un financement',
  menuFundings: 'Mes financements',
  menuRefunds: 'Mes remboursements',
  menuHelp: "Besoin d'aide?",
  comingSoon: 'Cette rubrique arrive bientôt.',
  requestsTitle: 'Mes demandes de financement',
  archived: 'Archivé',
  inProgress: 'En cours',
  draft: 'Brouillon',
  chartSummary: (a: number, p: number, d: number) =>
    `Demandes de financement : ${a} archivées, ${p} en cours, ${d} brouillons.`,
  noRequests: 'Aucune demande de financement pour le moment.',
  newsTitle: 'Actualités',
  news1Title: 'Bienvenue sur votre nouvel espace',
  news1Text:
    'Vos demandes de financement, vos remboursements et vos documents sont désormais réunis au même endroit.',
  news2Title: 'Comment ça marche?',
  news2Text:
    'Déposez une demande en quelques étapes, suivez son avancement et recevez une notification à chaque décision.',
  helpline:
    'Nos équipes sont à votre écoute du lundi au vendredi de 5h à 23h au 09 70 838 837. (Appel non surtaxé)',
  notFoundTitle: 'Page introuvable',
  loading: 'Chargement…',
}

/** Every key of the portal's strings; English must provide the same ones. */
export type Messages = typeof fr

const en: Messages = {
  appName: 'Mes services en ligne',
  brandOwner: 'Opco EP',
  entryText: 'Your funding requests, refunds and documents, in one place.',
  entryAction: 'Go to my online services',
  switchLanguage: 'Français',
  switchLanguageLabel: 'Passer en français',
  skipToContent: 'Skip to content',
  emailPlaceholder: 'Enter your email address',
  passwordPlaceholder: 'Enter your password',
  rememberMe: 'Remember me',
  forgotPasswordLink: 'Forgot your password?',
  submit: 'Submit',
  noAccount: 'No account yet?',
  signUpLink: 'Sign up!',
  signInTitle: 'Sign in',
  signInFailed: 'Wrong email or password.',
  tooManyAttempts: 'Too many attempts. Try again in a few minutes.',
  changePasswordTitle: 'Change my password',
  backToDashboard: 'Back to my space',
  useResetLink:
    'Too many attempts for this account. To continue, use “Forgot your password?”: a link will be emailed to you.',
  unexpectedError: 'Something went wrong. Please try again.',
  updateRequiredText:
    'Your first sign-in to the new Mes services en ligne portal requires updating your credentials.',
  forgotTitle: 'Forgot your password',
  forgotIntro: 'Enter the email address you used before in the Opco EP online services',
  backToSignIn: 'Back to sign-in',
  emailSentTitle: 'A message has been sent',
  emailSentText:
    'It went to the email address you entered. Its “Reset my password” link lets you choose your new password; on another device, enter its 8-digit code instead.',
  emailSentHint: 'Cannot find it? Check your spam folder. The link is valid for 30 minutes.',
  resend: 'Send the message again',
  resent: 'Sent again.',
  resendRefused: (minutes: number) =>
    `Too many requests from your connection. Try again in ${minutes} minute${minutes > 1 ? 's' : ''}.`,
  resetTitle: 'Update my password',
  signUpTitle: 'Create my account',
  fullName: 'First and last name',
  activationTitle: 'Account activation',
  codeTitle: 'Enter the code you received',
  enterCode: 'Enter the code from the email instead',
  nameRefused:
    'Enter your first and last name: letters, spaces, apostrophes, hyphens and dots (80 characters at most).',
  haveAccount: 'Already have an account?',
  signInLink: 'Sign in',
  dashboardTitle: 'Dashboard',
  welcome: (name: string) => `Hello ${name}`,
  signedInNotice: 'You are now signed in to your new portal.',
  signOut: 'Sign out',
  accountMenu: 'Account menu',
  company: 'Company',
  multiSiret: '(Multi-SIRET)',
  noOrganisation: 'No company attached',
  menuRequest: 'Request funding',
  menuFundings: 'My fundings',
  menuRefunds: 'My refunds',
  menuHelp: 'Need help?',
  comingSoon: 'This section is coming soon.',
  requestsTitle: 'My funding requests',
  archived: 'Archived',
  inProgress: 'In progress',
  draft: 'Draft',
  chartSummary: (a: number, p: number, d: number) =>
    `Funding requests: ${a} archived, ${p} in progress, ${d} drafts.`,
  noRequests: 'No funding request yet.',
  newsTitle: 'News',
  news1Title: 'Welcome to your new space',
  news1Text: 'Your funding requests, refunds and documents are now in one place.',
  news2Title: 'How does it work?',
  news2Text:
    'File a request in a few steps, follow its progress and get notified of every decision.',
  helpline:
    'Our teams are available Monday to Friday from 5 am to 11 pm on 09 70 838 837. (Standard call rate)',
  notFoundTitle: 'Page not found',
  loading: 'Loading…',
}

const dictionaries: Record<Locale, Messages> = { fr, en }
const STORAGE_KEY = 'portal-locale'

function initialLocale(): Locale {
  const param = new URLSearchParams(window.location.search).get('lang')
  if (param === 'fr' || param === 'en') return param
  return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'fr'
}

interface I18n {
  locale: Locale
  t: Messages
  setLocale(locale: Locale): void
}

const I18nContext = createContext<I18n | null>(null)

/** Provides the current language; French unless the user switched (kept in localStorage and a cookie). */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale)
  useEffect(() => {
    document.documentElement.lang = locale
    // The server reads this cookie to write email in the same language.
    // biome-ignore lint/suspicious/noDocumentCookie: one fixed, non-sensitive value; the Cookie Store API is not in every browser
    document.cookie = `portal_locale=${locale}; path=/; max-age=31536000; samesite=lax`
  }, [locale])
  const setLocale = useCallback((next: Locale) => {
    window.localStorage.setItem(STORAGE_KEY, next)
    setLocaleState(next)
  }, [])
  return (
    <I18nContext.Provider value={{ locale, t: dictionaries[locale], setLocale }}>
      {children}
    </I18nContext.Provider>
  )
}

/** The current language and its strings. */
export function useI18n(): I18n {
  const value = useContext(I18nContext)
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>')
  return value
}
