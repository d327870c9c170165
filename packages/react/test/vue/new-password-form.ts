import {
  createNewPasswordController,
  getMessages,
  type NewPasswordControllerOptions,
  type NewPasswordField,
} from '@sesame/react/controllers'
import {
  defineComponent,
  h,
  onBeforeUnmount,
  type PropType,
  shallowRef,
  watch,
  watchEffect,
} from 'vue'

// The whole binding: create once, mirror the snapshot into a shallowRef, keep the options in sync.
export function bindNewPassword(options: () => NewPasswordControllerOptions) {
  const controller = createNewPasswordController(options())
  const state = shallowRef(controller.getSnapshot())
  const unsubscribe = controller.subscribe(() => {
    state.value = controller.getSnapshot()
  })
  watchEffect(() => controller.setOptions(options()))
  onBeforeUnmount(() => {
    unsubscribe()
    controller.stop()
  })
  return { controller, state }
}

export const NewPasswordForm = defineComponent({
  props: {
    options: { type: Object as PropType<NewPasswordControllerOptions>, required: true },
    token: { type: String, required: true },
  },
  setup(props) {
    const { controller, state } = bindNewPassword(() => props.options)
    const text = () => getMessages(props.options.locale, props.options.messages)
    controller.start(props.token)
    // A refused submit names the first invalid field: focus it once Vue has rendered.
    watch(
      () => state.value.focus?.key,
      () => document.getElementById(state.value.focus?.field ?? '')?.focus(),
      { flush: 'post' },
    )
    const field = (name: NewPasswordField, label: string) => {
      const s = state.value
      const error = s.errors[name]
      const visible = name === 'password' ? s.passwordVisible : s.confirmationVisible
      const setVisible =
        name === 'password' ? controller.setPasswordVisible : controller.setConfirmationVisible
      return h('div', [
        h('label', { for: name }, label),
        h('input', {
          id: name,
          type: visible ? 'text' : 'password',
          autocomplete: 'new-password',
          value: s[name],
          'aria-invalid': String(error !== undefined),
          'aria-describedby': error ? `${name}-error` : undefined,
          onInput: (event: Event) => {
            const value = (event.target as HTMLInputElement).value
            if (name === 'password') controller.setPassword(value)
            else controller.setConfirmation(value)
          },
          onBlur: name === 'password' ? controller.blurPassword : controller.blurConfirmation,
        }),
        h(
          'button',
          { type: 'button', onClick: () => setVisible(!visible) },
          visible ? text().hidePassword : text().showPassword,
        ),
        error ? h('p', { id: `${name}-error` }, error) : null,
      ])
    }
    return () => {
      const s = state.value
      if (s.flow.step !== 'chooseNewPassword')
        return h('p', { role: 'status' }, s.statusMessage ?? s.errors.link)
      return h(
        'form',
        {
          noValidate: true,
          onSubmit: (event: Event) => {
            event.preventDefault()
            void controller.submit()
          },
        },
        [
          h('div', { role: 'alert' }, [
            s.errors.form,
            s.errorSummary.length > 0
              ? h(
                  'ul',
                  s.errorSummary.map((e) => h('li', h('a', { href: `#${e.field}` }, e.message))),
                )
              : null,
          ]),
          field('password', text().newPassword),
          h(
            'ul',
            { id: 'checklist' },
            s.checklist.items.map((item) =>
              h(
                'li',
                { key: item.id, 'data-state': item.state },
                item.status ? `${item.label} (${item.status})` : item.label,
              ),
            ),
          ),
          field('confirmation', text().confirmation),
          h('button', { type: 'submit', 'aria-disabled': String(!s.canSubmit) }, text().submit),
        ],
      )
    }
  },
})
