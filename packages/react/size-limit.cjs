// Budgets for @sesame/react (min+gzip; paths relative to the repository root). React is the app's.
const react = ['react', 'react-dom', 'react/jsx-runtime']
const checklist = '{ usePasswordChecklist, PasswordChecklist, PasswordField }'
const screens = {
  SignInForm: '14 KB',
  SignUpForm: '10 KB',
  ChangePasswordForm: '10 KB',
  ResetCodeForm: '12.5 KB',
  AcceptInvitationForm: '12 KB',
  ActivationView: '7.5 KB',
}
const lifecycleControllers = [
  'createSignInController',
  'createSignUpController',
  'createChangePasswordController',
  'createResetCodeController',
  'createActivationController',
  'createAcceptInvitationController',
].join(', ')

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
    // @sesame/core/strength (zxcvbn-ts, dictionaries) loads only when useStrength runs, in its
    // worker: core's own budgets measure it.
    name: '@sesame/react: everything (forms, hooks, client; core included, its strength entry excluded)',
    path: 'packages/react/dist/index.js',
    ignore: [...react, '@sesame/core/strength'],
    gzip: true,
    // The error summary, focus requests and their texts came with the controllers; the lifecycle
    // screens (sign-in, sign-up, change, code, activation, invitation) with their own texts.
    limit: '27 KB',
  },
  {
    // Includes useStrength's worker client and <PasswordStrength>.
    name: '@sesame/react: everything, React layer only (core excluded)',
    path: 'packages/react/dist/index.js',
    ignore: [...react, '@sesame/core'],
    gzip: true,
    // With the six lifecycle screens (their own entries below).
    limit: '20 KB',
  },
  {
    name: '@sesame/react/controllers: every controller, framework-free (core excluded)',
    path: 'packages/react/dist/controllers.js',
    ignore: ['@sesame/core'],
    gzip: true,
    // With the six lifecycle controllers.
    limit: '13 KB',
  },
  {
    name: '@sesame/react/controllers: the six lifecycle controllers (core excluded)',
    path: 'packages/react/dist/controllers.js',
    import: `{ ${lifecycleControllers} }`,
    ignore: ['@sesame/core'],
    gzip: true,
    limit: '12 KB',
  },
  // Each lifecycle screen alone, React layer only: what an app importing one of them pays.
  ...Object.entries(screens).map(([screen, limit]) => ({
    name: `@sesame/react: <${screen}> alone (React layer only, core excluded)`,
    path: 'packages/react/dist/index.js',
    import: `{ ${screen} }`,
    ignore: [...react, '@sesame/core'],
    gzip: true,
    limit,
  })),
  {
    name: '@sesame/react: the six lifecycle screens (React layer only, core excluded)',
    path: 'packages/react/dist/index.js',
    import: `{ ${Object.keys(screens).join(', ')} }`,
    ignore: [...react, '@sesame/core'],
    gzip: true,
    limit: '18 KB',
  },
  {
    name: '@sesame/react/controllers: evaluateChecklist alone (core excluded)',
    path: 'packages/react/dist/controllers.js',
    import: '{ evaluateChecklist }',
    ignore: ['@sesame/core'],
    gzip: true,
    limit: '1.1 KB',
  },
  {
    // The worker useStrength starts for English: core's strength entry, zxcvbn-ts and the English
    // dictionaries built in (one file: Vite's default worker format cannot hold split chunks),
    // with the seven feedback catalogues (+3.3 kB: any locale but French lands in this worker).
    name: '@sesame/react strength-en.worker.js (English dictionaries built in)',
    path: 'packages/react/dist/strength-en.worker.js',
    gzip: true,
    limit: '493.5 KB',
  },
  {
    name: '@sesame/react strength.worker.js = @sesame/react/strength-worker (English and French)',
    path: 'packages/react/dist/strength.worker.js',
    gzip: true,
    // The seven feedback catalogues included: +2.5 kB.
    limit: '623 KB',
  },
  // Catalogues, per locale (core part included): what `@sesame/react/locales/<tag>` adds.
  ...['de', 'es', 'fr', 'it', 'nl', 'pt', 'en'].map((tag) => ({
    name: `@sesame/react/locales/${tag}: the ${tag} React catalogue (core part included)`,
    path: `packages/react/dist/locales/${tag}.js`,
    import: `{ ${tag} }`,
    gzip: true,
    limit: '2.1 kB',
  })),
]
