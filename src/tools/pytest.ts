// pytest, in the project's own interpreter (tests need the project's dependencies). JUnit XML in the
// xunit1 family (file and 0-based line per test). With the coverage check the same run happens under
// coverage.py, followed by `coverage json`: tests run once.
// Exit 0 passed, 1 failures, 2 interrupted (e.g. collection errors), 3 internal error, 4 usage error,
// 5 no tests collected, 6 too many warnings (9.1+).
import path from 'node:path'
import { formatPercent } from '../gate.js'
import { coverageJsonSchema, readCoverageJson } from '../parsers/coverage-json.js'
import { parseJunit, type JunitCase, type JunitReport } from '../parsers/junit.js'
import { asRecord, type ProjectScan } from '../project.js'
import { pythonModuleArgv } from '../python-launch.js'
import { errorMessage, tail } from '../text.js'
import type { CoverageSummary, Finding, ParseResult, TestCase, TestSummary, ToolRun } from '../types.js'
import {
  crashed,
  finding,
  parseJson,
  pythonWarnings,
  runTrouble,
  trouble,
  warningLines,
  workspacePath,
} from './common.js'
import type { ConfiguredThreshold, Pin, Tool, ToolCommand, ToolContext } from './tool.js'

/** coverage.py, which measures the test run in the pytest check: its built-in default pin. */
export const COVERAGE_PIN: Pin = { package: 'coverage', registry: 'pypi', version: '7.17.3' }

const EXIT_MEANING: Record<number, string> = {
  2: 'pytest was interrupted',
  3: 'pytest internal error',
  4: 'pytest usage error',
}
const MESSAGE_LINES = 12
const MESSAGE_CHARS = 2000
const DETAILS_CHARS = 8000

const files = (ctx: ToolContext) => ({
  junit: path.join(ctx.tempDir, 'junit.xml'),
  coverage: path.join(ctx.tempDir, 'coverage.json'),
})

export const pytest: Tool<'pytest'> = {
  id: 'pytest',
  docsUrl: 'https://docs.pytest.org/',
  defaultPin: { package: 'pytest', registry: 'pypi', version: '9.2.0' },
  kind: 'test',
  ecosystem: 'python',
  language: 'python',
  isDefault: true,
  evidence: {
    files: ['pytest.ini', 'conftest.py'],
    pyprojectTables: [['tool', 'pytest']],
    iniSections: { 'setup.cfg': ['tool:pytest'], 'tox.ini': ['pytest'] },
    pythonPackages: ['pytest'],
    preCommitHooks: ['pytest'],
    testsDirectory: true,
  },
  aim: () => ({ targets: [] }),
  coverageThreshold: coverageFailUnder,
  coverage: {
    name: 'coverage',
    python: { module: 'coverage', distribution: 'coverage' },
    defaultPin: COVERAGE_PIN,
  },
  executable: 'pytest',
  python: { module: 'pytest', distribution: 'pytest' },
  runsInProject: true,
  command(ctx): ToolCommand {
    const { junit, coverage } = files(ctx)
    // No cache in the project: the gate leaves its working tree as it found it.
    const pytestArgs = [
      '-p',
      'no:cacheprovider',
      '-o',
      'junit_family=xunit1',
      `--junitxml=${junit}`,
      ...ctx.targets,
    ]
    if (!ctx.withCoverage) return { argv: [...ctx.launcher, ...pytestArgs], reads: { junit } }
    const python = ctx.launcher[0] ?? 'python3'
    const coverageModule = pythonModuleArgv(python, 'coverage')
    return {
      // Parallel mode always, then combine: one path whether or not the project sets parallel = true (or
      // measures subprocesses), and the data files live in the gate's scratch directory, not the project.
      argv: [
        ...pythonModuleArgv(python, 'coverage', { projectOnPath: true, preload: ['pytest'] }),
        'run',
        '--parallel-mode',
        '-m',
        'pytest',
        ...pytestArgs,
      ],
      env: { COVERAGE_FILE: path.join(ctx.tempDir, '.coverage') },
      after: [
        [...coverageModule, 'combine', '--quiet'],
        [...coverageModule, 'json', '-o', coverage],
      ],
      reads: { junit, coverage },
    }
  },
  // Its own warnings from the warnings summary (`PytestConfigWarning: Unknown config option: foo`), not
  // those the project's code raises; coverage.py's about its settings (`CoverageWarning: Module src was
  // never imported`), from the run and from combine/json.
  warnings: (run) => [
    ...warningLines(run.stdout, /^\s+\S.*?:\d+: (Pytest\w*Warning: .+)$/),
    ...[run, ...(run.after ?? [])].flatMap((done) => pythonWarnings(done.stderr, /^CoverageWarning: /)),
  ],
  parse(run, ctx) {
    let junit: JunitReport | undefined
    let junitProblem: string | undefined
    const xml = run.files?.junit
    if (xml !== undefined) {
      try {
        junit = parseJunit(xml)
      } catch (error) {
        junitProblem = `its JUnit report could not be read: ${errorMessage(error)}`
      }
    }
    const tests = junit ? summarize(junit, ctx) : undefined
    const findings = junit ? junit.cases.filter(isProblem).map((item) => toFinding(item, ctx)) : []
    const withResults = (result: ParseResult): ParseResult => {
      const full: ParseResult = {
        ...result,
        findings: result.findings.length > 0 ? result.findings : findings,
      }
      if (tests) full.tests = tests
      if (ctx.withCoverage) Object.assign(full, readCoverage(run, ctx))
      return full
    }

    const problem = runTrouble(run)
    if (problem) return withResults(problem)
    const code = run.exitCode ?? -1
    if (code === 5) return withResults({ outcome: 'fail', findings: [], reason: 'no tests were collected' })
    if (EXIT_MEANING[code] !== undefined) {
      const collection = junit?.cases.filter(isCollectionError).length ?? 0
      const why =
        collection > 0
          ? `${collection} error${collection === 1 ? '' : 's'} during collection`
          : EXIT_MEANING[code]
      return withResults(crashed(run, why ?? 'pytest failed'))
    }
    if (code !== 0 && code !== 1 && code !== 6) return withResults(crashed(run, 'not a pytest status'))
    if (!junit || !tests) {
      // A plugin that failed to load (pytest's, or coverage.py's) stops the run with exit 1 before any
      // report: its output says why.
      if (junitProblem === undefined && code !== 0)
        return withResults(crashed(run, 'the run stopped before pytest wrote its JUnit report'))
      return withResults(
        trouble(junitProblem ?? 'pytest wrote no JUnit report, so its results cannot be read'),
      )
    }
    if (code === 1 && tests.failed + tests.errors === 0) {
      return withResults(crashed(run, 'pytest failed but its report shows no failing test'))
    }
    if (code === 6)
      return withResults({ outcome: 'fail', findings: [], reason: 'too many warnings (--max-warnings)' })
    return withResults({ outcome: findings.length > 0 ? 'fail' : 'pass', findings })
  },
}

