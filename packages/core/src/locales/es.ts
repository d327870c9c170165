import type { CoreCatalogue } from '../messages/catalog'

/** Spanish texts of `@sesame/core`. */
export const es = {
  locale: 'es',
  core: {
    heading: 'Tu contraseña debe contener:',
    or: ' o ',
    among: ' entre ',
    mismatch: 'Las dos contraseñas no coinciden.',
    rules: {
      length: {
        one: '{count} carácter',
        many: '{count} de caracteres',
        other: '{count} caracteres',
      },
      maxLength: {
        one: 'como máximo {count} carácter',
        many: 'como máximo {count} de caracteres',
        other: 'como máximo {count} caracteres',
      },
      lowercase: {
        one: '{count} letra minúscula',
        many: '{count} de letras minúsculas',
        other: '{count} letras minúsculas',
      },
      uppercase: {
        one: '{count} letra mayúscula',
        many: '{count} de letras mayúsculas',
        other: '{count} letras mayúsculas',
      },
      digits: { one: '{count} dígito', many: '{count} de dígitos', other: '{count} dígitos' },
      letters: { one: '{count} letra', many: '{count} de letras', other: '{count} letras' },
      special: {
        one: '{count} carácter especial',
        many: '{count} de caracteres especiales',
        other: '{count} caracteres especiales',
      },
      maxRepeated: {
        one: 'no más de {count} carácter idéntico seguido',
        many: 'no más de {count} de caracteres idénticos seguidos',
        other: 'no más de {count} caracteres idénticos seguidos',
      },
      notCommon: 'no ser una contraseña común',
      notContextual: 'ni tu nombre ni tu dirección de correo electrónico',
      match: 'igual a la confirmación',
      strength: 'difícil de adivinar',
      notBreached: 'ausente de filtraciones de datos conocidas',
      wellFormed: 'sin caracteres invisibles ni inválidos',
    },
  },
} as const satisfies CoreCatalogue
