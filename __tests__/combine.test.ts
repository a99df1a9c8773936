// Fan-in: several reports, one verdict, a row per report, escaped like everything else.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { HtmlRenderer, Parser } from 'commonmark'
import {
  combineReports,
  renderCombinedConsole,
  renderCombinedMarkdown,
  reportKey,
  type KeyedReport,
} from '../src/report/combine.js'
import { parseReport } from '../src/report/schema.js'
import type { Report } from '../src/types.js'
import { ROOT } from './helpers/action.js'

const failing = parseReport(
  readFileSync(path.join(ROOT, '__tests__', 'fixtures', 'reports', 'python-app.json'), 'utf8'),
)
const passing: Report = {
  ...structuredClone(failing),
  verdict: { passed: true, failedChecks: [], reasons: [] },
  counts: { findings: 0, errors: 0, warnings: 0, notices: 0 },
  checks: failing.checks.map((check) => ({
    ...check,
    outcome: 'pass' as const,
    findings: [],
    blocking: 0,
    ...(check.tests
      ? {
          tests: { ...check.tests, failed: 0, passed: check.tests.total - check.tests.skipped, failures: [] },
        }
      : {}),
  })),
}
const keyed = (key: string, report: Report): KeyedReport => ({ key, report })

describe('combineReports', () => {
  it('passes only when every report passed', () => {
    const all = combineReports([keyed('a', passing), keyed('b', passing)], [])
    expect(all.verdict).toEqual({ passed: true, failedChecks: [], reasons: [] })
    const one = combineReports(
      [keyed('ubuntu-latest / 3.12', passing), keyed('windows-latest / 3.12', failing)],
      [],
    )
    expect(one.verdict.passed).toBe(false)
    expect(one.verdict.failedChecks).toEqual(['format', 'lint', 'typecheck', 'test', 'security'])
    expect(one.verdict.reasons[0]).toBe('windows-latest / 3.12: black: 1 error')
    expect(one.counts).toEqual(failing.counts)
    expect(one.tests).toEqual({ total: 6, failed: 1 })
  })

  it('a report that could not be read, or none at all, is never a pass', () => {
    const refused = combineReports([keyed('a', passing)], [{ key: 'b.json', reason: 'it is not JSON' }])
    expect(refused.verdict).toMatchObject({
      passed: false,
      reasons: ['b.json: the report could not be read (it is not JSON)'],
    })
    expect(combineReports([], []).verdict).toMatchObject({ passed: false, reasons: ['no report was found'] })
  })

  it('the union of failed checks keeps the check order, counts add up', () => {
    const lintOnly: Report = {
      ...passing,
      verdict: { passed: false, failedChecks: ['lint'], reasons: ['x'] },
    }
    const testOnly: Report = {
      ...passing,
      verdict: { passed: false, failedChecks: ['test'], reasons: ['y'] },
    }
    const combined = combineReports([keyed('t', testOnly), keyed('l', lintOnly), keyed('f', failing)], [])
    expect(combined.verdict.failedChecks).toEqual(['format', 'lint', 'typecheck', 'test', 'security'])
    expect(combined.counts.findings).toBe(failing.counts.findings)
    expect(combined.reports.map((row) => row.key)).toEqual(['t', 'l', 'f'])
  })
})

describe('reportKey', () => {
  it('is the job and comment-key, else the fallback', () => {
    expect(
      reportKey({ ...passing, job: { name: 'gate', commentKey: 'ubuntu-latest, 3.12' } }, 'f.json'),
    ).toBe('gate / ubuntu-latest, 3.12')
    expect(reportKey({ ...passing, job: { name: 'gate' } }, 'f.json')).toBe('gate')
    expect(reportKey(passing, 'reports/f.json')).toBe('reports/f.json')
  })
})

describe('renderCombinedMarkdown', () => {
  it('a row per report, then the failing reports with their top findings', () => {
    const reports = [keyed('ubuntu / 3.12', passing), keyed('windows / 3.12', failing)]
    const markdown = renderCombinedMarkdown(combineReports(reports, []), reports)
    expect(markdown).toMatch(/^## ❌ Quality gate failed — 2 reports\n/)
    expect(markdown).toContain('| ✅ | ubuntu / 3.12 | — | 0 | 0 | 0 |')
    expect(markdown).toContain('| ❌ | windows / 3.12 | format, lint, typecheck, test, security |')
    expect(markdown).toContain('### windows / 3.12')
    expect(markdown).not.toContain('### ubuntu / 3.12')
    expect(markdown).toContain(
      "- `examples/python-app/src/pyapp/util.py:8` flake8 E201: whitespace after '\\('",
    )
  })

  it('a hostile key or message cannot inject HTML, ping people or break the table', () => {
    const hostile: Report = structuredClone(failing)
    const [first] = hostile.checks[2]?.findings ?? []
    if (first) first.message = '<img src=x onerror=alert(1)> @octo-org/admins #1 | x'
    const reports = [keyed('<b>@someone</b> | #12', hostile)]
    const html = new HtmlRenderer().render(
      new Parser().parse(renderCombinedMarkdown(combineReports(reports, []), reports)),
    )
    expect(html).not.toMatch(/<img|<b>/)
    expect(html).not.toMatch(/(^|[^\\w`])@someone/)
    expect(renderCombinedMarkdown(combineReports(reports, []), reports)).not.toMatch(/\| #12 \|/)
  })
})

describe('renderCombinedConsole', () => {
  it('a line per report and the verdict', () => {
    const combined = combineReports(
      [keyed('a', passing), keyed('b', failing)],
      [{ key: 'c.json', reason: 'nope' }],
    )
    expect(renderCombinedConsole(combined)).toBe(
      [
        '  ✓ a  passed (0 findings)',
        `  ✗ b  failed: format, lint, typecheck, test, security (${failing.counts.findings} findings)`,
        '  ! c.json  unreadable: nope',
        '✗ Quality gate failed (3 reports)',
        '',
      ].join('\n'),
    )
  })
})
