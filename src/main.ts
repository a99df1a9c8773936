// The pipeline, and the only place that decides the exit code:
//   config → plan → toolchain → run → judge → report → publish
// with the changed lines found alongside. Each stage is a module under stages/ with a typed input and
// output; none edits another's results. Exit 0 passed, 1 failed, 2 usage or configuration error (3, the
// gate's own failure, is the entries' to return).
import { ConfigError, readConfig, type Config } from './config.js'
import { readWorkflowRun } from './github/run.js'
import { combineReports, mergeReports } from './report/combine.js'
import { collectReports } from './stages/collect.js'
import type { Platform } from './platform/platform.js'
import { startFindingChanges } from './stages/changes.js'
import { judgeRuns } from './stages/judge.js'
import { NoProjectError, planGate } from './stages/plan.js'
import { publish } from './stages/publish.js'
import { buildReport } from './stages/report.js'
import { runTools } from './stages/run.js'
import { prepareToolchain } from './stages/toolchain.js'
import { InterpreterError } from './toolchain/installed.js'
import type { Report } from './types.js'

const EXIT_PASSED = 0
const EXIT_FAILED = 1
export const EXIT_USAGE = 2
/** The gate's own failure: never a verdict. */
export const EXIT_INTERNAL = 3

export async function run(platform: Platform): Promise<number> {
  const started = Date.now()
  let config: Config
  try {
    config = readConfig(platform.source)
  } catch (error) {
    return usageError(platform, error)
  }
  if (config.githubToken) platform.setSecret(config.githubToken)

  let report: Report | undefined
  try {
    report =
      config.mode === 'publish' ? await combined(config, platform) : await gate(config, platform, started)
  } catch (error) {
    return usageError(platform, error)
  }
  // Publish mode with nothing to publish: the triggering run posted its own results, or uploaded none.
  if (report === undefined) return EXIT_PASSED
  await publish(report, config, platform)
  return report.verdict.passed ? EXIT_PASSED : EXIT_FAILED
}

/** Bad input is one line and exit 2; anything else is the gate's own failure, for the entries to report. */
function usageError(platform: Platform, error: unknown): number {
  if (error instanceof ConfigError || error instanceof InterpreterError) {
    platform.error(error.message)
    return EXIT_USAGE
  }
  if (error instanceof NoProjectError) {
    platform.error(`${error.message} Point ${platform.source.describe('working-directory')} at the project.`)
    return EXIT_USAGE
  }
  throw error
}

/**
 * `mode: publish`: no tool runs; the reports other jobs wrote become one. Undefined when a workflow_run's
 * triggering run left nothing to publish.
 */
async function combined(config: Config, platform: Platform): Promise<Report | undefined> {
  const read = await collectReports(config, platform)
  if (read === undefined) return undefined
  return mergeReports(combineReports(read.reports, read.refused), read.reports)
}

async function gate(config: Config, platform: Platform, started: number): Promise<Report> {
  const plan = await planGate(config, platform.source.env)
  const finding = startFindingChanges(config, platform, readWorkflowRun(platform.source.env))
  const prepared = await prepareToolchain(config, plan, platform)
  const executions = await runTools(config, plan, prepared, platform.source.env)
  await prepared.saveCaches()
  const { changes, warnings } = await finding
  const checks = judgeRuns(executions, {
    config,
    changes,
    pins: plan.pins,
    toolchain: prepared.toolchain,
  })
  return buildReport({
    config,
    checks,
    skipped: plan.skipped,
    warnings: [...plan.warnings, ...prepared.warnings, ...warnings],
    changes,
    toolchain: prepared.toolchain,
    ...(platform.source.env.GITHUB_JOB ? { job: platform.source.env.GITHUB_JOB } : {}),
    started,
    now: Date.now(),
  })
}
