#!/usr/bin/env node
// ReDoS check, run by CI: finds every regular expression in the library sources (packages/*/src,
// tests excluded) by parsing them with TypeScript, and asks recheck whether each one can backtrack
// catastrophically. Fails with the list of vulnerable or unchecked expressions.
//
//   node scripts/check-regex.mjs            check every expression
//   node scripts/check-regex.mjs --list     also print each expression found
//
// `new RegExp(x)` with a non-literal argument cannot be checked statically: each such site must be
// listed in DYNAMIC below with the reason it is safe, or the check fails.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

// recheck's pure-JS backend (Scala.js) runs on any Node with no JVM nor native binary.
process.env.RECHECK_BACKEND ??= 'pure'
const { check } = await import('recheck')

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const list = process.argv.includes('--list')

// Dynamic RegExp sites known to be safe: `file` relative to the root, `text` the call's source.
const DYNAMIC = [
  {
    file: 'packages/core/src/rules/pattern.ts',
    text: 'new RegExp(source, flags)',
    why: 'custom pattern rule: compiled only to check its syntax, never executed (a linear-time matcher runs it)',
  },
  {
    file: 'packages/core/src/rules/lib/regex-parse.ts',
    text: 'new RegExp(test, flags)',
    why: 'one character class of a custom pattern: compiled only to check its syntax, never executed',
  },
  {
    file: 'packages/core/src/rules/matcher.ts',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of the call, verbatim.
    text: 'new RegExp(`^${state}$`, flags)',
    why: 'one character class of a received program (ONE_CLASS checked first), tested on one character',
  },
]

// Expressions with polynomial (not exponential) backtracking that only ever see short input:
// `source` is the expression's source, `bound` the longest input it can receive.
const BOUNDED = [
  {
    file: 'packages/core/src/rules/lib/program-format.ts',
    source: String.raw`\[(?:\\[\s\S]|[^\\\]])*\]`,
    bound: 'never run alone: part of the matcher and tokenizer expressions, anchored and checked',
  },
]

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'dist') yield* sourceFiles(path)
    } else if (/\.(?:[cm]?ts|tsx|[cm]?js|jsx)$/.test(entry.name) && !/\.test\./.test(entry.name)) {
      yield path
    }
  }
}

// The value of a string expression known before run time: literals, templates (String.raw too)
// and `+` over such values, and same-file `const` names bound to them. Undefined otherwise.
function constantText(node, consts, seen = new Set()) {
  if (node === undefined) return ''
  if (ts.isParenthesizedExpression(node)) return constantText(node.expression, consts, seen)
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text
  if (
    ts.isTaggedTemplateExpression(node) &&
    node.tag.getText() === 'String.raw' &&
    ts.isNoSubstitutionTemplateLiteral(node.template)
  )
    return node.template.rawText
  const template = ts.isTemplateExpression(node)
    ? { head: node, raw: false }
    : ts.isTaggedTemplateExpression(node) &&
        node.tag.getText() === 'String.raw' &&
        ts.isTemplateExpression(node.template)
      ? { head: node.template, raw: true }
      : undefined
  if (template) {
    const { head, spans } = { head: template.head.head, spans: template.head.templateSpans }
    let text = template.raw ? head.rawText : head.text
    for (const span of spans) {
      const value = constantText(span.expression, consts, seen)
      if (value === undefined) return undefined
      text += value + (template.raw ? span.literal.rawText : span.literal.text)
    }
    return text
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = constantText(node.left, consts, seen)
    const right = constantText(node.right, consts, seen)
    return left === undefined || right === undefined ? undefined : left + right
  }
  // `NAME.source` of a const bound to a regular expression literal.
  if (
    ts.isPropertyAccessExpression(node) &&
    node.name.text === 'source' &&
    ts.isIdentifier(node.expression) &&
    consts.get(node.expression.text) !== undefined &&
    ts.isRegularExpressionLiteral(consts.get(node.expression.text))
  ) {
    const raw = consts.get(node.expression.text).text
    return raw.slice(1, raw.lastIndexOf('/'))
  }
  if (ts.isIdentifier(node) && consts.has(node.text) && !seen.has(node.text)) {
    seen.add(node.text)
    return constantText(consts.get(node.text), consts, seen)
  }
  return undefined
}

