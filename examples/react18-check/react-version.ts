import { version } from 'react'

// Fails the whole run if the aliases ever let React 19 in.
if (!version.startsWith('18.')) throw new Error(`expected React 18, got ${version}`)
