// Publish mode's first stage, collect: the reports to publish — the files `reports` names, or, with
// `reports` empty, the report artifacts of the triggering run (on workflow_run) or of this run. Every report
// is untrusted input (a pull request's run wrote it): size-bounded and schema-checked before use.
import { ConfigError, type Config } from '../config.js'
import { downloadReportArtifacts } from '../github/artifacts.js'
import { budgetSignal, isPermissionProblem, makeOctokit } from '../github/publish.js'
import { readWorkflowRun } from '../github/run.js'
import type { Platform } from '../platform/platform.js'
import { parseReports, readReportFiles, type ReadReports } from '../report-files.js'
import { errorMessage } from '../text.js'

/** How long listing and downloading the triggering run's artifacts may take in all. */
const COLLECT_BUDGET_MS = 120_000

export type Collected = Omit<ReadReports, 'files'>

/** The reports, or undefined when the triggering run left nothing to publish. */
export async function collectReports(config: Config, platform: Platform): Promise<Collected | undefined> {
  return config.reports.length > 0 ? fromFiles(config, platform) : fromRunArtifacts(config, platform)
}

async function fromFiles(config: Config, platform: Platform): Promise<Collected> {
  const temp = platform.source.env.RUNNER_TEMP
  const read = await readReportFiles(config.reports, config.workspace, [
    config.workspace,
    ...(temp ? [temp] : []),
  ])
  if (read.files.length === 0) {
    throw new ConfigError(
      `Invalid ${platform.source.describe('reports')}: no file in the workspace matches ${config.reports.join(', ')}.`,
    )
  }
  return read
}

/**
 * The report artifacts of the triggering run (workflow_run: a pull request's run, often a fork's) or of
 * this run (a matrix's gate jobs, which this job `needs`). Artifacts are listed as soon as they are uploaded.
 */
async function fromRunArtifacts(config: Config, platform: Platform): Promise<Collected | undefined> {
  const env = platform.source.env
  const run = readWorkflowRun(env)
  const triggered = run.eventName === 'workflow_run'
  const runId = triggered ? run.triggeringRun?.id : Number(env.GITHUB_RUN_ID)
  if (
    runId === undefined ||
    !Number.isSafeInteger(runId) ||
    run.owner === undefined ||
    run.repo === undefined
  ) {
    throw new ConfigError(
      `Invalid ${platform.source.describe('reports')}: it is empty, and there is no ${triggered ? 'triggering run in the workflow_run event' : 'workflow run (GITHUB_RUN_ID)'} whose report artifacts could be read; name the report files.`,
    )
  }
  if (!config.githubToken) {
    throw new ConfigError(
      `Invalid ${platform.source.describe('github-token')}: mode: publish needs it to read the report artifacts of run ${runId}.`,
    )
  }
  const which = triggered ? `the triggering run ${runId}` : `this run (${runId})`
  // One budget for the API requests and the storage downloads alike.
  const budget = budgetSignal(COLLECT_BUDGET_MS)
  const octokit = makeOctokit(config.githubToken, env.GITHUB_API_URL, budget)
  let sources
  try {
    sources = await downloadReportArtifacts(octokit, { owner: run.owner, repo: run.repo, runId }, budget)
  } catch (error) {
    const why = `Could not list the artifacts of ${which}: ${errorMessage(error)}`
    // A missing permission is the workflow's to fix; anything else is the infrastructure's, not a verdict.
    if (isPermissionProblem(error)) {
      throw new ConfigError(`${why}. The publishing job needs \`permissions: actions: read\`.`)
    }
    platform.warning(`${why}. Nothing was published; the gate jobs' own results stand.`)
    return undefined
  }
  if (sources.length === 0) {
    if (triggered) {
      // The usual case for a pull request from the same repository: its run could write, and did.
      platform.info(
        `The triggering run ${runId} uploaded no quality-gate report (it published its own results, or stopped before): nothing to publish.`,
      )
    } else {
      platform.warning(
        `No job of this run uploaded a quality-gate report: nothing to publish. Give the gate jobs report-artifact: true, and this job needs: on them.`,
      )
    }
    return undefined
  }
  platform.info(
    `Read ${sources.length} report${sources.length === 1 ? '' : 's'} from the artifacts of ${which}.`,
  )
  return parseReports(sources)
}
