// GitHub reporting through the built action against a loopback fake of GitHub's REST API (shapes checked
// against @octokit/openapi): one sticky comment per job and key, fork-safe, retried, escaped, and never a
// change to the verdict the findings decide.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { publisherRefused, readOnlyWithoutArtifact } from '../src/github/recipe.js'
import { copyProject, DEBIAN_PYTHON, example, ROOT, runAction, type ActionResult } from './helpers/action.js'
import type { FakeGitHub } from './helpers/fake-github.js'
import { fakeGitHubPerTest } from './helpers/fake-github-per-test.js'

const TOKEN = 'ghs_0123456789abcdefSECRETtoken'
const PR = 7
const HEAD_SHA = 'a'.repeat(40)
const pullRequestEvent = {
  number: PR,
  pull_request: { number: PR, head: { sha: HEAD_SHA }, base: { sha: 'b'.repeat(40) } },
}

let api: FakeGitHub
fakeGitHubPerTest((started) => (api = started))

function gate(
  options: {
    inputs?: Record<string, string>
    event?: string
    workspace?: string
    job?: string
    timeoutMs?: number
  } = {},
): Promise<ActionResult> {
  return runAction({
    workspace: options.workspace ?? copyProject(example('python-app')),
    inputs: {
      'tool-source': 'path',
      python: DEBIAN_PYTHON,
      checks: 'lint',
      tools: 'flake8',
      'github-token': TOKEN,
      ...options.inputs,
    },
    event: options.event === 'push' ? { ref: 'refs/heads/main' } : pullRequestEvent,
    env: {
      GITHUB_API_URL: api.url,
      GITHUB_EVENT_NAME: options.event ?? 'pull_request',
      GITHUB_JOB: options.job ?? 'gate',
      GITHUB_SHA: 'c'.repeat(40),
    },
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  })
}

const commentsOn = (issue = PR) => api.comments.get(issue) ?? []
const warningsOf = (result: ActionResult) =>
  result.commands.filter((command) => command.command === 'warning').map((command) => command.message)

