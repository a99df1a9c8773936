// Publish mode's first stage, collect: the reports to publish — the files `reports` names, or, on a
// workflow_run event with `reports` empty, the report artifacts the triggering run uploaded. Every report
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
  return config.reports.length > 0 ? fromFiles(config, platform) : fromTriggeringRun(config, platform)
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

async function fromTriggeringRun(config: Config, platform: Platform): Promise<Collected | undefined> {
  const env = platform.source.env
  const run = readWorkflowRun(env)
  const triggering = run.triggeringRun
  if (triggering === undefined || run.owner === undefined || run.repo === undefined) {
    throw new ConfigError(
      `Invalid ${platform.source.describe('reports')}: it is empty, and the workflow_run event names no triggering run whose report artifacts could be read.`,
    )
  }
  if (!config.githubToken) {
    throw new ConfigError(
      `Invalid ${platform.source.describe('github-token')}: mode: publish needs it to read the triggering run's report artifacts.`,
    )
  }
  const octokit = makeOctokit(config.githubToken, env.GITHUB_API_URL, budgetSignal(COLLECT_BUDGET_MS))
  let sources
  try {
    sources = await downloadReportArtifacts(octokit, {
      owner: run.owner,
      repo: run.repo,
      runId: triggering.id,
    })
  } catch (error) {
    const why = `Could not list the artifacts of the triggering run ${triggering.id}: ${errorMessage(error)}`
    // A missing permission is the workflow's to fix; anything else is the infrastructure's, not a verdict.
    if (isPermissionProblem(error)) {
      throw new ConfigError(`${why}. The publishing job needs \`permissions: actions: read\`.`)
    }
    platform.warning(`${why}. Nothing was published; the triggering run's own status stands.`)
    return undefined
  }
  if (sources.length === 0) {
    platform.info(
      `The triggering run ${triggering.id} uploaded no quality-gate report (it published its own results, or stopped before): nothing to publish.`,
    )
    return undefined
  }
  platform.info(
    `Read ${sources.length} report${sources.length === 1 ? '' : 's'} from the artifacts of run ${triggering.id}.`,
  )
  return parseReports(sources)
}
