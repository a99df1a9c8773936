// What jest and vitest share: the jest-compatible JSON report, istanbul's coverage-summary.json (where a pct
// can be the string "Unknown") and lcov for the missing lines. Pure.
import path from 'node:path'
import { z } from 'zod'
import { linePercent } from '../parsers/coverage-json.js'
import { jestJsonSchema, type JestJson } from '../parsers/jest-json.js'
import { parseLcov } from '../parsers/lcov.js'
import { stripAnsi, tellingLine } from '../text.js'
import type { CoverageSummary, Finding, ParseResult, TestCase, TestSummary } from '../types.js'
import { finding, parseJson, runTrouble, trouble, warningLines, workspacePath } from './common.js'
import type { ToolContext } from './tool.js'
import type { ToolRun } from '../types.js'

const counts = z
  .object({ total: z.number(), covered: z.number(), pct: z.union([z.number(), z.string()]) })
  .loose()
const coverageSummarySchema = z.record(z.string(), z.object({ lines: counts }).loose())

const MESSAGE_LINES = 12

/** The files a jest or vitest run writes into its scratch directory, for parse() to read. */
export function jsTestFiles(
  ctx: ToolContext,
  report: string,
): { reportFile: string; coverageDir: string; reads: Record<string, string> } {
  const coverageDir = path.join(ctx.tempDir, 'coverage')
  const reportFile = path.join(ctx.tempDir, report)
  if (!ctx.withCoverage) return { reportFile, coverageDir, reads: { report: reportFile } }
  return {
    reportFile,
    coverageDir,
    reads: {
      report: reportFile,
      coverageSummary: path.join(coverageDir, 'coverage-summary.json'),
      lcov: path.join(coverageDir, 'lcov.info'),
    },
  }
}

export function parseJsTestRun(tool: 'jest' | 'vitest', run: ToolRun, ctx: ToolContext): ParseResult {
  const reportText = run.files?.report
  const parsed =
    reportText === undefined ? undefined : parseJson(reportText, jestJsonSchema, `${tool} JSON report`)
  const withCoverage = (result: ParseResult): ParseResult =>
    ctx.withCoverage ? { ...result, ...readCoverage(run, ctx) } : result

  const problem = runTrouble(run)
  if (problem) return withCoverage(parsed?.ok ? { ...problem, ...results(tool, parsed.value, ctx) } : problem)
  if (parsed === undefined) {
    // Both exit 1 without a report when nothing matches their test patterns.
    if (/^No test(s| files) found/m.test(stripAnsi(run.stderr + run.stdout))) {
      return withCoverage({ outcome: 'fail', findings: [], reason: 'no tests were found' })
    }
    const cause = tellingLine(run.stderr || run.stdout)
    return withCoverage(
      trouble(
        `${tool} exited with ${run.exitCode} before writing its JSON report${cause ? `: ${cause}` : ''}`,
      ),
    )
  }
  if (!parsed.ok) return withCoverage(parsed.result)
  const { tests, findings } = results(tool, parsed.value, ctx)
  if (tests.total === 0 && findings.length === 0) {
    return withCoverage({ outcome: 'fail', findings, tests, reason: 'no tests were found' })
  }
  // Every test passed and the runner failed on the project's own coverage threshold: the tests pass,
  // the coverage check fails with the runner's words.
  const thresholdMissed = ctx.withCoverage
    ? coverageThresholdFailure(`${run.stderr}\n${run.stdout}`)
    : undefined
  if (run.exitCode !== 0 && findings.length === 0 && thresholdMissed !== undefined) {
    return withCoverage({ outcome: 'pass', findings, tests, coverageFailure: thresholdMissed })
  }
  if (run.exitCode !== 0 && findings.length === 0) {
    return withCoverage({
      ...trouble(`${tool} exited with ${run.exitCode} but its report shows no failing test`),
      tests,
    })
  }
  return withCoverage({ outcome: findings.length > 0 ? 'fail' : 'pass', findings, tests })
}

