import { nl as core } from '@sesame/core/locales/nl'
import type { ReactCatalogue } from './types'

/** Dutch texts of `@sesame/react` (with `@sesame/core`'s): checklist, screens, strength meter. */
export const nl = {
  locale: 'nl',
  core: core.core,
  react: {
    checklist: {
      met: 'voldaan',
      notMet: 'niet voldaan',
      pending: 'wordt gecontroleerd',
      unmet: {
        one: 'Niet voldaan aan eis: {labels}.',
        other: 'Niet voldaan aan eisen: {labels}.',
      },
      summary: 'Aan {met} van de {total} eisen voldaan.',
      allMet: 'Aan alle eisen is voldaan.',
      showPassword: 'Wachtwoord tonen',
      hidePassword: 'Wachtwoord verbergen',
      passwordShown: 'Je wachtwoord wordt getoond.',
      passwordHidden: 'Je wachtwoord is verborgen.',
    },
    forms: {
      resetTitle: 'Mijn wachtwoord bijwerken',
      newPassword: 'Nieuw wachtwoord',
      confirmation: 'Wachtwoord bevestigen',
      submit: 'Versturen',
      breached: 'Dit wachtwoord komt voor in bekende datalekken: kies een ander.',
      mismatch: core.core.mismatch,
      policyFailed: 'Het wachtwoord voldoet niet aan alle eisen.',
      passwordRequired: 'Voer een nieuw wachtwoord in.',
      confirmationRequired: 'Bevestig het nieuwe wachtwoord.',
      errorSummaryTitle: 'Er is een probleem',
      forgotTitle: 'Wachtwoord vergeten?',
      forgotIntro: 'Voer het e-mailadres in waarmee je inlogt.',
      updateIntro:
        'Bij je eerste keer inloggen moet je een nieuw wachtwoord kiezen. Voer je e-mailadres in, dan sturen we je een link.',
      email: 'E-mailadres',
      invalidEmail: 'Voer een geldig e-mailadres in.',
      emailRequired: 'Voer je e-mailadres in.',
      emailSent:
        'Als dit adres bij een account hoort, is er een bericht naartoe gestuurd. Volg de link erin om je wachtwoord opnieuw in te stellen.',
      linkInvalid: 'Deze resetlink is niet geldig.',
      linkExpired: 'Deze resetlink is verlopen.',
      linkStale: 'Deze link is al gebruikt: je wachtwoord is gewijzigd sinds hij is verstuurd.',
      requestNewLink: 'Nieuwe link aanvragen',
      retry: 'Opnieuw proberen',
      done: 'Je wachtwoord is bijgewerkt.',
      verifying: 'Link wordt gecontroleerd…',
      rateLimited: 'Te veel pogingen. Probeer het over een paar minuten opnieuw.',
      unavailable: 'De dienst is niet beschikbaar. Probeer het zo dadelijk opnieuw.',
    },
    strength: {
      title: 'Sterkte',
      scores: ['Zeer zwak', 'Zwak', 'Redelijk', 'Sterk', 'Zeer sterk'],
    },
  },
} as const satisfies ReactCatalogue
