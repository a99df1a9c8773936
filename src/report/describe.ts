// One-line descriptions of a check's result, shared by the summary, the console and the verdict.
import { countBySeverity, formatPercent, plural } from '../gate.js'
import { lineRanges } from '../text.js'
import { escapeCell } from './markdown.js'
import type {
  CheckResult,
  CombinedRow,
  CoverageSummary,
  DiffCoverage,
  Report,
  TestSummary,
  ToolchainUnit,
} from '../types.js'

export function describeTests(tests: TestSummary): string {
  const parts = [`${tests.passed} passed`]
  if (tests.failed > 0) parts.push(`${tests.failed} failed`)
  if (tests.errors > 0) parts.push(plural(tests.errors, 'error'))
  if (tests.skipped > 0) parts.push(`${tests.skipped} skipped`)
  return parts.join(', ')
}

/** "3 errors, 1 warning", "1 passed, 1 failed", "43.47% of lines", or the reason for trouble. */
export function describeResult(check: CheckResult): string {
  if (check.outcome === 'error') {
    return `tool error${check.findings.length ? `, ${plural(check.findings.length, 'finding')}` : ''}`
  }
  if (check.tests) return describeTests(check.tests)
  if (check.coverage) {
    const { threshold } = check.coverage
    const diff = check.coverage.diff?.percent
    const changed = diff === undefined ? '' : `, ${formatPercent(diff)}% of changed lines`
    return `${describeCoverageTotal(check.coverage)}${changed}${threshold === undefined ? '' : ` (threshold ${threshold}%)`}`
  }
  const outside = check.notOnChangedLines?.length ?? 0
  const left = outside > 0 ? ` (${outside} more not on changed lines)` : ''
  if (check.findings.length === 0) return `${check.reason ?? 'no findings'}${left}`
  const counts = countBySeverity(check.findings)
  return (
    (['error', 'warning', 'notice'] as const)
      .filter((severity) => counts[severity] > 0)
      .map((severity) => plural(counts[severity], severity))
      .join(', ') + left
  )
}

/** "66.66% of 9 changed executable lines (threshold 80%)", or why there is no figure. */
export function describeDiffCoverage(diff: DiffCoverage): string {
  const against = diff.threshold === undefined ? '' : ` (threshold ${diff.threshold}%)`
  if (diff.percent === undefined) return `no changed executable lines${against}`
  return `${formatPercent(diff.percent)}% of ${plural(diff.total, 'changed executable line')}${against}`
}

/** " ✅" or " ❌" against the threshold, for markdown; nothing when there is no threshold or no figure. */
export function diffCoverageMark(diff: DiffCoverage): string {
  if (diff.threshold === undefined || diff.percent === undefined) return ''
  return diff.percent >= diff.threshold ? ' ✅' : ' ❌'
}

/** The changed lines the tests did not run, per file, as ranges: [["src/a.py", "3-5, 9"]]. */
export function uncoveredChangedLines(diff: DiffCoverage): [string, string][] {
  return diff.files
    .filter((file) => file.uncoveredLines.length > 0)
    .map((file) => [file.file, lineRanges(file.uncoveredLines)])
}

/** The checks grouped by package (the root's first, then packages by name), kind order kept within. */
export function byPackage(checks: readonly CheckResult[]): CheckResult[] {
  return [...checks].sort((a, b) => (a.package ?? '').localeCompare(b.package ?? ''))
}

/** What fails a check, in words: the tools' own exit statuses, or a severity. */
export function failRule(failOn: Report['failOn']): string {
  if (failOn === 'tool') return 'fails as each tool does (fail-on: tool)'
  if (failOn === 'never') return 'fails on: never'
  return `fails on: ${failOn} and above`
}

/** "86.66% (lines 90.90%, branches 75.00%)" where branches are measured, else "43.47% of lines". */
export function describeCoverageTotal(
  coverage: Pick<CoverageSummary, 'percent' | 'linePercent' | 'branchPercent'>,
  strong: (text: string) => string = (text) => text,
): string {
  const total = strong(`${formatPercent(coverage.percent)}%`)
  if (coverage.branchPercent === undefined) return `${total} of lines`
  const lines = coverage.linePercent === undefined ? '' : `lines ${formatPercent(coverage.linePercent)}%, `
  return `${total} (${lines}branches ${formatPercent(coverage.branchPercent)}%)`
}

/**
 * What the pinned toolchain did, in one line: "restored from the local cache", or who was installed,
 * restored and failed ("installed flake8 7.3.0 · failed ruff 0.17.5 (3 installer calls)").
 */
export function describeToolchain(install: NonNullable<Report['toolchain']>): string {
  const states = new Set(install.units.map((unit) => unit.state))
  if (states.size === 1 && states.has('cached')) return 'restored from the local cache'
  if (states.size === 1 && states.has('restored')) return 'restored from the Actions cache'
  if (install.units.length === 0) return 'nothing to install'
  const named = (state: ToolchainUnit['state']): string =>
    install.units
      .filter((unit) => unit.state === state)
      .map((unit) => `${unit.package} ${unit.version}`)
      .join(', ')
  const parts = (
    [
      ['installed', 'installed'],
      ['cached', 'from the local cache'],
      ['restored', 'from the Actions cache'],
      ['failed', 'failed'],
    ] as const
  ).flatMap(([state, label]) => (states.has(state) ? [`${label} ${named(state)}`] : []))
  const calls = plural(install.installerCalls, 'installer call')
  return `${parts.join(' · ')} (${install.cache === 'off' ? 'cache off, ' : ''}${calls})`
}

/** Publish mode's table: a row per combined report (job / comment-key), as the comment and summary show it. */
export function renderReportRows(rows: readonly CombinedRow[]): { header: string; rows: string[] } {
  return {
    header:
      '| | Report | Failed checks | Errors | Warnings | Notices |\n| --- | --- | --- | ---: | ---: | ---: |\n',
    rows: rows.map((row) =>
      row.refused !== undefined
        ? `| 💥 | ${escapeCell(row.key)} | ${escapeCell(`not used: ${row.refused}`)} | | | |`
        : `| ${row.passed ? '✅' : '❌'} | ${escapeCell(row.key)} | ${escapeCell(row.failedChecks.join(', ') || '—')} | ${row.counts.errors} | ${row.counts.warnings} | ${row.counts.notices} |`,
    ),
  }
}
