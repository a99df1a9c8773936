// The sticky PR comment: verdict, one row per check, the top findings, tests and coverage, a link to the
// run and a footnote on pins. Pure. It stays within GitHub's 65,536-character body limit by trimming the
// least important parts first, and says what it trimmed.
import { plural } from '../gate.js'
import type { CheckResult, DiffCoverage, Finding, Outcome, Report } from '../types.js'
import {
  byPackage,
  describeDiffCoverage,
  describeResult,
  describeTests,
  diffCoverageMark,
  uncoveredChangedLines,
  describeCoverageTotal,
  renderReportRows,
} from './describe.js'
import { changedFirst } from './annotations.js'
import { code, escapeCell, escapeMarkdown } from './markdown.js'

export const COMMENT_LIMIT = 65_536
const TOP_FINDINGS = 20
const MESSAGE_CHARS = 300

const ICON: Record<Outcome, string> = { pass: '✅', fail: '❌', error: '💥', skipped: '⏭️' }

/** The hidden marker that finds this job's comment again. `-->` cannot end it early. */
export function commentMarker(key: string): string {
  return `<!-- quality-gate:${key.replace(/--+>?/g, '-').replace(/[\r\n]/g, ' ')} -->`
}

export interface CommentOptions {
  marker: string
  runUrl?: string
  maxChars?: number
}

export function renderComment(report: Report, options: CommentOptions): string {
  const limit = options.maxChars ?? COMMENT_LIMIT
  const head = renderHead(report, options.marker)
  const table = renderTable(report)
  const results = renderResults(report)
  const link = options.runUrl ? `\n[Full report in the job summary](${options.runUrl})\n` : ''
  const footnote = renderFootnote(report)
  const ranked = rankFindings(report.checks)

  // Least important first: the pins footnote, then findings from the bottom of the ranking, then table rows.
  const trimmed: string[] = []
  let shownFindings = Math.min(TOP_FINDINGS, ranked.length)
  let keepFootnote = true
  let tableRows = table.rows.length
  const compose = (): string => {
    const note =
      trimmed.length > 0 ? `\n<sub>Trimmed to fit GitHub's comment limit: ${trimmed.join(', ')}.</sub>\n` : ''
    const findings = renderFindings(ranked, shownFindings)
    const rows = table.rows.slice(0, tableRows)
    const cut =
      tableRows < table.rows.length
        ? `\n_… and ${plural(table.rows.length - tableRows, 'more check')}._\n`
        : ''
    return `${head}${table.header}${rows.join('\n')}\n${cut}${results}${findings}${link}${keepFootnote ? footnote : ''}${note}`
  }
  let body = compose()
  if (body.length > limit && keepFootnote && footnote) {
    keepFootnote = false
    trimmed.push('the pins footnote')
    body = compose()
  }
  if (body.length > limit && shownFindings > 0) {
    const before = shownFindings
    while (shownFindings > 0 && compose().length > limit) shownFindings--
    trimmed.push(`${plural(before - shownFindings, 'top finding')}`)
    body = compose()
  }
  if (body.length > limit) {
    const before = tableRows
    while (tableRows > 0 && compose().length > limit) tableRows--
    trimmed.push(`${plural(before - tableRows, 'check row')}`)
    body = compose()
  }
  // A last resort that cannot fail: the marker and headline alone always fit.
  return body.length > limit
    ? `${head}\n<sub>Trimmed to fit GitHub's comment limit: everything but the verdict.</sub>\n`.slice(
        0,
        limit,
      )
    : body
}

function renderHead(report: Report, marker: string): string {
  const title = report.verdict.passed ? '### ✅ Quality gate passed' : '### ❌ Quality gate failed'
  const reasons = report.verdict.reasons.slice(0, 10).map((reason) => `- ${escapeMarkdown(clip(reason))}\n`)
  const more =
    report.verdict.reasons.length > 10 ? `- … and ${report.verdict.reasons.length - 10} more\n` : ''
  return `${marker}\n${title}\n\n${reasons.join('')}${more}${reasons.length > 0 ? '\n' : ''}`
}

function renderTable(report: Report): { header: string; rows: string[] } {
  // Combined reports: a row per report; each report's checks are in its own job summary.
  if (report.reports !== undefined) return renderReportRows(report.reports)
  const rows = byPackage(report.checks).map(
    (check) =>
      `| ${ICON[check.outcome]} | ${check.kind} | ${escapeCell(`${check.package !== undefined ? `${check.package}: ` : ''}${check.tool}${check.version === undefined ? '' : `@${check.version}`}`)} | ${escapeCell(describeResult(check))} | ${(check.durationMs / 1000).toFixed(1)} s |`,
  )
  for (const skipped of report.skipped)
    rows.push(
      `| ${ICON.skipped} | ${skipped.kind} | ${escapeCell(skipped.tool ?? '—')} | ${escapeCell(skipped.reason)} | — |`,
    )
  return { header: '| | Check | Tool | Result | Time |\n| --- | --- | --- | --- | ---: |\n', rows }
}

