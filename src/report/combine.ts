// Fan-in: several jobs' reports (a matrix, a monorepo's packages) as one result. Pure. One verdict (passed
// only when every report passed and every report could be read), the union of failed checks, summed
// counts, and a row per report; the renderers show the failing findings grouped by report.
import { plural } from '../gate.js'
import { CHECK_KINDS, type CombinedRow, type Finding, type Report } from '../types.js'
import { changedFirst } from './annotations.js'
import { renderReportRows } from './describe.js'
import { code, escapeMarkdown } from './markdown.js'

export interface KeyedReport {
  /** What tells the report apart: its job and comment-key ("gate / ubuntu-latest, 3.12"), or its file. */
  key: string
  report: Report
}

/** A report that could not be used, and why (one line). */
export interface RefusedReport {
  key: string
  reason: string
}

export interface CombinedReport {
  schemaVersion: 1
  verdict: { passed: boolean; failedChecks: string[]; reasons: string[] }
  counts: Report['counts']
  tests?: { total: number; failed: number }
  reports: { key: string; verdict: Report['verdict']; counts: Report['counts']; durationMs: number }[]
  refused: RefusedReport[]
}

/** The label of a report: its job and comment-key when it names them, else the given fallback (its file). */
export function reportKey(report: Report, fallback: string): string {
  if (!report.job) return fallback
  return report.job.commentKey ? `${report.job.name} / ${report.job.commentKey}` : report.job.name
}

export function combineReports(
  reports: readonly KeyedReport[],
  refused: readonly RefusedReport[],
): CombinedReport {
  const failed = new Set(reports.flatMap(({ report }) => report.verdict.failedChecks))
  const sum = (pick: (counts: Report['counts']) => number): number =>
    reports.reduce((total, { report }) => total + pick(report.counts), 0)
  const testChecks = reports.flatMap(({ report }) =>
    report.checks.filter((check) => check.tests !== undefined),
  )
  const combined: CombinedReport = {
    schemaVersion: 1,
    verdict: {
      passed:
        reports.length > 0 && refused.length === 0 && reports.every(({ report }) => report.verdict.passed),
      failedChecks: CHECK_KINDS.filter((kind) => failed.has(kind)),
      reasons: [
        ...reports.flatMap(({ key, report }) => report.verdict.reasons.map((reason) => `${key}: ${reason}`)),
        ...refused.map(({ key, reason }) => `${key}: the report could not be read (${reason})`),
        ...(reports.length === 0 && refused.length === 0 ? ['no report was found'] : []),
      ],
    },
    counts: {
      findings: sum((counts) => counts.findings),
      errors: sum((counts) => counts.errors),
      warnings: sum((counts) => counts.warnings),
      notices: sum((counts) => counts.notices),
    },
    reports: reports.map(({ key, report }) => ({
      key,
      verdict: report.verdict,
      counts: report.counts,
      durationMs: report.durationMs,
    })),
    refused: [...refused],
  }
  if (testChecks.length > 0) {
    combined.tests = {
      total: testChecks.reduce((total, check) => total + (check.tests?.total ?? 0), 0),
      failed: testChecks.reduce(
        (total, check) => total + (check.tests?.failed ?? 0) + (check.tests?.errors ?? 0),
        0,
      ),
    }
  }
  return combined
}

const TOP_FINDINGS_PER_REPORT = 10

/** Each report's blocking findings first: errors, on changed lines first, tools in turn. */
function topFindings(report: Report, limit: number): { shown: Finding[]; total: number } {
  const perTool = report.checks
    .filter((check) => check.outcome === 'fail' || check.outcome === 'error')
    .map((check) => [...check.findings].sort((a, b) => rank(a) - rank(b)))
  const ordered = changedFirst(perTool, (finding) => finding)
  return { shown: ordered.slice(0, limit), total: ordered.length }
}

const rank = (finding: Finding): number => ['error', 'warning', 'notice'].indexOf(finding.severity)

function where(finding: Finding): string {
  if (finding.file === undefined) return ''
  return code(finding.line !== undefined ? `${finding.file}:${finding.line}` : finding.file)
}

