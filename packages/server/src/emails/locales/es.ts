import type { EmailCatalogue } from '../texts'

/** Spanish texts of the lifecycle emails (`renderEmail`), formal register (usted). */
export const es = {
  locale: 'es',
  emails: {
    reset: {
      subject: {
        named: 'Restablecer su contraseña de {product}',
        plain: 'Restablecer su contraseña',
      },
      intro: {
        named:
          'Ha solicitado restablecer su contraseña de {product}. Abra el enlace siguiente para elegir una nueva.',
        plain:
          'Ha solicitado restablecer su contraseña. Abra el enlace siguiente para elegir una nueva.',
      },
      action: 'Restablecer mi contraseña',
      code: 'O introduzca este código en la página de restablecimiento',
      codeHint: 'Este código solo sirve una vez; nadie de nuestro equipo se lo pedirá nunca.',
      expiry: 'El enlace y el código caducan el {expiry}.',
      linkExpiry: 'Este enlace caduca el {expiry}.',
      ignore: 'Si no ha sido usted quien lo ha solicitado, ignore este mensaje: no cambiará nada.',
    },
    invite: {
      subject: { named: 'Su invitación a {product}', plain: 'Su invitación' },
      greeting: { named: 'Hola, {name}:', plain: 'Hola:' },
      intro: {
        named:
          'Se ha creado para usted una cuenta en {product}. Abra el enlace siguiente para elegir su contraseña.',
        plain:
          'Se ha creado una cuenta para usted. Abra el enlace siguiente para elegir su contraseña.',
      },
      action: 'Elegir mi contraseña',
      expiry: 'Este enlace caduca el {expiry}.',
      ignore: 'Si no esperaba esta invitación, ignore este mensaje.',
    },
    activation: {
      subject: { named: 'Active su cuenta de {product}', plain: 'Active su cuenta' },
      greeting: { named: 'Hola, {name}:', plain: 'Hola:' },
      intro: {
        named:
          'Gracias por registrarse en {product}. Abra el enlace siguiente para confirmar su dirección y activar su cuenta.',
        plain:
          'Gracias por registrarse. Abra el enlace siguiente para confirmar su dirección y activar su cuenta.',
      },
      action: 'Activar mi cuenta',
      expiry: 'Este enlace caduca el {expiry}.',
      ignore: 'Si no se ha registrado, ignore este mensaje: no se activará ninguna cuenta.',
    },
    account_exists: {
      subject: { named: 'Ya tiene una cuenta en {product}', plain: 'Ya tiene una cuenta' },
      intro: {
        named:
          'Alguien (probablemente usted) ha intentado crear una cuenta en {product} con esta dirección, que ya tiene una.',
        plain:
          'Alguien (probablemente usted) ha intentado crear una cuenta con esta dirección, que ya tiene una.',
      },
      reset: 'Si ha olvidado su contraseña, abra el enlace siguiente para elegir una nueva.',
      action: 'Restablecer mi contraseña',
      expiry: 'Este enlace caduca el {expiry}.',
      ignore: 'De lo contrario, ignore este mensaje: su cuenta no cambia.',
    },
    password_changed: {
      subject: {
        named: 'Se ha cambiado su contraseña de {product}',
        plain: 'Se ha cambiado su contraseña',
      },
      intro: {
        named: 'La contraseña de su cuenta de {product} se cambió el {changedAt}.',
        plain: 'La contraseña de su cuenta se cambió el {changedAt}.',
      },
      notYou:
        'Si no ha sido usted, solicite de inmediato una nueva contraseña desde la página de inicio de sesión («¿Olvidaste tu contraseña?») y avise a nuestro equipo de soporte.',
    },
  },
} as const satisfies EmailCatalogue
