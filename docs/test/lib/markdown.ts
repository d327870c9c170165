import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** A fenced code block of a guide. */
export interface CodeBlock {
  /** Guide file name, e.g. `policies.md`. */
  readonly guide: string
  /** 1-based line of the block's first code line in the guide. */
  readonly line: number
  /** First word of the info string: `ts`, `tsx`, `json`, `sh`... */
  readonly lang: string
  /** Remaining words of the info string, e.g. `run`. */
  readonly flags: ReadonlySet<string>
  /** The code, with the fence's indentation removed. */
  readonly code: string
}

/** A guide: its file name and text. */
export interface Guide {
  readonly name: string
  readonly text: string
}

/** Every Markdown file directly in `dir`, sorted by name. */
export function readGuides(dir: string): Guide[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }))
}

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([^`]*)$/

/** Fenced code blocks of a guide, in order (CommonMark fences, indented ones included). */
export function codeBlocks(guide: Guide): CodeBlock[] {
  const lines = guide.text.split('\n')
  const blocks: CodeBlock[] = []
  let open: { indent: number; fence: string; info: string; start: number; body: string[] } | null =
    null
  lines.forEach((raw, index) => {
    const match = FENCE.exec(raw)
    if (open === null) {
      if (match === null) return
      const [, indent = '', fence = '', info = ''] = match
      open = { indent: indent.length, fence, info: info.trim(), start: index + 2, body: [] }
      return
    }
    const closing = match?.[2]
    if (
      match !== null &&
      closing !== undefined &&
      closing[0] === open.fence[0] &&
      closing.length >= open.fence.length &&
      (match[3] ?? '').trim() === ''
    ) {
      const [lang = '', ...flags] = open.info.split(/\s+/)
      const indent = open.indent
      const code = open.body.map((line) => line.slice(Math.min(indent, leading(line)))).join('\n')
      blocks.push({ guide: guide.name, line: open.start, lang, flags: new Set(flags), code })
      open = null
      return
    }
    open.body.push(raw)
  })
  if (open !== null) throw new Error(`${guide.name}: a code fence opened and never closed`)
  return blocks
}

function leading(line: string): number {
  return line.length - line.trimStart().length
}

/** The guide's text with its code blocks blanked out, so that prose checks ignore code. */
export function proseOnly(guide: Guide): string {
  const lines = guide.text.split('\n')
  const inside = new Set<number>()
  for (const block of codeBlocks(guide)) {
    const count = block.code.split('\n').length
    for (let i = block.line - 2; i <= block.line - 1 + count; i++) inside.add(i)
  }
  return lines.map((line, index) => (inside.has(index) ? '' : line)).join('\n')
}

/** GitHub's anchors for the guide's headings (lowercase, punctuation dropped, `-1` for repeats). */
export function headingAnchors(guide: Guide): Set<string> {
  const anchors = new Set<string>()
  const seen = new Map<string, number>()
  for (const line of proseOnly(guide).split('\n')) {
    const match = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)
    if (match === null) continue
    const base = slug(match[1] ?? '')
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    anchors.add(count === 0 ? base : `${base}-${count}`)
  }
  return anchors
}

function slug(heading: string): string {
  return heading
    .replace(/`/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')
}

/** A link target found in a guide's prose. */
export interface Link {
  readonly guide: string
  readonly target: string
}

/** Inline Markdown links of the guide's prose (code blocks and inline code excluded). */
export function links(guide: Guide): Link[] {
  const prose = proseOnly(guide).replace(/`[^`\n]*`/g, '')
  const found: Link[] = []
  for (const match of prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    found.push({ guide: guide.name, target: match[1] ?? '' })
  }
  return found
}

/**
 * The values (backticks removed) of column `column` of the first table under the heading
 * `heading` of the guide, header excluded; e.g. every problem `code` of the Express guide.
 */
export function tableColumn(guide: Guide, heading: string, column = 0): string[] {
  const lines = proseOnly(guide).split('\n')
  const start = lines.findIndex(
    (line) => /^#{1,6}\s/.test(line) && line.replace(/^#+\s+/, '') === heading,
  )
  if (start === -1) throw new Error(`${guide.name}: no heading "${heading}"`)
  const values: string[] = []
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,6}\s/.test(line)) break
    if (!line.startsWith('|')) {
      if (values.length > 0) break
      continue
    }
    const cell = line.split('|')[column + 1]?.trim() ?? ''
    if (/^-+$/.test(line.split('|')[1]?.trim() ?? '')) continue
    values.push(cell.replace(/`/g, ''))
  }
  // The first row is the header.
  return values.slice(1)
}
