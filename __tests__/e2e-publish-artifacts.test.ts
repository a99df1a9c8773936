// Report artifacts through the built action against the loopback fake GitHub (REST shapes checked against
// @octokit/openapi; the results service's Twirp messages against those @actions/artifact ships): a fork's
// read-only run uploads its report and a workflow_run publisher posts it; a matrix fans in through its
// artifacts; and publishing stays bounded at 100,000 findings.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { strToU8, unzipSync, zipSync } from 'fflate'
import { publishWorkflow, readOnlyWithArtifact } from '../src/github/recipe.js'
import { copyProject, DEBIAN_PYTHON, example, runAction, type ActionResult } from './helpers/action.js'
import type { FakeGitHub } from './helpers/fake-github.js'
import { fakeGitHubPerTest } from './helpers/fake-github-per-test.js'
import { gateInputs, readmeWorkflow } from './helpers/readme.js'

const TOKEN = 'ghs_0123456789abcdefSECRETtoken'
const PR = 7
const HEAD_SHA = 'a'.repeat(40)
const BASE_SHA = 'b'.repeat(40)
const GATE_RUN = 42
const pullRequestEvent = {
  number: PR,
  pull_request: { number: PR, head: { sha: HEAD_SHA }, base: { sha: BASE_SHA } },
}

let api: FakeGitHub
fakeGitHubPerTest((started) => (api = started))

const warningsOf = (result: ActionResult) =>
  result.commands.filter((command) => command.command === 'warning').map((command) => command.message)
const errorsOf = (result: ActionResult) =>
  result.commands.filter((command) => command.command === 'error').map((command) => command.message)

// README's recipes, as the tests run them.
const forkGate = readmeWorkflow('gate.yml').workflow
const forkPublish = readmeWorkflow('quality-gate-publish.yml').workflow
const matrix = readmeWorkflow('quality-gate-matrix.yml').workflow

/**
 * A job of the gate's workflow (run GATE_RUN) on the pull request, as the runner starts it: the recipe's
 * inputs, and this machine's tools (Debian's flake8 on the path) for speed.
 */
function gateJob(
  /** An example project's name, or a project's absolute path. */
  project: string,
  inputs: Record<string, string> = {},
  runId = GATE_RUN,
  timeoutMs?: number,
): Promise<ActionResult> {
  return runAction({
    workspace: path.isAbsolute(project) ? project : copyProject(example(project)),
    inputs: {
      'tool-source': 'path',
      python: DEBIAN_PYTHON,
      checks: 'lint',
      tools: 'flake8',
      'github-token': TOKEN,
      ...inputs,
    },
    event: pullRequestEvent,
    env: {
      GITHUB_API_URL: api.url,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_JOB: 'gate',
      GITHUB_RUN_ID: String(runId),
      GITHUB_WORKFLOW: 'gate',
      GITHUB_ACTION_REPOSITORY: 'org/quality-gate',
      GITHUB_ACTION_REF: 'v1',
      ...api.runtimeEnv(runId),
    },
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
  })
}

/** README's publishing workflow, on the workflow_run event GitHub sends when the gate's run completed. */
function publishJob(
  triggering: { id: number; event?: string; pullRequests?: unknown[] },
  options: { noReportExpected?: boolean } = {},
): Promise<ActionResult> {
  return runAction({
    // It checks out nothing: an empty workspace.
    workspace: mkdtempSync(path.join(tmpdir(), 'qg-publish-')),
    inputs: { ...gateInputs(forkPublish, 'publish'), 'github-token': TOKEN },
    event: {
      workflow_run: {
        id: triggering.id,
        event: triggering.event ?? 'pull_request',
        head_sha: HEAD_SHA,
        pull_requests: triggering.pullRequests ?? [],
      },
    },
    env: {
      GITHUB_API_URL: api.url,
      GITHUB_EVENT_NAME: 'workflow_run',
      GITHUB_JOB: 'publish',
      GITHUB_RUN_ID: String(triggering.id + 1),
    },
    ...(options.noReportExpected ? { noReportExpected: true } : {}),
  })
}

