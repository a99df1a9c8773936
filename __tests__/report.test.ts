// The pure renderers: annotation budget, job summary size and escaping, the verdict.
import { describe, expect, it } from '@jest/globals'
import { decidedBy, evaluate, judge } from '../src/gate.js'
import { pylint } from '../src/tools/pylint.js'
import {
  CHECK_RUN_ANNOTATION_CAP,
  planAnnotations,
  planCheckRun,
  stepLimits,
} from '../src/report/annotations.js'
import { renderComment } from '../src/report/comment.js'
import { renderConsole } from '../src/report/console.js'
import { renderSarif, SARIF_RESULTS_PER_RUN } from '../src/report/sarif.js'
import { escapeCell, escapeMarkdown } from '../src/report/markdown.js'
import { renderSummary } from '../src/report/summary.js'
import { HtmlRenderer, Parser } from 'commonmark'
import type { CheckResult, Finding, Report, Severity } from '../src/types.js'

function findings(tool: string, severity: Severity, count: number): Finding[] {
  return Array.from({ length: count }, (_, index) => ({
    tool,
    severity,
    message: `${tool} ${severity} ${index}`,
    rule: 'R1',
    file: `src/${tool}.py`,
    line: index + 1,
  }))
}

function check(
  tool: string,
  list: Finding[],
  outcome: CheckResult['outcome'] = list.length ? 'fail' : 'pass',
): CheckResult {
  return {
    tool,
    kind: 'lint',
    outcome,
    findings: list,
    blocking: list.length,
    durationMs: 10,
    version: '1.0',
  }
}

function report(checks: CheckResult[]): Report {
  const all = checks.flatMap((item) => item.findings)
  return {
    schemaVersion: 1,
    gate: { name: 'quality-gate', version: '0.1.0' },
    verdict: evaluate(checks, { failOn: 'error' }),
    counts: {
      findings: all.length,
      errors: all.filter((item) => item.severity === 'error').length,
      warnings: all.filter((item) => item.severity === 'warning').length,
      notices: all.filter((item) => item.severity === 'notice').length,
    },
    checks,
    skipped: [],
    warnings: [],
    workingDirectory: '.',
    failOn: 'error',
    scope: 'all',
    startedAt: '2026-01-01T00:00:00.000Z',
    durationMs: 100,
  }
}

