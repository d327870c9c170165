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
    // Core's budget for the checklist UI set it pulls in (5.2 kB) plus this layer's (3 kB).
    name: '@sesame/react: the same with @sesame/core included',
    path: 'packages/react/dist/index.js',
    import: checklist,
    ignore: react,
    gzip: true,
    limit: '8.2 kB',
  },
  {
    // zxcvbn-ts and its dictionaries load only when useStrength runs: measured by core's own budgets.
    name: '@sesame/react: everything (forms, hooks, client; core included, zxcvbn-ts excluded)',
    path: 'packages/react/dist/index.js',
    ignore: [
      ...react,
      '@zxcvbn-ts/core',
      '@zxcvbn-ts/language-common',
      '@zxcvbn-ts/language-en',
      '@zxcvbn-ts/language-fr',
    ],
    gzip: true,
    limit: '20 KB',
  },
  {
    name: '@sesame/react: everything, React layer only (core excluded)',
    path: 'packages/react/dist/index.js',
    ignore: [...react, '@sesame/core'],
    gzip: true,
    limit: '9 KB',
  },
]