describe('the sticky comment', () => {
  it('first run creates it, a second run with another result updates it: exactly one comment', async () => {
    const workspace = copyProject(example('python-app'))
    const first = await gate({ workspace })
    expect(commentsOn()).toHaveLength(1)
    expect(first.outputs['comment-url']).toBe(
      `https://github.com/o/r/pull/${PR}#issuecomment-${commentsOn()[0]?.id}`,
    )
    writeFileSync(path.join(workspace, 'src', 'pyapp', 'inventory.py'), '"""Fixed."""\n')
    const second = await gate({ workspace })
    expect(commentsOn()).toHaveLength(1)
    expect(api.writes().map((request) => `${request.method} ${request.path}`)).toEqual([
      `POST /repos/octo-org/octo-repo/issues/${PR}/comments`,
      `PATCH /repos/octo-org/octo-repo/issues/comments/${commentsOn()[0]?.id}`,
    ])
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url'])
    expect(commentsOn()[0]?.body).toContain('<!-- quality-gate:gate -->')
    expect(commentsOn()[0]?.body).toContain('3 errors')
  })

  it('an unchanged result makes no write', async () => {
    const workspace = copyProject(example('python-app'))
    await gate({ workspace })
    await gate({ workspace })
    expect(api.writes().filter((request) => request.method === 'PATCH')).toEqual([])
    expect(commentsOn()).toHaveLength(1)
  })

  it("never edits a human's comment that contains the marker", async () => {
    const human = api.addComment(PR, 'I copied <!-- quality-gate:gate --> here', {
      login: 'octocat',
      id: 1,
      type: 'User',
    })
    await gate()
    expect(commentsOn()).toHaveLength(2)
    expect(commentsOn()[0]).toEqual(human)
    expect(api.writes().map((request) => request.method)).toEqual(['POST'])
  })

  it('finds its comment among 150 (pagination)', async () => {
    for (let index = 0; index < 149; index++)
      api.addComment(PR, `comment ${index}`, { login: 'someone', id: 2, type: 'User' })
    const ours = api.addComment(PR, '<!-- quality-gate:gate -->\nold result')
    await gate()
    expect(commentsOn()).toHaveLength(150)
    expect(api.writes().map((request) => `${request.method} ${request.path}`)).toEqual([
      `PATCH /repos/octo-org/octo-repo/issues/comments/${ours.id}`,
    ])
    const pages = api.requests.filter(
      (request) => request.path.endsWith(`/issues/${PR}/comments`) && request.method === 'GET',
    )
    expect(pages.map((request) => request.query.get('page') ?? '1')).toEqual(['1', '2'])
    expect(pages.every((request) => request.query.get('per_page') === '100')).toBe(true)
  })

  it('two comment-keys give two comments', async () => {
    await gate({ inputs: { 'comment-key': 'py3.11' } })
    await gate({ inputs: { 'comment-key': 'py3.12' } })
    expect(commentsOn().map((comment) => comment.body.split('\n')[0])).toEqual([
      '<!-- quality-gate:gate:py3.11 -->',
      '<!-- quality-gate:gate:py3.12 -->',
    ])
  })

  it('comment: on-failure writes nothing on a pass; never writes nothing', async () => {
    await gate({ workspace: copyProject(example('python-clean')), inputs: { comment: 'on-failure' } })
    await gate({ inputs: { comment: 'never' } })
    expect(api.writes()).toEqual([])
  })

  it('comment: on-failure updates an existing comment when the gate passes again', async () => {
    const workspace = copyProject(example('python-app'))
    await gate({ workspace, inputs: { comment: 'on-failure' } })
    writeFileSync(path.join(workspace, 'src', 'pyapp', 'inventory.py'), '"""Fixed."""\n')
    writeFileSync(path.join(workspace, 'src', 'pyapp', 'util.py'), '"""Fixed."""\n')
    const passing = await gate({ workspace, inputs: { comment: 'on-failure' } })
    expect(passing.exitCode).toBe(0)
    expect(commentsOn()).toHaveLength(1)
    expect(commentsOn()[0]?.body).toContain('### ✅ Quality gate passed')
  })

  it('a push event writes no comment', async () => {
    const result = await gate({ event: 'push' })
    expect(api.requests).toEqual([])
    expect(result.outputs['comment-url']).toBeUndefined()
  })

  it('links the run, lists checks with tool@version, and never prints the token', async () => {
    const result = await gate()
    const body = commentsOn()[0]?.body ?? ''
    expect(body).toContain(
      '[Full report in the job summary](https://github.com/octo-org/octo-repo/actions/runs/42)',
    )
    expect(body).toMatch(/\| ❌ \| lint \| flake8@5\.0\.4 \| 4 errors \| [\d.]+ s \|/)
    expect(body).toContain('Top findings (4)')
    // The only place it appears is the runner's own masking command, which keeps it out of the log.
    expect(result.stdout.split('\n').filter((line) => line.includes(TOKEN))).toEqual([`::add-mask::${TOKEN}`])
    expect(result.stderr + result.summary + JSON.stringify(result.report)).not.toContain(TOKEN)
    expect(api.requests.every((request) => request.authorization === `token ${TOKEN}`)).toBe(true)
  })
})

