// vitest `run` with the json reporter written to a file. The reporter is set explicitly, so vitest's own
// GitHub Actions reporter never spends the step's annotation budget. Coverage through istanbul's
// json-summary and lcov, reported even when tests fail.
import path from 'node:path'
import { parseJsTestRun } from './js-tests.js'
import type { Tool, ToolCommand } from './tool.js'

export const vitest: Tool = {
  id: 'vitest',
  kind: 'test',
  ecosystem: 'node',
  executable: 'vitest',
  npmPackage: 'vitest',
  runsInProject: true,
  command(ctx): ToolCommand {
    const report = path.join(ctx.tempDir, 'vitest.json')
    const coverage = path.join(ctx.tempDir, 'coverage')
    const argv = [
      ...ctx.launcher,
      'run',
      '--reporter=json',
      `--outputFile=${report}`,
      '--includeTaskLocation',
    ]
    if (!ctx.withCoverage) return { argv: [...argv, ...ctx.targets], reads: { report } }
    return {
      argv: [
        ...argv,
        '--coverage.enabled',
        '--coverage.reportOnFailure',
        '--coverage.reporter=json-summary',
        '--coverage.reporter=lcovonly',
        `--coverage.reportsDirectory=${coverage}`,
        ...ctx.targets,
      ],
      reads: {
        report,
        coverageSummary: path.join(coverage, 'coverage-summary.json'),
        lcov: path.join(coverage, 'lcov.info'),
      },
    }
  },
  parse: (run, ctx) => parseJsTestRun('vitest', run, ctx),
}
