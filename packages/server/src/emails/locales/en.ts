import type { EmailCatalogue } from '../texts'

/** English texts of the lifecycle emails (`renderEmail`). */
export const en = {
  locale: 'en',
  emails: {
    reset: {
      subject: { named: 'Reset your {product} password', plain: 'Reset your password' },
      intro: {
        named:
          'You asked to reset your {product} password. Open the link below to choose a new one.',
        plain: 'You asked to reset your password. Open the link below to choose a new one.',
      },
      action: 'Reset my password',
      code: 'Or enter this code on the reset page',
      codeHint: 'This code works once; nobody from our team will ever ask you for it.',
      expiry: 'The link and the code expire on {expiry}.',
      linkExpiry: 'This link expires on {expiry}.',
      ignore: 'If you did not ask for this, ignore this message: nothing will change.',
    },
    invite: {
      subject: { named: 'Your invitation to {product}', plain: 'Your invitation' },
      greeting: { named: 'Hello {name},', plain: 'Hello,' },
      intro: {
        named:
          'An account on {product} was created for you. Open the link below to choose your password.',
        plain: 'An account was created for you. Open the link below to choose your password.',
      },
      action: 'Choose my password',
      expiry: 'This link expires on {expiry}.',
      ignore: 'If you were not expecting this invitation, ignore this message.',
    },
    activation: {
      subject: { named: 'Activate your {product} account', plain: 'Activate your account' },
      greeting: { named: 'Hello {name},', plain: 'Hello,' },
      intro: {
        named:
          'Thank you for signing up to {product}. Open the link below to confirm your address and activate your account.',
        plain:
          'Thank you for signing up. Open the link below to confirm your address and activate your account.',
      },
      action: 'Activate my account',
      expiry: 'This link expires on {expiry}.',
      ignore: 'If you did not sign up, ignore this message: no account will be activated.',
    },
    account_exists: {
      subject: {
        named: 'You already have an account on {product}',
        plain: 'You already have an account',
      },
      intro: {
        named:
          'Someone (most likely you) tried to create an account on {product} with this address, which already has one.',
        plain:
          'Someone (most likely you) tried to create an account with this address, which already has one.',
      },
      reset: 'If you forgot your password, open the link below to choose a new one.',
      action: 'Reset my password',
      expiry: 'This link expires on {expiry}.',
      ignore: 'Otherwise, ignore this message: your account is unchanged.',
    },
    password_changed: {
      subject: { named: 'Your {product} password was changed', plain: 'Your password was changed' },
      intro: {
        named: 'The password of your {product} account was changed on {changedAt}.',
        plain: 'The password of your account was changed on {changedAt}.',
      },
      notYou:
        'If this was not you, ask for a new password at once from the sign-in page ("Forgot password?") and tell our support team.',
    },
  },
} as const satisfies EmailCatalogue