/**
 * coverage.py's `fail_under`, from the file it reads its settings from: .coveragerc when it exists, else the
 * first of setup.cfg and tox.ini with a `coverage:` section, else pyproject.toml's [tool.coverage].
 */
export function coverageFailUnder(scan: ProjectScan): ConfiguredThreshold | undefined {
  const found = (value: unknown, from: string): ConfiguredThreshold | undefined => {
    const percent = typeof value === 'number' ? value : Number.parseFloat(String(value ?? ''))
    return Number.isFinite(percent) && percent > 0 ? { percent, from } : undefined
  }
  const rc = scan.ini['.coveragerc']
  if (rc !== undefined) {
    const section = rc.report !== undefined ? 'report' : 'coverage:report'
    return found(rc[section]?.fail_under, `fail_under in [${section}] of .coveragerc`)
  }
  for (const file of ['setup.cfg', 'tox.ini']) {
    const sections = scan.ini[file]
    if (sections === undefined || !Object.keys(sections).some((name) => name.startsWith('coverage:')))
      continue
    return found(sections['coverage:report']?.fail_under, `fail_under in [coverage:report] of ${file}`)
  }
  const report = asRecord(asRecord(asRecord(scan.pyproject?.tool).coverage).report)
  return found(report.fail_under, 'fail_under in [tool.coverage.report] of pyproject.toml')
}

function isProblem(item: JunitCase): boolean {
  return item.outcome === 'failed' || item.outcome === 'error'
}

function isCollectionError(item: JunitCase): boolean {
  return item.outcome === 'error' && item.classname === '' && item.message === 'collection failure'
}

/** `tests/test_a.py::TestGroup::test_param[1]`, as pytest names it. */
export function testId(item: JunitCase): string {
  if (!item.file) return item.classname ? `${item.classname}::${item.name}` : item.name
  // JUnit's file attribute uses the OS separator: tests\test_a.py on Windows.
  const file = item.file.replace(/\\/g, '/')
  if (item.classname === '') return file
  const module = file.replace(/\.py$/, '').split('/').join('.')
  const inner = item.classname.startsWith(module) ? item.classname.slice(module.length) : ''
  return [file, ...inner.split('.').filter(Boolean), item.name].join('::')
}

function toFinding(item: JunitCase, ctx: ToolContext): Finding {
  const id = testId(item)
  const collection = isCollectionError(item)
  const raisedLines = (item.details ?? '')
    .split('\n')
    .filter((line) => line.startsWith('E '))
    .map((line) => line.slice(1).trim())
  const message = collection
    ? `Collection failed: ${raisedLines.join('\n') || 'see the log'}`
    : `${item.outcome === 'error' ? 'Error' : 'Failed'}: ${item.message ?? 'no message'}`
  return finding({
    tool: 'pytest',
    severity: 'error',
    rule: id,
    message: clip(message),
    file: item.file ? workspacePath(item.file, ctx) : undefined,
    line: item.line,
  })
}

