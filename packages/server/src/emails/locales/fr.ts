import type { EmailCatalogue } from '../texts'

/** French texts of the lifecycle emails (`renderEmail`): the seed's wording. */
export const fr = {
  locale: 'fr',
  emails: {
    reset: {
      subject: {
        named: 'Réinitialiser votre mot de passe {product}',
        plain: 'Réinitialiser votre mot de passe',
      },
      intro: {
        named:
          'Vous avez demandé à réinitialiser votre mot de passe {product}. Ouvrez le lien ci-dessous pour en choisir un nouveau.',
        plain:
          'Vous avez demandé à réinitialiser votre mot de passe. Ouvrez le lien ci-dessous pour en choisir un nouveau.',
      },
      action: 'Réinitialiser mon mot de passe',
      code: 'Ou saisissez ce code sur la page de réinitialisation',
      codeHint: 'Ce code sert une seule fois ; personne chez nous ne vous le demandera.',
      expiry: 'Le lien et le code expirent le {expiry}.',
      linkExpiry: 'Ce lien expire le {expiry}.',
      ignore:
        'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : rien ne changera.',
    },
    invite: {
      subject: { named: 'Votre invitation à {product}', plain: 'Votre invitation' },
      greeting: { named: 'Bonjour {name},', plain: 'Bonjour,' },
      intro: {
        named:
          'Un compte {product} a été créé pour vous. Ouvrez le lien ci-dessous pour choisir votre mot de passe.',
        plain:
          'Un compte a été créé pour vous. Ouvrez le lien ci-dessous pour choisir votre mot de passe.',
      },
      action: 'Choisir mon mot de passe',
      expiry: 'Ce lien expire le {expiry}.',
      ignore: 'Si vous n’attendiez pas cette invitation, ignorez ce message.',
    },
    activation: {
      subject: { named: 'Activez votre compte {product}', plain: 'Activez votre compte' },
      greeting: { named: 'Bonjour {name},', plain: 'Bonjour,' },
      intro: {
        named:
          'Merci de votre inscription à {product}. Ouvrez le lien ci-dessous pour confirmer votre adresse et activer votre compte.',
        plain:
          'Merci de votre inscription. Ouvrez le lien ci-dessous pour confirmer votre adresse et activer votre compte.',
      },
      action: 'Activer mon compte',
      expiry: 'Ce lien expire le {expiry}.',
      ignore: 'Si vous ne vous êtes pas inscrit, ignorez ce message : aucun compte ne sera activé.',
    },
    account_exists: {
      subject: { named: 'Vous avez déjà un compte {product}', plain: 'Vous avez déjà un compte' },
      intro: {
        named:
          'Quelqu’un (vous, sans doute) a voulu créer un compte {product} avec cette adresse, qui en a déjà un.',
        plain:
          'Quelqu’un (vous, sans doute) a voulu créer un compte avec cette adresse, qui en a déjà un.',
      },
      reset:
        'Si vous avez oublié votre mot de passe, ouvrez le lien ci-dessous pour en choisir un nouveau.',
      action: 'Réinitialiser mon mot de passe',
      expiry: 'Ce lien expire le {expiry}.',
      ignore: 'Sinon, ignorez ce message : votre compte ne change pas.',
    },
    password_changed: {
      subject: {
        named: 'Votre mot de passe {product} a été modifié',
        plain: 'Votre mot de passe a été modifié',
      },
      intro: {
        named: 'Le mot de passe de votre compte {product} a été modifié le {changedAt}.',
        plain: 'Le mot de passe de votre compte a été modifié le {changedAt}.',
      },
      notYou:
        'Si ce n’est pas vous, demandez tout de suite un nouveau mot de passe depuis la page de connexion (« Mot de passe oublié ? ») et prévenez notre support.',
    },
  },
} as const satisfies EmailCatalogue
