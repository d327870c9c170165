import type { EmailCatalogue } from '../texts'

/** Portuguese texts of the lifecycle emails (`renderEmail`), Brazilian usage, courteous você. */
export const pt = {
  locale: 'pt',
  emails: {
    reset: {
      subject: {
        named: 'Redefinir sua senha de acesso a {product}',
        plain: 'Redefinir sua senha',
      },
      intro: {
        named:
          'Você pediu a redefinição da sua senha de acesso a {product}. Abra o link abaixo para escolher uma nova.',
        plain: 'Você pediu a redefinição da sua senha. Abra o link abaixo para escolher uma nova.',
      },
      action: 'Redefinir minha senha',
      code: 'Ou digite este código na página de redefinição',
      codeHint:
        'Este código só pode ser usado uma vez; ninguém da nossa equipe vai pedi-lo a você.',
      expiry: 'O link e o código expiram em {expiry}.',
      linkExpiry: 'Este link expira em {expiry}.',
      ignore: 'Se você não fez esta solicitação, ignore esta mensagem: nada será alterado.',
    },
    invite: {
      subject: { named: 'Seu convite para {product}', plain: 'Seu convite' },
      greeting: { named: 'Olá, {name},', plain: 'Olá,' },
      intro: {
        named:
          'Uma conta em {product} foi criada para você. Abra o link abaixo para escolher sua senha.',
        plain: 'Uma conta foi criada para você. Abra o link abaixo para escolher sua senha.',
      },
      action: 'Escolher minha senha',
      expiry: 'Este link expira em {expiry}.',
      ignore: 'Se você não esperava este convite, ignore esta mensagem.',
    },
    activation: {
      subject: { named: 'Ative sua conta em {product}', plain: 'Ative sua conta' },
      greeting: { named: 'Olá, {name},', plain: 'Olá,' },
      intro: {
        named:
          'Obrigado por se cadastrar em {product}. Abra o link abaixo para confirmar seu endereço e ativar sua conta.',
        plain:
          'Obrigado por se cadastrar. Abra o link abaixo para confirmar seu endereço e ativar sua conta.',
      },
      action: 'Ativar minha conta',
      expiry: 'Este link expira em {expiry}.',
      ignore: 'Se você não se cadastrou, ignore esta mensagem: nenhuma conta será ativada.',
    },
    account_exists: {
      subject: { named: 'Você já tem uma conta em {product}', plain: 'Você já tem uma conta' },
      intro: {
        named:
          'Alguém (provavelmente você) tentou criar uma conta em {product} com este endereço, que já tem uma.',
        plain:
          'Alguém (provavelmente você) tentou criar uma conta com este endereço, que já tem uma.',
      },
      reset: 'Se você esqueceu sua senha, abra o link abaixo para escolher uma nova.',
      action: 'Redefinir minha senha',
      expiry: 'Este link expira em {expiry}.',
      ignore: 'Caso contrário, ignore esta mensagem: sua conta não será alterada.',
    },
    password_changed: {
      subject: {
        named: 'Sua senha de acesso a {product} foi alterada',
        plain: 'Sua senha foi alterada',
      },
      intro: {
        named: 'A senha da sua conta em {product} foi alterada em {changedAt}.',
        plain: 'A senha da sua conta foi alterada em {changedAt}.',
      },
      notYou:
        'Se não foi você, peça imediatamente uma nova senha na página de login (“Esqueceu a senha?”) e avise nosso suporte.',
    },
  },
} as const satisfies EmailCatalogue
