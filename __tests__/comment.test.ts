// The PR comment body: within 65,536 characters whatever the report holds, trimming the least important
// parts first and saying so; a marker that cannot be broken; bodies that differ only in times are the same.
import { describe, expect, it } from '@jest/globals'
import { sameResult } from '../src/github/publish.js'
import { COMMENT_LIMIT, commentMarker, renderComment } from '../src/report/comment.js'
import type { CheckResult, Report } from '../src/types.js'

function report(checks: CheckResult[], warnings: string[] = []): Report {
  const findings = checks.flatMap((check) => check.findings)
  return {
    schemaVersion: 1,
    gate: { name: 'quality-gate', version: '0.1.0' },
    verdict: {
      passed: false,
      failedChecks: ['lint'],
      reasons: checks.map((check) => `${check.tool}: failed`),
    },
    counts: { findings: findings.length, errors: findings.length, warnings: 0, notices: 0 },
    checks,
    skipped: [],
    warnings,
    workingDirectory: '.',
    failOn: 'error',
    scope: 'all',
    startedAt: '2026-01-01T00:00:00.000Z',
    durationMs: 1,
  }
}

const check = (tool: string, count: number, message = 'bad'): CheckResult => ({
  tool,
  kind: 'lint',
  version: '1.0',
  outcome: 'fail',
  blocking: count,
  durationMs: 1200,
  pin: { version: '1.0', source: 'requirements-dev.txt' },
  findings: Array.from({ length: count }, (_, index) => ({
    tool,
    severity: 'error' as const,
    message: `${message} ${index}`,
    rule: 'R1',
    file: `src/${tool}.py`,
    line: index + 1,
  })),
})

describe('comment body', () => {
  it('holds the verdict, a row per check, top findings, the run link and the pins footnote', () => {
    const body = renderComment(report([check('flake8', 3)]), {
      marker: commentMarker('gate'),
      runUrl: 'https://x/runs/1',
    })
    expect(body.split('\n')[0]).toBe('<!-- quality-gate:gate -->')
    expect(body).toContain('### ❌ Quality gate failed')
    expect(body).toContain('| ❌ | lint | flake8@1.0 | 3 errors | 1.2 s |')
    expect(body).toContain('<details open><summary>Top findings (3)</summary>')
    expect(body).toContain('[Full report in the job summary](https://x/runs/1)')
    expect(body).toContain('<sub>Pins: flake8 1.0 \\(requirements-dev.txt\\)</sub>')
  })

  it('a body that would pass 65,536 characters is trimmed, least important first, and says so', () => {
    const huge = report(
      Array.from({ length: 1500 }, (_, index) => check(`tool${index}`, 2, 'x'.repeat(5000))),
      ['black is pinned differently in the project: 1 in a, 2 in b; using 1 from a.'],
    )
    const body = renderComment(huge, { marker: commentMarker('gate') })
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(body).toMatch(
      /Trimmed to fit GitHub's comment limit: the pins footnote, \d+ top findings?, \d+ check rows?\./,
    )
    expect(body).toContain('### ❌ Quality gate failed')
  })

  it('trims only what it must', () => {
    const body = renderComment(report([check('flake8', 30, 'y'.repeat(250))]), {
      marker: commentMarker('k'),
      maxChars: 6000,
    })
    expect(body.length).toBeLessThanOrEqual(6000)
    expect(body).toMatch(
      /Trimmed to fit GitHub's comment limit: the pins footnote, \d+ top findings?\.<\/sub>/,
    )
    expect(body).toContain('| ❌ | lint | flake8@1.0 | 30 errors |')
  })

  it('a key cannot close the marker early', () => {
    expect(commentMarker('a --> <b>x</b>\nnext')).toBe('<!-- quality-gate:a - <b>x</b> next -->')
  })

  it('bodies that differ only in run times report the same result', () => {
    const a = renderComment(report([check('flake8', 1)]), { marker: commentMarker('k') })
    const b = a.replace('| 1.2 s |', '| 3.4 s |')
    expect(b).not.toBe(a)
    expect(sameResult(a, b)).toBe(true)
    expect(sameResult(a, a.replace('1 error', '2 errors'))).toBe(false)
  })
})
