// The job summary: verdict, a table of checks, then each check's findings in a collapsible section.
// Pure: returns markdown that stays under GitHub's 1 MiB step-summary limit, saying what it cut.
import { CHECK_RUN_ANNOTATION_CAP } from './annotations.js'
import { formatPercent, plural } from '../gate.js'
import { lineRanges } from '../text.js'
import {
  byPackage,
  describeDiffCoverage,
  describeResult,
  describeTests,
  diffCoverageMark,
  uncoveredChangedLines,
  failRule,
  describeCoverageTotal,
  describeToolchain,
  renderReportRows,
} from './describe.js'
import type { CheckResult, DiffCoverage, Finding, Outcome, Report } from '../types.js'
import { code, codeCell, escapeCell, escapeMarkdown, fenced } from './markdown.js'

export const SUMMARY_LIMIT_BYTES = 1024 * 1024

export interface SummaryOptions {
  maxBytes?: number
  reportFile?: string
}

const ICON: Record<Outcome, string> = { pass: '✅', fail: '❌', error: '💥', skipped: '⏭️' }
const LABEL: Record<Outcome, string> = { pass: 'pass', fail: 'fail', error: 'error', skipped: 'skipped' }

export function renderSummary(report: Report, options: SummaryOptions = {}): string {
  const limit = options.maxBytes ?? SUMMARY_LIMIT_BYTES
  const head = renderHead(report)
  const tail = renderTail(report)
  // Room for the findings, keeping a margin for the note that says what was cut.
  let budget = limit - bytes(head) - bytes(tail) - 512
  const sections: string[] = []
  let omitted = 0
  let findingsHeading = false

  for (const block of [...testSections(report), ...coverageSections(report)]) {
    if (bytes(block) > budget) {
      sections.push('_(cut to keep this summary under 1 MiB)_\n')
      budget = 0
      break
    }
    budget -= bytes(block)
    sections.push(block)
  }

  for (const check of byPackage(report.checks)) {
    // Failing tests are listed with their tracebacks in the Tests section: here only what the runner warned.
    const testsListed = check.kind === 'test' && check.outcome !== 'error'
    const findings = testsListed ? [] : check.findings
    const warned = renderToolWarnings(check)
    if (findings.length === 0 && check.outcome !== 'error' && !check.notOnChangedLines && !warned) continue
    const where = check.package !== undefined ? ` in ${escapeMarkdown(check.package)}` : ''
    const open = `<details><summary>${ICON[check.outcome]} <b>${escapeMarkdown(check.tool)}</b>${where} — ${describeCounts(check)}</summary>\n\n`
    const close = '\n</details>\n'
    if (!findingsHeading) {
      findingsHeading = true
      sections.push('### Findings\n')
    }
    const trouble = (check.outcome === 'error' ? renderTrouble(check) : '') + warned
    if (bytes(open + trouble + close) > budget) {
      omitted += findings.length
      continue
    }
    budget -= bytes(open + trouble + close)
    const lines: string[] = []
    let cut = 0
    for (const finding of findings) {
      const line = `- ${renderFinding(finding)}\n`
      if (cut > 0 || bytes(line) > budget) {
        cut++
        continue
      }
      budget -= bytes(line)
      lines.push(line)
    }
    omitted += cut
    const cutNote =
      cut > 0 ? `- … and ${plural(cut, 'more finding')}, cut to keep this summary under 1 MiB\n` : ''
    const outside = check.notOnChangedLines?.length ?? 0
    const outsideNote =
      outside > 0
        ? `\n_${plural(outside, 'more finding')} not on changed lines, not counted (scope: changed); listed in the JSON report._\n`
        : ''
    sections.push(open + trouble + lines.join('') + cutNote + outsideNote + close)
  }

  const findingsPart = sections.length > 0 ? `\n${sections.join('\n')}` : ''
  const omittedNote =
    omitted > 0
      ? `\n> [!NOTE]\n> ${plural(omitted, 'finding')} did not fit in this summary (GitHub's limit is 1 MiB)${options.reportFile ? `; every finding is in the JSON report, ${code(options.reportFile)}` : ''}.\n`
      : ''
  return `${head}${findingsPart}${omittedNote}${tail}`
}

