import type { EmailCatalogue } from '../texts'

/** Dutch texts of the lifecycle emails (`renderEmail`), formal register (u). */
export const nl = {
  locale: 'nl',
  emails: {
    reset: {
      subject: {
        named: 'Uw wachtwoord voor {product} opnieuw instellen',
        plain: 'Uw wachtwoord opnieuw instellen',
      },
      intro: {
        named:
          'U hebt gevraagd uw wachtwoord voor {product} opnieuw in te stellen. Open de link hieronder om een nieuw wachtwoord te kiezen.',
        plain:
          'U hebt gevraagd uw wachtwoord opnieuw in te stellen. Open de link hieronder om een nieuw wachtwoord te kiezen.',
      },
      action: 'Mijn wachtwoord opnieuw instellen',
      code: 'Of voer deze code in op de pagina om uw wachtwoord opnieuw in te stellen',
      codeHint: 'Deze code werkt één keer; niemand van ons team zal u er ooit om vragen.',
      expiry: 'De link en de code verlopen op {expiry}.',
      linkExpiry: 'Deze link verloopt op {expiry}.',
      ignore: 'Hebt u dit niet aangevraagd? Negeer dan dit bericht: er verandert niets.',
    },
    invite: {
      subject: { named: 'Uw uitnodiging voor {product}', plain: 'Uw uitnodiging' },
      greeting: { named: 'Beste {name},', plain: 'Goedendag,' },
      intro: {
        named:
          'Er is voor u een account bij {product} aangemaakt. Open de link hieronder om uw wachtwoord te kiezen.',
        plain:
          'Er is voor u een account aangemaakt. Open de link hieronder om uw wachtwoord te kiezen.',
      },
      action: 'Mijn wachtwoord kiezen',
      expiry: 'Deze link verloopt op {expiry}.',
      ignore: 'Verwachtte u deze uitnodiging niet? Negeer dan dit bericht.',
    },
    activation: {
      subject: { named: 'Activeer uw account bij {product}', plain: 'Activeer uw account' },
      greeting: { named: 'Beste {name},', plain: 'Goedendag,' },
      intro: {
        named:
          'Bedankt voor uw registratie bij {product}. Open de link hieronder om uw adres te bevestigen en uw account te activeren.',
        plain:
          'Bedankt voor uw registratie. Open de link hieronder om uw adres te bevestigen en uw account te activeren.',
      },
      action: 'Mijn account activeren',
      expiry: 'Deze link verloopt op {expiry}.',
      ignore:
        'Hebt u zich niet geregistreerd? Negeer dan dit bericht: er wordt geen account geactiveerd.',
    },
    account_exists: {
      subject: { named: 'U hebt al een account bij {product}', plain: 'U hebt al een account' },
      intro: {
        named:
          'Iemand (waarschijnlijk uzelf) probeerde met dit adres een account bij {product} aan te maken, maar dit adres heeft er al een.',
        plain:
          'Iemand (waarschijnlijk uzelf) probeerde met dit adres een account aan te maken, maar dit adres heeft er al een.',
      },
      reset:
        'Bent u uw wachtwoord vergeten? Open dan de link hieronder om een nieuw wachtwoord te kiezen.',
      action: 'Mijn wachtwoord opnieuw instellen',
      expiry: 'Deze link verloopt op {expiry}.',
      ignore: 'Zo niet, negeer dan dit bericht: uw account blijft ongewijzigd.',
    },
    password_changed: {
      subject: {
        named: 'Uw wachtwoord voor {product} is gewijzigd',
        plain: 'Uw wachtwoord is gewijzigd',
      },
      intro: {
        named: 'Het wachtwoord van uw account bij {product} is gewijzigd op {changedAt}.',
        plain: 'Het wachtwoord van uw account is gewijzigd op {changedAt}.',
      },
      notYou:
        'Was u dit niet? Vraag dan meteen een nieuw wachtwoord aan via de inlogpagina (‘Wachtwoord vergeten?’) en waarschuw onze supportafdeling.',
    },
  },
} as const satisfies EmailCatalogue
