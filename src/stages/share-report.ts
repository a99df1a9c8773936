// Part of stage 7, publish: the JSON report as an artifact (`report-artifact`), for a publishing workflow
// to post when this job's token could not, and the one message about refused writes.
import type { Config } from '../config.js'
import { canUploadArtifacts, reportArtifactName, uploadReportArtifact } from '../github/artifacts.js'
import {
  publisherRefused,
  publishWorkflow,
  readOnlyWithArtifact,
  readOnlyWithoutArtifact,
  recipeContext,
  type RefusedWrite,
} from '../github/recipe.js'
import type { Platform } from '../platform/platform.js'
import { errorMessage } from '../text.js'

/** How long uploading the report artifact may take (the artifact client retries on its own). */
const ARTIFACT_BUDGET_MS = 60_000

/**
 * `report-artifact`: the report goes out as an artifact when asked (`true`), or when the comment or check
 * run was refused (`auto`), for a workflow_run publisher to post; the one message about refused writes says
 * which (in publish mode, which permission the job lacks). Bounded in time; a failed upload is a warning.
 */
export async function shareReport(
  config: Config,
  platform: Platform,
  refused: readonly RefusedWrite[],
  reportWritten: boolean,
): Promise<void> {
  const writeRefused = refused.length > 0
  // A publishing job never runs a pull request's code: a refused write there is a missing permission.
  if (config.mode === 'publish') {
    if (writeRefused) platform.warning(publisherRefused(refused))
    return
  }
  const wanted =
    platform.publishesToGitHub &&
    (config.reportArtifact === 'true' || (config.reportArtifact === 'auto' && writeRefused))
  let problem: string | undefined
  let uploaded: string | undefined
  if (wanted) {
    const env = platform.source.env
    const name = reportArtifactName(env.GITHUB_JOB, config.commentKey)
    if (!reportWritten) problem = 'the report file was not written'
    else if (!canUploadArtifacts(env)) problem = 'the job has no artifact service (ACTIONS_RESULTS_URL)'
    else {
      try {
        await withinBudget(uploadReportArtifact(config.reportFile, name), ARTIFACT_BUDGET_MS)
        uploaded = name
        platform.info(`The report was uploaded as the artifact ${name}.`)
      } catch (error) {
        problem = errorMessage(error)
        // Two jobs of a matrix share a job name: only their comment-keys tell their artifacts apart.
        if (/already exists|Conflict|\(409\)/i.test(problem) && !config.commentKey) {
          problem += ' (each job of a matrix needs its own comment-key)'
        }
      }
    }
    if (problem !== undefined && !writeRefused) {
      platform.warning(`Could not upload the report artifact ${name}: ${problem}.`)
    }
  }
  if (!writeRefused) return
  if (uploaded === undefined) {
    platform.warning(readOnlyWithoutArtifact(refused, problem))
    return
  }
  platform.warning(readOnlyWithArtifact(refused, uploaded))
  platform.info(
    `To post it, add this workflow (it checks out nothing and runs none of the pull request's code):\n${publishWorkflow(recipeContext(platform.source.env))}`,
  )
}

async function withinBudget<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms)
    timer.unref()
  })
  try {
    return await Promise.race([work, expired])
  } finally {
    clearTimeout(timer)
  }
}
