import { es as core } from '@sesame/core/locales/es'
import type { ServerCatalogue } from './types'

/** Spanish texts of `@sesame/server` (with `@sesame/core`'s): problem titles and details. */
export const es = {
  locale: 'es',
  core: core.core,
  server: {
    checks: { reused: 'Distinta de tu contraseña actual' },
    problems: {
      malformed_json: {
        title: 'JSON mal formado',
        detail: 'El cuerpo de la solicitud no es un JSON válido.',
      },
      invalid_field: {
        title: 'Campo no válido',
        detail: 'Falta un campo, no es una cadena o es demasiado largo.',
      },
      payload_too_large: {
        title: 'Solicitud demasiado grande',
        detail: 'El cuerpo de la solicitud supera el tamaño permitido.',
      },
      unsupported_media_type: {
        title: 'Tipo de contenido no admitido',
        detail: 'El cuerpo de la solicitud debe enviarse como application/json.',
      },
      not_found: { title: 'No encontrado', detail: 'Esta ruta no existe.' },
      method_not_allowed: {
        title: 'Método no permitido',
        detail: 'Esta ruta no acepta este método.',
      },
      rate_limited: {
        title: 'Demasiadas solicitudes',
        detail: 'Espera un momento antes de volver a intentarlo.',
      },
      token_malformed: {
        title: 'Enlace no válido',
        detail: 'Este enlace de restablecimiento no es válido. Solicita uno nuevo.',
      },
      token_invalid: {
        title: 'Enlace no válido',
        detail: 'Este enlace de restablecimiento no es válido. Solicita uno nuevo.',
      },
      token_expired: {
        title: 'Enlace caducado',
        detail: 'Este enlace de restablecimiento ha caducado. Solicita uno nuevo.',
      },
      token_stale: {
        title: 'Enlace ya no válido',
        detail: 'La contraseña ha cambiado desde que se envió este enlace. Solicita uno nuevo.',
      },
      token_used: {
        title: 'Enlace ya utilizado',
        detail: 'Este enlace de restablecimiento ya se ha utilizado. Solicita uno nuevo.',
      },
      password_policy: {
        title: 'Contraseña demasiado débil',
        detail: 'La contraseña no cumple todas las reglas de la política.',
      },
      confirmation_mismatch: {
        title: core.core.mismatch,
        detail: 'La confirmación no coincide con la contraseña.',
      },
      password_update_required: {
        title: 'Es necesario actualizar la contraseña',
        detail: 'Elige una contraseña nueva antes de iniciar sesión.',
      },
      password_reset_required: {
        title: 'Es necesario restablecer la contraseña',
        detail: 'Esta cuenta no tiene una contraseña utilizable: usa «¿Olvidaste tu contraseña?».',
      },
      store_unavailable: {
        title: 'Servicio no disponible',
        detail: 'Vuelve a intentarlo en un momento.',
      },
      internal_error: {
        title: 'Error inesperado',
        detail: 'No se ha podido completar la solicitud.',
      },
      invalid_credentials: {
        title: 'Correo electrónico o contraseña incorrectos',
        detail: 'El correo electrónico o la contraseña no son correctos.',
      },
      challenge_required: {
        title: 'Verificación necesaria',
        detail:
          'Demasiados intentos fallidos en esta cuenta: completa la verificación para continuar.',
      },
      activation_required: {
        title: 'Cuenta no activada',
        detail: 'Abre el enlace del correo de activación antes de iniciar sesión.',
      },
      second_factor_required: {
        title: 'Segundo paso necesario',
        detail: 'Esta cuenta tiene un segundo factor: complétalo para iniciar sesión.',
      },
      not_signed_in: {
        title: 'Sesión no iniciada',
        detail: 'Inicia sesión para cambiar tu contraseña.',
      },
      code_invalid: {
        title: 'Código no válido',
        detail: 'Este código no es válido. Compruébalo o solicita un nuevo correo.',
      },
      server_busy: { title: 'Servidor ocupado', detail: 'Vuelve a intentarlo en un momento.' },
    },
  },
} as const satisfies ServerCatalogue
