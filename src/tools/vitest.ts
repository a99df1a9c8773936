// vitest `run` with the json reporter written to a file. The reporter is set explicitly, so vitest's own
// GitHub Actions reporter never spends the step's annotation budget. Coverage through istanbul's
// json-summary and lcov, reported even when tests fail.
import { atLeast } from './common.js'
import { jsTestFiles, parseJsTestRun, vitestWarnings } from './js-tests.js'
import type { Tool, ToolCommand } from './tool.js'

export const vitest: Tool<'vitest'> = {
  id: 'vitest',
  docsUrl: 'https://vitest.dev/',
  kind: 'test',
  ecosystem: 'node',
  language: 'javascript',
  evidence: {
    files: ['vitest.config.js', 'vitest.config.mjs', 'vitest.config.ts', 'vitest.config.mts'],
    npmPackages: ['vitest'],
  },
  aim: () => ({ targets: [] }),
  coveragePackages: ['@vitest/coverage-v8', '@vitest/coverage-istanbul'],
  executable: 'vitest',
  commandLine: {
    modes: ['run', 'watch', 'dev'],
    bareIsMode: true,
    otherModes: ['bench', 'list', 'init', 'related', 'typecheck'],
    ownedFlags: {
      '--run': 0,
      '--watch': 0,
      '-w': 0,
      '--ui': 0,
      '--reporter': 1,
      '--outputFile': 1,
      '--coverage': 0,
      '--coverage.enabled': 0,
      '--coverage.reporter': 1,
      '--coverage.reportsDirectory': 1,
      '--includeTaskLocation': 0,
    },
  },
  npmPackage: 'vitest',
  warnings: vitestWarnings,
  runsInProject: true,
  command(ctx): ToolCommand {
    const { reportFile, coverageDir, reads } = jsTestFiles(ctx, 'vitest.json')
    const coverage = ctx.withCoverage
      ? [
          '--coverage.enabled',
          '--coverage.reportOnFailure',
          '--coverage.reporter=json-summary',
          '--coverage.reporter=lcovonly',
          `--coverage.reportsDirectory=${coverageDir}`,
        ]
      : []
    return {
      argv: [
        ...ctx.launcher,
        'run',
        '--reporter=json',
        `--outputFile=${reportFile}`,
        // Each test's line (vitest ≥ 1.4; before, the failure's stack frame in the test file gives it).
        ...(atLeast(ctx.version, '1.4') ? ['--includeTaskLocation'] : []),
        ...coverage,
        ...ctx.targets,
      ],
      reads,
    }
  },
  parse: (run, ctx) => parseJsTestRun('vitest', run, ctx),
}
