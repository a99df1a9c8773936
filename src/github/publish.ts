// Writes to GitHub: the sticky PR comment and, when findings exceed the step's annotation budget, one check
// run holding every finding. Nothing here changes the verdict: failures become warnings, 5xx and secondary
// rate limits are retried with backoff, bounded in time.
import * as github from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { CHECK_RUN_ANNOTATION_CAP, type CheckRunPlan } from '../report/annotations.js'
import type { Finding, Report } from '../types.js'
import { PULL_REQUEST_EVENTS, type PullRequestRef, type WorkflowRun } from './run.js'

export type Octokit = ReturnType<typeof github.getOctokit>

export type CommentMode = 'always' | 'on-failure' | 'never'

/** The identity that writes with GITHUB_TOKEN; `GET /user` answers only for other tokens. */
export const ACTIONS_BOT = 'github-actions[bot]'
const REQUEST_TIMEOUT_MS = 10_000
const ANNOTATIONS_PER_REQUEST = 50

/**
 * A signal that aborts after `ms` with an AbortError, which the retry plugin does not retry (a request
 * timeout, a TimeoutError, is retried): once a budget is spent, no request starts again.
 */
export function budgetSignal(ms: number): AbortSignal {
  const controller = new AbortController()
  setTimeout(() => controller.abort(), ms).unref()
  return controller.signal
}

/**
 * A client whose every request has a deadline: REQUEST_TIMEOUT_MS, and `budget` (the publishing phase's
 * own) when given. Both abort the request itself (octokit's fetch takes `request.signal`; its `timeout`
 * option is ignored by the fetch-based client), so a hanging API ends in an error, not a hang.
 */
export function makeOctokit(token: string, apiUrl: string | undefined, budget?: AbortSignal): Octokit {
  // A plugin before the retry plugin wraps each attempt, not the whole retried call.
  const deadlines = (octokit: { hook: Octokit['hook'] }): void => {
    octokit.hook.wrap('request', (request, options) => {
      if (budget?.aborted) throw new Error('the time for GitHub API requests is over')
      const signals = [AbortSignal.timeout(REQUEST_TIMEOUT_MS), ...(budget ? [budget] : [])]
      // Set on the request's own options object (a fresh one per request): a copy of it loses the signal.
      options.request.signal = AbortSignal.any(signals)
      return request(options)
    })
  }
  return github.getOctokit(
    token,
    {
      ...(apiUrl ? { baseUrl: apiUrl } : {}),
      // Retries (3, with backoff) come from the retry plugin; setting request.retries would also retry 4xx.
      throttle: {
        // One retry for a rate limit that lifts within a minute; beyond that the gate does not wait.
        onRateLimit: (after: number, _options: unknown, _octokit: unknown, retryCount: number) =>
          retryCount < 1 && after <= 60,
        onSecondaryRateLimit: (after: number, _options: unknown, _octokit: unknown, retryCount: number) =>
          retryCount < 1 && after <= 60,
      },
    },
    deadlines,
    retry,
    throttling,
  )
}

export interface CommentResult {
  action: 'created' | 'updated' | 'unchanged' | 'skipped'
  url?: string
}

/** One comment per job and key: found by its marker among this token's own comments, updated in place. */
export async function upsertComment(
  octokit: Octokit,
  run: WorkflowRun,
  body: string,
  marker: string,
  mode: CommentMode,
  passed: boolean,
): Promise<CommentResult> {
  const { owner, repo, pullRequest } = run
  if (mode === 'never' || !owner || !repo || !pullRequest) return { action: 'skipped' }
  const identity = await whoAmI(octokit)
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: pullRequest.number,
    per_page: 100,
  })
  const ours = comments.find(
    (comment) => comment.body?.includes(marker) && comment.user?.login === (identity ?? ACTIONS_BOT),
  )
  if (ours) {
    if (sameResult(ours.body ?? '', body)) return { action: 'unchanged', url: ours.html_url }
    const updated = await octokit.rest.issues.updateComment({ owner, repo, comment_id: ours.id, body })
    return { action: 'updated', url: updated.data.html_url }
  }
  if (mode === 'on-failure' && passed) return { action: 'skipped' }
  const created = await octokit.rest.issues.createComment({
    owner,
    repo,
    issue_number: pullRequest.number,
    body,
  })
  return { action: 'created', url: created.data.html_url }
}

/** Bodies that differ only in the checks' run times report the same result: no write. */
export function sameResult(a: string, b: string): boolean {
  const withoutTimes = (body: string): string => body.replace(/\| (?:[\d.]+ s|—) \|$/gm, '| |')
  return withoutTimes(a) === withoutTimes(b)
}

