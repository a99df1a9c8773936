// jest with `--ci --json --outputFile --testLocationInResults`; with coverage, istanbul's json-summary and
// lcov reporters into a scratch directory.
import { asRecord } from '../project.js'
import { jestWarnings, jsTestFiles, parseJsTestRun } from './js-tests.js'
import type { Tool, ToolCommand } from './tool.js'

export const jest: Tool<'jest'> = {
  id: 'jest',
  docsUrl: 'https://jestjs.io/',
  kind: 'test',
  ecosystem: 'node',
  language: 'javascript',
  evidence: {
    files: ['jest.config.js', 'jest.config.cjs', 'jest.config.mjs', 'jest.config.ts', 'jest.config.json'],
    packageJsonKeys: ['jest'],
    npmPackages: ['jest'],
  },
  aim: () => ({ targets: [] }),
  // Its config in package.json is plain data; a jest.config.* file is code, read only by jest.
  coverageThreshold: (scan) => {
    const lines = asRecord(asRecord(asRecord(scan.packageJson?.jest).coverageThreshold).global).lines
    return typeof lines === 'number' && lines > 0
      ? { percent: lines, from: 'coverageThreshold.global.lines in package.json "jest"' }
      : undefined
  },
  executable: 'jest',
  commandLine: {
    ownedFlags: {
      '--ci': 0,
      '--json': 0,
      '--outputFile': 1,
      '--testLocationInResults': 0,
      '--coverage': 0,
      '--collectCoverage': 0,
      '--coverageReporters': 1,
      '--coverageDirectory': 1,
      '--watch': 0,
      '--watchAll': 0,
    },
  },
  npmPackage: 'jest',
  warnings: jestWarnings,
  runsInProject: true,
  command(ctx): ToolCommand {
    const { reportFile, coverageDir, reads } = jsTestFiles(ctx, 'jest.json')
    const coverage = ctx.withCoverage
      ? [
          '--coverage',
          '--coverageReporters=json-summary',
          '--coverageReporters=lcovonly',
          `--coverageDirectory=${coverageDir}`,
        ]
      : []
    return {
      argv: [
        ...ctx.launcher,
        '--ci',
        '--json',
        `--outputFile=${reportFile}`,
        '--testLocationInResults',
        ...coverage,
        ...ctx.targets,
      ],
      reads,
    }
  },
  parse: (run, ctx) => parseJsTestRun('jest', run, ctx),
}
