// Stage 7, publish: results first (log, report file, SARIF, summary, outputs), so a slow or hanging API
// never hides them; then the PR comment and check run within PUBLISH_BUDGET_MS; then the step's
// annotations and the verdict. Every failure here is a warning: the findings alone decide the verdict.
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Config } from '../config.js'
import { formatPercent } from '../gate.js'
import {
  budgetSignal,
  findPullRequest,
  isPermissionProblem,
  makeOctokit,
  publishCheckRun,
  upsertComment,
} from '../github/publish.js'
import type { RefusedWrite } from '../github/recipe.js'
import { readWorkflowRun } from '../github/run.js'
import type { Platform } from '../platform/platform.js'
import { planAnnotations, planCheckRun, stepLimits, type AnnotationPlan } from '../report/annotations.js'
import { commentMarker, renderComment } from '../report/comment.js'
import { renderJson } from '../report/json.js'
import { renderSarif } from '../report/sarif.js'
import { shareReport } from './share-report.js'
import { renderAnnotationNote, renderSummary } from '../report/summary.js'
import { errorMessage } from '../text.js'
import type { Report } from '../types.js'

/** How long the PR comment and check run may take in all; the results are written before. */
const PUBLISH_BUDGET_MS = 30_000

export async function publish(report: Report, config: Config, platform: Platform): Promise<void> {
  const markdown = (): string => renderSummary(report, { reportFile: config.reportFile })
  for (const warning of report.warnings) platform.warning(warning)
  platform.present(report, markdown)

  let reportWritten = false
  try {
    await mkdir(path.dirname(config.reportFile), { recursive: true })
    await writeFile(config.reportFile, renderJson(report), 'utf8')
    reportWritten = true
    platform.reportWritten?.(config.reportFile)
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

  const annotationPlan = planAnnotations(report.checks, stepLimits(report.verdict.passed))
  const github = platform.publishesToGitHub
    ? await publishToGitHub(report, config, platform, annotationPlan)
    : { refused: [] }
  if (github.commentUrl) setOutputs({ 'comment-url': github.commentUrl })
  await shareReport(config, platform, github.refused, reportWritten)
  // When a check run holds every finding, the step's own (capped) annotations would only repeat them.
  if (config.annotations && platform.wantsAnnotations) {
    // A check run's annotations need a file: the tools' own warnings stay with the step.
    if (github.checkRun === undefined) platform.annotate(annotationPlan.annotations)
    else platform.annotate(annotationPlan.toolWarnings)
    await writeSummary(renderAnnotationNote(annotationPlan, github.checkRun))
  }
  if (!report.verdict.passed) platform.fail(`Quality gate failed: ${report.verdict.reasons.join('; ')}`)
}

function outputsOf(report: Report, config: Config): Record<string, string> {
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
  const measured = report.checks.flatMap((check) => (check.coverage ? [check.coverage] : []))
  // Combined reports (publish mode) give the lowest of their jobs': one number that none falls below.
  const pick = (values: number[]): number | undefined =>
    report.reports !== undefined && values.length > 0 ? Math.min(...values) : values[0]
  const total = pick(measured.map((coverage) => coverage.percent))
  if (total !== undefined) outputs.coverage = formatPercent(total)
  const diff = pick(
    measured.flatMap((coverage) => (coverage.diff?.percent !== undefined ? [coverage.diff.percent] : [])),
  )
  if (diff !== undefined) outputs['diff-coverage'] = formatPercent(diff)
  return outputs
}

interface GitHubResult {
  commentUrl?: string
  /** The check run that holds the annotations, when one was written. */
  checkRun?: { name: string; annotated: number; located: number }
  /** What the token may not write (a fork's pull request, Dependabot, a missing permission). */
  refused: RefusedWrite[]
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
  const result: GitHubResult = { refused: [] }
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
  return { ...result, refused: [...result.refused] }
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
  // Publishing for another run (workflow_run): its pull request comes from the API, found by its commit.
  const forAnotherRun = config.mode === 'publish' && run.triggeringRun !== undefined
  const mayComment = config.comment !== 'never' && (run.pullRequest !== undefined || forAnotherRun)
  // Publish mode always writes one: its step's annotations would sit on this run, not on the gated commit.
  const wantsCheckRun =
    config.mode === 'publish' || (config.annotations && annotationPlan.total > annotationPlan.shown)
  if (!mayComment && !wantsCheckRun) return
  if (!config.githubToken) {
    if (mayComment) platform.warning('No github-token: the pull request comment was not written.')
    return
  }
  const octokit = makeOctokit(config.githubToken, env.GITHUB_API_URL, signal)
  if (forAnotherRun && run.pullRequest === undefined) {
    try {
      const found = await findPullRequest(octokit, run)
      if (found) run.pullRequest = found
      else platform.info('The triggering run is not for an open pull request: no comment to write.')
    } catch (error) {
      if (signal.aborted) return
      platform.warning(`Could not find the triggering run's pull request: ${errorMessage(error)}`)
    }
  }
  const wantsComment = config.comment !== 'never' && run.pullRequest !== undefined
  const key = [run.job, config.commentKey].filter(Boolean).join(':') || 'default'

  // The comment first: it is what people read, and the check run's many writes must not starve it.
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
      if (isPermissionProblem(error)) result.refused.push('comment')
      else platform.warning(`Could not write the pull request comment: ${errorMessage(error)}`)
    }
  }
  if (signal.aborted) return
  if (wantsCheckRun) {
    try {
      const name = config.commentKey ? `quality-gate (${config.commentKey})` : 'quality-gate'
      const plan = planCheckRun(config.annotations ? report.checks : [])
      const published = await publishCheckRun(octokit, run, report, name, plan)
      if (published) {
        result.checkRun = { name, annotated: published.annotations, located: plan.located }
        platform.info(
          `Published ${published.annotations} of ${plan.located} located findings as annotations in the check run "${name}".`,
        )
      }
    } catch (error) {
      // Without checks: write (fork PRs) the step's own annotations, within their budget, are what remains.
      if (isPermissionProblem(error)) result.refused.push('check run')
      const why = isPermissionProblem(error) ? 'the token may not create check runs' : errorMessage(error)
      platform.info(`Annotations stay within the step's budget: ${why}.`)
    }
  }
}