describe("a fork's pull request: the read-only run uploads, a workflow_run publishes", () => {
  it('uploads the report when the comment is refused, says so once with the workflow to add; the publisher posts it on the head commit', async () => {
    api.faults.push({
      method: 'POST',
      path: /\/comments$/,
      status: 403,
      times: 1,
      body: { message: 'Resource not accessible by integration' },
    })
    const fork = await gateJob('python-app', gateInputs(forkGate, 'gate'))
    expect(fork.exitCode).toBe(1)
    // The refused comment is the only write; the artifact carries the report on.
    expect(api.writes().map((request) => `${request.method} ${request.path}`)).toEqual([
      `POST /repos/octo-org/octo-repo/issues/${PR}/comments`,
    ])
    expect(warningsOf(fork)).toEqual([readOnlyWithArtifact(['comment'], 'quality-gate-report-gate')])
    const recipe = publishWorkflow({ workflow: 'gate', action: 'org/quality-gate@v1' })
    expect(fork.stdout).toContain(recipe)
    expect(fork.stdout.split(recipe)).toHaveLength(2)
    const [uploaded] = api.artifacts.listed(GATE_RUN)
    expect(uploaded?.name).toBe('quality-gate-report-gate')
    const files = unzipSync(new Uint8Array(uploaded?.blob ?? Buffer.alloc(0)))
    expect(Object.keys(files)).toEqual(['report.json'])
    expect(JSON.parse(new TextDecoder().decode(files['report.json']))).toEqual(fork.report)

    // Beside it, what a pull request's run could also have uploaded: a report that claims another pull
    // request, a file that is no report, and an artifact too large to read.
    const claim = { ...fork.report, job: { name: 'gate', commentKey: 'claim' }, pull_request: { number: 8 } }
    api.artifacts.add(
      GATE_RUN,
      'quality-gate-report-claim',
      Buffer.from(zipSync({ 'report.json': strToU8(JSON.stringify(claim)) })),
    )
    api.artifacts.add(
      GATE_RUN,
      'quality-gate-report-forged',
      Buffer.from(zipSync({ 'report.json': strToU8('{"schemaVersion":1}') })),
    )
    api.artifacts.add(
      GATE_RUN,
      'quality-gate-report-huge',
      Buffer.from(zipSync({ 'report.json': strToU8('{}') })),
      {
        listedSize: 65 * 1024 * 1024,
      },
    )
    api.artifacts.add(GATE_RUN, 'coverage-html', Buffer.from(zipSync({ 'index.json': strToU8('{}') })))
    api.openPulls = [
      { number: 8, headSha: 'd'.repeat(40), baseSha: BASE_SHA },
      { number: PR, headSha: HEAD_SHA, baseSha: BASE_SHA },
    ]

    const published = await publishJob({ id: GATE_RUN })
    expect(published.exitCode).toBe(1)
    expect(warningsOf(published)).toEqual([
      'The report quality-gate-report-forged/report.json is not used: it is not a quality-gate report (schema version 1): at gate, Invalid input: expected object, received undefined.',
      'The report quality-gate-report-huge is not used: the artifact is larger than 64 MiB.',
    ])
    // The artifact that is not a report's was never downloaded.
    expect(api.artifacts.log.filter((line) => line.startsWith('GET'))).toHaveLength(3)
    // One comment, on the pull request the API has for the triggering commit, a row per report.
    expect(api.comments.get(8)).toBeUndefined()
    const comments = api.comments.get(PR) ?? []
    expect(comments).toHaveLength(1)
    const body = comments[0]?.body ?? ''
    expect(body).toContain('<!-- quality-gate:publish -->')
    expect(body).toMatch(/^\| ❌ \| gate \| lint \| 4 \| 0 \| 0 \|$/m)
    expect(body).toMatch(/^\| ❌ \| gate \/ claim \| lint \| 4 \| 0 \| 0 \|$/m)
    expect(body).toMatch(
      /^\| 💥 \| quality-gate-report-forged\/report\.json \| not used: it is not a quality-gate report/m,
    )
    // The check run goes on the pull request's head commit, with the findings as annotations.
    expect(api.checkRuns).toHaveLength(1)
    expect(api.checkRuns[0]).toMatchObject({ head_sha: HEAD_SHA, conclusion: 'failure' })
    expect(api.checkRuns[0]?.annotations).toHaveLength(8)
    expect(published.outputs).toMatchObject({ passed: 'false', 'failed-checks': 'lint', errors: '8' })
  })

  it('a triggering run that uploaded no report (it commented itself) publishes nothing and passes quietly', async () => {
    const sameRepository = await gateJob('python-clean', gateInputs(forkGate, 'gate'))
    expect(sameRepository.exitCode).toBe(0)
    expect(api.artifacts.listed(GATE_RUN)).toEqual([])
    const requestsBefore = api.writes().length
    const published = await publishJob({ id: GATE_RUN }, { noReportExpected: true })
    expect(published.exitCode).toBe(0)
    expect(published.report).toBeUndefined()
    expect(published.stdout).toContain(
      `The triggering run ${GATE_RUN} uploaded no quality-gate report (it published its own results, or stopped before): nothing to publish.`,
    )
    expect(warningsOf(published)).toEqual([])
    expect(api.writes()).toHaveLength(requestsBefore)
  })

  it('a publishing job without actions: read is told so in one line (exit 2)', async () => {
    api.faults.push({
      method: 'GET',
      path: /\/actions\/runs\/\d+\/artifacts$/,
      status: 403,
      times: 1,
      body: { message: 'Resource not accessible by integration' },
    })
    const published = await publishJob({ id: GATE_RUN }, { noReportExpected: true })
    expect(published.exitCode).toBe(2)
    expect(errorsOf(published)).toEqual([
      `Could not list the artifacts of the triggering run ${GATE_RUN}: Resource not accessible by integration. The publishing job needs \`permissions: actions: read\`.`,
    ])
    expect(published.stderr).not.toMatch(/\n\s+at /)
    expect(api.writes()).toEqual([])
  })
})

