// One-line descriptions of a check's result, shared by the summary, the console and the verdict.
import { countBySeverity, formatPercent, plural } from '../gate.js'
import type { CheckResult, TestSummary } from '../types.js'

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
    const { percent, threshold, branchPercent } = check.coverage
    const branches = branchPercent === undefined ? '' : `, ${formatPercent(branchPercent)}% of branches`
    return `${formatPercent(percent)}% of lines${branches}${threshold === undefined ? '' : ` (threshold ${threshold}%)`}`
  }
  if (check.findings.length === 0) return check.reason ?? 'no findings'
  const counts = countBySeverity(check.findings)
  return (['error', 'warning', 'notice'] as const)
    .filter((severity) => counts[severity] > 0)
    .map((severity) => plural(counts[severity], severity))
    .join(', ')
}
