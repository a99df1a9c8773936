// One check from several runs of its tool (one per `tsc -p` project, one per script that runs it): the
// worst outcome, every finding once, the tests and the coverage of all runs together. Pure.
import { linePercent } from './parsers/coverage-json.js'
import type { CoverageSummary, FileCoverage, Finding, ParseResult, TestSummary } from './types.js'

const RANK: Record<ParseResult['outcome'], number> = { pass: 0, fail: 1, error: 2 }
const SLOWEST = 5

export function mergeParseResults(results: readonly ParseResult[]): ParseResult {
  const [first, ...rest] = results
  if (first === undefined) return { outcome: 'error', findings: [], reason: 'the tool did not run' }
  if (rest.length === 0) return first
  const worst = results.reduce((a, b) => (RANK[b.outcome] > RANK[a.outcome] ? b : a))
  const merged: ParseResult = { outcome: worst.outcome, findings: uniqueFindings(results) }
  const reasons = [...new Set(results.flatMap((result) => (result.reason ? [result.reason] : [])))]
  if (reasons.length > 0) merged.reason = reasons.join('; ')
  const tests = results.flatMap((result) => (result.tests ? [result.tests] : []))
  if (tests.length > 0) merged.tests = mergeTests(tests)
  const coverage = results.flatMap((result) => (result.coverage ? [result.coverage] : []))
  if (coverage.length > 0) merged.coverage = mergeCoverage(coverage)
  const coverageTrouble = results.find((result) => result.coverageTrouble)?.coverageTrouble
  if (coverageTrouble !== undefined) merged.coverageTrouble = coverageTrouble
  const failures = results.flatMap((result) => (result.coverageFailure ? [result.coverageFailure] : []))
  if (failures.length > 0) {
    const threshold = failures.find((failure) => failure.threshold !== undefined)?.threshold
    merged.coverageFailure = {
      reason: [...new Set(failures.map((failure) => failure.reason))].join('; '),
      ...(threshold !== undefined ? { threshold } : {}),
    }
  }
  return merged
}

/** Two projects that share files report the same diagnostic twice: it is one finding. */
function uniqueFindings(results: readonly ParseResult[]): Finding[] {
  const seen = new Set<string>()
  return results
    .flatMap((result) => result.findings)
    .filter((finding) => {
      const key = JSON.stringify([
        finding.file,
        finding.line,
        finding.column,
        finding.rule,
        finding.severity,
        finding.message,
      ])
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
}

function mergeTests(all: readonly TestSummary[]): TestSummary {
  const sum = (pick: (tests: TestSummary) => number): number =>
    all.reduce((total, tests) => total + pick(tests), 0)
  return {
    total: sum((tests) => tests.total),
    passed: sum((tests) => tests.passed),
    failed: sum((tests) => tests.failed),
    errors: sum((tests) => tests.errors),
    skipped: sum((tests) => tests.skipped),
    durationMs: sum((tests) => tests.durationMs),
    slowest: all
      .flatMap((tests) => tests.slowest)
      .sort((a, b) => b.durationMs - a.durationMs)
      .slice(0, SLOWEST),
    failures: all.flatMap((tests) => tests.failures),
  }
}

/** Per file, the run that covered it most; totals from those. Branch coverage cannot be combined. */
function mergeCoverage(all: readonly CoverageSummary[]): CoverageSummary {
  const byFile = new Map<string, FileCoverage>()
  for (const summary of all) {
    for (const file of summary.files) {
      const known = byFile.get(file.file)
      if (known === undefined || file.covered > known.covered) byFile.set(file.file, file)
    }
  }
  const files = [...byFile.values()]
  const covered = files.reduce((total, file) => total + file.covered, 0)
  const statements = files.reduce((total, file) => total + file.statements, 0)
  return { percent: linePercent(covered, statements), covered, statements, files }
}