/** Markdown for the job summary and the PR comment: a row per report, then each report's top findings. */
export function renderCombinedMarkdown(combined: CombinedReport, reports: readonly KeyedReport[]): string {
  const headline = combined.verdict.passed
    ? `## ✅ Quality gate passed — ${plural(combined.reports.length, 'report')}`
    : `## ❌ Quality gate failed — ${plural(combined.reports.length + combined.refused.length, 'report')}`
  const table = renderReportRows(combinedRows(combined))
  const sections = reports
    .filter(({ report }) => !report.verdict.passed)
    .map(({ key, report }) => {
      const { shown, total } = topFindings(report, TOP_FINDINGS_PER_REPORT)
      const lines = shown.map(
        (finding) =>
          `- ${where(finding)} ${escapeMarkdown(finding.rule ? `${finding.tool} ${finding.rule}` : finding.tool)}: ${escapeMarkdown(finding.message.split('\n')[0]?.slice(0, 300) ?? '')}`,
      )
      const more = total > shown.length ? [`- … and ${plural(total - shown.length, 'more finding')}`] : []
      const reasons = report.verdict.reasons.map((reason) => `- ${escapeMarkdown(reason)}`)
      return [
        `### ${escapeMarkdown(key)}`,
        '',
        ...reasons,
        ...(lines.length > 0 ? ['', ...lines, ...more] : []),
      ].join('\n')
    })
  return [
    headline,
    '',
    `${table.header}${table.rows.join('\n')}`,
    '',
    ...sections.flatMap((section) => [section, '']),
  ].join('\n')
}

/** A row per report for the tables: each used report's verdict, then each refused one with its reason. */
function combinedRows(combined: CombinedReport): CombinedRow[] {
  return [
    ...combined.reports.map((row) => ({
      key: row.key,
      passed: row.verdict.passed,
      failedChecks: row.verdict.failedChecks,
      counts: row.counts,
    })),
    ...combined.refused.map(({ key, reason }) => ({
      key,
      passed: false,
      failedChecks: [],
      counts: { findings: 0, errors: 0, warnings: 0, notices: 0 },
      refused: reason,
    })),
  ]
}

/** The terminal's view: a line per report and the combined verdict. */
export function renderCombinedConsole(combined: CombinedReport): string {
  const lines = [
    ...combined.reports.map(
      (row) =>
        `  ${row.verdict.passed ? '✓' : '✗'} ${row.key}  ${row.verdict.passed ? 'passed' : `failed: ${row.verdict.failedChecks.join(', ')}`} (${plural(row.counts.findings, 'finding')})`,
    ),
    ...combined.refused.map((row) => `  ! ${row.key}  unreadable: ${row.reason}`),
  ]
  const verdict = combined.verdict.passed ? '✓ Quality gate passed' : '✗ Quality gate failed'
  return `${lines.join('\n')}\n${verdict} (${plural(combined.reports.length + combined.refused.length, 'report')})\n`
}

/**
 * The combined result as one report, for the renderers the gate already has (summary, comment, check run,
 * annotations, outputs): each report's checks keep their findings and carry the report's key as their
 * package, so every view groups them by report.
 */
export function mergeReports(combined: CombinedReport, reports: readonly KeyedReport[]): Report {
  const first = reports[0]?.report
  return {
    schemaVersion: 1,
    gate: { name: 'quality-gate', version: first?.gate.version ?? '' },
    verdict: combined.verdict,
    counts: combined.counts,
    checks: reports.flatMap(({ key, report }) =>
      report.checks.map((check) => ({
        ...check,
        package: check.package ? `${key} › ${check.package}` : key,
      })),
    ),
    skipped: [],
    warnings: [
      ...combined.refused.map(({ key, reason }) => `The report ${key} is not used: ${reason}.`),
      ...reports.flatMap(({ key, report }) => report.warnings.map((warning) => `${key}: ${warning}`)),
    ],
    reports: combinedRows(combined),
    workingDirectory: '.',
    failOn: first?.failOn ?? 'tool',
    scope: reports.some(({ report }) => report.scope === 'changed') ? 'changed' : 'all',
    startedAt: first?.startedAt ?? new Date(0).toISOString(),
    durationMs: Math.max(0, ...reports.map(({ report }) => report.durationMs)),
  }
}
