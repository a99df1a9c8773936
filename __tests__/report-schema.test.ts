// Reading reports back (publish mode): untrusted input, bounded and checked against the report's shape.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { MAX_REPORT_BYTES, parseReport, ReportError } from '../src/report/schema.js'
import { ROOT } from './helpers/action.js'

const raw = readFileSync(path.join(ROOT, '__tests__', 'fixtures', 'reports', 'python-app.json'), 'utf8')
const real = JSON.parse(raw) as Record<string, unknown> & { checks: Record<string, unknown>[] }
const edited = (edit: (report: typeof real) => void): string => {
  const copy = structuredClone(real)
  edit(copy)
  return JSON.stringify(copy)
}

describe('parseReport', () => {
  it('reads a real report whole', () => {
    expect(parseReport(raw)).toEqual(real)
  })

  it('drops keys it does not know (a newer gate may write more)', () => {
    const report = parseReport(
      edited((copy) => {
        copy.extra = 'x'
        ;(copy.checks[0] as Record<string, unknown>).injected = '<script>'
      }),
    )
    expect(report).not.toHaveProperty('extra')
    expect(report.checks[0]).not.toHaveProperty('injected')
  })

  it.each([
    ['not JSON', '{"schemaVersion": 1,', /^it is not JSON \(/],
    ['another schema version', edited((copy) => void (copy.schemaVersion = 2)), /at schemaVersion, /],
    ['another tool', edited((copy) => void (copy.gate = { name: 'other', version: '1' })), /at gate\.name, /],
    [
      'a finding at line 0',
      edited(
        (copy) =>
          void (copy.checks[2]?.findings as { line: number }[]).forEach((finding) => (finding.line = 0)),
      ),
      /at checks\.2\.findings\.0\.line, /,
    ],
    [
      'a count that is not one',
      edited((copy) => void ((copy.counts as { errors: unknown }).errors = '12; rm -rf /')),
      /at counts\.errors, /,
    ],
    [
      'a message past its bound',
      edited((copy) => void ((copy.verdict as { reasons: string[] }).reasons = ['x'.repeat(100_001)])),
      /at verdict\.reasons\.0, /,
    ],
    ['an array', '[]', /at the top level, /],
  ])('refuses %s, in one line', (_name, text, why) => {
    let error: unknown
    try {
      parseReport(text)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ReportError)
    expect((error as Error).message).toMatch(why)
    expect((error as Error).message).not.toContain('\n')
  })

  it(`refuses a file over ${MAX_REPORT_BYTES / 1024 / 1024} MiB without parsing it`, () => {
    expect(() => parseReport(' '.repeat(MAX_REPORT_BYTES + 1))).toThrow(/^it is larger than 64 MiB$/)
  })
})
