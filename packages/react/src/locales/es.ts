import { es as core } from '@sesame/core/locales/es'
import type { ReactCatalogue } from './types'

/** Spanish texts of `@sesame/react` (with `@sesame/core`'s): checklist, screens, strength meter. */
export const es = {
  locale: 'es',
  core: core.core,
  react: {
    checklist: {
      met: 'cumplido',
      notMet: 'no cumplido',
      pending: 'comprobando',
      unmet: {
        one: 'Requisito no cumplido: {labels}.',
        many: 'Requisitos no cumplidos: {labels}.',
        other: 'Requisitos no cumplidos: {labels}.',
      },
      summary: '{met} de {total} requisitos cumplidos.',
      allMet: 'Se cumplen todos los requisitos.',
      showPassword: 'Mostrar contraseña',
      hidePassword: 'Ocultar contraseña',
      passwordShown: 'La contraseña está visible.',
      passwordHidden: 'La contraseña está oculta.',
    },
    forms: {
      resetTitle: 'Actualizar mi contraseña',
      newPassword: 'Nueva contraseña',
      confirmation: 'Confirmar contraseña',
      submit: 'Enviar',
      breached: 'Esta contraseña aparece en filtraciones de datos conocidas: elige otra.',
      mismatch: core.core.mismatch,
      policyFailed: 'La contraseña no cumple todos los requisitos.',
      passwordRequired: 'Introduce una nueva contraseña.',
      confirmationRequired: 'Confirma la nueva contraseña.',
      errorSummaryTitle: 'Hay un problema',
      forgotTitle: '¿Olvidaste tu contraseña?',
      forgotIntro: 'Introduce la dirección de correo electrónico con la que inicias sesión.',
      updateIntro:
        'Tu primer inicio de sesión requiere una contraseña nueva. Introduce tu dirección de correo electrónico y te enviaremos un enlace.',
      email: 'Correo electrónico',
      invalidEmail: 'Introduce una dirección de correo electrónico válida.',
      emailRequired: 'Introduce tu dirección de correo electrónico.',
      emailSent:
        'Si esta dirección pertenece a una cuenta, se le ha enviado un mensaje. Sigue su enlace para restablecer tu contraseña.',
      linkInvalid: 'Este enlace de restablecimiento no es válido.',
      linkExpired: 'Este enlace de restablecimiento ha caducado.',
      linkStale: 'Este enlace ya se ha usado: tu contraseña ha cambiado desde que se envió.',
      requestNewLink: 'Solicitar un enlace nuevo',
      retry: 'Reintentar',
      done: 'Tu contraseña se ha actualizado.',
      verifying: 'Comprobando el enlace…',
      rateLimited: 'Demasiados intentos. Vuelve a intentarlo dentro de unos minutos.',
      unavailable: 'El servicio no está disponible. Vuelve a intentarlo en un momento.',
    },
    strength: {
      title: 'Seguridad',
      scores: ['Muy débil', 'Débil', 'Aceptable', 'Buena', 'Muy buena'],
    },
  },
} as const satisfies ReactCatalogue
