// The verdict: which checks failed and why, from the findings and the policy alone. Pure.
import type { FailOn } from './config.js'
import type { ConfiguredThreshold } from './tools/tool.js'
import type {
  CheckKind,
  CheckResult,
  CoverageSummary,
  Finding,
  ParseResult,
  Severity,
  Verdict,
} from './types.js'

export interface Policy {
  failOn: FailOn
  /** Minimum total line coverage, in percent. */
  coverageThreshold?: number
  /** Minimum coverage of the changed executable lines, in percent: gated when a change set is known. */
  diffCoverageThreshold?: number
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 }
const THRESHOLD: Record<Exclude<FailOn, 'tool'>, number> = {
  error: 3,
  warning: 2,
  never: Number.POSITIVE_INFINITY,
}

/** Whether a finding fails its check by its severity (`fail-on: error|warning`); under `tool` the tool decides. */
export function isBlocking(finding: Finding, policy: Policy): boolean {
  if (policy.failOn === 'tool') return false
  return RANK[finding.severity] >= THRESHOLD[policy.failOn]
}

type Judged = Pick<CheckResult, 'outcome' | 'blocking' | 'reason'>

/**
 * Turns an adapter's view of a run into the check's outcome under the policy. `fail-on: tool` takes the
 * tool's own verdict (its exit status); `error`/`warning` rank findings by severity; `never` passes them.
 * Failing tests fail the test check whatever it says.
 */
export function judge(parsed: ParseResult, policy: Policy, kind?: CheckKind): Judged {
  if (parsed.outcome === 'error') return withReason({ outcome: 'error', blocking: 0 }, parsed)
  if (kind === 'test') {
    const failing = parsed.findings.filter((finding) => finding.severity === 'error').length
    return withReason({ outcome: parsed.outcome, blocking: failing }, parsed)
  }
  if (policy.failOn === 'tool') {
    const blocking = parsed.outcome === 'fail' ? parsed.findings.length : 0
    return withReason({ outcome: parsed.outcome, blocking }, parsed)
  }
  const blocking = parsed.findings.filter((finding) => isBlocking(finding, policy)).length
  // A failure with nothing to rank (a formatter's, a tool's own "no input") still fails.
  const failed = blocking > 0 || (parsed.outcome === 'fail' && parsed.findings.length === 0)
  return withReason({ outcome: failed ? 'fail' : 'pass', blocking }, parsed)
}

function withReason(judged: Judged, parsed: ParseResult): Judged {
  return parsed.reason === undefined ? judged : { ...judged, reason: parsed.reason }
}

/** What decided a static check's outcome, for the summary: the tool's exit status or the severity rule. */
export function decidedBy(
  runs: readonly { exitCode: number | null }[],
  policy: Policy,
  describeExit?: (code: number) => string | undefined,
): string {
  if (policy.failOn === 'never') return 'fail-on: never (findings are reported, never fail)'
  if (policy.failOn !== 'tool')
    return `findings of severity ${policy.failOn} or above (fail-on: ${policy.failOn})`
  const statuses = runs.map(({ exitCode }) => {
    const meaning = exitCode === null || exitCode === 0 ? undefined : describeExit?.(exitCode)
    return `${exitCode ?? 'none'}${meaning ? ` (${meaning})` : ''}`
  })
  return `its exit status (fail-on: tool): ${statuses.join(', ')}`
}

/**
 * The coverage check: trouble is an error; below the threshold fails; no threshold only reports. The
 * threshold is `coverage-threshold` when set, else the project's own, as its coverage tool applied it.
 */
export function judgeCoverage(
  coverage: CoverageSummary | undefined,
  trouble: string | undefined,
  policy: Policy,
  own?: ParseResult['coverageFailure'],
  configured?: ConfiguredThreshold,
): Judged {
  if (coverage === undefined)
    return { outcome: 'error', blocking: 0, reason: trouble ?? own?.reason ?? 'no coverage was measured' }
  const reasons: string[] = []
  const threshold = policy.coverageThreshold
  if (threshold !== undefined) coverage.threshold = threshold
  if (threshold !== undefined && coverage.percent < threshold) {
    reasons.push(`coverage ${formatPercent(coverage.percent)}% is below the threshold ${threshold}%`)
  }
  if (threshold === undefined && own !== undefined) {
    if (own.threshold !== undefined) coverage.threshold = own.threshold
    reasons.push(own.reason)
  }
  // Met (or decided by the tool): the project's threshold is shown beside the figure all the same.
  if (coverage.threshold === undefined && configured !== undefined) {
    coverage.threshold = configured.percent
    coverage.thresholdFrom = configured.from
  }
  const diff = coverage.diff
  const diffThreshold = policy.diffCoverageThreshold
  if (diff && diffThreshold !== undefined) {
    diff.threshold = diffThreshold
    // A change that touched no executable line has nothing to cover: it passes.
    if (diff.percent !== undefined && diff.percent < diffThreshold) {
      reasons.push(`diff coverage ${formatPercent(diff.percent)}% is below the threshold ${diffThreshold}%`)
    }
  }
  if (reasons.length > 0) return { outcome: 'fail', blocking: 0, reason: reasons.join('; ') }
  return { outcome: 'pass', blocking: 0 }
}

/** Percentages as the `coverage` output shows them: 2 decimals, rounded down so 79.999 never reads as 80.00. */
export function formatPercent(value: number): string {
  return (Math.floor(value * 100 + 1e-9) / 100).toFixed(2)
}

export function evaluate(checks: readonly CheckResult[], policy: Policy): Verdict {
  const reasons: string[] = []
  const failedChecks: string[] = []
  for (const check of checks) {
    if (check.outcome !== 'fail' && check.outcome !== 'error') continue
    if (!failedChecks.includes(check.kind)) failedChecks.push(check.kind)
    reasons.push(reasonFor(check, policy))
  }
  return { passed: reasons.length === 0, failedChecks, reasons }
}

function reasonFor(check: CheckResult, policy: Policy): string {
  // In a workspace, the package says which vitest failed.
  const name = check.package !== undefined ? `${check.tool} in ${check.package}` : check.tool
  if (check.outcome === 'error') return `${name} could not run: ${check.reason ?? 'tool error'}`
  if (check.tests && check.tests.failed + check.tests.errors > 0) {
    const { failed, errors, total } = check.tests
    return `${name}: ${[failed > 0 ? `${failed} failed` : '', errors > 0 ? plural(errors, 'error') : ''].filter(Boolean).join(', ')} of ${plural(total, 'test')}`
  }
  if (check.blocking === 0) return `${name}: ${check.reason ?? 'failed'}`
  // Under fail-on: tool every finding is part of what the tool failed on; else only those ranked high enough.
  const counted =
    policy.failOn === 'tool'
      ? check.findings
      : check.findings.filter((finding) => isBlocking(finding, policy))
  const bySeverity = countBySeverity(counted)
  const parts = (['error', 'warning', 'notice'] as const)
    .filter((severity) => bySeverity[severity] > 0)
    .map((severity) => plural(bySeverity[severity], severity))
  return `${name}: ${parts.join(', ')}`
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }
  for (const finding of findings) counts[finding.severity]++
  return counts
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
