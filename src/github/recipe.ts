// What the gate tells a job whose token may not write (a fork's pull request, Dependabot): how its report
// reaches the pull request anyway (a publishing job is told the permission it lacks). The workflow printed is README's "Comments on pull requests from forks",
// filled in with this run's workflow name and action reference (a test holds the two together).
import { stringify } from 'yaml'

/** What the token was refused: the pull request comment, the check run. */
export type RefusedWrite = 'comment' | 'check run'

/** What each write is, in words, and the job permission it needs. */
const WRITES: Record<RefusedWrite, { what: string; permission: string }> = {
  comment: { what: 'the pull request comment', permission: 'pull-requests: write' },
  'check run': { what: 'the check run', permission: 'checks: write' },
}

function refused(writes: readonly RefusedWrite[]): { what: string; permissions: string } {
  return {
    what: writes.map((write) => WRITES[write].what).join(' or '),
    permissions: writes.map((write) => WRITES[write].permission).join(', '),
  }
}

/** Said once when a publishing job (mode: publish) may not write: it never runs a fork's code, so it may. */
export function publisherRefused(writes: readonly RefusedWrite[]): string {
  const { what, permissions } = refused(writes)
  return `The token may not write ${what}: give the publishing job \`permissions: ${permissions}\`. The job summary is unaffected.`
}

function refusedWrites(writes: readonly RefusedWrite[]): string {
  const { what, permissions } = refused(writes)
  return (
    `The token may not write ${what} here: a pull request from a fork, or Dependabot, gets a ` +
    `read-only GITHUB_TOKEN (elsewhere, give the job \`permissions: ${permissions}\`). ` +
    'The job summary and annotations are unaffected.'
  )
}

/** Said once when writes were refused and no artifact carries the report on. */
export function readOnlyWithoutArtifact(writes: readonly RefusedWrite[], uploadProblem?: string): string {
  const problem = uploadProblem ? ` The report could not be uploaded as an artifact: ${uploadProblem}.` : ''
  return (
    `${refusedWrites(writes)}${problem} To comment on such pull requests, let the gate upload its report ` +
    '(report-artifact: auto or true) and post it from a workflow triggered by `workflow_run` with ' +
    "mode: publish (see README); do not run the pull request's code under `pull_request_target`."
  )
}

/** Said once when writes were refused and the report went out as an artifact. */
export function readOnlyWithArtifact(writes: readonly RefusedWrite[], artifact: string): string {
  return (
    `${refusedWrites(writes)} The report was uploaded as the artifact ${artifact}: a workflow triggered by ` +
    '`workflow_run` with mode: publish posts it to the pull request (the workflow is printed in the log, ' +
    'and in README).'
  )
}

export interface RecipeContext {
  /** This workflow's name (GITHUB_WORKFLOW): what `workflow_run.workflows` must list. */
  workflow: string
  /** `owner/name@ref` of this action, as the workflow uses it. */
  action: string
}

export function recipeContext(env: Readonly<Record<string, string | undefined>>): RecipeContext {
  const repository = env.GITHUB_ACTION_REPOSITORY
  const ref = env.GITHUB_ACTION_REF
  return {
    workflow: env.GITHUB_WORKFLOW || 'gate',
    action: repository && ref ? `${repository}@${ref}` : 'org/quality-gate@v1',
  }
}

/**
 * The publishing workflow: triggered when the gate's workflow completes, it checks out nothing and runs no
 * code of the pull request; it reads the run's report artifacts and writes the comment and check run.
 */
export function publishWorkflow(context: RecipeContext): string {
  const workflow = {
    name: 'quality-gate publish',
    on: { workflow_run: { workflows: [context.workflow], types: ['completed'] } },
    permissions: {},
    jobs: {
      publish: {
        if: "github.event.workflow_run.event == 'pull_request'",
        'runs-on': 'ubuntu-latest',
        permissions: { actions: 'read', checks: 'write', 'pull-requests': 'write' },
        steps: [{ uses: context.action, with: { mode: 'publish' } }],
      },
    },
  }
  return stringify(workflow, { lineWidth: 0 })
}