function renderResults(report: Report): string {
  const lines: string[] = []
  for (const check of report.checks) {
    if (check.tests)
      lines.push(
        `**Tests** (${escapeMarkdown(checkLabel(check))}): ${describeTests(check.tests)} of ${plural(check.tests.total, 'test')}`,
      )
    if (check.coverage) {
      const { percent, threshold } = check.coverage
      const against =
        threshold === undefined ? '' : ` (threshold ${threshold}% ${percent >= threshold ? '✅' : '❌'})`
      const of = check.package !== undefined ? ` (${escapeMarkdown(check.package)})` : ''
      lines.push(`**Coverage**${of}: ${describeCoverageTotal(check.coverage)}${against}`)
      if (check.coverage.diff) lines.push(renderDiffCoverage(check.coverage.diff))
    }
  }
  const outside = report.checks.reduce((sum, check) => sum + (check.notOnChangedLines?.length ?? 0), 0)
  if (outside > 0) {
    lines.push(`**Not on changed lines**: ${plural(outside, 'finding')}, not counted (scope: changed)`)
  }
  return lines.length > 0 ? `\n${lines.join('<br>\n')}\n` : ''
}

const UNCOVERED_FILES = 10

function renderDiffCoverage(diff: DiffCoverage): string {
  const files = uncoveredChangedLines(diff)
  const listed = files
    .slice(0, UNCOVERED_FILES)
    .map(([file, ranges]) => `<br>\n&nbsp;&nbsp;not run: ${code(file)} ${code(ranges)}`)
  const more =
    files.length > UNCOVERED_FILES
      ? `<br>\n&nbsp;&nbsp;… and ${plural(files.length - UNCOVERED_FILES, 'more file')}`
      : ''
  return `**Diff coverage**: ${describeDiffCoverage(diff)}${diffCoverageMark(diff)}${listed.join('')}${more}`
}

interface Ranked {
  finding: Finding
  check: CheckResult
}

/** Errors first, then warnings, then notices; within a severity, changed lines first, tools taking turns. */
function rankFindings(checks: readonly CheckResult[]): Ranked[] {
  const ranked: Ranked[] = []
  for (const severity of ['error', 'warning', 'notice'] as const) {
    const lists = checks.map((check) =>
      check.findings.filter((item) => item.severity === severity).map((finding) => ({ finding, check })),
    )
    ranked.push(...changedFirst(lists, (item) => item.finding))
  }
  return ranked
}

function checkLabel(check: CheckResult): string {
  return check.package !== undefined ? `${check.package}: ${check.tool}` : check.tool
}

/**
 * The top `count` of the ranking; with packages (a monorepo's, or the reports publish mode combined),
 * grouped under each package's name in the order they first appear.
 */
function renderFindings(ranked: readonly Ranked[], count: number): string {
  if (ranked.length === 0) return ''
  const item = ({ finding }: Ranked): string => {
    const where = finding.file ? `${code(`${finding.file}${finding.line ? `:${finding.line}` : ''}`)} ` : ''
    const rule = finding.rule ? ` ${code(clip(finding.rule, 120))}` : ''
    return `- ${where}**${escapeMarkdown(finding.tool)}**${rule} ${escapeMarkdown(clip(finding.message))}`
  }
  const top = ranked.slice(0, count)
  const groups = new Map<string | undefined, Ranked[]>()
  for (const entry of top)
    groups.set(entry.check.package, [...(groups.get(entry.check.package) ?? []), entry])
  const grouped = [...groups.keys()].some((key) => key !== undefined)
  const items = grouped
    ? [...groups].flatMap(([key, entries]) => [
        `\n**${escapeMarkdown(key ?? '(root)')}**\n`,
        ...entries.map(item),
      ])
    : top.map(item)
  const rest = ranked.length - top.length
  const more = rest > 0 ? `\n- … and ${plural(rest, 'more finding')} in the job summary` : ''
  return `\n<details${openWhenErrors(ranked)}><summary>Top findings (${ranked.length})</summary>\n\n${items.join('\n')}${more}\n\n</details>\n`
}

function openWhenErrors(ranked: readonly Ranked[]): string {
  return ranked.some((item) => item.finding.severity === 'error') ? ' open' : ''
}

function renderFootnote(report: Report): string {
  const pinned = report.checks.filter((check) => check.pin !== undefined)
  const drift = report.warnings.filter((warning) => warning.includes('is pinned differently'))
  if (pinned.length === 0 && drift.length === 0) return ''
  const pins = pinned.map((check) => `${check.tool} ${check.pin?.version} (${check.pin?.source})`).join(' · ')
  const drifts = drift.map((warning) => `⚠️ ${escapeMarkdown(warning)}`).join('<br>')
  return `\n<sub>Pins: ${escapeMarkdown(pins)}${drifts ? `<br>${drifts}` : ''}</sub>\n`
}

function clip(text: string, max = MESSAGE_CHARS): string {
  const line = text.replace(/\s*\n\s*/g, ' ')
  return line.length > max ? `${line.slice(0, max - 1)}…` : line
}
