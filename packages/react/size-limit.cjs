// Budgets for @sesame/react (min+gzip; paths relative to the repository root). React is the app's.
const react = ['react', 'react-dom', 'react/jsx-runtime']
const checklist = '{ usePasswordChecklist, PasswordChecklist, PasswordField }'

module.exports = [
  {
    name: '@sesame/react: checklist hook + <PasswordChecklist> + <PasswordField> (React layer only, core excluded)',
    path: 'packages/react/dist/index.js',
    import: checklist,
    ignore: [...react, '@sesame/core'],
    gzip: true,
    limit: '3 KB',
  },
  {
    // Core's budgets for what this pulls in (checkPassword + messages: 3 KB, htmlAttributes + resolveLocale: 1 KB) + 3 KB.
    name: '@sesame/react: the same with @sesame/core included',
    path: 'packages/react/dist/index.js',
    import: checklist,
    ignore: react,
    gzip: true,
    limit: '7 KB',
  },
  {
    // @sesame/core/strength (zxcvbn-ts, dictionaries) loads only when useStrength runs, in its
    // worker: core's own budgets measure it.
    name: '@sesame/react: everything (forms, hooks, client; core included, its strength entry excluded)',
    path: 'packages/react/dist/index.js',
    ignore: [...react, '@sesame/core/strength'],
    gzip: true,
    limit: '20 KB',
  },
  {
    // Includes useStrength's worker client and <PasswordStrength>.
    name: '@sesame/react: everything, React layer only (core excluded)',
    path: 'packages/react/dist/index.js',
    ignore: [...react, '@sesame/core'],
    gzip: true,
    limit: '10 KB',
  },
  {
    // The worker useStrength starts for English: core's strength entry, zxcvbn-ts and the English
    // dictionaries built in (one file: Vite's default worker format cannot hold split chunks).
    name: '@sesame/react strength-en.worker.js (English dictionaries built in)',
    path: 'packages/react/dist/strength-en.worker.js',
    gzip: true,
    limit: '490 KB',
  },
  {
    name: '@sesame/react strength.worker.js = @sesame/react/strength-worker (English and French)',
    path: 'packages/react/dist/strength.worker.js',
    gzip: true,
    limit: '620 KB',
  },
]
