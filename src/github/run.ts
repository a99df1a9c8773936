// What this workflow run is about: the event, the pull request (if any), the repository and the run's URL.
import { readFileSync } from 'node:fs'

export interface PullRequestRef {
  number: number
  headSha: string
  baseSha: string
}

export interface WorkflowRun {
  eventName: string
  owner?: string
  repo?: string
  pullRequest?: PullRequestRef
  /** The commit to attach check runs to: the PR head on pull requests (GITHUB_SHA is the merge commit). */
  headSha?: string
  runUrl?: string
  job?: string
  /** On push events, the commit the branch pointed at before the push (absent for a new branch). */
  pushBefore?: string
  /**
   * On workflow_run events, the run that triggered this one (from GitHub's own event payload, never from
   * an artifact): publish mode posts for its pull request and commit.
   */
  triggeringRun?: { id: number; event: string; headSha: string; pullRequests: PullRequestRef[] }
}

export const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target']

export function readWorkflowRun(env: Readonly<Record<string, string | undefined>>): WorkflowRun {
  const run: WorkflowRun = { eventName: env.GITHUB_EVENT_NAME ?? '' }
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  if (owner && repo) Object.assign(run, { owner, repo })
  if (env.GITHUB_JOB) run.job = env.GITHUB_JOB
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) {
    run.runUrl = `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
  }
  if (env.GITHUB_SHA) run.headSha = env.GITHUB_SHA
  if (run.eventName === 'push' && env.GITHUB_EVENT_PATH) {
    try {
      const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as { before?: unknown }
      // A new branch has no before: git reports forty zeros.
      if (
        typeof event.before === 'string' &&
        /^[0-9a-f]{40}$/.test(event.before) &&
        !/^0+$/.test(event.before)
      )
        run.pushBefore = event.before
    } catch {
      // No readable event: no before.
    }
    return run
  }
  if (run.eventName === 'workflow_run' && env.GITHUB_EVENT_PATH) {
    readTriggeringRun(run, env.GITHUB_EVENT_PATH)
    return run
  }
  if (!PULL_REQUEST_EVENTS.includes(run.eventName) || !env.GITHUB_EVENT_PATH) return run
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as {
      pull_request?: { number?: number; head?: { sha?: string }; base?: { sha?: string } }
      number?: number
    }
    const pr = event.pull_request
    const number = pr?.number ?? event.number
    if (typeof number === 'number' && pr?.head?.sha && pr.base?.sha) {
      run.pullRequest = { number, headSha: pr.head.sha, baseSha: pr.base.sha }
      run.headSha = pr.head.sha
    }
  } catch {
    // No readable event: treated as a run without a pull request.
  }
  return run
}

const SHA = /^[0-9a-f]{40}$/

function readTriggeringRun(run: WorkflowRun, eventPath: string): void {
  try {
    const event = JSON.parse(readFileSync(eventPath, 'utf8')) as {
      workflow_run?: {
        id?: unknown
        event?: unknown
        head_sha?: unknown
        pull_requests?: { number?: unknown; head?: { sha?: unknown }; base?: { sha?: unknown } }[]
      }
    }
    const triggering = event.workflow_run
    if (typeof triggering?.id !== 'number' || typeof triggering.event !== 'string') return
    if (typeof triggering.head_sha !== 'string' || !SHA.test(triggering.head_sha)) return
    const pullRequests: PullRequestRef[] = []
    for (const pr of triggering.pull_requests ?? []) {
      const [number, headSha, baseSha] = [pr.number, pr.head?.sha, pr.base?.sha]
      if (typeof number === 'number' && typeof headSha === 'string' && typeof baseSha === 'string')
        pullRequests.push({ number, headSha, baseSha })
    }
    run.triggeringRun = {
      id: triggering.id,
      event: triggering.event,
      headSha: triggering.head_sha,
      pullRequests,
    }
    // Check runs go on the commit the triggering run gated.
    run.headSha = triggering.head_sha
  } catch {
    // No readable event: nothing to publish for.
  }
}