async function whoAmI(octokit: Octokit): Promise<string | undefined> {
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login
  } catch {
    return undefined
  }
}

/** The planned findings as check-run annotations, 50 per request: the first with the create, the rest appended. */
export async function publishCheckRun(
  octokit: Octokit,
  run: WorkflowRun,
  report: Report,
  name: string,
  plan: CheckRunPlan,
): Promise<{ id: number; annotations: number } | undefined> {
  const { owner, repo, headSha } = run
  if (!owner || !repo || !headSha) return undefined
  const annotations = plan.findings.flatMap(toCheckAnnotation)
  const batches: (typeof annotations)[] = []
  for (let index = 0; index < annotations.length; index += ANNOTATIONS_PER_REQUEST) {
    batches.push(annotations.slice(index, index + ANNOTATIONS_PER_REQUEST))
  }
  const title = report.verdict.passed ? 'Quality gate passed' : 'Quality gate failed'
  const leftOut = plan.located - annotations.length
  const summary = [
    `${report.counts.findings} findings: ${report.counts.errors} errors, ${report.counts.warnings} warnings, ${report.counts.notices} notices.`,
    ...report.verdict.reasons.map((reason) => `- ${reason}`),
    ...(leftOut > 0
      ? [
          '',
          `${annotations.length} of ${plan.located} located findings are annotated here (at most ${CHECK_RUN_ANNOTATION_CAP} per check run: errors first, findings on changed lines first, tools in turn); ${leftOut} are left out. Every finding is in the job summary and the JSON report.`,
        ]
      : []),
  ]
    .join('\n')
    .slice(0, 65_000)
  const created = await octokit.rest.checks.create({
    owner,
    repo,
    name,
    head_sha: headSha,
    status: 'completed',
    conclusion: report.verdict.passed ? 'success' : 'failure',
    output: { title, summary, annotations: batches[0] ?? [] },
  })
  for (const batch of batches.slice(1)) {
    await octokit.rest.checks.update({
      owner,
      repo,
      check_run_id: created.data.id,
      output: { title, summary, annotations: batch },
    })
  }
  return { id: created.data.id, annotations: annotations.length }
}

type CheckAnnotation = {
  path: string
  start_line: number
  end_line: number
  annotation_level: 'notice' | 'warning' | 'failure'
  message: string
  title?: string
  start_column?: number
  end_column?: number
}

function toCheckAnnotation(finding: Finding): CheckAnnotation[] {
  if (finding.file === undefined || finding.line === undefined) return []
  const endLine = finding.endLine ?? finding.line
  const annotation: CheckAnnotation = {
    path: finding.file,
    start_line: finding.line,
    end_line: endLine,
    annotation_level: finding.severity === 'error' ? 'failure' : finding.severity,
    message: finding.message.slice(0, 60_000),
    title: (finding.rule ? `${finding.tool} ${finding.rule}` : finding.tool).slice(0, 255),
  }
  if (endLine === finding.line && finding.column !== undefined) {
    annotation.start_column = finding.column
    annotation.end_column = finding.endColumn ?? finding.column
  }
  return [annotation]
}

/** 403 and 404 on a write mean the token may not write here (fork PRs, Dependabot). */
export function isPermissionProblem(error: unknown): boolean {
  const status = (error as { status?: number } | null)?.status
  return status === 403 || status === 404
}

/**
 * The pull request a workflow_run's triggering run gated: the one GitHub's event payload names for its
 * head commit, else (a fork's pull request, which the payload leaves out) the open pull request whose head
 * is that commit. Never a number from an artifact: the pull request's own run wrote those.
 */
export async function findPullRequest(
  octokit: Octokit,
  run: WorkflowRun,
): Promise<PullRequestRef | undefined> {
  const triggering = run.triggeringRun
  if (!triggering || !PULL_REQUEST_EVENTS.includes(triggering.event) || !run.owner || !run.repo)
    return undefined
  const named = triggering.pullRequests.find((pr) => pr.headSha === triggering.headSha)
  if (named) return named
  for await (const page of octokit.paginate.iterator(octokit.rest.pulls.list, {
    owner: run.owner,
    repo: run.repo,
    state: 'open',
    per_page: 100,
  })) {
    const match = page.data.find((pr) => pr.head.sha === triggering.headSha)
    if (match) return { number: match.number, headSha: match.head.sha, baseSha: match.base.sha }
  }
  return undefined
}
