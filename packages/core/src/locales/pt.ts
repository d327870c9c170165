import type { CoreCatalogue } from '../messages/catalog'

/** Portuguese texts of `@sesame/core` (CLDR's `pt`: Brazilian usage). */
export const pt = {
  locale: 'pt',
  core: {
    heading: 'Sua senha deve conter:',
    or: ' ou ',
    among: ' entre ',
    mismatch: 'As duas senhas não coincidem.',
    rules: {
      length: {
        one: '{count} caractere',
        many: '{count} de caracteres',
        other: '{count} caracteres',
      },
      maxLength: {
        one: 'no máximo {count} caractere',
        many: 'no máximo {count} de caracteres',
        other: 'no máximo {count} caracteres',
      },
      lowercase: {
        one: '{count} letra minúscula',
        many: '{count} de letras minúsculas',
        other: '{count} letras minúsculas',
      },
      uppercase: {
        one: '{count} letra maiúscula',
        many: '{count} de letras maiúsculas',
        other: '{count} letras maiúsculas',
      },
      digits: { one: '{count} dígito', many: '{count} de dígitos', other: '{count} dígitos' },
      letters: { one: '{count} letra', many: '{count} de letras', other: '{count} letras' },
      special: {
        one: '{count} caractere especial',
        many: '{count} de caracteres especiais',
        other: '{count} caracteres especiais',
      },
      maxRepeated: {
        one: 'no máximo {count} caractere idêntico seguido',
        many: 'no máximo {count} de caracteres idênticos seguidos',
        other: 'no máximo {count} caracteres idênticos seguidos',
      },
      notCommon: 'não ser uma senha comum',
      notContextual: 'nem seu nome nem seu endereço de e-mail',
      match: 'igual à confirmação',
      strength: 'difícil de adivinhar',
      notBreached: 'ausente de vazamentos de dados conhecidos',
      wellFormed: 'sem caracteres invisíveis ou inválidos',
    },
  },
} as const satisfies CoreCatalogue
