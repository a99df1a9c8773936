// Terminal output for the CLI (`--format pretty`) and the action's log. Colour only when asked.
import { describeResult, describeToolchain, failRule } from './describe.js'
import type { CheckResult, Finding, Outcome, Report } from '../types.js'

export interface ConsoleOptions {
  color: boolean
  /** Findings listed per check before "… and N more". */
  maxFindingsPerCheck?: number
}

const MARK: Record<Outcome, string> = { pass: '✓', fail: '✗', error: '!', skipped: '-' }

export function renderConsole(report: Report, options: ConsoleOptions): string {
  const paint = painter(options.color)
  const tone: Record<Outcome, (text: string) => string> = {
    pass: paint.green,
    fail: paint.red,
    error: paint.red,
    skipped: paint.dim,
  }
  const lines: string[] = []
  const label = (check: CheckResult): string =>
    `${check.package !== undefined ? `${check.package}: ` : ''}${check.tool}${check.version === undefined ? '' : ` ${check.version}`}`
  const width = Math.max(4, ...report.checks.map((check) => label(check).length))
  lines.push(
    paint.bold(`quality-gate ${report.gate.version}`) +
      paint.dim(` · ${report.workingDirectory} · ${failRule(report.failOn)}`),
  )
  const install = report.toolchain
  if (install) {
    const how = describeToolchain(install)
    lines.push(paint.dim(`pinned toolchain ${how} in ${seconds(install.durationMs)} · ${install.key}`))
  }
  if (report.scope === 'changed' || report.changes) {
    const changes = report.changes
    const against = changes
      ? `${changes.files} changed files from ${changes.source}`
      : 'changed lines unknown, every finding counts'
    lines.push(
      paint.dim(
        `${report.scope === 'changed' ? 'scope: changed lines' : 'changed lines ranked first'} · ${against}`,
      ),
    )
  }
  lines.push('')
  // A long reason (a skipped coverage's) runs past the column rather than widening every row.
  const resultWidth = Math.max(
    28,
    ...report.checks.map((check) => describeResult(check).length).filter((length) => length <= 48),
  )
  for (const check of report.checks) {
    const name = label(check).padEnd(width)
    lines.push(
      `  ${tone[check.outcome](MARK[check.outcome])} ${check.kind.padEnd(9)} ${name}  ${describeResult(check).padEnd(resultWidth)} ${paint.dim(seconds(check.durationMs))}`,
    )
  }
  for (const skipped of report.skipped) {
    const tool = skipped.tool ? ` ${skipped.tool}` : ''
    lines.push(`  ${paint.dim(`- ${skipped.kind.padEnd(9)} skipped${tool}: ${skipped.reason}`)}`)
  }
  const limit = options.maxFindingsPerCheck ?? 50
  for (const check of report.checks) {
    if (check.findings.length === 0 && check.outcome !== 'error' && !check.warnings?.length) continue
    lines.push('')
    const where = check.package !== undefined ? ` in ${check.package}` : ''
    lines.push(paint.bold(`${check.tool}${where}`) + paint.dim(` (${describeResult(check)})`))
    if (check.outcome === 'error') {
      lines.push(`  ${paint.red('could not run:')} ${check.reason ?? 'unknown error'}`)
      for (const run of check.runs ?? []) lines.push(paint.dim(`  command: ${run.argv.join(' ')}`))
      for (const line of (check.stderrTail ?? '').split('\n').filter(Boolean).slice(-10))
        lines.push(paint.dim(`  │ ${line}`))
    }
    for (const warning of check.warnings ?? []) lines.push(`  ${paint.yellow('tool warning:')} ${warning}`)
    for (const finding of check.findings.slice(0, limit)) lines.push(`  ${renderFinding(finding, paint)}`)
    if (check.findings.length > limit) lines.push(paint.dim(`  … and ${check.findings.length - limit} more`))
  }
  lines.push('')
  if (report.verdict.passed) {
    lines.push(
      paint.green(paint.bold('✓ Quality gate passed')) + paint.dim(` (${seconds(report.durationMs)})`),
    )
  } else {
    lines.push(paint.red(paint.bold('✗ Quality gate failed')) + paint.dim(` (${seconds(report.durationMs)})`))
    for (const reason of report.verdict.reasons) lines.push(`  - ${reason}`)
  }
  return lines.join('\n') + '\n'
}

function renderFinding(finding: Finding, paint: Painter): string {
  const where = finding.file
    ? `${finding.file}${finding.line ? `:${finding.line}` : ''}${finding.column ? `:${finding.column}` : ''}`
    : '(no location)'
  const severity =
    finding.severity === 'error'
      ? paint.red('error  ')
      : finding.severity === 'warning'
        ? paint.yellow('warning')
        : paint.blue('notice ')
  const rule = finding.rule ? paint.dim(` ${finding.rule}`) : ''
  // The rule goes after the first line, where it reads as a label; the rest is indented and capped so one
  // long test failure cannot bury the other findings (the summary and annotations keep it whole).
  const [head = '', ...rest] = finding.message.split('\n')
  const body = rest.filter((line) => line.trim() !== '')
  const shown = body.slice(0, MESSAGE_LINES).map((line) => `      ${paint.dim(line)}`)
  if (body.length > MESSAGE_LINES) shown.push(paint.dim(`      … ${body.length - MESSAGE_LINES} more lines`))
  return [`${paint.cyan(where)} ${severity} ${head}${rule}`, ...shown].join('\n')
}

const MESSAGE_LINES = 6

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`
}

type Painter = Record<'red' | 'green' | 'yellow' | 'blue' | 'cyan' | 'dim' | 'bold', (text: string) => string>

function painter(color: boolean): Painter {
  const wrap =
    (open: number, close: number) =>
    (text: string): string =>
      color ? `\u001b[${open}m${text}\u001b[${close}m` : text
  return {
    red: wrap(31, 39),
    green: wrap(32, 39),
    yellow: wrap(33, 39),
    blue: wrap(34, 39),
    cyan: wrap(36, 39),
    dim: wrap(2, 22),
    bold: wrap(1, 22),
  }
}