function summarize(report: JunitReport, ctx: ToolContext): TestSummary {
  const count = (outcome: JunitCase['outcome']): number =>
    report.cases.filter((item) => item.outcome === outcome).length
  const asCase = (item: JunitCase, withDetails: boolean): TestCase => {
    const test: TestCase = {
      id: testId(item),
      outcome: item.outcome,
      durationMs: Math.round(item.timeSeconds * 1000),
    }
    if (item.file) test.file = workspacePath(item.file, ctx)
    if (item.line !== undefined) test.line = item.line
    const text = withDetails ? (item.details ?? item.message) : undefined
    if (text) test.message = text.length > DETAILS_CHARS ? `${text.slice(0, DETAILS_CHARS)}\n… (cut)` : text
    return test
  }
  return {
    total: report.cases.length,
    passed: count('passed'),
    failed: count('failed'),
    errors: count('error'),
    skipped: count('skipped'),
    durationMs: Math.round(report.timeSeconds * 1000),
    slowest: report.cases
      .filter((item) => item.outcome !== 'skipped')
      .sort((a, b) => b.timeSeconds - a.timeSeconds)
      .slice(0, 5)
      .map((item) => asCase(item, false)),
    failures: report.cases.filter(isProblem).map((item) => asCase(item, true)),
  }
}

function readCoverage(
  run: ToolRun,
  ctx: ToolContext,
): Pick<ParseResult, 'coverage' | 'coverageTrouble' | 'coverageFailure'> {
  const json = run.files?.coverage
  if (json === undefined) {
    // The first follow-up that failed says why (combine's "No data to combine"), else the report's.
    const after = run.after?.find((done) => done.exitCode !== 0) ?? run.after?.at(-1)
    const why = after ? tail(after.stderr || after.stdout, 1).trim() : ''
    return { coverageTrouble: `coverage.py wrote no report${why ? `: ${why}` : ''}` }
  }
  const parsed = parseJson(json, coverageJsonSchema, 'coverage.py JSON report')
  if (!parsed.ok) return { coverageTrouble: parsed.result.reason ?? 'unreadable coverage report' }
  const inside = (file: string): boolean => {
    const relative = workspacePath(file, ctx)
    return relative !== '..' && !relative.startsWith('../') && !path.isAbsolute(relative)
  }
  const data = readCoverageJson(parsed.value, inside)
  const coverage: CoverageSummary = {
    percent: data.percent,
    covered: data.covered,
    statements: data.statements,
    files: data.files.map((file) => ({
      file: workspacePath(file.file, ctx),
      percent: file.percent,
      covered: file.covered,
      statements: file.statements,
      missingLines: file.missingLines,
      executedLines: file.executedLines,
    })),
  }
  if (data.branchPercent !== undefined) coverage.branchPercent = data.branchPercent
  if (data.linePercent !== undefined) coverage.linePercent = data.linePercent
  if (data.leftOut !== undefined) coverage.leftOut = data.leftOut
  const failure = fellShort(run.after?.at(-1))
  if (failure === undefined) return { coverage }
  if (data.leftOut === undefined || failure.threshold === undefined)
    return { coverage, coverageFailure: failure }
  // coverage.py counted files outside the project against fail_under: held to it again without them.
  if (coverage.percent >= failure.threshold) return { coverage }
  return {
    coverage,
    coverageFailure: {
      reason: `Coverage failure: total of ${formatPercent(coverage.percent)} (the project's own files) is less than fail-under=${failure.threshold}`,
      threshold: failure.threshold,
    },
  }
}

/**
 * `coverage json` applies the project's fail_under as `coverage report` does: exit 2 and "Coverage failure:
 * total of 87 is less than fail-under=95" (the report is written all the same).
 */
function fellShort(after: ToolRun | undefined): ParseResult['coverageFailure'] {
  if (after === undefined || after.exitCode !== 2) return undefined
  const line = /^Coverage failure: .*fail-under=([\d.]+).*$/m.exec(`${after.stdout}\n${after.stderr}`)
  if (line === null) return undefined
  return { reason: line[0].trim(), threshold: Number(line[1]) }
}

function clip(text: string): string {
  const lines = text.split('\n')
  const kept = lines.slice(0, MESSAGE_LINES).join('\n')
  const cut = kept.length > MESSAGE_CHARS ? `${kept.slice(0, MESSAGE_CHARS)}…` : kept
  return lines.length > MESSAGE_LINES && cut === kept ? `${cut}\n…` : cut
}