/**
 * jest's `Jest: "global" coverage threshold for lines (90%) not met: 40%` and vitest's `ERROR: Coverage for
 * lines (25%) does not meet global threshold (90%)`, one line per missed threshold (per file or glob too).
 */
const THRESHOLD_MISSED =
  /^(?:Jest: "(?<jestScope>[^"]+)" coverage threshold for (?<jestMetric>\w+) \((?<jestMin>[\d.]+)%\) not met: .+|ERROR: Coverage for (?<metric>\w+) \([\d.]+%\) does not meet (?<scope>.+?) threshold \((?<min>[\d.]+)%\))$/gm

function coverageThresholdFailure(output: string): { reason: string; threshold?: number } | undefined {
  const matches = [...stripAnsi(output).matchAll(THRESHOLD_MISSED)]
  if (matches.length === 0) return undefined
  const reason = matches.map((match) => match[0].trim()).join('; ')
  // The line threshold that applies to the whole project, when one was missed: the figure the summary shows.
  const global = matches.find(({ groups = {} }) =>
    groups.jestMetric !== undefined
      ? groups.jestScope === 'global' && groups.jestMetric === 'lines'
      : groups.scope === 'global' && groups.metric === 'lines',
  )?.groups
  const threshold = Number(global?.jestMin ?? global?.min)
  return Number.isFinite(threshold) ? { reason, threshold } : { reason }
}

/**
 * jest's `● Validation Warning:` and `● Deprecation Warning:` blocks (unknown or renamed config options),
 * each as its heading and first sentence.
 */
export function jestWarnings(run: ToolRun): string[] {
  const lines = stripAnsi(run.stderr).split(/\r?\n/)
  return lines.flatMap((line, index) => {
    const heading = /^● (.*Warning):$/.exec(line)?.[1]
    if (heading === undefined) return []
    const sentence = lines.slice(index + 1).find((next) => next.trim() !== '')
    return [sentence ? `${heading}: ${sentence.trim()}` : heading]
  })
}

/** vitest's ` DEPRECATED ` lines: options it no longer reads (`test.poolOptions` was removed in Vitest 4 …). */
export function vitestWarnings(run: ToolRun): string[] {
  return warningLines(run.stderr, /^\s*DEPRECATED\s+(.+)$/)
}

function results(
  tool: string,
  report: JestJson,
  ctx: ToolContext,
): { tests: TestSummary; findings: Finding[] } {
  const findings: Finding[] = []
  const failures: TestCase[] = []
  const all: TestCase[] = []
  for (const file of report.testResults) {
    const path = workspacePath(file.name, ctx)
    for (const assertion of file.assertionResults) {
      const outcome: TestCase['outcome'] =
        assertion.status === 'passed' ? 'passed' : assertion.status === 'failed' ? 'failed' : 'skipped'
      const test: TestCase = {
        id: `${path} > ${assertion.fullName.trim()}`,
        outcome,
        durationMs: Math.round(assertion.duration ?? 0),
        file: path,
      }
      if (assertion.location) test.line = assertion.location.line
      all.push(test)
      if (outcome !== 'failed') continue
      const message = stripAnsi((assertion.failureMessages ?? []).join('\n')).trim()
      failures.push({ ...test, message: message.slice(0, 8000) })
      findings.push(
        finding({
          tool,
          severity: 'error',
          // vitest before 2 puts an empty file-level title first: ' math subtracts'.
          rule: assertion.fullName.trim(),
          message: `Failed: ${firstLines(message) || 'no message'}`,
          file: path,
          line: assertion.location?.line ?? lineFromStack(message, file.name, path),
        }),
      )
    }
    // A file that failed to run (syntax error, failing import) has no failing assertion to carry it.
    // jest heads the message with "● Test suite failed to run"; the cause is on the lines after it.
    const fileMessage = stripAnsi(file.message ?? '')
      .replace(/^\s*● Test suite failed to run\s*/, '')
      .trim()
    if (
      file.status === 'failed' &&
      fileMessage &&
      !file.assertionResults.some((item) => item.status === 'failed')
    ) {
      failures.push({
        id: path,
        outcome: 'error',
        durationMs: 0,
        file: path,
        message: fileMessage.slice(0, 8000),
      })
      findings.push(
        finding({
          tool,
          severity: 'error',
          rule: path,
          message: `Test file failed to run: ${firstLines(fileMessage)}`,
          file: path,
          line: lineFromStack(fileMessage, file.name, path),
        }),
      )
    }
  }
  const errors = failures.filter((item) => item.outcome === 'error').length
  const durationMs = report.testResults.reduce(
    (sum, file) => sum + Math.max(0, (file.endTime ?? 0) - (file.startTime ?? file.endTime ?? 0)),
    0,
  )
  return {
    findings,
    tests: {
      total: report.numTotalTests,
      passed: report.numPassedTests,
      failed: report.numFailedTests,
      errors,
      skipped: report.numPendingTests + (report.numTodoTests ?? 0),
      durationMs: Math.round(durationMs),
      slowest: all
        .filter((item) => item.outcome !== 'skipped')
        .sort((a, b) => b.durationMs - a.durationMs)
        .slice(0, 5),
      failures,
    },
  }
}

