// renderToString of the seed's checklist: @sesame/react (built dist) against react-password-checklist,
// side by side in one run. Both are loaded by Node's own require, as an SSR server loads them (not
// through Vite's transform), with React's production build.
import { createRequire } from 'node:module'
import { bench, describe, expect } from 'vitest'

process.env.NODE_ENV = 'production'
const require = createRequire(import.meta.url)
const { createElement } = require('react') as typeof import('react')
const { renderToString } = require('react-dom/server') as typeof import('react-dom/server')
const { presets } = require('@sesame/core') as typeof import('@sesame/core')
const { PasswordChecklist } = require('@sesame/react') as typeof import('@sesame/react')
const ReactPasswordChecklist = (
  require('react-password-checklist') as {
    default: typeof import('react-password-checklist').default
  }
).default

// Half the rules met: both libraries render a mix of met and unmet items.
const password = 'aB1cd'

const ours = () =>
  renderToString(
    createElement(PasswordChecklist, { policy: presets.classic, password, locale: 'fr' }),
  )
const theirs = () =>
  renderToString(
    createElement(ReactPasswordChecklist, {
      rules: ['lowercase', 'capital', 'number', 'minLength', 'specialChar'],
      minLength: 8,
      value: password,
      messages: {
        lowercase: '1 lettre minuscule',
        capital: '1 lettre majuscule',
        number: '1 chiffre',
        minLength: '8 caractères',
        specialChar: '1 caractère spécial',
      },
    }),
  )

// Like for like: both render the five items, with React's production build.
expect(ours().match(/<li/g)).toHaveLength(5)
expect(theirs().match(/<li/g)).toHaveLength(5)
const jsxRuntime = require.resolve('react/jsx-runtime')
const loaded = Object.keys(require.cache).filter((path) => path.includes('react-jsx-runtime.'))
expect(
  loaded.every((path) => path.endsWith('.production.js')),
  jsxRuntime,
).toBe(true)

describe('renderToString of a five-rule checklist', () => {
  bench(
    '@sesame/react <PasswordChecklist>',
    () => {
      ours()
    },
    { time: 1000 },
  )
  bench(
    'react-password-checklist',
    () => {
      theirs()
    },
    { time: 1000 },
  )
})
