// The JSON report, as written to `report-file` and printed by `--format json`. Pure.
import type { Report } from '../types.js'

/** Executed lines serve diff coverage only: in the file they would add a number per covered line. */
const LEFT_OUT = new Set(['executedLines'])

/**
 * Pretty-printed, so no line can start with `::`; `##[` (a workflow command anywhere in a line, should the
 * JSON be printed in a runner's log) is written as `\u0023#[`, which parses to the same text.
 */
export function renderJson(report: Report): string {
  const json = JSON.stringify(report, (key, value: unknown) => (LEFT_OUT.has(key) ? undefined : value), 2)
  return `${json.replace(/##\[/g, '\\u0023#[')}\n`
}
