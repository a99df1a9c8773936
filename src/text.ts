// Small pure text helpers.

/** The last lines of a stream, for reports about tool trouble. */
export function tail(text: string, lines = 20, maxChars = 4000): string {
  const kept = text.trimEnd().split(/\r?\n/).slice(-lines).join('\n')
  return kept.length > maxChars ? kept.slice(-maxChars) : kept
}

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