function renderHead(report: Report): string {
  const { verdict } = report
  const title = verdict.passed ? '## ✅ Quality gate passed' : '## ❌ Quality gate failed'
  const reasons = verdict.reasons.map((reason) => `- ${escapeMarkdown(reason)}\n`).join('')
  const counts = report.counts
  const totals = `${plural(counts.findings, 'finding')}: ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.notices, 'notice')} · ${failRule(report.failOn)} · ${seconds(report.durationMs)}`
  // In a workspace, checks are grouped by package, the root's first.
  const packages = hasPackages(report)
  const cell = (name: string | undefined): string => (packages ? `| ${escapeCell(name ?? '(root)')} ` : '')
  const rows = byPackage(report.checks).map(
    (check) =>
      `${cell(check.package)}| ${check.kind} | ${escapeCell(check.tool)} | ${escapeCell(check.version ?? '—')} | ${ICON[check.outcome]} ${LABEL[check.outcome]} | ${describeCounts(check)} | ${escapeCell(check.decidedBy ?? (check.kind === 'test' ? 'failing tests' : '—'))} | ${seconds(check.durationMs)} |`,
  )
  for (const skipped of report.skipped) {
    rows.push(
      `${cell(undefined)}| ${skipped.kind} | ${escapeCell(skipped.tool ?? '—')} | — | ${ICON.skipped} skipped | ${escapeCell(skipped.reason)} | — | — |`,
    )
  }
  const header = `${packages ? '| Package ' : ''}| Check | Tool | Version | Outcome | Findings | Decided by | Time |\n${packages ? '| --- ' : ''}| --- | --- | --- | --- | --- | --- | ---: |`
  const checksTable = rows.length > 0 ? `${header}\n${rows.join('\n')}\n` : '_No checks ran._\n'
  // Combined reports: a row per report first, then every report's checks under its key.
  const combined = report.reports !== undefined ? renderReportRows(report.reports) : undefined
  const table = combined ? `${combined.header}${combined.rows.join('\n')}\n\n${checksTable}` : checksTable
  const toolchain = renderToolchain(report) + renderCommands(report)
  const scope = renderScope(report)
  const warnings =
    report.warnings.length > 0
      ? `\n> [!WARNING]\n${report.warnings.map((warning) => `> ${escapeMarkdown(warning)}`).join('<br>\n')}\n`
      : ''
  return `${title}\n\n${reasons}${reasons ? '\n' : ''}${totals}\n\n${scope}${table}${toolchain}${warnings}`
}

function hasPackages(report: Report): boolean {
  return report.checks.some((check) => check.package !== undefined)
}

/** Which change the findings were measured against, and how many the scope left out (nothing is hidden). */
function renderScope(report: Report): string {
  const changes = report.changes
  const outside = report.checks.reduce((sum, check) => sum + (check.notOnChangedLines?.length ?? 0), 0)
  if (report.scope === 'changed') {
    const against = changes
      ? `${plural(changes.files, 'changed file')} from ${escapeMarkdown(changes.source)}`
      : 'the changed lines are unknown, so every finding counts'
    const left = outside > 0 ? ` · **${plural(outside, 'finding')} not on changed lines** (not counted)` : ''
    return `Scope: changed lines only — ${against}${left}\n\n`
  }
  return changes
    ? `Changed lines (ranked first): ${plural(changes.files, 'file')} from ${escapeMarkdown(changes.source)}\n\n`
    : ''
}

/** Every tool's version and where it came from: the pin and its source, or the installed copy used. */
function renderToolchain(report: Report): string {
  const install = report.toolchain
  const heading = install
    ? `Pinned toolchain: ${escapeMarkdown(describeToolchain(install))} in ${seconds(install.durationMs)}`
    : 'Tools: already installed (tool-source: path)'
  const rows = report.checks
    .filter((check) => check.source !== undefined)
    .map((check) => {
      const pinned = check.pin ? `${escapeCell(check.pin.version)} from ${escapeCell(check.pin.source)}` : '—'
      const where = check.package !== undefined ? ` in ${escapeCell(check.package)}` : ''
      return `| ${escapeCell(check.tool)}${where} | ${escapeCell(check.version ?? '?')} | ${pinned} | ${escapeCell(check.source ?? '')} | ${escapeCell(check.chosenBecause ?? '—')} |`
    })
  const key = install
    ? `\nCache key ${code(install.key)} · installer ${escapeMarkdown(install.installer)}\n`
    : ''
  const log = install?.log
    ? `\n<details><summary>Installer log of what failed</summary>\n\n${fenced(install.log)}\n</details>\n`
    : ''
  if (rows.length === 0) return log
  return `\n<details><summary>${heading}</summary>\n\n| Tool | Version | Pin | Runs from | Chosen because |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}\n${key}\n</details>\n${log}`
}