describe('annotation budget', () => {
  it('keeps everything when it fits, with no extra notice', () => {
    const plan = planAnnotations([
      check('a', [...findings('a', 'error', 10), ...findings('a', 'notice', 10)]),
    ])
    expect(plan.annotations).toHaveLength(20)
    expect(plan.shown).toBe(20)
  })

  it('takes tools in turn within a severity and says how many were left out', () => {
    const plan = planAnnotations([
      check('noisy', findings('noisy', 'error', 300)),
      check('quiet', findings('quiet', 'error', 2)),
      check('warn', findings('warn', 'warning', 15)),
    ])
    const errors = plan.annotations.filter((item) => item.level === 'error')
    expect(errors).toHaveLength(10)
    expect(errors.filter((item) => item.title === 'quiet R1')).toHaveLength(2)
    expect(plan.annotations.filter((item) => item.level === 'warning')).toHaveLength(10)
    const notices = plan.annotations.filter((item) => item.level === 'notice')
    expect(notices).toHaveLength(1)
    expect(notices[0]?.message).toMatch(/^297 more findings are not annotated here/)
    expect(plan).toMatchObject({ shown: 20, total: 317 })
  })

  it('spends the last notice slot on the overflow message', () => {
    const plan = planAnnotations([check('a', [...findings('a', 'notice', 12)])])
    expect(plan.annotations.filter((item) => item.level === 'notice')).toHaveLength(10)
    expect(plan.shown).toBe(9)
    expect(plan.annotations.at(-1)?.message).toMatch(/^3 more findings/)
  })

  it('a failing gate keeps one error slot for its own failure message (GitHub keeps 10 per step)', () => {
    const failing = planAnnotations([check('a', findings('a', 'error', 30))], stepLimits(false))
    expect(failing.annotations.filter((item) => item.level === 'error')).toHaveLength(9)
    const passing = planAnnotations([check('a', findings('a', 'error', 30))], stepLimits(true))
    expect(passing.annotations.filter((item) => item.level === 'error')).toHaveLength(10)
  })

  it('a check run takes at most the cap: errors first, changed lines first, tools in turn', () => {
    const noisy = findings('noisy', 'warning', 50_000)
    const errors = findings('err', 'error', 600)
    const changed = findings('changed', 'notice', 3).map((finding) => ({ ...finding, onChangedLines: true }))
    const unlocated: Finding = { tool: 'x', severity: 'error', message: 'no file' }
    const plan = planCheckRun([
      check('noisy', noisy),
      check('err', [...errors, unlocated]),
      check('changed', changed),
      check('other', findings('other', 'warning', 5)),
    ])
    expect(plan.located).toBe(50_000 + 600 + 3 + 5)
    expect(plan.findings).toHaveLength(CHECK_RUN_ANNOTATION_CAP)
    expect(plan.findings.slice(0, 600).every((finding) => finding.tool === 'err')).toBe(true)
    // Among the warnings, the quiet tool's five come within the first ten: tools take turns.
    expect(plan.findings.slice(600, 610).filter((finding) => finding.tool === 'other')).toHaveLength(5)
    expect(plan.findings).not.toContain(unlocated)
    // The changed-line notices lose to the errors and warnings the cap is spent on.
    expect(plan.findings.some((finding) => finding.tool === 'changed')).toBe(false)
    expect(planCheckRun([check('a', findings('a', 'error', 3))]).findings).toHaveLength(3)
  })

  it('gives columns only to single-line annotations', () => {
    const multi: Finding = {
      tool: 't',
      severity: 'error',
      message: 'm',
      file: 'a.py',
      line: 1,
      column: 2,
      endLine: 3,
      endColumn: 4,
    }
    const single: Finding = {
      tool: 't',
      severity: 'error',
      message: 'm',
      file: 'a.py',
      line: 5,
      column: 2,
      endColumn: 9,
    }
    const [first, second] = planAnnotations([check('t', [multi, single])]).annotations
    expect(first).toEqual({
      level: 'error',
      title: 't',
      message: 'm',
      file: 'a.py',
      startLine: 1,
      endLine: 3,
    })
    expect(second).toEqual({
      level: 'error',
      title: 't',
      message: 'm',
      file: 'a.py',
      startLine: 5,
      startColumn: 2,
      endColumn: 9,
    })
  })
})

