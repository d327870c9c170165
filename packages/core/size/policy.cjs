// Budgets of the policy engine (main entry). The checklist path must stay free of zod.
// Issue #3 asks for 3 KB on the first entry. The pattern rule's linear-time matcher (about 1 KB:
// parser, NFA compiler, Pike VM) is compiled by preparePolicy/definePolicy, outside this path.
module.exports = [
  {
    name: '@sesame/core: checkPassword + describePolicy + presets (fr/en messages, no zod)',
    path: 'packages/core/dist/index.js',
    import: '{ checkPassword, describePolicy, presets }',
    gzip: true,
    limit: '3 kB',
  },
  {
    name: '@sesame/core: the checklist UI set (+ describeCheck, policyHeading, resolveLocale, htmlAttributes)',
    path: 'packages/core/dist/index.js',
    import:
      '{ checkPassword, describePolicy, describeCheck, policyHeading, resolveLocale, htmlAttributes, presets }',
    gzip: true,
    // Issue #17: htmlAttributes writes Apple's passwordrules in full (counts, letters, anyOf paths).
    limit: '4 kB',
  },
  {
    name: '@sesame/core: lintPolicy',
    path: 'packages/core/dist/index.js',
    import: '{ lintPolicy }',
    gzip: true,
    // Issue #17: refuses_manager_passwords, with its measured messages.
    limit: '1.75 kB',
  },
  {
    name: '@sesame/core: definePolicy + PolicySchema + passwordSchema (zod included)',
    path: 'packages/core/dist/index.js',
    import: '{ definePolicy, PolicySchema, passwordSchema }',
    gzip: true,
    limit: '34 kB',
  },
]
