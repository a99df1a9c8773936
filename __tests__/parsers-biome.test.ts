// biome's JSON reporter over upstream snapshots (2.5 and the legacy 2.3 shape) in __tests__/fixtures/upstream.
import { describe, expect, it } from '@jest/globals'
import { biome, biomeFormat } from '../src/tools/biome.js'
import { contextAt, parseCaptured, runOf, upstream } from './helpers/fixtures.js'

describe('biome', () => {
  const ctx = contextAt('/work')

  it('lint: rules without the lint/ prefix, 1-based positions, Windows paths made posix', () => {
    const result = biome.parse(runOf(upstream('biome/check-json-compact-backslash-path.json'), 1), ctx)
    expect(
      result.findings
        .slice(0, 2)
        .map((item) => `${item.severity} ${item.file}:${item.line}:${item.column} ${item.rule}`),
    ).toEqual([
      'warning src/app/main.ts:1:10 correctness/noUnusedVariables',
      'error src/app/main.ts:1:10 suspicious/noShadowRestrictedNames',
    ])
    expect(result.findings[2]).toEqual({
      tool: 'biome',
      severity: 'error',
      message: 'File is not formatted with biome',
      file: 'src/app/main.ts',
    })
  })

  it('24 diagnostics over 2 files, none lost', () => {
    const result = biome.parse(runOf(upstream('biome/check-json-pretty-2-files-24-diags.json'), 1), ctx)
    expect(result.findings).toHaveLength(24)
    expect(result.findings.filter((item) => item.severity === 'error')).toHaveLength(16)
    expect(result.findings.filter((item) => item.severity === 'warning')).toHaveLength(8)
  })

  it('format: one finding per file, in the 2.5 and the legacy 2.3 shape', () => {
    for (const file of ['biome/format-json-compact.json', 'biome/format-json-legacy-2.3.json']) {
      const result = biomeFormat.parse(runOf(upstream(file), 1), ctx)
      expect(result.findings).toEqual([
        {
          tool: 'biome-format',
          severity: 'error',
          message: 'File is not formatted with biome',
          file: 'format.js',
        },
      ])
    }
  })

  it('before 2.4 (a real 2.3.15 run): byte spans into the file become lines and character columns', () => {
    // Line 1 holds non-ASCII text, so byte and character offsets differ before the findings.
    expect(
      parseCaptured('biome', 'biome-2.3').findings.map(
        (item) => `${item.file}:${item.line}:${item.column}-${item.endLine}:${item.endColumn} ${item.rule}`,
      ),
    ).toEqual(['src/app.ts:2:11-2:13 suspicious/noDoubleEquals', 'src/app.ts:3:3-3:11 suspicious/noDebugger'])
  })

  it('no diagnostics passes', () => {
    expect(
      biome.parse(runOf(upstream('biome/check-write-json-compact-no-diagnostics.json'), 0), ctx),
    ).toEqual({
      outcome: 'pass',
      findings: [],
    })
  })

  it('a configuration error (no report, exit 1) is tool trouble', () => {
    const result = biome.parse(
      runOf('', 1, 'biome.json:1:15 deserialize\n  × Found an unknown key `bogus`.'),
      ctx,
    )
    expect(result.outcome).toBe('error')
    expect(result.reason).toMatch(/configuration is likely invalid/)
  })

  it('asks for every diagnostic', () => {
    expect(biome.command({ ...ctx, launcher: ['biome'] }).argv).toEqual([
      'biome',
      'lint',
      '--reporter=json',
      '--max-diagnostics=none',
      '.',
    ])
    expect(biomeFormat.command({ ...ctx, launcher: ['biome'] }).argv).toEqual([
      'biome',
      'format',
      '--reporter=json',
      '--max-diagnostics=none',
      '.',
    ])
  })
})
