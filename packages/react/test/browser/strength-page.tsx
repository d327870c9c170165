// The page of strength.browser.test.ts: a password field with the strength meter, as a reset page has.
import { useState } from 'react'
import { createRoot } from 'react-dom/client'
import { PasswordField, PasswordStrength } from '../../src/index'

function Page() {
  const [password, setPassword] = useState('')
  return (
    <main>
      <PasswordField
        label="Nouveau mot de passe"
        locale="fr"
        describedBy="strength"
        onValueChange={setPassword}
      />
      <PasswordStrength id="strength" password={password} locale="fr" />
      <output data-testid="typed">{password.length}</output>
    </main>
  )
}

createRoot(document.getElementById('root')!).render(<Page />)
