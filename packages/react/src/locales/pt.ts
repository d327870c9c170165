import { pt as core } from '@sesame/core/locales/pt'
import type { ReactCatalogue } from './types'

/** Portuguese texts of `@sesame/react` (with `@sesame/core`'s): checklist, screens, strength meter. */
export const pt = {
  locale: 'pt',
  core: core.core,
  react: {
    checklist: {
      met: 'atendido',
      notMet: 'não atendido',
      pending: 'verificando',
      unmet: {
        one: 'Requisito não atendido: {labels}.',
        many: 'Requisitos não atendidos: {labels}.',
        other: 'Requisitos não atendidos: {labels}.',
      },
      summary: '{met} de {total} requisitos atendidos.',
      allMet: 'Todos os requisitos foram atendidos.',
      showPassword: 'Mostrar senha',
      hidePassword: 'Ocultar senha',
      passwordShown: 'Sua senha está visível.',
      passwordHidden: 'Sua senha está oculta.',
    },
    forms: {
      resetTitle: 'Atualizar minha senha',
      newPassword: 'Nova senha',
      confirmation: 'Confirmar senha',
      submit: 'Enviar',
      breached: 'Esta senha aparece em vazamentos de dados conhecidos: escolha outra.',
      mismatch: core.core.mismatch,
      policyFailed: 'A senha não atende a todos os requisitos.',
      passwordRequired: 'Digite uma nova senha.',
      confirmationRequired: 'Confirme a nova senha.',
      errorSummaryTitle: 'Há um problema',
      forgotTitle: 'Esqueceu a senha?',
      forgotIntro: 'Informe o endereço de e-mail que você usa para entrar.',
      updateIntro:
        'Seu primeiro acesso exige uma nova senha. Informe seu endereço de e-mail e enviaremos um link.',
      email: 'E-mail',
      invalidEmail: 'Informe um endereço de e-mail válido.',
      emailRequired: 'Informe seu endereço de e-mail.',
      emailSent:
        'Se este endereço pertencer a uma conta, uma mensagem foi enviada para ele. Siga o link da mensagem para redefinir sua senha.',
      linkInvalid: 'Este link de redefinição não é válido.',
      linkExpired: 'Este link de redefinição expirou.',
      linkStale: 'Este link já foi usado: sua senha mudou desde o envio.',
      requestNewLink: 'Solicitar um novo link',
      retry: 'Tentar novamente',
      done: 'Sua senha foi atualizada.',
      verifying: 'Verificando o link…',
      rateLimited: 'Tentativas demais. Tente novamente em alguns minutos.',
      unavailable: 'O serviço está indisponível. Tente novamente em instantes.',
    },
    strength: {
      title: 'Força',
      scores: ['Muito fraca', 'Fraca', 'Razoável', 'Boa', 'Muito boa'],
    },
  },
} as const satisfies ReactCatalogue
