// A tool's own warnings about its config, read from captured real runs (`npm run capture -- <tool>/config-warnings`):
// each tool's words, once each, and none of the lines around them (findings, summaries, source lines).
import { describe, expect, it } from '@jest/globals'
import { toolOf, type ToolId } from '../src/tools/index.js'
import { planAnnotations } from '../src/report/annotations.js'
import { renderSummary } from '../src/report/summary.js'
import type { CheckResult, Report } from '../src/types.js'
import { captured, parseCaptured } from './helpers/fixtures.js'

function warningsOf(tool: ToolId): string[] {
  const fixture = captured(tool, 'config-warnings')
  const adapter = toolOf(tool)
  return adapter.warnings?.(fixture.run) ?? []
}

const CAPTURE = '/tmp/quality-gate-capture'

describe('each tool’s own warnings', () => {
  it.each<[ToolId, string[]]>([
    [
      'ruff',
      [
        "The top-level linter settings are deprecated in favour of their counterparts in the `lint` section. Please update the following options in `pyproject.toml`: - 'select' -> 'lint.select'",
        'Invalid `# noqa` directive on app.py:2: expected code to consist of uppercase letters followed by digits only (e.g. `F401`)',
      ],
    ],
    ['mypy', ['pyproject.toml: [mypy]: Unrecognized option: strict_optional_typo = True']],
    [
      'black',
      [`Invalid config keys detected: 'line_lenght' (in ${CAPTURE}/black/config-warnings/pyproject.toml)`],
    ],
    [
      'isort',
      [
        `UserWarning: Failed to pull configuration information from ${CAPTURE}/isort/config-warnings/pyproject.toml`,
      ],
    ],
    [
      'pytest',
      [
        'PytestConfigWarning: Unknown config option: unknown_option_here',
        expect.stringMatching(
          /^CoverageWarning: Module nowhere was never imported\. \(module-not-imported\)/,
        ),
        expect.stringMatching(/^CoverageWarning: No data was collected\. \(no-data-collected\)/),
      ] as string[],
    ],
    ['pyright', ['Config contains unrecognized setting "typeCheckingModez".']],
    [
      'eslint',
      [
        'ESLintIgnoreWarning: The ".eslintignore" file is no longer supported. Switch to using the "ignores" property in "eslint.config.js": https://eslint.org/docs/latest/use/configure/migration-guide#ignore-files',
      ],
    ],
    [
      'prettier',
      [
        'Ignored unknown option { semicolonz: true }.',
        'Ignored unknown option { semicolonz: true }.',
        'Ignored unknown option { semicolonz: true }.',
      ],
    ],
    [
      'jest',
      [
        'Validation Warning: Unknown option "testEnviroment" with value "node" was found. Did you mean "testEnvironment"?',
        'Validation Warning: Unknown option "testEnviroment" with value "node" was found. Did you mean "testEnvironment"?',
      ],
    ],
    [
      'vitest',
      [
        '`test.poolOptions` was removed in Vitest 4. All previous `poolOptions` are now top-level options. Please, refer to the migration guide: https://vitest.dev/guide/migration#pool-rework',
      ],
    ],
  ])('%s', (tool, expected) => {
    expect(warningsOf(tool)).toEqual(expected)
    // The run is judged as before: the warnings are beside the outcome, not instead of it.
    expect(parseCaptured(tool, 'config-warnings').outcome).not.toBe('error')
  })

  it('runs without complaints give none', () => {
    for (const [tool, name] of [
      ['isort', 'python-app'],
      ['pyright', 'python-app'],
      ['mypy', 'python-app'],
      ['black', 'python-app'],
      ['pytest', 'python-app-coverage'],
      ['eslint', 'ts-app'],
      ['prettier', 'ts-app'],
      ['vitest', 'ts-app-coverage'],
      ['jest', 'jest-app-coverage'],
    ] as const) {
      const fixture = captured(tool, name)
      expect([tool, toolOf(tool).warnings?.(fixture.run)]).toEqual([tool, []])
    }
  })
})

describe('tool warnings in the report', () => {
  const check: CheckResult = {
    tool: 'mypy',
    kind: 'typecheck',
    outcome: 'pass',
    findings: [],
    blocking: 0,
    durationMs: 5,
    warnings: ['pyproject.toml: [mypy]: Unrecognized option: strict_optional_typo = True'],
  }

  it('become warning annotations ahead of the findings’ warnings, whatever the outcome', () => {
    const plan = planAnnotations([check], { error: 10, warning: 1, notice: 10 })
    expect(plan.annotations).toEqual([
      { level: 'warning', title: 'mypy warned', message: check.warnings?.[0] },
    ])
    expect(plan).toMatchObject({ shown: 0, total: 0 })
  })

  it('are listed under their check in the summary, escaped, even when it passed', () => {
    const report = {
      version: '0',
      verdict: { passed: true, failedChecks: [], reasons: [] },
      checks: [{ ...check, warnings: ['<b>Unrecognized</b> option'] }],
      skipped: [],
      warnings: [],
      counts: { findings: 0, errors: 0, warnings: 0, notices: 0 },
      durationMs: 5,
    } as unknown as Report
    const summary = renderSummary(report)
    expect(summary).toContain('**mypy warned:**')
    expect(summary).toContain('- &lt;b&gt;Unrecognized&lt;/b&gt; option')
  })
})