describe('read-only tokens and server trouble never change the verdict', () => {
  it('a 403 on the write (fork PR) is one warning pointing to the workflow_run recipe; summary and annotations stay', async () => {
    const baseline = await gate({ inputs: { comment: 'never' } })
    api.faults.push({
      method: 'POST',
      path: /\/comments$/,
      status: 403,
      times: 1,
      body: { message: 'Resource not accessible by integration' },
    })
    const fork = await gate({ inputs: { 'report-artifact': 'false' } })
    expect(fork.exitCode).toBe(baseline.exitCode)
    expect(fork.outputs.passed).toBe(baseline.outputs.passed)
    expect(warningsOf(fork)).toEqual([readOnlyWithoutArtifact(['comment'])])
    expect(fork.summary).toMatch(/^## ❌ Quality gate failed/)
    expect(fork.annotations).toHaveLength(4)
    expect(commentsOn()).toHaveLength(0)

    // report-artifact: auto would upload it, but this job was given no artifact service: said in the same line.
    api.faults.push({ method: 'POST', path: /\/comments$/, status: 403, times: 1 })
    const noService = await gate()
    expect(warningsOf(noService)).toEqual([
      readOnlyWithoutArtifact(['comment'], 'the job has no artifact service (ACTIONS_RESULTS_URL)'),
    ])
    // Asked to upload with no service to upload to: one warning, the verdict unchanged.
    const asked = await gate({ inputs: { comment: 'never', 'report-artifact': 'true' } })
    expect(asked.exitCode).toBe(baseline.exitCode)
    expect(warningsOf(asked)).toEqual([
      'Could not upload the report artifact quality-gate-report-gate: the job has no artifact service (ACTIONS_RESULTS_URL).',
    ])
  })

  it('a 502 is retried, then the comment is written', async () => {
    api.faults.push({ method: 'POST', path: /\/comments$/, status: 502, times: 1 })
    const result = await gate()
    expect(warningsOf(result)).toEqual([])
    expect(commentsOn()).toHaveLength(1)
    expect(api.requests.filter((request) => request.method === 'POST')).toHaveLength(2)
  })

  it('a server that keeps failing is a warning after bounded retries', async () => {
    api.faults.push({ method: 'GET', path: /\/comments$/, status: 503, times: 100 })
    const result = await gate()
    expect(result.exitCode).toBe(1)
    expect(warningsOf(result)[0]).toMatch(/^Could not write the pull request comment: /)
    expect(api.requests.filter((request) => request.path.endsWith('/comments')).length).toBe(4) // 1 + 3 retries
  }, 60_000)
})

describe('escaping', () => {
  it('tool messages cannot inject HTML, ping people or teams, or link issues', async () => {
    const workspace = path.join(mkdtempSync(path.join(tmpdir(), 'qg-escape-')), 'project')
    mkdirSync(workspace)
    writeFileSync(
      path.join(workspace, 'test_hostile.py'),
      'def test_hostile():\n    assert False, "<img src=x onerror=alert(1)> @org/team @octocat #1"\n',
    )
    await gate({ workspace, inputs: { checks: 'test', tools: 'pytest' } })
    const body = commentsOn()[0]?.body ?? ''
    expect(body).toContain('Failed: AssertionError: &lt;img src=x onerror=alert\\(1\\)&gt;')
    expect(body).not.toContain('<img')
    expect(body).not.toMatch(/@org\/team|@octocat|#1\b/)
  })
})

describe('size', () => {
  it('findings whose text runs far past 65,536 characters still give a comment within the limit', async () => {
    const workspace = path.join(mkdtempSync(path.join(tmpdir(), 'qg-big-')), 'project')
    mkdirSync(workspace)
    const tests = Array.from(
      { length: 40 },
      (_, index) => `def test_${index}():\n    assert False, "${index}" + "z" * 20000\n`,
    )
    writeFileSync(path.join(workspace, 'test_big.py'), tests.join('\n'))
    const result = await gate({ workspace, inputs: { checks: 'test', tools: 'pytest' } })
    expect(result.report?.checks[0]?.tests?.failed).toBe(40)
    const body = commentsOn()[0]?.body ?? ''
    expect(JSON.stringify(result.report?.checks[0]?.tests?.failures).length).toBeGreaterThan(65_536)
    expect(body.length).toBeGreaterThan(1000)
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(body).toContain('Top findings (40)')
    expect(body).toContain('… and 20 more findings in the job summary')
  })
})

describe('annotations beyond the step budget', () => {
  it('go into one check run on the PR head, at most 50 per request', async () => {
    const workspace = path.join(mkdtempSync(path.join(tmpdir(), 'qg-many-')), 'project')
    mkdirSync(workspace)
    writeFileSync(
      path.join(workspace, 'many.py'),
      Array.from({ length: 120 }, (_, index) => `import os${index}`).join('\n') + '\n',
    )
    const result = await gate({ workspace, inputs: { comment: 'never' } })
    const findings = result.report?.counts.findings ?? 0
    expect(findings).toBeGreaterThan(100)
    expect(api.checkRuns).toHaveLength(1)
    expect(api.checkRuns[0]).toMatchObject({
      name: 'quality-gate',
      head_sha: HEAD_SHA,
      conclusion: 'failure',
    })
    expect(api.checkRuns[0]?.annotations).toHaveLength(findings)
    const sizes = api
      .writes()
      .map(
        (request) =>
          ((request.body as { output: { annotations: unknown[] } }).output.annotations ?? []).length,
      )
    expect(Math.max(...sizes)).toBe(50)
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(findings)
    // The check run holds them all, so the step's own capped annotations are not spent.
    expect(result.annotations).toHaveLength(0)
  })

  it('at most 1,000 go into the check run, in 20 requests; what was left out is said there and in the job summary', async () => {
    const workspace = path.join(mkdtempSync(path.join(tmpdir(), 'qg-many-')), 'project')
    mkdirSync(workspace)
    writeFileSync(
      path.join(workspace, 'many.py'),
      Array.from({ length: 1200 }, (_, index) => `import os${index}`).join('\n') + '\n',
    )
    const result = await gate({ workspace, inputs: { comment: 'never' } })
    expect(result.report?.counts.findings).toBe(1200)
    expect(api.checkRuns).toHaveLength(1)
    expect(api.checkRuns[0]?.annotations).toHaveLength(1000)
    expect(api.writes()).toHaveLength(20)
    const summary = (api.writes()[0]?.body as { output: { summary: string } }).output.summary
    expect(summary).toContain('1000 of 1200 located findings are annotated here')
    expect(summary).toContain('200 are left out')
    expect(result.summary).toContain(
      '1000 of 1200 located findings are annotated in the check run `quality-gate`',
    )
    expect(result.outputs.findings).toBe('1200')
  }, 120_000)

  it('without checks: write, they stay within the step budget and the verdict is unchanged', async () => {
    const workspace = path.join(mkdtempSync(path.join(tmpdir(), 'qg-many-')), 'project')
    mkdirSync(workspace)
    writeFileSync(
      path.join(workspace, 'many.py'),
      Array.from({ length: 40 }, (_, index) => `import os${index}`).join('\n') + '\n',
    )
    api.faults.push({ method: 'POST', path: /\/check-runs$/, status: 403, times: 1 })
    const result = await gate({ workspace, inputs: { comment: 'never' } })
    expect(result.exitCode).toBe(1)
    // Nine findings and the step's own failure message: GitHub keeps 10 errors per step.
    expect(result.annotations.filter((item) => item.command === 'error')).toHaveLength(9)
    const errors = result.commands.filter((item) => item.command === 'error')
    expect(errors).toHaveLength(10)
    expect(errors.at(-1)?.message).toMatch(/^Quality gate failed: flake8: 40 errors/)
    expect(result.annotations.at(-1)?.message).toMatch(/more findings are not annotated here/)
    // Said once, with the permission a same-repository job would need.
    expect(warningsOf(result)).toEqual([
      readOnlyWithoutArtifact(['check run'], 'the job has no artifact service (ACTIONS_RESULTS_URL)'),
    ])
    expect(warningsOf(result)[0]).toContain('give the job `permissions: checks: write`')
  })
})

describe('an API that never answers', () => {
  it('ends the step within the publishing budget: results written, verdict unchanged, one warning', async () => {
    api.silent = true
    // Killed (exit code null) if it hangs past the 30 s budget and the 10 s request deadline.
    const result = await gate({ workspace: copyProject(example('python-clean')), timeoutMs: 75_000 })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.passed).toBe('true')
    expect(result.report?.verdict.passed).toBe(true)
    expect(result.summary).toContain('Quality gate passed')
    expect(api.requests.length).toBeGreaterThan(0)
    const warnings = warningsOf(result)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/^The GitHub API did not answer within 30 s/)
  }, 90_000)
})

