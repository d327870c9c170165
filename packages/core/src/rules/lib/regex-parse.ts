import { CLASS } from './program-format'
import { alternation, type Fragment, leaf, repeat, sequence } from './regex-compile'

// One character: a class (first unescaped ] closes it), an escape, or a literal. Escapes leave out
// digits (backreferences, octal), \b \B, \k and a \c without a letter; the u/v-only escapes come
// first (one code point, a surrogate pair included). Without u/v, \p \u \x fall back to letters.
// Built in a pure function so that bundles without the compiler drop it (it is dead code there).
const CHARS = /* @__PURE__ */ (() => {
  const char = String.raw`${CLASS.source}|\\(?:c[a-z]|x[\da-f]{2}|u[\da-f]{4}|0(?!\d)|[^\dbck])|[^\\]`
  return {
    unicode: new RegExp(
      String.raw`^(?:\\(?:u\{[\da-f]+\}|ud[89ab][\da-f]{2}\\ud[c-f][\da-f]{2}|[pP]\{[^}]+\})|${char})`,
      'iu',
    ),
    units: new RegExp(`^(?:${char})`, 'i'),
  }
})()
const QUANTIFIER = /^([*+?]|\{\d+(,\d*)?\})\??/
const SHORTHAND: Record<string, string> = { '*': '0,', '+': '1,', '?': '0,1' }

/**
 * The class that tests what `token` (one character of the pattern) matches: a class as written,
 * an escape inside brackets, `.` spelled out, a literal as itself or as a hex escape, which means
 * the same in a class under every flag.
 */
function classOf(token: string, flags: string): string {
  if (token[0] === '[') return token
  if (token[0] === '\\') return `[${token}]`
  if (token === '.') return flags.includes('s') ? '[^]' : String.raw`[^\n\r\u2028\u2029]`
  if (/^[\p{L}\p{N}]$/u.test(token)) return `[${token}]`
  const hex = (token.codePointAt(0) as number).toString(16)
  return /[uv]/.test(flags) ? `[\\u{${hex}}]` : `[\\u${hex.padStart(4, '0')}]`
}

/**
 * Parses `source`, already accepted by the native RegExp with `flags` (so only the supported
 * subset is checked here), into program fragments. Throws an Error naming the first unsupported
 * construct.
 */
export function parseRegex(source: string, flags: string): Fragment {
  let i = 0
  const tokens = /[uv]/.test(flags) ? CHARS.unicode : CHARS.units
  const fail = (what: string): never => {
    throw new Error(`${what} not supported: "${source.slice(i, i + 6)}"`)
  }
  // Classes that match strings (v flag) do not fit a one-character test.
  if (flags.includes('v') && /\\q|\\p\{(?:RGI|Basic_Emoji|Emoji_Keycap)/.test(source))
    fail('class of strings')

  const term = (): Fragment => {
    const rest = source.slice(i)
    const c = rest[0]
    if (c === '(') {
      const open = /^\((?:\?(?::|<[^=!][^>]*>))?/.exec(rest)![0]
      if (rest[open.length] === '?') fail('lookaround or group modifier')
      i += open.length
      const group = alternatives()
      i++
      return group
    }
    if (c === '^' || c === '$') {
      i++
      return leaf(c)
    }
    const text = tokens.exec(rest)?.[0]
    if (text === undefined) fail(/^\\[1-9k]/.test(rest) ? 'backreference' : 'escape')
    i += text!.length
    // The native engine tests each character, which keeps i/s/u/v semantics exact.
    const test = classOf(text!, flags)
    new RegExp(test, flags)
    return leaf(test)
  }

  const items = (): Fragment => {
    const list: Fragment[] = []
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const item = term()
      const q = QUANTIFIER.exec(source.slice(i))
      if (q === null) list.push(item)
      else {
        i += q[0].length
        const [min, max] = (SHORTHAND[q[1]!] ?? q[1]!.slice(1, -1)).split(',')
        list.push(repeat(item, +min!, max === '' ? Infinity : +(max ?? min!)))
      }
    }
    return sequence(list)
  }

  const alternatives = (): Fragment => {
    const list = [items()]
    while (source[i] === '|') {
      i++
      list.push(items())
    }
    return list.length > 1 ? alternation(list) : list[0]!
  }

  return alternatives()
}
