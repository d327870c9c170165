import { pt as core } from '@sesame/core/locales/pt'
import type { ServerCatalogue } from './types'

/** Portuguese texts of `@sesame/server` (with `@sesame/core`'s): problem titles and details. */
export const pt = {
  locale: 'pt',
  core: core.core,
  server: {
    checks: { reused: 'Diferente da sua senha atual' },
    problems: {
      malformed_json: {
        title: 'JSON malformado',
        detail: 'O corpo da requisição não é um JSON válido.',
      },
      invalid_field: {
        title: 'Campo inválido',
        detail: 'Um campo está ausente, não é uma string ou é longo demais.',
      },
      payload_too_large: {
        title: 'Requisição grande demais',
        detail: 'O corpo da requisição excede o tamanho permitido.',
      },
      unsupported_media_type: {
        title: 'Tipo de mídia não suportado',
        detail: 'O corpo da requisição deve ser enviado como application/json.',
      },
      not_found: { title: 'Não encontrado', detail: 'Esta rota não existe.' },
      method_not_allowed: {
        title: 'Método não permitido',
        detail: 'Esta rota não aceita este método.',
      },
      rate_limited: {
        title: 'Solicitações demais',
        detail: 'Aguarde um pouco antes de tentar novamente.',
      },
      token_malformed: {
        title: 'Link inválido',
        detail: 'Este link de redefinição não é válido. Solicite um novo.',
      },
      token_invalid: {
        title: 'Link inválido',
        detail: 'Este link de redefinição não é válido. Solicite um novo.',
      },
      token_expired: {
        title: 'Link expirado',
        detail: 'Este link de redefinição expirou. Solicite um novo.',
      },
      token_stale: {
        title: 'Link não é mais válido',
        detail: 'A senha foi alterada desde o envio deste link. Solicite um novo.',
      },
      token_used: {
        title: 'Link já utilizado',
        detail: 'Este link de redefinição já foi utilizado. Solicite um novo.',
      },
      password_policy: {
        title: 'Senha fraca demais',
        detail: 'A senha não cumpre todas as regras da política.',
      },
      confirmation_mismatch: {
        title: core.core.mismatch,
        detail: 'A confirmação é diferente da senha.',
      },
      password_update_required: {
        title: 'Atualização de senha necessária',
        detail: 'Escolha uma nova senha antes de entrar.',
      },
      password_reset_required: {
        title: 'Redefinição de senha necessária',
        detail: 'Esta conta não tem uma senha utilizável: use “Esqueceu a senha?”.',
      },
      store_unavailable: { title: 'Serviço indisponível', detail: 'Tente novamente em instantes.' },
      internal_error: {
        title: 'Erro inesperado',
        detail: 'Não foi possível concluir a requisição.',
      },
      invalid_credentials: {
        title: 'E-mail ou senha incorretos',
        detail: 'O e-mail ou a senha não estão corretos.',
      },
      challenge_required: {
        title: 'Verificação necessária',
        detail: 'Tentativas malsucedidas demais nesta conta: conclua a verificação para continuar.',
      },
      activation_required: {
        title: 'Conta não ativada',
        detail: 'Abra o link do e-mail de ativação antes de entrar.',
      },
      second_factor_required: {
        title: 'Segunda etapa necessária',
        detail: 'Esta conta tem um segundo fator: conclua-o para entrar.',
      },
      not_signed_in: { title: 'Sessão não iniciada', detail: 'Entre para alterar sua senha.' },
      code_invalid: {
        title: 'Código inválido',
        detail: 'Este código não é válido. Verifique-o ou solicite um novo e-mail.',
      },
      server_busy: { title: 'Servidor ocupado', detail: 'Tente novamente em instantes.' },
    },
  },
} as const satisfies ServerCatalogue
