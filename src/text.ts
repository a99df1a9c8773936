// Small pure text helpers.

/** The last lines of a stream, for reports about tool trouble. */
export function tail(text: string, lines = 20, maxChars = 4000): string {
  const kept = text.trimEnd().split(/\r?\n/).slice(-lines).join('\n')
  return kept.length > maxChars ? kept.slice(-maxChars) : kept
}

/**
 * The one line of a crash's output worth putting in a reason: the first error statement (prettier's
 * `[error] file: SyntaxError …`, node's `Error [ERR_…]: …`), skipping stack frames and the source excerpts
 * printed after it. A Python traceback ends with its exception, so there the last line is the telling one.
 */
export function tellingLine(text: string): string {
  const lines = stripAnsi(text).trimEnd().split(/\r?\n/)
  const last = (lines[lines.length - 1] ?? '').trim()
  if (text.includes('Traceback (most recent call last)')) return last
  const statement = lines.find((line) => ERROR_STATEMENT.test(line))
  return (statement ?? last).trim().slice(0, 500)
}

const ERROR_STATEMENT = /^(\s*× \S|\[error\] \S|error[: ]|fatal[: ]|[A-Z]\w*(Error|Exception)\b)/i

/** Removes ANSI colour and cursor sequences that some tools print even when not on a TTY. */
export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '')
}

/** Sorted line numbers as ranges: [1, 2, 3, 7, 9, 10] → "1-3, 7, 9-10". */
export function lineRanges(lines: readonly number[]): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b)
  const ranges: string[] = []
  for (let index = 0; index < sorted.length;) {
    const start = sorted[index] as number
    let end = start
    while (sorted[index + 1] === end + 1) end = sorted[++index] as number
    ranges.push(start === end ? String(start) : `${start}-${end}`)
    index++
  }
  return ranges.join(', ')
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
