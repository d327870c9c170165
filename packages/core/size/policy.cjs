// Budgets of the policy engine (main entry). The checklist path must stay free of zod and of the
// pattern compiler: it carries only the checker and linear-time runner of compiled pattern programs,
// which travel in the policy's JSON. Its messages are the built-in English and French catalogues
// (plural forms per CLDR category) and the locale negotiation; other locales are measured in
// locales.cjs. Issue 18 asks for less than these limits, which are today's sizes plus a margin:
// `node packages/core/size/attribute.mjs` shows what each source module costs, and the closing
// note of issue 18 what each remaining piece buys.
module.exports = [
  {
    name: '@sesame/core: checkPassword + describePolicy + presets (en/fr catalogues built in, no zod)',
    path: 'packages/core/dist/index.js',
    import: '{ checkPassword, describePolicy, presets }',
    gzip: true,
    limit: '4.37 kB',
  },
  {
    name: '@sesame/core: the checklist UI set (+ describeCheck, policyHeading, resolveLocale, htmlAttributes)',
    path: 'packages/core/dist/index.js',
    import:
      '{ checkPassword, describePolicy, describeCheck, policyHeading, resolveLocale, htmlAttributes, presets }',
    gzip: true,
    limit: '5.26 kB',
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
    // F2's wellFormed check and G's catalogues together (each side's budget alone was smaller).
    limit: '34.95 kB',
  },
]
