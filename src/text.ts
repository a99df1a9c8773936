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
