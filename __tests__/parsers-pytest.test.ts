// pytest and coverage.py over real JUnit XML and coverage JSON captured from Debian's pytest 7.2 and
// coverage 6.5 (scripts/capture-fixtures.ts), plus the JUnit parser on its own.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parseJunit } from '../src/parsers/junit.js'
import { lineRanges } from '../src/text.js'
import { pythonModuleArgv } from '../src/python-launch.js'
import { scanProject } from '../src/project.js'
import { coverageFailUnder, pytest, testId } from '../src/tools/pytest.js'
import { captured } from './helpers/fixtures.js'

function check(name: string) {
  const fixture = captured('pytest', name)
  expect(pytest.command(fixture.ctx).argv).toEqual(fixture.argv)
  return pytest.parse(fixture.run, fixture.ctx)
}

describe('pytest adapter', () => {
  it('python-app under coverage: counts, the failing test as a finding, and coverage', () => {
    const result = check('python-app-coverage')
    expect(result.outcome).toBe('fail')
    expect(result.tests).toMatchObject({ total: 3, passed: 1, failed: 1, errors: 0, skipped: 1 })
    expect(result.findings).toEqual([
      {
        tool: 'pytest',
        severity: 'error',
        rule: 'tests/test_inventory.py::test_total_quantity_of_nothing_is_one',
        message: 'Failed: assert 0 == 1\n +  where 0 = total_quantity([])',
        file: 'tests/test_inventory.py',
        line: 12,
      },
    ])
    expect(result.tests?.failures[0]?.message).toContain('tests/test_inventory.py:14: AssertionError')
    expect(result.coverage).toMatchObject({ covered: 10, statements: 23 })
    expect(result.coverage?.percent).toBeCloseTo((100 * 10) / 23, 10)
    expect(result.coverage?.files.find((file) => file.file === 'src/pyapp/inventory.py')).toMatchObject({
      covered: 10,
      statements: 13,
      missingLines: [21, 22, 27],
    })
    expect(result.coverageTrouble).toBeUndefined()
  })

  it('the coverage run is `coverage run -p -m pytest`, `coverage combine`, `coverage json`: tests run once, data in temp', () => {
    const fixture = captured('pytest', 'python-app-coverage')
    const command = pytest.command(fixture.ctx)
    expect(command.argv.slice(0, 9)).toEqual([
      ...pythonModuleArgv('/usr/bin/python3', 'coverage', { projectOnPath: true, preload: ['pytest'] }),
      'run',
      '--parallel-mode',
      '-m',
      'pytest',
      '-p',
      'no:cacheprovider',
    ])
    expect(command.env).toEqual({ COVERAGE_FILE: `${fixture.ctx.tempDir}/.coverage` })
    expect(command.after).toEqual([
      [...pythonModuleArgv('/usr/bin/python3', 'coverage'), 'combine', '--quiet'],
      [
        ...pythonModuleArgv('/usr/bin/python3', 'coverage'),
        'json',
        '-o',
        `${fixture.ctx.tempDir}/coverage.json`,
      ],
    ])
  })

  it('python-clean passes', () => {
    const result = check('python-clean')
    expect(result).toMatchObject({ outcome: 'pass', findings: [], tests: { total: 2, passed: 2, failed: 0 } })
  })

  it('errors, parametrized ids, classes, unicode and very long messages', () => {
    const result = check('mixed-outcomes')
    expect(result.tests).toMatchObject({ total: 7, passed: 3, failed: 2, errors: 1, skipped: 1 })
    expect(result.findings.map((item) => `${item.rule} @${item.line}`)).toEqual([
      'test_mixed.py::test_uses_broken @9',
      'test_mixed.py::TestGroup::test_param[\\xfcn\\xef] @14',
      'test_mixed.py::test_long_message @19',
    ])
    expect(result.findings[0]?.message).toBe('Error: failed on setup with "RuntimeError: fixture exploded"')
    expect(result.findings[1]?.message).toBe(
      "Failed: AssertionError: unicode <b>message</b> & @user #1\nassert 'ünï' != 'ünï'",
    )
    const long = result.findings[2]?.message ?? ''
    expect(long.split('\n')).toHaveLength(13) // 12 lines, then an ellipsis
    expect(long.endsWith('\n…')).toBe(true)
    expect(result.tests?.failures.every((failure) => (failure.message?.length ?? 0) <= 8000 + 20)).toBe(true)
  })

  it('a collection error is an error finding, and exit 2 is tool trouble that says why', () => {
    const result = check('collection-error')
    expect(result.outcome).toBe('error')
    expect(result.reason).toMatch(/^exited with 2 \(1 error during collection\)/)
    expect(result.findings).toEqual([
      {
        tool: 'pytest',
        severity: 'error',
        rule: 'test_broken.py',
        message: "Collection failed: ModuleNotFoundError: No module named 'nosuchmodule'",
        file: 'test_broken.py',
      },
    ])
  })

  it('no tests collected (exit 5) fails the check with that reason', () => {
    expect(check('no-tests')).toMatchObject({
      outcome: 'fail',
      findings: [],
      reason: 'no tests were collected',
    })
  })

  it('branch coverage is read when configured', () => {
    const result = check('branch-coverage')
    expect(result.outcome).toBe('pass')
    // coverage report's TOTAL: (10 lines + 3 branches) / (11 statements + 4 branches), as coverage.py computes it.
    expect(result.coverage?.percent).toBeCloseTo((100 * 13) / 15, 10)
    expect(result.coverage?.linePercent).toBeCloseTo((100 * 10) / 11, 10)
    expect(result.coverage?.branchPercent).toBe(75)
  })

  it('exit 0 without a JUnit report is trouble, never a pass', () => {
    const fixture = captured('pytest', 'python-clean')
    const result = pytest.parse({ ...fixture.run, exitCode: 0, files: { junit: undefined } }, fixture.ctx)
    expect(result).toMatchObject({
      outcome: 'error',
      reason: 'pytest wrote no JUnit report, so its results cannot be read',
    })
  })

  it('a timed-out run is trouble and keeps what the JUnit file held', () => {
    const fixture = captured('pytest', 'python-app-coverage')
    const result = pytest.parse(
      { ...fixture.run, exitCode: null, timedOut: true, durationMs: 3000, after: [] },
      fixture.ctx,
    )
    expect(result.outcome).toBe('error')
    expect(result.reason).toMatch(/^timed out after 3\.0 s/)
    expect(result.tests?.total).toBe(3)
  })

  it('missing coverage data is coverage trouble, reported separately from the tests', () => {
    const fixture = captured('pytest', 'python-app-coverage')
    const after = [{ ...fixture.run, exitCode: 1, stdout: '', stderr: 'No data to report.\n' }]
    const result = pytest.parse(
      { ...fixture.run, files: { ...fixture.run.files, coverage: undefined }, after },
      fixture.ctx,
    )
    expect(result.tests?.total).toBe(3)
    expect(result.coverage).toBeUndefined()
    expect(result.coverageTrouble).toBe('coverage.py wrote no report: No data to report.')
  })
})

