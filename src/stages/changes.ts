// Stage 1b, changes: the lines this change touched, found alongside the tools when anything uses them.
// Trouble is a warning when a setting depends on the answer, a log line otherwise; it never fails the run.
import { findChanges } from '../changes.js'
import type { Config } from '../config.js'
import { budgetSignal, makeOctokit } from '../github/publish.js'
import type { WorkflowRun } from '../github/run.js'
import type { Platform } from '../platform/platform.js'
import type { ChangeSet } from '../scope.js'
import { errorMessage } from '../text.js'

/** How long the pull request files API may take when git cannot tell the changed lines. */
const CHANGED_FILES_BUDGET_MS = 30_000

export interface FoundChanges {
  /** Undefined when unknown or unused. */
  changes?: ChangeSet
  warnings: string[]
}

/**
 * Starts when anything uses the answer: `scope: changed`, diff coverage, or ranking on a pull request or
 * with a base-ref.
 */
export function startFindingChanges(
  config: Config,
  platform: Platform,
  workflowRun: WorkflowRun,
): Promise<FoundChanges> {
  const scoped = config.scope === 'changed'
  const gatesDiff = config.diffCoverageThreshold !== undefined
  const wanted = scoped || gatesDiff || workflowRun.pullRequest !== undefined || config.baseRef !== undefined
  if (!wanted) return Promise.resolve({ warnings: [] })
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
    .then((result): FoundChanges => {
      if ('changes' in result) {
        platform.info(`Changed lines from ${result.changes.source}.`)
        return { changes: result.changes, warnings: [] }
      }
      const warnings: string[] = []
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
      return { warnings }
    })
}
