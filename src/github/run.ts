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
