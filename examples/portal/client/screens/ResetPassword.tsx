import type { Policy } from '@sesame/core'
import { NewPasswordForm } from '../components/NewPasswordForm'

/** The screen behind the emailed "Réinitialiser mon mot de passe" link. */
export function ResetPassword({
  policy,
  onSignedIn,
}: {
  policy: Policy
  onSignedIn(): Promise<void>
}) {
  return <NewPasswordForm policy={policy} onSignedIn={onSignedIn} />
}
