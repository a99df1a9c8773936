// Escaping for anything a tool printed before it reaches GitHub markdown (summary, PR comment).
// Tool messages can hold HTML, backticks, pipes, @mentions, #123 references, carriage returns and
// bidirectional controls: none may act, in any position, code spans and blocks included.

const WORD_JOINER = '\u2060'
/** Bidirectional overrides and isolates reorder what a reader sees (the "Trojan Source" trick). */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g
/** CommonMark ends a line at \n, \r\n and a lone \r. */
const LINE_END = /\r\n?|\n/g

/** Escapes text for a markdown paragraph or list item; line ends become <br>. */
export function escapeMarkdown(text: string): string {
  return escapeInline(text).replace(LINE_END, '<br>')
}

/** Escapes text for a table cell. Pipes are already backslash-escaped, which GFM tables honour. */
export function escapeCell(text: string): string {
  return escapeMarkdown(text)
}

function escapeInline(text: string): string {
  return defuseReferences(
    text
      .replace(BIDI_CONTROLS, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // Markdown syntax characters are shown literally.
      .replace(/([\\`*_{}[\]()!~|#])/g, '\\$1'),
  )
}

/**
 * No @user or @org/team pings, no #123 or GH-123 auto-links, no bare URLs that unfurl. A mention starts
 * after anything but a letter or digit (a backtick too); `tool@1.2.3` and e-mail addresses are left alone.
 */
function defuseReferences(text: string): string {
  return text
    .replace(/(^|[^A-Za-z0-9])@(?=[A-Za-z0-9])/g, `$1@${WORD_JOINER}`)
    .replace(/#(?=\d)/g, `#${WORD_JOINER}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1-${WORD_JOINER}`)
    .replace(/:\/\//g, `:${WORD_JOINER}//`)
}

/** Tool text made inert for code: no bidi controls, no references. */
function plainText(text: string): string {
  return defuseReferences(text.replace(BIDI_CONTROLS, ''))
}

/** Inline code that cannot be broken out of, whatever backticks or line ends the text holds. */
export function code(text: string): string {
  const single = plainText(text).replace(LINE_END, ' ')
  const longest = Math.max(0, ...[...single.matchAll(/`+/g)].map((match) => match[0].length))
  const fence = '`'.repeat(longest + 1)
  const pad = single.startsWith('`') || single.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${single}${pad}${fence}`
}

/** A fenced code block that no backtick run in the text can close. */
export function fenced(text: string): string {
  const body = plainText(text).replace(LINE_END, '\n')
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((match) => match[0].length))
  const fence = '`'.repeat(longest + 1)
  return `${fence}text\n${body}\n${fence}\n`
}

/** Inline code in a table cell: GFM splits cells at a pipe even inside code unless it is escaped. */
export function codeCell(text: string): string {
  return code(text).replace(/\|/g, '\\|')
}