/** README's matrix publish job: the same run as the gate jobs, on the same pull_request event. */
function matrixPublishJob(run: number): Promise<ActionResult> {
  return runAction({
    workspace: mkdtempSync(path.join(tmpdir(), 'qg-publish-')),
    inputs: { ...gateInputs(matrix, 'publish'), 'github-token': TOKEN },
    event: pullRequestEvent,
    env: {
      GITHUB_API_URL: api.url,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_JOB: 'publish',
      GITHUB_RUN_ID: String(run),
    },
  })
}

describe('a 2×2 matrix fanned in through its artifacts', () => {
  it("README's matrix: four jobs upload (report-artifact: true, comment: never); the publish job reads this run's artifacts: one comment with four rows, one verdict", async () => {
    const run = 50
    for (const os of ['ubuntu-latest', 'windows-latest']) {
      for (const python of ['3.12', '3.13']) {
        const job = await gateJob('python-clean', gateInputs(matrix, 'gate', { os, python }), run)
        expect(job.exitCode).toBe(0)
        expect(warningsOf(job)).toEqual([])
      }
    }
    expect(api.writes()).toEqual([])
    expect(api.artifacts.listed(run).map((artifact) => artifact.name)).toEqual([
      'quality-gate-report-gate-ubuntu-latest,-3.12',
      'quality-gate-report-gate-ubuntu-latest,-3.13',
      'quality-gate-report-gate-windows-latest,-3.12',
      'quality-gate-report-gate-windows-latest,-3.13',
    ])

    const published = await matrixPublishJob(run)
    expect(published.exitCode).toBe(0)
    expect(published.outputs).toMatchObject({ passed: 'true', 'failed-checks': '', findings: '0' })
    expect(warningsOf(published)).toEqual([])
    const comments = api.comments.get(PR) ?? []
    expect(comments).toHaveLength(1)
    const rows = (comments[0]?.body ?? '').split('\n').filter((line) => /^\| ✅ \| gate \/ /.test(line))
    expect(rows).toEqual([
      '| ✅ | gate / ubuntu-latest, 3.12 | — | 0 | 0 | 0 |',
      '| ✅ | gate / ubuntu-latest, 3.13 | — | 0 | 0 | 0 |',
      '| ✅ | gate / windows-latest, 3.12 | — | 0 | 0 | 0 |',
      '| ✅ | gate / windows-latest, 3.13 | — | 0 | 0 | 0 |',
    ])
    expect(api.checkRuns).toEqual([expect.objectContaining({ head_sha: HEAD_SHA, conclusion: 'success' })])
    expect(published.summary).toContain('| ✅ | gate / windows-latest, 3.13 |')

    // One job failing fails the combined verdict; the comment is updated in place.
    const failing = await gateJob(
      'python-app',
      gateInputs(matrix, 'gate', { os: 'macos-latest', python: '3.13' }),
      run,
    )
    expect(failing.exitCode).toBe(1)
    const again = await matrixPublishJob(run)
    expect(again.exitCode).toBe(1)
    expect(again.outputs).toMatchObject({ passed: 'false', 'failed-checks': 'lint', errors: '4' })
    expect(api.comments.get(PR)).toHaveLength(1)
    expect(api.comments.get(PR)?.[0]?.body).toContain('| ❌ | gate / macos-latest, 3.13 | lint | 4 | 0 | 0 |')
  })

  it('two jobs without comment-keys cannot share one artifact name: the second says what to set', async () => {
    const first = await gateJob('python-clean', { 'report-artifact': 'true', comment: 'never' }, 51)
    expect(warningsOf(first)).toEqual([])
    const second = await gateJob('python-clean', { 'report-artifact': 'true', comment: 'never' }, 51)
    expect(second.exitCode).toBe(0)
    expect(warningsOf(second)).toEqual([
      expect.stringMatching(
        /^Could not upload the report artifact quality-gate-report-gate: .*already exists.* \(each job of a matrix needs its own comment-key\)\.$/,
      ),
    ])
  })
})

