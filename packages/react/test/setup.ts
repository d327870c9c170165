import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// Shared CI machines can be slow: give async queries room before they fail.
configure({ asyncUtilTimeout: 5000 })

// Without vitest globals, Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup()
})