describe('markdown escaping', () => {
  it('neutralises HTML, mentions, issue links and markdown syntax', () => {
    const text = escapeMarkdown(
      '<img src=x onerror=alert(1)> @octocat @org/team #1 `code` *bold* [x](http://e.com)',
    )
    expect(text).not.toContain('<img')
    expect(text).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;')
    expect(text).not.toMatch(/@octocat|@org\/team/)
    expect(text).not.toMatch(/#1\b/)
    expect(text).toContain('\\`code\\`')
    expect(text).not.toContain('http://')
  })

  it('keeps pipes and newlines from breaking a table cell', () => {
    expect(escapeCell('a | b\nc')).toBe('a \\| b<br>c')
    expect(escapeCell('a\rb\r\nc')).toBe('a<br>b<br>c')
  })
})

describe('tool text rendered by a CommonMark renderer', () => {
  // Each line of the message tries something: a heading or raw HTML after a lone \r, a team mention behind
  // a backtick, a bidi override, a reference, a code span broken by \r.
  const HOSTILE = [
    'first line\r# SMUGGLED heading',
    '\r<div id="smuggled">x</div>',
    '`@org/team please look`',
    'ping @octocat and `@org/team` and #123',
    'reversed \u202Etxt.exe\u202C name',
    '\r> quoted\r- listed',
  ].join(' ')
  const hostileCheck: CheckResult = {
    ...check('pytest', [
      {
        tool: 'pytest',
        severity: 'error',
        message: HOSTILE,
        rule: 'failed-test',
        file: 'a`\r<b>.py',
        line: 3,
      },
    ]),
    kind: 'test',
    tests: {
      total: 1,
      passed: 0,
      failed: 1,
      errors: 0,
      skipped: 0,
      durationMs: 5,
      slowest: [],
      failures: [{ id: `t::test_x[${HOSTILE}]`, outcome: 'failed', durationMs: 1, message: HOSTILE }],
    },
  }
  const hostileReport = report([
    hostileCheck,
    {
      ...check('mypy', [], 'error'),
      reason: HOSTILE,
      stderrTail: HOSTILE,
      runs: [{ argv: ['mypy', HOSTILE], exitCode: 2, durationMs: 1, from: HOSTILE }],
    },
  ])
  const rendered = {
    comment: renderComment(hostileReport, { marker: '<!-- m -->' }),
    summary: renderSummary(hostileReport, {}),
  }

  it.each(Object.keys(rendered))('the %s shows it all as text', (name) => {
    const html = new HtmlRenderer().render(new Parser().parse(rendered[name as keyof typeof rendered]))
    expect(html).toContain('SMUGGLED heading')
    expect(html).not.toMatch(/<h\d[^>]*>[^<]*SMUGGLED/)
    expect(html).not.toContain('<div id="smuggled">')
    expect(html).not.toMatch(/<blockquote>\s*<p>quoted/)
    expect(html).not.toContain('<b>.py')
    // Mentions and references are broken by an invisible joiner wherever they stand, code included.
    expect(html).not.toMatch(/@(org|octocat)/)
    expect(html).toMatch(/@\u2060org\/team/)
    expect(html).not.toMatch(/#123/)
    expect(html).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
  })
})

describe('job summary', () => {
  it('stays under its byte limit and says how many findings it cut', () => {
    const big = check('big', findings('big', 'error', 5000))
    const markdown = renderSummary(report([big, check('small', findings('small', 'warning', 3))]), {
      maxBytes: 64 * 1024,
      reportFile: '/tmp/report.json',
    })
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(64 * 1024)
    const shown = (markdown.match(/^- `src\/big\.py/gm) ?? []).length
    expect(shown).toBeGreaterThan(100)
    expect(markdown).toContain(`- … and ${5000 - shown} more findings, cut to keep this summary under 1 MiB`)
    expect(markdown).toContain('did not fit in this summary')
  })

  it('escapes tool messages', () => {
    const hostile: Finding = {
      tool: 't',
      severity: 'error',
      message: '<script>x</script> @here #12',
      file: 'a.py',
      line: 1,
    }
    const markdown = renderSummary(report([check('t', [hostile])]))
    expect(markdown).not.toContain('<script>')
    expect(markdown).not.toMatch(/@here|#12/)
  })

  it('shows tool trouble with the stderr tail in a fence that cannot be broken out of', () => {
    const broken: CheckResult = {
      ...check('mypy', [], 'error'),
      reason: 'exited with 2',
      stderrTail: 'Traceback\n```\n<b>boom</b>',
      runs: [{ argv: ['mypy', '.'], exitCode: 2, durationMs: 1, from: "the gate's default (.)" }],
    }
    const markdown = renderSummary(report([broken]))
    expect(markdown).toContain('**The tool could not run:** exited with 2')
    expect(markdown).toContain('````text\nTraceback\n```\n<b>boom</b>\n````')
    expect(markdown).toMatch(/^## ❌ Quality gate failed/)
  })
})

describe('changed lines in the reports', () => {
  const coverageCheck = (): CheckResult => ({
    tool: 'coverage',
    kind: 'coverage',
    outcome: 'fail',
    findings: [],
    blocking: 0,
    durationMs: 1,
    coverage: {
      percent: 80,
      covered: 8,
      statements: 10,
      files: [],
      diff: {
        percent: 50,
        covered: 3,
        total: 6,
        threshold: 60,
        files: [{ file: 'src/<calc>.py', covered: 3, total: 6, uncoveredLines: [12, 13, 14, 20] }],
      },
    },
  })

  it('summary and comment give diff coverage and the changed lines not run, per file, as ranges', () => {
    const scoped = report([coverageCheck()])
    const summary = renderSummary(scoped)
    expect(summary).toContain('**Diff coverage**: 50.00% of 6 changed executable lines (threshold 60%) ❌')
    expect(summary).toContain('| src/&lt;calc&gt;.py | 12-14, 20 |')
    const comment = renderComment(scoped, { marker: '<!-- m -->' })
    expect(comment).toContain('**Diff coverage**: 50.00% of 6 changed executable lines (threshold 60%) ❌')
    expect(comment).toContain('not run: `src/<calc>.py` `12-14, 20`')
  })

  it('scope: changed — the findings left out are counted, never silently dropped', () => {
    const lint = check('flake8', findings('flake8', 'error', 2))
    lint.notOnChangedLines = findings('flake8', 'error', 5)
    const scoped = {
      ...report([lint]),
      scope: 'changed' as const,
      changes: { source: 'git diff a...b', files: 2, lines: 9 },
    }
    const summary = renderSummary(scoped)
    expect(summary).toContain(
      'Scope: changed lines only — 2 changed files from git diff a...b · **5 findings not on changed lines** (not counted)',
    )
    expect(summary).toContain(
      '_5 more findings not on changed lines, not counted (scope: changed); listed in the JSON report._',
    )
    expect(renderComment(scoped, { marker: '<!-- m -->' })).toContain(
      '**Not on changed lines**: 5 findings, not counted',
    )
    expect(renderConsole(scoped, { color: false })).toContain('2 errors (5 more not on changed lines)')
  })

  it('the annotation budget and the comment rank changed-line findings first, whatever their order', () => {
    const list = findings('mypy', 'error', 15)
    const late = list[14] as Finding
    late.onChangedLines = true
    const plan = planAnnotations([check('mypy', list)])
    expect(plan.annotations[0]?.startLine).toBe(15)
    const comment = renderComment(report([check('mypy', list)]), { marker: '<!-- m -->' })
    expect(comment.indexOf('src/mypy.py:15')).toBeLessThan(comment.indexOf('src/mypy.py:1`'))
  })
})

describe('SARIF', () => {
  it('one run per tool that ran, stable rule ids, help URIs, encoded repo-relative URIs, every finding', () => {
    const lint = check('flake8', [
      {
        tool: 'flake8',
        severity: 'error',
        rule: 'F401',
        message: 'unused',
        file: 'src/a b.py',
        line: 2,
        column: 1,
        url: 'https://x/F401',
      },
      { tool: 'flake8', severity: 'warning', rule: 'F401', message: 'unused too', file: 'src/c.py', line: 3 },
    ])
    lint.notOnChangedLines = [
      { tool: 'flake8', severity: 'notice', rule: 'E501', message: 'long', file: 'old.py', line: 9 },
    ]
    const tests: CheckResult = {
      ...check('pytest', [
        {
          tool: 'pytest',
          severity: 'error',
          rule: 'tests/test_a.py::test_x',
          message: 'Failed: boom',
          file: 'tests/test_a.py',
          line: 4,
        },
      ]),
      kind: 'test',
    }
    const format: CheckResult = {
      ...check('black', [
        { tool: 'black', severity: 'error', message: 'would reformat', file: 'a.py', line: 1 },
      ]),
      kind: 'format',
    }
    const broken: CheckResult = { ...check('mypy', [], 'error'), kind: 'typecheck', reason: 'exited with 2' }
    const sarif = renderSarif(report([lint, tests, format, broken])) as unknown as {
      version: string
      runs: {
        tool: { driver: { name: string; rules: { id: string; helpUri?: string }[] } }
        invocations: { executionSuccessful: boolean }[]
        results: {
          ruleId: string
          ruleIndex: number
          level: string
          message: { text: string }
          locations: { physicalLocation: { artifactLocation: { uri: string } } }[]
        }[]
      }[]
    }
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs.map((run) => run.tool.driver.name)).toEqual(['flake8', 'pytest', 'black', 'mypy'])
    const [flake8, pytest, black, mypy] = sarif.runs
    expect(flake8?.tool.driver.rules).toEqual([
      { id: 'F401', shortDescription: { text: 'F401' }, helpUri: 'https://x/F401' },
      { id: 'E501', shortDescription: { text: 'E501' } },
    ])
    expect(
      flake8?.results.map(
        (result) =>
          `${result.ruleId}#${result.ruleIndex} ${result.level} ${result.locations[0]?.physicalLocation.artifactLocation.uri}`,
      ),
    ).toEqual(['F401#0 error src/a%20b.py', 'F401#0 warning src/c.py', 'E501#1 note old.py'])
    expect(pytest?.results[0]).toMatchObject({
      ruleId: 'failed-test',
      message: { text: 'tests/test_a.py::test_x: Failed: boom' },
    })
    expect(black?.results[0]?.ruleId).toBe('unformatted')
    expect(mypy?.invocations[0]?.executionSuccessful).toBe(false)
  })

  it("stops at GitHub's 25,000 results per run and says how many were left out", () => {
    const many = check('pylint', findings('pylint', 'warning', SARIF_RESULTS_PER_RUN + 3))
    const run = (renderSarif(report([many])).runs[0] ?? {}) as {
      results: unknown[]
      invocations: { toolExecutionNotifications?: { message: { text: string } }[] }[]
    }
    expect(run.results).toHaveLength(SARIF_RESULTS_PER_RUN)
    expect(run.invocations[0]?.toolExecutionNotifications?.[0]?.message.text).toBe(
      '3 more results were left out (the limit is 25000 per run).',
    )
  })
})

describe('console report', () => {
  it('puts the rule after the first message line and caps the rest', () => {
    const failure: Finding = {
      tool: 'jest',
      severity: 'error',
      rule: 'withTax keeps cents exact',
      message: ['Failed: expected 1', '', ...Array.from({ length: 9 }, (_, index) => `detail ${index}`)].join(
        '\n',
      ),
      file: 'tests/price.test.js',
      line: 8,
    }
    const text = renderConsole(report([check('jest', [failure])]), { color: false })
    const at = text.split('\n').findIndex((line) => line.includes('tests/price.test.js:8'))
    expect(text.split('\n').slice(at, at + 8)).toEqual([
      '  tests/price.test.js:8 error   Failed: expected 1 withTax keeps cents exact',
      '      detail 0',
      '      detail 1',
      '      detail 2',
      '      detail 3',
      '      detail 4',
      '      detail 5',
      '      … 3 more lines',
    ])
  })
})

describe('the verdict', () => {
  const policy = { failOn: 'error' as const }
  it('passes with warnings below fail-on, fails at it, and always fails on tool trouble', () => {
    expect(judge({ outcome: 'fail', findings: findings('a', 'warning', 2) }, policy)).toEqual({
      outcome: 'pass',
      blocking: 0,
    })
    expect(judge({ outcome: 'fail', findings: findings('a', 'warning', 2) }, { failOn: 'warning' })).toEqual({
      outcome: 'fail',
      blocking: 2,
    })
    expect(judge({ outcome: 'error', findings: [], reason: 'crashed' }, { failOn: 'never' })).toEqual({
      outcome: 'error',
      blocking: 0,
      reason: 'crashed',
    })
  })

  it("fail-on: tool takes the tool's exit status, whatever the severities", () => {
    const tool = { failOn: 'tool' as const }
    // eslint's warnings with exit 0 (no --max-warnings): the tool passed.
    expect(judge({ outcome: 'pass', findings: findings('eslint', 'warning', 2) }, tool)).toEqual({
      outcome: 'pass',
      blocking: 0,
    })
    // pylint's conventions alone, exit 16: the tool failed, on every finding it printed.
    expect(judge({ outcome: 'fail', findings: findings('pylint', 'notice', 3) }, tool)).toEqual({
      outcome: 'fail',
      blocking: 3,
    })
    expect(decidedBy([{ exitCode: 16 }], tool, pylint.describeExit)).toBe(
      'its exit status (fail-on: tool): 16 (convention messages)',
    )
    expect(decidedBy([{ exitCode: 0 }, { exitCode: 2 }], tool)).toBe('its exit status (fail-on: tool): 0, 2')
    expect(
      evaluate([{ ...check('pylint', findings('pylint', 'notice', 3)), blocking: 3, outcome: 'fail' }], tool)
        .reasons,
    ).toEqual(['pylint: 3 notices'])
  })

  it('names each failed check kind once and gives reasons', () => {
    const verdict = evaluate(
      [
        check('flake8', findings('flake8', 'error', 3)),
        check('pylint', findings('pylint', 'error', 1)),
        check('ok', []),
      ],
      policy,
    )
    expect(verdict).toEqual({
      passed: false,
      failedChecks: ['lint'],
      reasons: ['flake8: 3 errors', 'pylint: 1 error'],
    })
  })
})
