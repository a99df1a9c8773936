// Escaping for anything a tool printed before it reaches GitHub markdown (summary, PR comment).
// Tool messages can hold HTML, backticks, pipes, @mentions and #123 references: none may act.

const ZERO_WIDTH_JOINER = '\u2060'

/** Escapes text for a markdown paragraph or list item; newlines become <br>. */
export function escapeMarkdown(text: string): string {
  return escapeInline(text).replace(/\r?\n/g, '<br>')
}

/** Escapes text for a table cell. Pipes are already backslash-escaped, which GFM tables honour. */
export function escapeCell(text: string): string {
  return escapeMarkdown(text)
}

function escapeInline(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // Markdown syntax characters are shown literally.
      .replace(/([\\`*_{}[\]()!~|])/g, '\\$1')
      // No @user or @org/team pings, no #123 or GH-123 auto-links, no bare URLs that unfurl.
      // A mention starts after a non-word character; `tool@1.2.3` and e-mail addresses are left alone.
      .replace(/(^|[^\w`])@(?=[A-Za-z0-9])/g, `$1@${ZERO_WIDTH_JOINER}`)
      .replace(/#(?=\d)/g, `#${ZERO_WIDTH_JOINER}`)
      .replace(/\b(GH)-(?=\d)/gi, `$1-${ZERO_WIDTH_JOINER}`)
      .replace(/:\/\//g, `:${ZERO_WIDTH_JOINER}//`)
  )
}

/** Inline code that cannot be broken out of, whatever backticks the text holds. */
export function code(text: string): string {
  const single = text.replace(/\r?\n/g, ' ')
  const longest = Math.max(0, ...[...single.matchAll(/`+/g)].map((match) => match[0].length))
  const fence = '`'.repeat(longest + 1)
  const pad = single.startsWith('`') || single.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${single}${pad}${fence}`
}