/** The exact argv of every run, and where its arguments came from: what to run by hand to compare. */
function renderCommands(report: Report): string {
  const rows = report.checks.flatMap((check) =>
    (check.runs ?? []).map(
      (run) =>
        `| ${check.kind} | ${escapeCell(check.tool)}${check.package !== undefined ? ` in ${escapeCell(check.package)}` : ''} | ${codeCell(run.argv.join(' '))} | ${escapeCell(run.from)} | ${run.exitCode ?? '—'} |`,
    ),
  )
  if (rows.length === 0) return ''
  return `\n<details><summary>Commands run</summary>\n\n| Check | Tool | Command | Arguments from | Exit |\n| --- | --- | --- | --- | ---: |\n${rows.join('\n')}\n\n</details>\n`
}

function renderTail(report: Report): string {
  if (!report.python) return ''
  return `\n<sub>Python ${report.python.version} (${code(report.python.executable)}).</sub>\n`
}

/**
 * The closing note on annotations, appended once publishing is over: a check run may have taken every
 * finding, or the step's own budget decided which became annotations. Nothing when every finding was shown.
 */
export function renderAnnotationNote(
  annotated: { shown: number; total: number },
  checkRun: { name: string; annotated: number; located: number } | undefined,
): string {
  if (checkRun !== undefined) {
    const leftOut = checkRun.located - checkRun.annotated
    const unlocated = annotated.total - checkRun.located
    const notes = [
      leftOut > 0
        ? `${checkRun.annotated} of ${plural(checkRun.located, 'located finding')} are annotated in the check run ${code(checkRun.name)} (at most ${CHECK_RUN_ANNOTATION_CAP}: errors first, changed lines first, tools in turn); ${leftOut} are left out there.`
        : `All ${plural(checkRun.located, 'located finding')} are annotated in the check run ${code(checkRun.name)}.`,
      ...(unlocated > 0
        ? [`${plural(unlocated, 'finding')} without a file and line are listed above only.`]
        : []),
    ]
    return `\n<sub>${notes.join(' ')}</sub>\n`
  }
  if (annotated.total <= annotated.shown) return ''
  return `\n<sub>${annotated.shown} of ${plural(annotated.total, 'finding')} were annotated inline (GitHub shows at most 10 errors, 10 warnings and 10 notices per step, and a failing gate keeps one error for its own message); all are listed above.</sub>\n`
}

/** Per test check: counts and duration, each failure with its traceback, the 5 slowest tests. */
function testSections(report: Report): string[] {
  const blocks: string[] = []
  for (const check of report.checks) {
    const tests = check.tests
    if (!tests) continue
    const where = check.package !== undefined ? ` in ${escapeMarkdown(check.package)}` : ''
    blocks.push(
      `### Tests — ${escapeMarkdown(check.tool)}${where}\n\n${ICON[check.outcome]} ${describeTests(tests)} · ${plural(tests.total, 'test')} in ${seconds(tests.durationMs)}\n`,
    )
    for (const failure of tests.failures) {
      const where = failure.file
        ? ` at ${code(`${failure.file}${failure.line ? `:${failure.line}` : ''}`)}`
        : ''
      blocks.push(
        `<details><summary>❌ ${escapeMarkdown(failure.id)}</summary>\n\n${failure.outcome === 'error' ? 'Error' : 'Failed'}${where}\n\n${fenced(failure.message ?? '(no message)')}\n</details>\n`,
      )
    }
    if (tests.slowest.length > 0) {
      const rows = tests.slowest
        .map((test) => `| ${escapeCell(test.id)} | ${seconds(test.durationMs)} |`)
        .join('\n')
      blocks.push(
        `\n<details><summary>Slowest tests</summary>\n\n| Test | Time |\n| --- | ---: |\n${rows}\n\n</details>\n`,
      )
    }
  }
  return blocks
}