function readCoverage(
  run: ToolRun,
  ctx: ToolContext,
): { coverage?: CoverageSummary; coverageTrouble?: string } {
  const text = run.files?.coverageSummary
  if (text === undefined) return { coverageTrouble: 'no coverage-summary.json was written' }
  const parsed = parseJson(text, coverageSummarySchema, 'istanbul coverage summary')
  if (!parsed.ok) return { coverageTrouble: parsed.result.reason ?? 'unreadable coverage summary' }
  const total = parsed.value.total
  if (!total) return { coverageTrouble: 'coverage-summary.json has no total' }
  const missing = new Map<string, number[]>()
  const executed = new Map<string, number[]>()
  for (const file of parseLcov(run.files?.lcov ?? '')) {
    const lines = [...file.lines]
    missing.set(
      workspacePath(file.file, ctx),
      lines.filter(([, hits]) => hits === 0).map(([line]) => line),
    )
    executed.set(
      workspacePath(file.file, ctx),
      lines.filter(([, hits]) => hits > 0).map(([line]) => line),
    )
  }
  const files = Object.entries(parsed.value)
    .filter(([name]) => name !== 'total')
    .map(([name, entry]) => {
      const file = workspacePath(name, ctx)
      return {
        file,
        percent: linePercent(entry.lines.covered, entry.lines.total),
        covered: entry.lines.covered,
        statements: entry.lines.total,
        missingLines: missing.get(file) ?? [],
        ...(executed.has(file) ? { executedLines: executed.get(file) } : {}),
      }
    })
  return {
    coverage: {
      percent: linePercent(total.lines.covered, total.lines.total),
      covered: total.lines.covered,
      statements: total.lines.total,
      files,
    },
  }
}

function firstLines(text: string): string {
  const lines = text.split('\n').filter((line) => !/^\s+at /.test(line))
  const kept = lines.slice(0, MESSAGE_LINES).join('\n').trim()
  return kept.length > 2000 ? `${kept.slice(0, 2000)}…` : kept
}

/**
 * The failing line from a stack frame in the test file itself, when the report gives no location. jest
 * prints frames relative to its root, vitest absolute: either name counts.
 */
function lineFromStack(message: string, ...names: string[]): number | undefined {
  for (const name of names) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const match = new RegExp(`(?:^|[\\s(/])${escaped}:(\\d+):\\d+`, 'm').exec(message)
    if (match) return Number(match[1])
  }
  return undefined
}
