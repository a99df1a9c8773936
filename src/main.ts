// Orchestration: config → detect → resolve tools → run → parse → gate → report.
// The only place that decides the exit code: 0 passed, 1 failed, 2 usage or configuration error.
import { existsSync } from 'node:fs'
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import path from 'node:path'
import { ConfigError, readConfig, type Config } from './config.js'
import { planChecks, type PlannedTool } from './detect.js'
import { runProcess, toolEnvironment } from './exec.js'
import { countBySeverity, evaluate, formatPercent, judge, judgeCoverage, type Policy } from './gate.js'
import type { Platform } from './platform/platform.js'
import { scanProject } from './project.js'
import { commentMarker, renderComment } from './report/comment.js'
import { planAnnotations, type AnnotationPlan } from './report/annotations.js'
import {
  FORK_RECIPE,
  isPermissionProblem,
  budgetSignal,
  makeOctokit,
  publishCheckRun,
  upsertComment,
} from './github/publish.js'
import { readWorkflowRun, type WorkflowRun } from './github/run.js'
import { diffCoverage } from './coverage-diff.js'
import { findChanges } from './diff.js'
import { scopeFindings, type ChangeSet } from './scope.js'
import { renderJson } from './report/json.js'
import { renderSarif } from './report/sarif.js'
import { renderAnnotationNote, renderSummary } from './report/summary.js'
import { tail } from './text.js'
import { cacheRoot } from './toolchain/cache.js'
import { InterpreterError, resolvePathTools, type PathToolchain, type Resolution } from './toolchain/path.js'
import { resolvePinnedTools, type InstallReport } from './toolchain/pinned.js'
import { resolvePins, type PinKey, type ResolvedPin } from './toolchain/pins.js'
import { projectPins } from './toolchain/project-pins.js'
import { restoreToolCaches, saveToolCaches, toolCacheDirs, toolCacheKeys } from './toolchain/tool-caches.js'
import { TOOLS } from './tools/index.js'
import type { Tool, ToolCommand, ToolContext } from './tools/tool.js'
import { CHECK_KINDS, type CheckResult, type ParseResult, type Report, type ToolRun } from './types.js'
import { GATE_VERSION } from './version.js'

export const EXIT_PASSED = 0
export const EXIT_FAILED = 1
export const EXIT_USAGE = 2
/** The gate's own failure: never a verdict. */
export const EXIT_INTERNAL = 3
/** How long the PR comment and check run may take in all; the results are written before. */
const PUBLISH_BUDGET_MS = 30_000
/** How long the pull request files API may take when git cannot tell the changed lines. */
const CHANGED_FILES_BUDGET_MS = 30_000

export async function run(platform: Platform): Promise<number> {
  const started = Date.now()
  let config: Config
  try {
    config = readConfig(platform.source)
  } catch (error) {
    return usageError(platform, error)
  }
  if (config.githubToken) platform.setSecret(config.githubToken)

  try {
    const report = await gate(config, platform, started)
    await publish(report, config, platform)
    return report.verdict.passed ? EXIT_PASSED : EXIT_FAILED
  } catch (error) {
    return usageError(platform, error)
  }
}

function usageError(platform: Platform, error: unknown): number {
  if (error instanceof ConfigError || error instanceof InterpreterError) {
    platform.error(error.message)
    return EXIT_USAGE
  }
  throw error
}

