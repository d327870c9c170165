import { nl as core } from '@sesame/core/locales/nl'
import type { ServerCatalogue } from './types'

/** Dutch texts of `@sesame/server` (with `@sesame/core`'s): problem titles and details. */
export const nl = {
  locale: 'nl',
  core: core.core,
  server: {
    checks: { reused: 'Anders dan je huidige wachtwoord' },
    problems: {
      malformed_json: {
        title: 'Ongeldige JSON',
        detail: 'De body van het verzoek is geen geldige JSON.',
      },
      invalid_field: {
        title: 'Ongeldig veld',
        detail: 'Een veld ontbreekt, is geen tekenreeks of is te lang.',
      },
      payload_too_large: {
        title: 'Verzoek te groot',
        detail: 'De body van het verzoek is groter dan toegestaan.',
      },
      unsupported_media_type: {
        title: 'Niet-ondersteund mediatype',
        detail: 'De body van het verzoek moet als application/json worden verstuurd.',
      },
      not_found: { title: 'Niet gevonden', detail: 'Deze route bestaat niet.' },
      method_not_allowed: {
        title: 'Methode niet toegestaan',
        detail: 'Deze route accepteert deze methode niet.',
      },
      rate_limited: {
        title: 'Te veel verzoeken',
        detail: 'Wacht even voordat je het opnieuw probeert.',
      },
      token_malformed: {
        title: 'Ongeldige link',
        detail: 'Deze resetlink is niet geldig. Vraag een nieuwe aan.',
      },
      token_invalid: {
        title: 'Ongeldige link',
        detail: 'Deze resetlink is niet geldig. Vraag een nieuwe aan.',
      },
      token_expired: {
        title: 'Link verlopen',
        detail: 'Deze resetlink is verlopen. Vraag een nieuwe aan.',
      },
      token_stale: {
        title: 'Link niet meer geldig',
        detail: 'Het wachtwoord is gewijzigd sinds deze link is verstuurd. Vraag een nieuwe aan.',
      },
      token_used: {
        title: 'Link al gebruikt',
        detail: 'Deze resetlink is al gebruikt. Vraag een nieuwe aan.',
      },
      password_policy: {
        title: 'Wachtwoord te zwak',
        detail: 'Het wachtwoord voldoet niet aan alle regels van het beleid.',
      },
      confirmation_mismatch: {
        title: core.core.mismatch,
        detail: 'De bevestiging verschilt van het wachtwoord.',
      },
      password_update_required: {
        title: 'Wachtwoord bijwerken vereist',
        detail: 'Kies een nieuw wachtwoord voordat je inlogt.',
      },
      password_reset_required: {
        title: 'Wachtwoord opnieuw instellen vereist',
        detail: 'Dit account heeft geen bruikbaar wachtwoord: gebruik ‘Wachtwoord vergeten?’.',
      },
      store_unavailable: {
        title: 'Dienst niet beschikbaar',
        detail: 'Probeer het zo dadelijk opnieuw.',
      },
      internal_error: {
        title: 'Onverwachte fout',
        detail: 'Het verzoek kon niet worden voltooid.',
      },
      invalid_credentials: {
        title: 'Onjuist e-mailadres of wachtwoord',
        detail: 'Het e-mailadres of het wachtwoord klopt niet.',
      },
      challenge_required: {
        title: 'Verificatie vereist',
        detail:
          'Te veel mislukte pogingen op dit account: voltooi de verificatie om verder te gaan.',
      },
      activation_required: {
        title: 'Account niet geactiveerd',
        detail: 'Open de link in de activeringsmail voordat je inlogt.',
      },
      second_factor_required: {
        title: 'Tweede stap vereist',
        detail: 'Dit account heeft een tweede factor: voltooi die om in te loggen.',
      },
      not_signed_in: { title: 'Niet ingelogd', detail: 'Log in om je wachtwoord te wijzigen.' },
      code_invalid: {
        title: 'Ongeldige code',
        detail: 'Deze code is niet geldig. Controleer hem of vraag een nieuwe e-mail aan.',
      },
      server_busy: { title: 'Server bezet', detail: 'Probeer het zo dadelijk opnieuw.' },
    },
  },
} as const satisfies ServerCatalogue