const COVERAGE_FILES_SHOWN = 25

/** Total against the threshold, then files from least covered, with their missing lines as ranges. */
function coverageSections(report: Report): string[] {
  const blocks: string[] = []
  for (const check of report.checks) {
    const coverage = check.coverage
    if (!coverage) continue
    // A threshold of the project's own config is judged by the tool (with its own rounding): its verdict.
    const threshold = coverage.threshold
    const met =
      coverage.thresholdFrom !== undefined ? check.outcome === 'pass' : coverage.percent >= (threshold ?? 0)
    const from = coverage.thresholdFrom !== undefined ? ` (${escapeMarkdown(coverage.thresholdFrom)})` : ''
    const verdict = threshold === undefined ? '' : ` · threshold ${threshold}%${from} ${met ? '✅' : '❌'}`
    const files = [...coverage.files]
      .filter((file) => file.statements > 0)
      .sort((a, b) => a.percent - b.percent || a.file.localeCompare(b.file))
    const rows = files
      .slice(0, COVERAGE_FILES_SHOWN)
      .map(
        (file) =>
          `| ${escapeCell(file.file)} | ${formatPercent(file.percent)}% | ${file.covered}/${file.statements} | ${escapeCell(lineRanges(file.missingLines)) || '—'} |`,
      )
    const rest =
      files.length > COVERAGE_FILES_SHOWN
        ? `\n… and ${plural(files.length - COVERAGE_FILES_SHOWN, 'more file')}\n`
        : ''
    const table =
      rows.length > 0
        ? `\n| File | Lines | Covered | Missing |\n| --- | ---: | ---: | --- |\n${rows.join('\n')}\n${rest}`
        : ''
    blocks.push(
      `### Coverage\n\n${describeCoverageTotal(coverage, (text) => `**${text}**`)} · ${coverage.covered} of ${plural(coverage.statements, 'statement')} covered${verdict}${coverage.leftOut ? ` · ${plural(coverage.leftOut, 'file')} outside the project not counted` : ''}\n${table}${coverage.diff ? renderDiffCoverage(coverage.diff) : ''}`,
    )
  }
  return blocks
}

function renderDiffCoverage(diff: DiffCoverage): string {
  const uncovered = uncoveredChangedLines(diff)
  const rows = uncovered
    .slice(0, COVERAGE_FILES_SHOWN)
    .map(([file, ranges]) => `| ${escapeCell(file)} | ${escapeCell(ranges)} |`)
  const rest =
    uncovered.length > COVERAGE_FILES_SHOWN
      ? `\n… and ${plural(uncovered.length - COVERAGE_FILES_SHOWN, 'more file')}\n`
      : ''
  const table =
    rows.length > 0 ? `\n| File | Changed lines not run |\n| --- | --- |\n${rows.join('\n')}\n${rest}` : ''
  return `\n**Diff coverage**: ${describeDiffCoverage(diff)}${diffCoverageMark(diff)}\n${table}`
}

/** What the tool said about itself or its config, whatever the outcome: it may explain its findings. */
function renderToolWarnings(check: CheckResult): string {
  if (!check.warnings?.length) return ''
  const items = check.warnings.map((warning) => `- ${escapeMarkdown(warning)}\n`).join('')
  return `**${escapeMarkdown(check.tool)} warned:**\n\n${items}\n`
}

function renderTrouble(check: CheckResult): string {
  const argv = (check.runs ?? []).map((run) => `Command: ${code(run.argv.join(' '))}\n\n`).join('')
  const reason = `**The tool could not run:** ${escapeMarkdown(check.reason ?? 'unknown error')}\n\n`
  const stderr = check.stderrTail ? fenced(check.stderrTail) : ''
  return reason + argv + stderr
}

function renderFinding(finding: Finding): string {
  const where = finding.file
    ? code(
        `${finding.file}${finding.line ? `:${finding.line}` : ''}${finding.column ? `:${finding.column}` : ''}`,
      )
    : '_(no location)_'
  const rule = finding.rule ? ` ${code(finding.rule)}` : ''
  const severity = finding.severity === 'error' ? '' : ` _(${finding.severity})_`
  return `${where}${rule}${severity} ${escapeMarkdown(finding.message)}`
}

function describeCounts(check: CheckResult): string {
  return escapeCell(describeResult(check))
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}
