// Budgets of the policy engine (main entry). The checklist path must stay free of zod; it carries
// the linear-time matcher of `pattern` rules, so that a policy received as JSON needs no preparation.
module.exports = [
  {
    name: '@sesame/core: checkPassword + describePolicy + presets (fr/en messages, no zod)',
    path: 'packages/core/dist/index.js',
    import: '{ checkPassword, describePolicy, presets }',
    gzip: true,
    limit: '4.7 kB',
  },
  {
    name: '@sesame/core: the checklist UI set (+ describeCheck, policyHeading, resolveLocale, htmlAttributes)',
    path: 'packages/core/dist/index.js',
    import:
      '{ checkPassword, describePolicy, describeCheck, policyHeading, resolveLocale, htmlAttributes, presets }',
    gzip: true,
    limit: '5.6 kB',
  },
  {
    name: '@sesame/core: lintPolicy',
    path: 'packages/core/dist/index.js',
    import: '{ lintPolicy }',
    gzip: true,
    limit: '1.75 kB',
  },
  {
    name: '@sesame/core: definePolicy + policySchema + passwordSchema (zod included)',
    path: 'packages/core/dist/index.js',
    import: '{ definePolicy, policySchema, passwordSchema }',
    gzip: true,
    limit: '34 kB',
  },
]
