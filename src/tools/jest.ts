// jest with `--ci --json --outputFile --testLocationInResults`; with coverage, istanbul's json-summary and
// lcov reporters into a scratch directory.
import path from 'node:path'
import { parseJsTestRun } from './js-tests.js'
import type { Tool, ToolCommand } from './tool.js'

export const jest: Tool = {
  id: 'jest',
  kind: 'test',
  ecosystem: 'node',
  executable: 'jest',
  npmPackage: 'jest',
  runsInProject: true,
  command(ctx): ToolCommand {
    const report = path.join(ctx.tempDir, 'jest.json')
    const coverage = path.join(ctx.tempDir, 'coverage')
    const argv = [...ctx.launcher, '--ci', '--json', `--outputFile=${report}`, '--testLocationInResults']
    if (!ctx.withCoverage) return { argv: [...argv, ...ctx.targets], reads: { report } }
    return {
      argv: [
        ...argv,
        '--coverage',
        '--coverageReporters=json-summary',
        '--coverageReporters=lcovonly',
        `--coverageDirectory=${coverage}`,
        ...ctx.targets,
      ],
      reads: {
        report,
        coverageSummary: path.join(coverage, 'coverage-summary.json'),
        lcov: path.join(coverage, 'lcov.info'),
      },
    }
  },
  parse: (run, ctx) => parseJsTestRun('jest', run, ctx),
}
