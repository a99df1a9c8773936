// The verdict: which checks failed and why, from the findings and the policy alone. Pure.
import type { FailOn } from './config.js'
import type { CheckResult, Finding, ParseResult, Severity, Verdict } from './types.js'

export interface Policy {
  failOn: FailOn
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 }
const THRESHOLD: Record<FailOn, number> = { error: 3, warning: 2, never: Number.POSITIVE_INFINITY }

export function isBlocking(finding: Finding, policy: Policy): boolean {
  return RANK[finding.severity] >= THRESHOLD[policy.failOn]
}

/** Turns an adapter's view of a run into the check's outcome under the policy. */
export function judge(
  parsed: ParseResult,
  policy: Policy,
): Pick<CheckResult, 'outcome' | 'blocking' | 'reason'> {
  const blocking = parsed.findings.filter((finding) => isBlocking(finding, policy)).length
  const judged: Pick<CheckResult, 'outcome' | 'blocking' | 'reason'> = {
    outcome: 'pass',
    blocking,
  }
  if (parsed.outcome === 'error') judged.outcome = 'error'
  else if (blocking > 0) judged.outcome = 'fail'
  else if (parsed.outcome === 'fail' && parsed.findings.length === 0) judged.outcome = 'fail'
  if (parsed.reason !== undefined) judged.reason = parsed.reason
  return judged
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
  if (check.outcome === 'error') return `${check.tool} could not run: ${check.reason ?? 'tool error'}`
  if (check.blocking === 0) return `${check.tool}: ${check.reason ?? 'failed'}`
  const bySeverity = countBySeverity(check.findings.filter((finding) => isBlocking(finding, policy)))
  const parts = (['error', 'warning'] as const)
    .filter((severity) => bySeverity[severity] > 0)
    .map((severity) => plural(bySeverity[severity], severity))
  return `${check.tool}: ${parts.join(', ')}`
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }
  for (const finding of findings) counts[finding.severity]++
  return counts
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
