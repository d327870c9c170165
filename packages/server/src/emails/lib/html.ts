const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** `text` safe inside HTML text and double-quoted attributes. */
export function escapeHtml(text: string): string {
  let out = ''
  for (const char of text) out += ESCAPES[char] ?? char
  return out
}

/** One block of an email: a paragraph, the call to action (a link), or the one-time code. */
export type EmailBlock =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'action'; readonly label: string; readonly url: string }
  | { readonly kind: 'code'; readonly label: string; readonly code: string }

function textBlock(block: EmailBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text
    case 'action':
      return `${block.label}:\n${block.url}`
    case 'code':
      return `${block.label}: ${block.code}`
  }
}

function htmlBlock(block: EmailBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`
    case 'action':
      return `<p><a href="${escapeHtml(block.url)}">${escapeHtml(block.label)}</a></p>`
    case 'code':
      return `<p>${escapeHtml(block.label)}: <strong>${escapeHtml(block.code)}</strong></p>`
  }
}

/** The plain-text part: every block in order, a link as its label then its URL on its own line. */
export function textPart(blocks: readonly EmailBlock[]): string {
  return `${blocks.map(textBlock).join('\n\n')}\n`
}

/**
 * The HTML part: a whole document with its `lang`, a title, one paragraph per block, a real link
 * whose text says where it leads, and the code in its own paragraph; no layout table, no image.
 */
export function htmlPart(lang: string, subject: string, blocks: readonly EmailBlock[]): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(lang)}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title></head>`,
    '<body><main>',
    ...blocks.map(htmlBlock),
    '</main></body>',
    '</html>',
    '',
  ].join('\n')
}