// Initialisers of the file's `const` declarations, by name, and of those it imports by name from
// a relative module (one level deep).
function constants(source, imports = true) {
  const consts = new Map()
  const visit = (node) => {
    if (
      imports &&
      ts.isImportDeclaration(node) &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      node.moduleSpecifier.text.startsWith('.') &&
      node.importClause?.namedBindings &&
      ts.isNamedImports(node.importClause.namedBindings)
    ) {
      const path = join(dirname(source.fileName), `${node.moduleSpecifier.text}.ts`)
      const target = ts.createSourceFile(
        path,
        readFileSync(path, 'utf8'),
        ts.ScriptTarget.Latest,
        true,
      )
      const theirs = constants(target, false)
      for (const element of node.importClause.namedBindings.elements) {
        const name = (element.propertyName ?? element.name).text
        if (theirs.has(name)) consts.set(element.name.text, theirs.get(name))
      }
    }
    if (ts.isVariableDeclarationList(node) && (node.flags & ts.NodeFlags.Const) !== 0)
      for (const declaration of node.declarations)
        if (ts.isIdentifier(declaration.name) && declaration.initializer)
          consts.set(declaration.name.text, declaration.initializer)
    ts.forEachChild(node, visit)
  }
  visit(source)
  return consts
}

function findRegexes(file) {
  const text = readFileSync(file, 'utf8')
  const kind = file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind)
  const consts = constants(source)
  const found = []
  const where = (node) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source))
    return `${relative(root, file)}:${line + 1}`
  }
  const visit = (node) => {
    if (ts.isRegularExpressionLiteral(node)) {
      const raw = node.text
      const slash = raw.lastIndexOf('/')
      found.push({ at: where(node), source: raw.slice(1, slash), flags: raw.slice(slash + 1) })
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      const [pattern, flags] = node.arguments ?? []
      const patternText = constantText(pattern, consts)
      const flagsText = constantText(flags, consts)
      if (patternText !== undefined && flagsText !== undefined)
        found.push({ at: where(node), source: patternText, flags: flagsText })
      else
        found.push({ at: where(node), dynamic: node.getText(source), file: relative(root, file) })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

const packagesDir = join(root, 'packages')
const found = readdirSync(packagesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) => {
    const src = join(packagesDir, entry.name, 'src')
    try {
      return [...sourceFiles(src)].flatMap(findRegexes)
    } catch (error) {
      if (error.code === 'ENOENT') return []
      throw error
    }
  })

const failures = []
const usedBounded = new Set()
let checked = 0
for (const regex of found) {
  if (regex.dynamic !== undefined) {
    const known = DYNAMIC.find((d) => d.file === regex.file && d.text === regex.dynamic)
    if (list) console.log(`  ${regex.at}  ${regex.dynamic}  (dynamic: ${known?.why ?? 'UNLISTED'})`)
    if (!known)
      failures.push(
        `${regex.at}  ${regex.dynamic}: dynamic RegExp not listed in DYNAMIC (with why)`,
      )
    continue
  }
  const result = await check(regex.source, regex.flags, { timeout: 10_000 })
  checked++
  if (list) console.log(`  ${regex.at}  /${regex.source}/${regex.flags}  ${result.status}`)
  const bounded =
    result.status === 'vulnerable' &&
    result.complexity.type === 'polynomial' &&
    BOUNDED.find((b) => regex.at.startsWith(`${b.file}:`) && b.source === regex.source)
  if (bounded) {
    if (list) console.log(`    polynomial, accepted: ${bounded.bound}`)
    usedBounded.add(bounded)
  } else if (result.status !== 'safe') {
    const detail =
      result.status === 'vulnerable'
        ? `${result.complexity.type} (attack: ${result.attack.pattern})`
        : `${result.status}${result.error ? `: ${result.error.kind}` : ''}`
    failures.push(`${regex.at}  /${regex.source}/${regex.flags}: ${detail}`)
  }
}

const stale = DYNAMIC.filter((d) => !found.some((r) => r.file === d.file && r.dynamic === d.text))
for (const d of stale) failures.push(`${d.file}: DYNAMIC entry "${d.text}" no longer found`)
for (const b of BOUNDED.filter((b) => !usedBounded.has(b)))
  failures.push(`${b.file}: BOUNDED entry /${b.source}/ no longer found or no longer polynomial`)

if (failures.length > 0) {
  console.error(`✗ regex check: ${failures.length} problem(s)`)
  for (const failure of failures) console.error(`  ${failure}`)
  process.exit(1)
}
console.log(
  `✓ regex check: ${checked} regular expressions checked with recheck (${usedBounded.size} polynomial on bounded input), ${found.length - checked} dynamic sites vetted`,
)
// recheck may keep a worker alive.
process.exit(0)