async function gate(config: Config, platform: Platform, started: number): Promise<Report> {
  const workflowRun = readWorkflowRun(platform.source.env)
  const warnings: string[] = []
  const changes = startFindingChanges(config, platform, workflowRun, warnings)

  const scan = scanProject(config.workingDirectory)
  const plan = planChecks(config.checks, config.tools, scan)
  warnings.push(...plan.warnings, ...scan.unreadable.map((problem) => `Could not read ${problem}`))
  const planned = plan.tools.map((item) => ({ plan: item, tool: TOOLS[item.id] as Tool }))

  const tools = planned.map((item) => item.tool)
  // coverage.py is needed only to measure pytest; jest and vitest bring their own coverage.
  const needsCoverage = planned.some((item) => item.plan.withCoverage && item.tool.id === 'pytest')
  const pinKeys: PinKey[] = [
    ...planned.map((item) => item.tool.id),
    ...(needsCoverage ? (['coverage'] as const) : []),
  ]
  const asked = new Map<PinKey, string>(
    config.tools.flatMap((spec) => (spec.version !== undefined ? [[spec.id, spec.version] as const] : [])),
  )
  const pinning = resolvePins(pinKeys, asked, projectPins(scan))
  warnings.push(...pinning.drift)
  const toolchainOptions = {
    cwd: config.workingDirectory,
    workspace: config.workspace,
    env: platform.source.env,
    ...(config.python !== undefined ? { python: config.python } : {}),
  }
  const warn = (message: string): void => void warnings.push(message)
  const store = config.cache ? platform.actionsCache?.(warn) : undefined
  const toolchain: PathToolchain & { install?: InstallReport } =
    config.toolSource === 'pinned'
      ? await resolvePinnedTools(tools, pinning.pins, needsCoverage, {
          ...toolchainOptions,
          cache: config.cache,
          root: path.join(cacheRoot(platform.source.env)),
          ...(store ? { store } : {}),
        })
      : await resolvePathTools(tools, toolchainOptions)
  if (toolchain.install) platform.info(describeInstall(toolchain.install))
  const toolCaches = toolCacheDirs(
    tools.map((tool) => tool.id),
    config.workingDirectory,
  )
  const toolCacheKey = toolCacheKeys(
    platform.source.env,
    path.relative(config.workspace, config.workingDirectory),
  )
  if (store) await restoreToolCaches(store, toolCaches, toolCacheKey)
  const scratch = await mkdtemp(path.join(tmpdir(), 'quality-gate-'))
  const env = toolEnvironment(platform.source.env)
  const policy: Policy = {
    failOn: config.failOn,
    ...(config.coverageThreshold !== undefined ? { coverageThreshold: config.coverageThreshold } : {}),
    ...(config.diffCoverageThreshold !== undefined
      ? { diffCoverageThreshold: config.diffCoverageThreshold }
      : {}),
  }
  try {
    const perTool = await mapConcurrently(planned, availableParallelism(), async ({ plan: item, tool }) => {
      const resolution = toolchain.resolutions.get(tool)
      if (
        resolution !== undefined &&
        'launcher' in resolution &&
        item.version &&
        resolution.version &&
        item.version !== resolution.version
      ) {
        warnings.push(
          `${tool.id}@${item.version} was asked for, but ${resolution.version} is installed (tool-source: path uses what is installed).`,
        )
      }
      const tempDir = await mkdtemp(path.join(scratch, `${tool.id}-`))
      const pin = pinning.pins.find((item) => item.key === tool.id)
      return runCheck(tool, item, resolution, pin, {
        workspace: config.workspace,
        cwd: config.workingDirectory,
        tempDir,
        timeoutMs: config.toolTimeoutMs,
        env,
        policy,
        scope: config.scope,
        changes,
        modules: toolchain.modules,
        pinned: config.toolSource === 'pinned',
        ...(toolchain.python ? { python: toolchain.python.executable } : {}),
      })
    })
    if (store) await saveToolCaches(store, toolCaches, toolCacheKey, existsSync)
    const checks = perTool.flat().sort((a, b) => CHECK_KINDS.indexOf(a.kind) - CHECK_KINDS.indexOf(b.kind))
    const findings = checks.flatMap((check) => check.findings)
    const counts = countBySeverity(findings)
    const report: Report = {
      schemaVersion: 1,
      gate: { name: 'quality-gate', version: GATE_VERSION },
      verdict: evaluate(checks, policy),
      counts: {
        findings: findings.length,
        errors: counts.error,
        warnings: counts.warning,
        notices: counts.notice,
      },
      checks,
      skipped: plan.skipped,
      warnings,
      workingDirectory: path.relative(config.workspace, config.workingDirectory) || '.',
      failOn: config.failOn,
      scope: config.scope,
      startedAt: new Date(started).toISOString(),
      durationMs: Date.now() - started,
    }
    const changeSet = await changes
    if (changeSet) report.changes = describeChanges(changeSet)
    if (toolchain.python) report.python = toolchain.python
    if (toolchain.install) {
      const { installerCalls, ...install } = toolchain.install
      report.toolchain = { ...install, installerCalls: installerCalls.length }
    }
    return report
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

/**
 * Starts finding the changed lines alongside the tools, when anything uses them: `scope: changed`, diff
 * coverage, or ranking on a pull request or with a base-ref. Trouble is a warning when a setting depends on
 * the answer, a log line otherwise; it never fails the run.
 */
function startFindingChanges(
  config: Config,
  platform: Platform,
  workflowRun: WorkflowRun,
  warnings: string[],
): Promise<ChangeSet | undefined> {
  const scoped = config.scope === 'changed'
  const gatesDiff = config.diffCoverageThreshold !== undefined
  if (platform.changesIncludeWorkingTree && (scoped || gatesDiff) && config.baseRef === undefined) {
    const name = scoped ? 'scope' : 'diff-coverage-threshold'
    throw new ConfigError(
      `Invalid ${platform.source.describe(name)}: it needs a base to compare with; pass --base-ref (for example --base-ref origin/main).`,
    )
  }
  const wanted = scoped || gatesDiff || workflowRun.pullRequest !== undefined || config.baseRef !== undefined
  if (!wanted) return Promise.resolve(undefined)
  const octokit =
    config.githubToken && platform.publishesToGitHub
      ? makeOctokit(
          config.githubToken,
          platform.source.env.GITHUB_API_URL,
          budgetSignal(CHANGED_FILES_BUDGET_MS),
        )
      : undefined
  return findChanges({
    workspace: config.workspace,
    env: platform.source.env,
    run: workflowRun,
    ...(config.baseRef !== undefined ? { baseRef: config.baseRef } : {}),
    local: platform.changesIncludeWorkingTree,
    // Fetching history is worth it only when a setting depends on the answer, not for ranking alone.
    fetch: scoped || gatesDiff,
    ...(octokit ? { octokit } : {}),
    info: (message) => platform.info(message),
  })
    .catch((error: unknown) => ({ problem: errorMessage(error) }))
    .then((result) => {
      if ('changes' in result) {
        platform.info(`Changed lines from ${result.changes.source}.`)
        return result.changes
      }
      if (scoped) {
        warnings.push(
          `${platform.source.describe('scope')} is 'changed', but the changed lines are unknown (${result.problem}): every finding counts.`,
        )
      }
      if (gatesDiff) {
        warnings.push(
          `${platform.source.describe('diff-coverage-threshold')} is set, but the changed lines are unknown (${result.problem}): diff coverage is not gated.`,
        )
      }
      if (!scoped && !gatesDiff) platform.info(`Changed lines unknown (${result.problem}).`)
      return undefined
    })
}

function describeChanges(changes: ChangeSet): NonNullable<Report['changes']> {
  let lines = 0
  for (const changed of changes.files.values()) if (changed !== 'all') lines += changed.size
  return { source: changes.source, files: changes.files.size, lines }
}

function describeInstall(install: InstallReport): string {
  const seconds = (install.durationMs / 1000).toFixed(1)
  const how =
    install.cache === 'hit'
      ? `restored from the local cache in ${seconds} s`
      : install.cache === 'restored'
        ? `restored from the Actions cache in ${seconds} s`
        : `installed in ${seconds} s (${install.cache === 'off' ? 'cache off' : 'cache miss'}, ${install.installerCalls.length} installer calls)`
  return `Pinned toolchain ${how}; key ${install.key}`
}

interface GitHubResult {
  commentUrl?: string
  /** The check run's name, when it holds every located finding. */
  checkRun?: string
}

/**
 * The PR comment and the check run, within PUBLISH_BUDGET_MS: past it, requests are aborted and the gate
 * goes on. Every failure here is a warning: the findings alone decide the verdict.
 */
async function publishToGitHub(
  report: Report,
  config: Config,
  platform: Platform,
  annotationPlan: AnnotationPlan,
): Promise<GitHubResult> {
  const budget = budgetSignal(PUBLISH_BUDGET_MS)
  const result: GitHubResult = {}
  const expired = new Promise<'expired'>((resolve) =>
    budget.addEventListener('abort', () => resolve('expired')),
  )
  const done = writeToGitHub(report, config, platform, annotationPlan, budget, result)
  // The race ends the wait even if a request ignored its signal; retry timers do not hold the step (index.ts).
  const outcome = await Promise.race([done.then(() => 'done' as const), expired])
  if (outcome === 'expired') {
    platform.warning(
      `The GitHub API did not answer within ${PUBLISH_BUDGET_MS / 1000} s: the pull request comment or check run may be missing. The verdict, summary and report are unaffected.`,
    )
  }
  // A snapshot: after the budget, the abandoned writer may still fill in `result`.
  return { ...result }
}

async function writeToGitHub(
  report: Report,
  config: Config,
  platform: Platform,
  annotationPlan: AnnotationPlan,
  signal: AbortSignal,
  result: GitHubResult,
): Promise<void> {
  const env = platform.source.env
  const run = readWorkflowRun(env)
  const wantsComment = config.comment !== 'never' && run.pullRequest !== undefined
  const overflow = config.annotations && annotationPlan.total > annotationPlan.shown
  if (!wantsComment && !overflow) return
  if (!config.githubToken) {
    if (wantsComment) platform.warning('No github-token: the pull request comment was not written.')
    return
  }
  const octokit = makeOctokit(config.githubToken, env.GITHUB_API_URL, signal)
  const key = [run.job, config.commentKey].filter(Boolean).join(':') || 'default'

  if (overflow) {
    try {
      const name = config.commentKey ? `quality-gate (${config.commentKey})` : 'quality-gate'
      const published = await publishCheckRun(octokit, run, report, name)
      if (published) {
        result.checkRun = name
        platform.info(`Published ${published.annotations} annotations in the check run "${name}".`)
      }
    } catch (error) {
      // Without checks: write (fork PRs) the step's own annotations, within their budget, are what remains.
      const why = isPermissionProblem(error) ? 'the token may not create check runs' : errorMessage(error)
      platform.info(`Annotations stay within the step's budget: ${why}.`)
    }
  }
  if (signal.aborted) return
  if (wantsComment) {
    try {
      const body = renderComment(report, {
        marker: commentMarker(key),
        ...(run.runUrl ? { runUrl: run.runUrl } : {}),
      })
      const comment = await upsertComment(
        octokit,
        run,
        body,
        commentMarker(key),
        config.comment,
        report.verdict.passed,
      )
      if (comment.url) result.commentUrl = comment.url
      platform.info(`Pull request comment: ${comment.action}${comment.url ? ` (${comment.url})` : ''}.`)
    } catch (error) {
      // Past the budget the one warning about it says enough.
      if (signal.aborted) return
      platform.warning(
        isPermissionProblem(error)
          ? FORK_RECIPE
          : `Could not write the pull request comment: ${errorMessage(error)}`,
      )
    }
  }
}

interface CheckContext {
  workspace: string
  cwd: string
  tempDir: string
  timeoutMs: number
  env: Record<string, string>
  policy: Policy
  scope: Config['scope']
  /** The changed lines, found alongside the tools; undefined when unknown or unused. */
  changes: Promise<ChangeSet | undefined>
  python?: string
  /** tool-source: pinned — results then say which pin each version came from. */
  pinned: boolean
  /** Versions of the modules in the project's interpreter (coverage among them). */
  modules: Readonly<Record<string, string>>
}

/** Runs one planned tool; a test tool's run can yield two checks: its tests and the coverage it measured. */
async function runCheck(
  tool: Tool,
  item: PlannedTool,
  resolution: Resolution | undefined,
  pin: ResolvedPin | undefined,
  context: CheckContext,
): Promise<CheckResult[]> {
  const reportsTests = item.reportsTests !== false
  const withCoverage = item.withCoverage === true
  const base = { tool: tool.id, kind: tool.kind, findings: [], blocking: 0, durationMs: 0 }
  const coverageBase = {
    tool: 'coverage',
    kind: 'coverage' as const,
    findings: [],
    blocking: 0,
    durationMs: 0,
  }
  const failBoth = (reason: string): CheckResult[] => [
    ...(reportsTests ? [{ ...base, outcome: 'error' as const, reason }] : []),
    ...(withCoverage ? [{ ...coverageBase, outcome: 'error' as const, reason }] : []),
  ]
  if (resolution === undefined || 'missing' in resolution) {
    return failBoth(resolution?.missing ?? `${tool.id} could not be resolved`)
  }
  // Without coverage.py the tests still run; only the coverage check reports the problem.
  const coverageMissing = withCoverage && tool.id === 'pytest' && context.modules.coverage === undefined
  const measure = withCoverage && !coverageMissing
  const ctx: ToolContext = {
    workspace: context.workspace,
    cwd: context.cwd,
    launcher: resolution.launcher,
    targets: item.targets,
    extraArgs: item.extraArgs,
    tempDir: context.tempDir,
    ...(resolution.version !== undefined ? { version: resolution.version } : {}),
    ...(context.python !== undefined ? { python: context.python } : {}),
    ...(measure ? { withCoverage: true } : {}),
  }
  const command = tool.command(ctx)
  const toolRun = await runCommand({ ...command, env: { ...resolution.env, ...command.env } }, context)
  const parsed = tool.parse(toolRun, ctx)
  const changes = await context.changes
  const scoped = scopeFindings(parsed.findings, tool.kind, context.scope, changes)
  // Findings left out by the scope no longer fail the check; a failure without findings still does.
  const counted: ParseResult = {
    ...parsed,
    findings: scoped.counted,
    ...(parsed.outcome === 'fail' && parsed.findings.length > 0 && scoped.counted.length === 0
      ? { outcome: 'pass' as const }
      : {}),
  }
  if (parsed.coverage && changes) parsed.coverage.diff = diffCoverage(parsed.coverage, changes)

  const results: CheckResult[] = []
  if (reportsTests) {
    const result: CheckResult = {
      ...base,
      findings: counted.findings,
      durationMs: toolRun.durationMs,
      argv: toolRun.argv,
      exitCode: toolRun.exitCode,
      ...judge(counted, context.policy, tool.kind),
    }
    if (scoped.outside.length > 0) result.notOnChangedLines = scoped.outside
    if (resolution.version !== undefined) result.version = resolution.version
    result.source = resolution.source
    if (pin && context.pinned) result.pin = { version: pin.version, source: pin.source }
    if (parsed.tests) result.tests = parsed.tests
    if (result.outcome === 'error') {
      const stderrTail = tail(toolRun.stderr || toolRun.stdout)
      if (stderrTail) result.stderrTail = stderrTail
    }
    results.push(result)
  }
  if (coverageMissing) {
    results.push({
      ...coverageBase,
      outcome: 'error',
      reason: `coverage is not installed in the project's interpreter ${context.python ?? '(none found)'} (No module named 'coverage')`,
    })
  } else if (withCoverage) {
    const after = toolRun.after?.[0]
    const result: CheckResult = {
      ...coverageBase,
      durationMs: after?.durationMs ?? 0,
      argv: toolRun.argv,
      ...judgeCoverage(parsed.coverage, parsed.coverageTrouble, context.policy),
    }
    // coverage.py measures pytest; jest and vitest measure their own (istanbul).
    const version = tool.id === 'pytest' ? context.modules.coverage : resolution.version
    if (version !== undefined) result.version = version
    if (tool.id !== 'pytest') result.tool = `${tool.id} coverage`
    if (parsed.coverage) result.coverage = parsed.coverage
    if (result.outcome === 'error' && after) {
      const stderrTail = tail(after.stderr || after.stdout)
      if (stderrTail) result.stderrTail = stderrTail
    }
    results.push(result)
  }
  return results
}

/** The command, its follow-up commands (only after a run that finished), and the files it wrote. */
async function runCommand(command: ToolCommand, context: CheckContext): Promise<ToolRun> {
  const started = performance.now()
  const options = { cwd: context.cwd, env: { ...context.env, ...command.env } }
  const deadline = Date.now() + context.timeoutMs
  const toolRun = await runProcess(command.argv, { ...options, timeoutMs: context.timeoutMs })
  const finished = !toolRun.timedOut && toolRun.spawnError === undefined && toolRun.exitCode !== null
  if (command.after && finished) {
    toolRun.after = []
    for (const argv of command.after) {
      toolRun.after.push(
        await runProcess(argv, { ...options, timeoutMs: Math.max(1000, deadline - Date.now()) }),
      )
    }
  }
  if (command.reads) {
    toolRun.files = {}
    for (const [name, file] of Object.entries(command.reads)) {
      toolRun.files[name] = await readFile(file, 'utf8').catch(() => undefined)
    }
  }
  toolRun.durationMs = Math.round(performance.now() - started)
  return toolRun
}

/**
 * Results first (log, report file, SARIF, summary, outputs), so a slow or hanging API never hides them;
 * then the PR comment and check run within PUBLISH_BUDGET_MS; then the step's annotations and the verdict.
 */
async function publish(report: Report, config: Config, platform: Platform): Promise<void> {
  const markdown = (): string => renderSummary(report, { reportFile: config.reportFile })
  for (const warning of report.warnings) platform.warning(warning)
  platform.present(report, markdown)

  try {
    await mkdir(path.dirname(config.reportFile), { recursive: true })
    await writeFile(config.reportFile, renderJson(report), 'utf8')
  } catch (error) {
    platform.warning(`Could not write the JSON report to ${config.reportFile}: ${errorMessage(error)}`)
  }
  let sarifWritten = false
  if (config.sarifFile !== undefined) {
    try {
      await mkdir(path.dirname(config.sarifFile), { recursive: true })
      await writeFile(config.sarifFile, `${JSON.stringify(renderSarif(report), null, 2)}\n`, 'utf8')
      sarifWritten = true
    } catch (error) {
      platform.warning(`Could not write the SARIF file to ${config.sarifFile}: ${errorMessage(error)}`)
    }
  }
  const writeSummary = async (text: string): Promise<void> => {
    if (!config.summary || !platform.wantsSummary || text === '') return
    try {
      await platform.writeSummary(text)
    } catch (error) {
      platform.warning(`Could not write the job summary: ${errorMessage(error)}`)
    }
  }
  await writeSummary(markdown())
  const setOutputs = (outputs: Record<string, string>): void => {
    try {
      platform.setOutputs(outputs)
    } catch (error) {
      platform.warning(`Could not set the step outputs: ${errorMessage(error)}`)
    }
  }
  setOutputs({
    ...outputsOf(report, config),
    ...(sarifWritten && config.sarifFile ? { 'sarif-file': config.sarifFile } : {}),
  })

  const annotationPlan = planAnnotations(report.checks)
  const github = platform.publishesToGitHub
    ? await publishToGitHub(report, config, platform, annotationPlan)
    : {}
  if (github.commentUrl) setOutputs({ 'comment-url': github.commentUrl })
  // When a check run holds every finding, the step's own (capped) annotations would only repeat them.
  if (config.annotations && platform.wantsAnnotations) {
    if (github.checkRun === undefined) platform.annotate(annotationPlan.annotations)
    await writeSummary(renderAnnotationNote(annotationPlan, github.checkRun))
  }
  if (!report.verdict.passed) platform.fail(`Quality gate failed: ${report.verdict.reasons.join('; ')}`)
}

export function outputsOf(report: Report, config: Config): Record<string, string> {
  const outputs: Record<string, string> = {
    passed: String(report.verdict.passed),
    'failed-checks': report.verdict.failedChecks.join(','),
    findings: String(report.counts.findings),
    errors: String(report.counts.errors),
    warnings: String(report.counts.warnings),
    'report-file': config.reportFile,
  }
  const tests = report.checks.filter((check) => check.tests !== undefined)
  if (tests.length > 0) {
    outputs['tests-total'] = String(tests.reduce((sum, check) => sum + (check.tests?.total ?? 0), 0))
    outputs['tests-failed'] = String(
      tests.reduce((sum, check) => sum + (check.tests?.failed ?? 0) + (check.tests?.errors ?? 0), 0),
    )
  }
  const coverage = report.checks.find((check) => check.coverage !== undefined)?.coverage
  if (coverage) outputs.coverage = formatPercent(coverage.percent)
  const diff = coverage?.diff?.percent
  if (diff !== undefined) outputs['diff-coverage'] = formatPercent(diff)
  return outputs
}

async function mapConcurrently<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index] as T)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  return results
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