describe('100,000 findings', () => {
  it('the step ends within 60 s: summary and outputs written, the check run says how many annotations it left out', async () => {
    const workspace = path.join(mkdtempSync(path.join(tmpdir(), 'qg-many-')), 'project')
    mkdirSync(workspace)
    // Ten files of 10,000 lines, one E225 each: flake8 spreads them over the cores.
    for (let file = 0; file < 10; file++) {
      const lines = Array.from({ length: 10_000 }, (_, line) => `x${line}=1\n`).join('')
      writeFileSync(path.join(workspace, `many${file}.py`), lines)
    }
    // Killed past 60 s: a run that took longer fails here with no report.
    const result = await gateJob(workspace, {}, GATE_RUN, 60_000)
    expect(result.exitCode).toBe(1)
    expect(result.outputs).toMatchObject({ passed: 'false', findings: '100000', errors: '100000' })
    expect(result.summary).toMatch(/^## ❌ Quality gate failed/)
    expect(result.report?.counts.findings).toBe(100_000)
    expect(api.checkRuns).toHaveLength(1)
    expect(api.checkRuns[0]?.annotations).toHaveLength(1000)
    const updates = api.requests.filter((request) => request.method === 'PATCH')
    const summary = (updates.at(-1)?.body as { output: { summary: string } }).output.summary
    expect(summary).toContain('1000 of 100000 located findings are annotated here')
    expect(summary).toContain('99000 are left out')
    expect(result.summary).toContain('99000')
  }, 90_000)
})
