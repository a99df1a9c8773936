// Stage 5, judge: each run read by its tool's parser, held to the scope (changed lines) and the policy.
// A test tool's run can yield two checks: its tests and the coverage it measured. Pure: nothing here
// changes what the parsers returned.
import type { Config } from '../config.js'
import { coverageOfChangedLines } from '../changed-lines-coverage.js'
import { decidedBy, judge, judgeCoverage } from '../gate.js'
import { scopeFindings, type ChangeSet } from '../scope.js'
import { tail } from '../text.js'
import type { Toolchain } from '../toolchain/installed.js'
import type { PinResolution } from '../toolchain/pins.js'
import { mergeParseResults } from '../merge-runs.js'
import { CHECK_KINDS, type CheckResult, type CheckRun, type ParseResult } from '../types.js'
import type { ToolExecution } from './run.js'

export interface JudgeContext {
  config: Pick<Config, 'policy' | 'scope' | 'toolSource'>
  /** The changed lines; undefined when unknown or unused. */
  changes: ChangeSet | undefined
  pins: PinResolution
  toolchain: Pick<Toolchain, 'modules' | 'python' | 'missingModules'>
}

/** Every check, in the order of CHECK_KINDS. */
export function judgeRuns(executions: readonly ToolExecution[], context: JudgeContext): CheckResult[] {
  return executions
    .flatMap((execution) => withToolWarnings(judgeExecution(execution, context), execution))
    .sort((a, b) => CHECK_KINDS.indexOf(a.kind) - CHECK_KINDS.indexOf(b.kind))
}

const WARNINGS_KEPT = 20
const WARNING_CHARS = 500

/**
 * The tool's own warnings from all its runs, once each, on the first check the runs gave (the tests before
 * their coverage): whatever the outcome, they explain what the tool did.
 */
function withToolWarnings(results: CheckResult[], execution: ToolExecution): CheckResult[] {
  const read = execution.tool.warnings
  const [first, ...rest] = results
  if (read === undefined || execution.ran === undefined || first === undefined) return results
  const warnings = [...new Set(execution.ran.flatMap(({ run }) => read(run)))]
  if (warnings.length === 0) return results
  const kept = warnings.slice(0, WARNINGS_KEPT).map((line) => line.slice(0, WARNING_CHARS))
  if (warnings.length > WARNINGS_KEPT) kept.push(`… and ${warnings.length - WARNINGS_KEPT} more`)
  return [{ ...first, warnings: kept }, ...rest]
}

