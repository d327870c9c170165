import type { ChallengeDescriptor } from '@sesame/core/wire'
import type { ReactNode } from 'react'
import { Heading, type HeadingLevel } from './lib/heading'
import { useScreenMessages } from './locale-context'
import { type ActivationOptions, useActivation } from './use-activation'

/** Props of {@link ActivationView}. */
export interface ActivationViewProps extends ActivationOptions {
  /** Level of the title "Activation du compte" (default 1). */
  headingLevel?: HeadingLevel
  /** Where the sign-in link goes once activated without a session (or after a dead link). */
  signInHref?: string
  /** The app's second step, shown when the account has a second factor. */
  renderSecondFactor?: (secondFactor: ChallengeDescriptor) => ReactNode
  /** Extra class on the root element (which always has `sesame-activation`). */
  className?: string
}

/**
 * The activation screen (the link of a sign-up's email): "Activation du compte…", then activated,
 * the app's second step, or why the link cannot be used, with a retry after a failure.
 * Built from {@link useActivation}.
 */
export function ActivationView(props: ActivationViewProps) {
  const { headingLevel = 1, className, signInHref } = props
  const view = useActivation(props)
  const text = useScreenMessages(props)
  const root = className ? `sesame-activation ${className}` : 'sesame-activation'
  return (
    <div className={root} data-step={view.step}>
      <Heading level={headingLevel} className="sesame-activation__title" focusKey="title">
        {text.activationTitle}
      </Heading>
      <div role="status" className="sesame-activation__status">
        {view.statusMessage}
      </div>
      <div role="alert" className="sesame-activation__error">
        {view.errorMessage}
      </div>
      {view.canRetry ? (
        <button type="button" className="sesame-activation__retry" onClick={view.retry}>
          {text.retry}
        </button>
      ) : null}
      {view.step === 'secondFactor' && view.secondFactor && props.renderSecondFactor
        ? props.renderSecondFactor(view.secondFactor)
        : null}
      {signInHref &&
      ((view.step === 'activated' && !view.signedIn) || view.step === 'linkInvalid') ? (
        <a href={signInHref} className="sesame-activation__link">
          {text.signInTitle}
        </a>
      ) : null}
    </div>
  )
}
