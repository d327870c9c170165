import type { Blocklist, PasswordContext, Policy, RuleAnswer } from '@sesame/core'
import type { PasswordChecklistState } from '../controllers/checklist'
import type { ReactCatalogue } from '../locales/types'
import type { SesameReactMessages } from '../messages'
import { PasswordChecklist } from '../password-checklist'
import { PasswordField } from '../password-field'

// What the pair needs of a form's state: every hook of a screen that sets a password has it.
export interface PairForm {
  readonly password: string
  readonly confirmation: string
  readonly passwordVisible: boolean
  readonly confirmationVisible: boolean
  readonly checklist: PasswordChecklistState
  readonly answers?: Readonly<Record<string, RuleAnswer>> | undefined
  readonly errors: {
    readonly password: string | undefined
    readonly confirmation: string | undefined
  }
  readonly setPassword: (value: string) => void
  readonly setConfirmation: (value: string) => void
  readonly blurPassword?: () => void
  readonly blurConfirmation: () => void
  readonly setPasswordVisible: (visible: boolean) => void
  readonly setConfirmationVisible: (visible: boolean) => void
}

// What the live checklist of a new password is judged with and worded in.
export interface PairChecklistProps {
  policy: Policy
  locale?: string | undefined
  /** The catalogues to negotiate among. */
  catalogues?: readonly ReactCatalogue[] | undefined
  messages?: Partial<SesameReactMessages> | undefined
  context?: PasswordContext | undefined
  blocklist?: Blocklist | undefined
}

// The new password, its live checklist (the server's `reused` line included) and its confirmation.
export function NewPasswordPair(
  props: PairChecklistProps & {
    form: PairForm
    ids: { readonly password: string; readonly confirmation: string }
    label: string
    text: SesameReactMessages
  },
) {
  const { form, ids, text, locale, catalogues, messages } = props
  // The checklist describes the new password: its id follows the field's.
  const checklistId = `${ids.password}-checklist`
  return (
    <>
      <PasswordField
        id={ids.password}
        label={props.label}
        name="password"
        policy={props.policy}
        locale={locale}
        catalogues={catalogues}
        messages={messages}
        value={form.password}
        onValueChange={form.setPassword}
        onBlur={form.blurPassword}
        visible={form.passwordVisible}
        onVisibleChange={form.setPasswordVisible}
        describedBy={checklistId}
        error={form.errors.password}
        required
      />
      <PasswordChecklist
        id={checklistId}
        policy={props.policy}
        password={form.password}
        locale={locale}
        catalogues={catalogues}
        messages={messages}
        context={props.context}
        blocklist={props.blocklist}
        answers={form.answers}
        serverItems={form.checklist.items.filter((item) => item.type === 'reused')}
      />
      <PasswordField
        id={ids.confirmation}
        label={text.confirmation}
        name="confirmation"
        locale={locale}
        catalogues={catalogues}
        messages={messages}
        value={form.confirmation}
        onValueChange={form.setConfirmation}
        onBlur={form.blurConfirmation}
        visible={form.confirmationVisible}
        onVisibleChange={form.setConfirmationVisible}
        error={form.errors.confirmation}
        required
      />
    </>
  )
}