function judgeExecution(execution: ToolExecution, context: JudgeContext): CheckResult[] {
  const { item, tool, resolution, ran } = execution
  const { policy } = context.config
  const reportsTests = item.reportsTests !== false
  const withCoverage = item.withCoverage === true
  const companion = withCoverage ? tool.coverage : undefined
  const where = execution.package !== undefined ? { package: execution.package } : {}
  const base = { tool: tool.id, kind: tool.kind, ...where, findings: [], blocking: 0, durationMs: 0 }
  const coverageBase = {
    tool: companion?.name ?? `${tool.id} coverage`,
    kind: 'coverage' as const,
    ...where,
    findings: [],
    blocking: 0,
    durationMs: 0,
  }
  if (resolution === undefined || 'missing' in resolution || ran === undefined) {
    const reason =
      resolution !== undefined && 'missing' in resolution
        ? resolution.missing
        : `${tool.id} could not be resolved`
    return [
      ...(reportsTests ? [{ ...base, outcome: 'error' as const, reason }] : []),
      ...(withCoverage
        ? [{ ...coverageBase, tool: companion?.name ?? 'coverage', outcome: 'error' as const, reason }]
        : []),
    ]
  }
  const each = ran.map(({ run, ctx }) => tool.parse(run, ctx))
  const parsed = mergeParseResults(each)
  const runs: CheckRun[] = ran.map(({ run, from }) => ({
    argv: run.argv,
    exitCode: run.exitCode,
    durationMs: run.durationMs,
    from,
  }))
  const durationMs = runs.reduce((total, run) => total + run.durationMs, 0)
  // The tool's own words when it was in trouble: the run that went wrong, else the last.
  const troubled = each.findIndex((result) => result.outcome === 'error')
  const telling = ran[troubled >= 0 ? troubled : ran.length - 1]?.run
  const scoped = scopeFindings(parsed.findings, tool.kind, context.config.scope, context.changes)
  // Findings left out by the scope no longer fail the check; a failure without findings still does.
  const counted: ParseResult = {
    ...parsed,
    findings: scoped.counted,
    ...(parsed.outcome === 'fail' && parsed.findings.length > 0 && scoped.counted.length === 0
      ? { outcome: 'pass' as const }
      : {}),
  }

  const results: CheckResult[] = []
  if (reportsTests) {
    const pin = context.pins.pins.find((candidate) => candidate.key === tool.id)
    const result: CheckResult = {
      ...base,
      findings: counted.findings,
      durationMs,
      runs,
      ...judge(counted, policy, tool.kind),
    }
    if (scoped.outside.length > 0) result.notOnChangedLines = scoped.outside
    if (tool.kind !== 'test' && result.outcome !== 'error')
      result.decidedBy = decidedBy(runs, policy, tool.describeExit)
    if (resolution.version !== undefined) result.version = resolution.version
    result.source = resolution.source
    result.chosenBecause = item.reason
    if (pin && context.config.toolSource === 'pinned')
      result.pin = { version: pin.version, source: pin.source }
    if (parsed.tests) result.tests = parsed.tests
    if (result.outcome === 'error' && telling) {
      const stderrTail = tail(telling.stderr || telling.stdout)
      if (stderrTail) result.stderrTail = stderrTail
    }
    results.push(result)
  }
  if (!withCoverage) return results
  if (!execution.measured && tool.coveragePackages !== undefined) {
    results.push({
      ...coverageBase,
      outcome: 'skipped',
      reason: `${tool.id} measures coverage with ${tool.coveragePackages.join(' or ')}, which the project does not install; add one to its devDependencies to measure coverage`,
    })
    return results
  }
  if (!execution.measured && companion) {
    const module = companion.python.module
    results.push({
      ...coverageBase,
      outcome: 'error',
      reason:
        context.toolchain.missingModules?.[module] ??
        `${companion.name} is not installed in the project's interpreter ${context.toolchain.python?.executable ?? '(none found)'} (No module named '${module}')`,
    })
    return results
  }
  // A run in trouble (stopped at start-up, timed out, unreadable) measured nothing worth judging, even
  // when coverage.py wrote a report of the files it was told to watch: never a pass.
  if (parsed.outcome === 'error') {
    results.push({
      ...coverageBase,
      outcome: 'error',
      runs,
      reason: `not measured: ${tool.id} did not finish its tests (see its check)`,
    })
    return results
  }
  const coverage =
    parsed.coverage && context.changes
      ? { ...parsed.coverage, diff: coverageOfChangedLines(parsed.coverage, context.changes) }
      : parsed.coverage
  const after = telling?.after?.find((done) => done.exitCode !== 0) ?? telling?.after?.at(-1)
  const result: CheckResult = {
    ...coverageBase,
    durationMs: ran.reduce(
      (total, { run }) => total + (run.after ?? []).reduce((sum, done) => sum + done.durationMs, 0),
      0,
    ),
    runs,
    ...judgeCoverage(
      coverage,
      parsed.coverageTrouble,
      policy,
      parsed.coverageFailure,
      item.coverageThreshold,
    ),
  }
  // A companion (coverage.py) has its own version; jest and vitest measure with their own (istanbul).
  const version = companion ? context.toolchain.modules[companion.python.module] : resolution.version
  if (version !== undefined) result.version = version
  if (coverage) result.coverage = coverage
  if (result.outcome === 'error' && after) {
    const stderrTail = tail(after.stderr || after.stdout)
    if (stderrTail) result.stderrTail = stderrTail
  }
  results.push(result)
  return results
}
