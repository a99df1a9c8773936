// Stage 6, report: the checks, the verdict and what the run knew, in the report's one shape. Pure.
import path from 'node:path'
import type { Config } from '../config.js'
import { countBySeverity, evaluate } from '../gate.js'
import type { ChangeSet } from '../scope.js'
import type { Toolchain } from '../toolchain/installed.js'
import { installSummary, type InstallReport } from '../toolchain/pinned.js'
import type { CheckResult, Report, SkippedCheck } from '../types.js'
import { GATE_VERSION } from '../version.js'

export interface ReportInputs {
  config: Config
  checks: CheckResult[]
  skipped: readonly SkippedCheck[]
  warnings: readonly string[]
  changes: ChangeSet | undefined
  toolchain: Toolchain & { install?: InstallReport }
  /** GITHUB_JOB, on a runner. */
  job?: string
  started: number
  now: number
}

export function buildReport(inputs: ReportInputs): Report {
  const { config, checks, toolchain } = inputs
  const findings = checks.flatMap((check) => check.findings)
  const counts = countBySeverity(findings)
  const report: Report = {
    schemaVersion: 1,
    gate: { name: 'quality-gate', version: GATE_VERSION },
    verdict: evaluate(checks, config.policy),
    counts: {
      findings: findings.length,
      errors: counts.error,
      warnings: counts.warning,
      notices: counts.notice,
    },
    checks,
    skipped: [...inputs.skipped],
    warnings: [...inputs.warnings],
    workingDirectory: path.relative(config.workspace, config.workingDirectory) || '.',
    failOn: config.failOn,
    scope: config.scope,
    startedAt: new Date(inputs.started).toISOString(),
    durationMs: inputs.now - inputs.started,
  }
  if (inputs.job || config.commentKey) {
    report.job = {
      name: inputs.job ?? 'local',
      ...(config.commentKey ? { commentKey: config.commentKey } : {}),
    }
  }
  if (inputs.changes) report.changes = describeChanges(inputs.changes)
  if (toolchain.python) report.python = toolchain.python
  if (toolchain.install) report.toolchain = installSummary(toolchain.install)
  return report
}

function describeChanges(changes: ChangeSet): NonNullable<Report['changes']> {
  let lines = 0
  for (const changed of changes.files.values()) if (changed !== 'all') lines += changed.size
  return { source: changes.source, files: changes.files.size, lines }
}