describe('JUnit parser', () => {
  it('reads entities, empty elements and several suites', () => {
    const xml = `<?xml version="1.0"?><testsuites>
      <testsuite name="a" time="1.5"><testcase classname="m" name="t1" file="m.py" line="0" time="0.5"><skipped/></testcase></testsuite>
      <testsuite name="b" time="0.25"><testcase classname="m" name="t2" time="0.25"><failure message="a &lt; b &amp;&#10;c">trace</failure></testcase></testsuite>
    </testsuites>`
    expect(parseJunit(xml)).toEqual({
      timeSeconds: 1.75,
      cases: [
        { classname: 'm', name: 't1', file: 'm.py', line: 1, timeSeconds: 0.5, outcome: 'skipped' },
        {
          classname: 'm',
          name: 't2',
          timeSeconds: 0.25,
          outcome: 'failed',
          message: 'a < b &\nc',
          details: 'trace',
        },
      ],
    })
  })

  it('rejects XML that is not well formed', () => {
    expect(() => parseJunit('<testsuites><testsuite>')).toThrow(/not well-formed XML/)
  })
})

describe('line ranges', () => {
  it('compresses runs', () => {
    expect(lineRanges([9, 1, 2, 3, 7, 10, 3])).toBe('1-3, 7, 9-10')
    expect(lineRanges([])).toBe('')
  })
})

describe('test ids', () => {
  it('are the same from a Windows runner, whose JUnit file attribute uses backslashes', () => {
    const item = {
      file: 'tests\\unit\\test_a.py',
      classname: 'tests.unit.test_a.TestGroup',
      name: 'test_x[1]',
    }
    expect(testId(item as Parameters<typeof testId>[0])).toBe('tests/unit/test_a.py::TestGroup::test_x[1]')
    expect(testId({ ...item, classname: '' } as Parameters<typeof testId>[0])).toBe('tests/unit/test_a.py')
  })
})

describe("coverage.py's fail_under, read from the file coverage.py reads", () => {
  const scanOf = (files: Record<string, string>) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qg-fail-under-'))
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
    return scanProject(dir, [])
  }

  it('.coveragerc first, even when pyproject.toml sets another', () => {
    const scan = scanOf({
      '.coveragerc': '[report]\nfail_under = 72.5\n',
      'pyproject.toml': '[tool.coverage.report]\nfail_under = 90\n',
    })
    expect(coverageFailUnder(scan)).toEqual({ percent: 72.5, from: 'fail_under in [report] of .coveragerc' })
  })

  it('setup.cfg with coverage sections hides pyproject.toml; without them pyproject.toml counts', () => {
    const withSections = scanOf({
      'setup.cfg': '[coverage:run]\nbranch = True\n',
      'pyproject.toml': '[tool.coverage.report]\nfail_under = 90\n',
    })
    expect(coverageFailUnder(withSections)).toBeUndefined()
    const without = scanOf({
      'setup.cfg': '[metadata]\nname = app\n',
      'pyproject.toml': '[tool.coverage.report]\nfail_under = 90\n',
    })
    expect(coverageFailUnder(without)).toEqual({
      percent: 90,
      from: 'fail_under in [tool.coverage.report] of pyproject.toml',
    })
  })

  it('none, or 0 (coverage.py’s default), is no threshold', () => {
    expect(
      coverageFailUnder(scanOf({ 'pyproject.toml': '[tool.coverage.report]\nfail_under = 0\n' })),
    ).toBeUndefined()
    expect(coverageFailUnder(scanOf({ 'app.py': '' }))).toBeUndefined()
  })
})
