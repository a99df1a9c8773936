// Small pure text helpers.

/** The last lines of a stream, for reports about tool trouble. */
export function tail(text: string, lines = 20, maxChars = 4000): string {
  const kept = text.trimEnd().split(/\r?\n/).slice(-lines).join('\n')
  return kept.length > maxChars ? kept.slice(-maxChars) : kept
}

/**
 * The one line of a failed start-up worth putting in a reason: its cause, never a stack frame, a source
 * excerpt or a warning printed after it. Tried in order, the first that finds a line wins:
 * - a Python traceback ends with its exception (the last one, when one caused another);
 * - pytest marks the exception it caught with `E` (`E   ModuleNotFoundError: …` under "ImportError while
 *   loading conftest");
 * - argparse's `prog: error: …` (the line after its usage line);
 * - jest's `● Validation Error:` heading, with the sentence under it;
 * - the first error statement: node's `CACError: …` or `Error [ERR_…]: …` (the stack follows it), prettier's
 *   `[error] …`, biome's `× …`, `error: …`, `ERROR: …` other than a usage line;
 * - else the last line that is neither a frame nor a warning.
 */
export function tellingLine(text: string): string {
  const lines = stripAnsi(text)
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
  const found =
    pythonException(lines) ??
    pytestCaught(lines) ??
    lines.find((line) => ARGPARSE_ERROR.test(line)) ??
    jestHeading(lines) ??
    lines.find((line) => ERROR_STATEMENT.test(line) && !USAGE.test(line)) ??
    lines.findLast((line) => line.trim() !== '' && !STACK_FRAME.test(line) && !WARNING.test(line))
  return (found ?? '').trim().slice(0, 500)
}

/** A Python exception at the start of a line: `ImportError: …`, `yaml.scanner.ScannerError: …`. */
const PYTHON_EXCEPTION = /^(?:[A-Za-z_]\w*\.)*[A-Z]\w*(?:Error|Exception|Exit|Interrupt)(?::|$)/
const ARGPARSE_ERROR = /^\S.*?: error: \S/
const USAGE = /^(?:ERROR: )?usage:/i
const ERROR_STATEMENT =
  /^(?:\s*× \S|\[error\] \S|error[: ]|fatal[: ]|[A-Z]\w*(?:Error|Exception)(?: \[\w+\])?: )/i
const STACK_FRAME = /^\s+(?:at |File "|\^+$|~+$)|^Node\.js v\d/
const WARNING = /\bwarn(?:ing)?\b/i

function pythonException(lines: readonly string[]): string | undefined {
  const start = lines.findLastIndex((line) => line.startsWith('Traceback (most recent call last)'))
  if (start < 0) return undefined
  return lines.slice(start).find((line) => PYTHON_EXCEPTION.test(line))
}

function pytestCaught(lines: readonly string[]): string | undefined {
  const caught = lines.findLast((line) => /^E\s+\S/.test(line) && PYTHON_EXCEPTION.test(line.slice(1).trim()))
  return caught?.slice(1)
}

function jestHeading(lines: readonly string[]): string | undefined {
  const index = lines.findIndex((line) => /^● .*(?:Error|Parameter):$/.test(line))
  if (index < 0) return undefined
  const sentence = lines.slice(index + 1).find((line) => line.trim() !== '')
  const heading = (lines[index] ?? '').slice(2, -1)
  return sentence ? `${heading}: ${sentence.trim()}` : heading
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

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
