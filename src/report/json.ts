// The JSON report, as written to `report-file` and printed by `--format json`. Pure.
import type { Report } from '../types.js'

/** Executed lines serve diff coverage only: in the file they would add a number per covered line. */
const LEFT_OUT = new Set(['executedLines'])

export function renderJson(report: Report): string {
  return `${JSON.stringify(report, (key, value: unknown) => (LEFT_OUT.has(key) ? undefined : value), 2)}\n`
}
