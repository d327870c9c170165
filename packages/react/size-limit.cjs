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
    // The error summary, focus requests and their texts (issue 16) came with the controllers.
    limit: '21 KB',
  },
  {
    name: '@sesame/react: everything, React layer only (core excluded)',
    path: 'packages/react/dist/index.js',
    ignore: [...react, '@sesame/core'],
    gzip: true,
    limit: '10 KB',
  },
  {
    name: '@sesame/react/controllers: every controller, framework-free (core excluded)',
    path: 'packages/react/dist/controllers.js',
    ignore: ['@sesame/core'],
    gzip: true,
    limit: '7 KB',
  },
  {
    name: '@sesame/react/controllers: evaluateChecklist alone (core excluded)',
    path: 'packages/react/dist/controllers.js',
    import: '{ evaluateChecklist }',
    ignore: ['@sesame/core'],
    gzip: true,
    limit: '1 KB',
  },
]