describe('mode: publish — a matrix fanned in', () => {
  it("one comment and one verdict from every job's report; a forged report is refused with one warning", async () => {
    const hub = mkdtempSync(path.join(tmpdir(), 'qg-publish-'))
    const reports = path.join(hub, 'reports')
    mkdirSync(reports)
    // The matrix: two jobs gate their project and write their reports (comment: never), as they would
    // upload them as artifacts.
    for (const [key, project] of [
      ['clean', 'python-clean'],
      ['app', 'python-app'],
    ] as const) {
      const result = await runAction({
        workspace: copyProject(example(project)),
        inputs: {
          'tool-source': 'path',
          python: DEBIAN_PYTHON,
          checks: 'lint',
          tools: 'flake8',
          comment: 'never',
          'comment-key': key,
          'report-file': path.join(reports, `${key}.json`),
        },
        event: pullRequestEvent,
        env: {
          GITHUB_API_URL: api.url,
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_JOB: 'gate',
          RUNNER_TEMP: reports,
        },
      })
      expect(result.report?.job).toEqual({ name: 'gate', commentKey: key })
    }
    expect(api.writes()).toEqual([])
    writeFileSync(
      path.join(reports, 'forged.json'),
      JSON.stringify({ schemaVersion: 1, verdict: { passed: true } }),
    )

    const published = await runAction({
      workspace: hub,
      inputs: { mode: 'publish', reports: 'reports/*.json', 'github-token': TOKEN },
      event: pullRequestEvent,
      env: { GITHUB_API_URL: api.url, GITHUB_EVENT_NAME: 'pull_request', GITHUB_JOB: 'publish' },
    })
    expect(published.exitCode).toBe(1)
    expect(published.outputs).toMatchObject({
      passed: 'false',
      'failed-checks': 'lint',
      findings: '4',
      errors: '4',
    })
    expect(warningsOf(published)).toEqual([
      'The report reports/forged.json is not used: it is not a quality-gate report (schema version 1): at gate, Invalid input: expected object, received undefined.',
    ])
    // One comment for the whole matrix, each job's checks under its key.
    const comments = commentsOn()
    expect(comments).toHaveLength(1)
    expect(comments[0]?.body).toContain('<!-- quality-gate:publish -->')
    expect(comments[0]?.body).toContain('gate / app')
    expect(comments[0]?.body).toContain('gate / clean')
    expect(published.report?.verdict.reasons).toEqual(
      expect.arrayContaining([
        'gate / app: flake8: 4 errors',
        expect.stringMatching(/^reports\/forged\.json: the report could not be read/),
      ]),
    )
    expect(published.summary).toContain('gate / app')
    // No tool ran: nothing but the reports was read.
    expect(
      published.report?.checks.map((check) => `${check.package}: ${check.tool} ${check.outcome}`),
    ).toEqual(['gate / app: flake8 fail', 'gate / clean: flake8 pass'])
  })

  it("on workflow_run (a fork's PR): comments on the pull request the API has for the triggering commit", async () => {
    const hub = mkdtempSync(path.join(tmpdir(), 'qg-publish-'))
    mkdirSync(path.join(hub, 'reports'))
    // What the fork's run uploaded: a real report, plus a claim about which pull request it is for.
    const report = JSON.parse(
      readFileSync(path.join(ROOT, '__tests__', 'fixtures', 'reports', 'python-app.json'), 'utf8'),
    ) as Record<string, unknown>
    writeFileSync(
      path.join(hub, 'reports', 'report.json'),
      JSON.stringify({ ...report, job: { name: 'gate' }, pull_request: { number: 8 } }),
    )
    api.openPulls = [
      { number: 8, headSha: 'd'.repeat(40), baseSha: 'b'.repeat(40) },
      { number: PR, headSha: HEAD_SHA, baseSha: 'b'.repeat(40) },
    ]
    const publish = (triggeringEvent: string): Promise<ActionResult> =>
      runAction({
        workspace: hub,
        inputs: { mode: 'publish', reports: 'reports/*.json', 'github-token': TOKEN },
        // GitHub leaves a fork's pull request out of pull_requests.
        event: { workflow_run: { id: 99, event: triggeringEvent, head_sha: HEAD_SHA, pull_requests: [] } },
        env: { GITHUB_API_URL: api.url, GITHUB_EVENT_NAME: 'workflow_run', GITHUB_JOB: 'comment' },
      })
    const result = await publish('pull_request')
    expect(result.exitCode).toBe(1)
    expect(
      api.requests.filter(
        (request) => request.method === 'GET' && request.path === '/repos/octo-org/octo-repo/pulls',
      ),
    ).toHaveLength(1)
    expect(commentsOn(PR)).toHaveLength(1)
    expect(commentsOn(PR)[0]?.body).toContain('<!-- quality-gate:comment -->')
    expect(commentsOn(8)).toEqual([])
    expect(warningsOf(result)).toEqual([])

    // A triggering run that was not for a pull request (a push): nothing to comment on, nothing looked up.
    const requestsBefore = api.requests.length
    const push = await publish('push')
    expect(push.exitCode).toBe(1)
    expect(push.summary).toContain('Quality gate failed')
    expect(api.requests.slice(requestsBefore).filter((request) => request.path.endsWith('/pulls'))).toEqual(
      [],
    )
    expect(commentsOn(PR)).toHaveLength(1)
  })

  it('a publishing job whose writes are refused is told the permission it lacks, not the fork recipe', async () => {
    const hub = mkdtempSync(path.join(tmpdir(), 'qg-publish-'))
    mkdirSync(path.join(hub, 'reports'))
    writeFileSync(
      path.join(hub, 'reports', 'app.json'),
      readFileSync(path.join(ROOT, '__tests__', 'fixtures', 'reports', 'python-app.json'), 'utf8'),
    )
    api.faults.push({ method: 'POST', path: /\/comments$/, status: 403, times: 1 })
    const published = await runAction({
      workspace: hub,
      inputs: { mode: 'publish', reports: 'reports/*.json', 'github-token': TOKEN },
      event: pullRequestEvent,
      env: { GITHUB_API_URL: api.url, GITHUB_EVENT_NAME: 'pull_request', GITHUB_JOB: 'publish' },
    })
    expect(published.exitCode).toBe(1)
    expect(warningsOf(published)).toEqual([publisherRefused(['comment'])])
    expect(warningsOf(published)[0]).toContain('give the publishing job `permissions: pull-requests: write`')
    expect(api.checkRuns).toHaveLength(1)
  })

  it("coverage and diff-coverage outputs are the lowest of the reports'", async () => {
    const hub = mkdtempSync(path.join(tmpdir(), 'qg-publish-'))
    mkdirSync(path.join(hub, 'reports'))
    const report = JSON.parse(
      readFileSync(path.join(ROOT, '__tests__', 'fixtures', 'reports', 'python-app.json'), 'utf8'),
    ) as { checks: { coverage?: { percent: number; diff?: { percent?: number } } }[] }
    const withCoverage = (key: string, percent: number, diff: number): string => {
      const checks = report.checks.map((check) =>
        check.coverage
          ? {
              ...check,
              coverage: {
                ...check.coverage,
                percent,
                diff: { percent: diff, covered: diff, total: 100, files: [] },
              },
            }
          : check,
      )
      return JSON.stringify({ ...report, checks, job: { name: 'gate', commentKey: key } })
    }
    writeFileSync(path.join(hub, 'reports', 'a.json'), withCoverage('a', 91.5, 70))
    writeFileSync(path.join(hub, 'reports', 'b.json'), withCoverage('b', 62.25, 88))
    const published = await runAction({
      workspace: hub,
      inputs: { mode: 'publish', reports: 'reports/*.json', comment: 'never', annotations: 'false' },
      event: pullRequestEvent,
      env: { GITHUB_API_URL: api.url, GITHUB_EVENT_NAME: 'pull_request', GITHUB_JOB: 'publish' },
    })
    expect(published.outputs).toMatchObject({ coverage: '62.25', 'diff-coverage': '70.00' })
  })

  it('with no matching report it is a usage error naming the input', async () => {
    const result = await runAction({
      workspace: mkdtempSync(path.join(tmpdir(), 'qg-publish-')),
      inputs: { mode: 'publish', reports: 'reports/*.json', 'github-token': TOKEN },
      event: pullRequestEvent,
      env: { GITHUB_API_URL: api.url, GITHUB_EVENT_NAME: 'pull_request' },
    })
    expect(result.exitCode).toBe(2)
    const errors = result.commands.filter((command) => command.command === 'error')
    expect(errors.map((command) => command.message)).toEqual([
      "Invalid input 'reports': no file in the workspace matches reports/*.json.",
    ])
    expect(api.writes()).toEqual([])
  })
})
