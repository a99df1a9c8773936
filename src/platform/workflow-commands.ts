// What the gate prints on a runner is read for workflow commands: a line that starts (after white space)
// with `::cmd` acts, and so does the old `##[cmd]` form anywhere in a line; a line ends at `\n` or at a
// lone `\r`. Tool output, test names and file names come from the pull request, so none of it may act:
// text is printed with `\r` normalised and `##[` broken, and inside a `::stop-commands::<token>` block
// whenever a line could still start a command. Only the gate's own commands are printed bare.
import { randomBytes } from 'node:crypto'

export type CommandLevel = 'error' | 'warning' | 'notice'

export interface CommandProperties {
  title?: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

/** A word joiner: invisible, and enough to stop `##[` from reading as a command. */
const JOINER = '\u2060'

/** `\r\n` and lone `\r` become `\n`; `##[` is broken with an invisible joiner. */
export function neutraliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/##\[/g, `#${JOINER}#[`)
}

/**
 * Text as it may be printed on a runner: neutralised, and wrapped in a stop-commands block when any line
 * holds `::` (a command may start after white space or terminal colour codes).
 */
export function printable(text: string, newToken: () => string = randomToken): string {
  const safe = neutraliseText(text)
  if (!safe.includes('::')) return safe
  let token = newToken()
  while (safe.includes(token)) token = newToken()
  return `::stop-commands::${token}\n${safe}\n::${token}::`
}

function randomToken(): string {
  return `qg-${randomBytes(16).toString('hex')}`
}

/** One annotation command with its data and properties escaped the way the runner unescapes them. */
export function workflowCommand(
  level: CommandLevel,
  message: string,
  properties: CommandProperties = {},
): string {
  const names: Record<string, string> = { startLine: 'line', startColumn: 'col' }
  const props = Object.entries(properties)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${names[key] ?? key}=${escapeProperty(neutraliseText(String(value)))}`)
    .join(',')
  return `::${level}${props ? ` ${props}` : ''}::${escapeData(neutraliseText(message))}`
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
