// Tests and coverage in the same verdict: the built action runs Debian's pytest under coverage.py, once,
// and must report what pytest and coverage.py report when run by hand.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { copyProject, DEBIAN_PYTHON, example, runAction, type ActionResult } from './helpers/action.js'
import { venvWithout } from './helpers/python.js'

const inputs = { 'tool-source': 'path', python: DEBIAN_PYTHON, checks: 'test,coverage' }

function byHand(argv: string[], cwd: string): string {
  const result = spawnSync(DEBIAN_PYTHON, argv, { cwd, encoding: 'utf8' })
  return result.stdout + result.stderr
}

/** pytest's own closing line, e.g. "1 failed, 1 passed, 1 skipped in 0.02s". */
function pytestCounts(output: string): Record<string, number> {
  const closing = output.trim().split('\n').at(-1) ?? ''
  return Object.fromEntries(
    [...closing.matchAll(/(\d+) (passed|failed|skipped|errors?)/g)].map((m) => [m[2], Number(m[1])]),
  )
}

/** coverage.py's own TOTAL, measured by hand in a separate copy of the project. */
function coverageByHand(project: string): number {
  const copy = copyProject(project)
  byHand(['-m', 'coverage', 'run', '-m', 'pytest', '-q'], copy)
  const report = byHand(['-m', 'coverage', 'report', '--precision=4'], copy)
  const total = /^TOTAL\s+.*?([\d.]+)%$/m.exec(report)
  if (!total) throw new Error(`no TOTAL in coverage report:\n${report}`)
  return Number(total[1])
}

describe('examples/python-app: tests and coverage', () => {
  let result: ActionResult
  let expectedCoverage: number

  beforeAll(async () => {
    expectedCoverage = coverageByHand(example('python-app'))
    result = await runAction({ workspace: copyProject(example('python-app')), inputs })
  })

  it('reports the same passed/failed/skipped counts as pytest by hand', () => {
    const manual = pytestCounts(byHand(['-m', 'pytest', '-q'], copyProject(example('python-app'))))
    const tests = result.report?.checks.find((check) => check.kind === 'test')?.tests
    expect({ passed: tests?.passed, failed: tests?.failed, skipped: tests?.skipped }).toEqual({
      passed: manual.passed ?? 0,
      failed: manual.failed ?? 0,
      skipped: manual.skipped ?? 0,
    })
    expect(result.outputs['tests-total']).toBe(
      String((manual.passed ?? 0) + (manual.failed ?? 0) + (manual.skipped ?? 0)),
    )
    expect(result.outputs['tests-failed']).toBe(String(manual.failed))
  })

  it('reports the same total coverage as coverage.py by hand, to 0.01 points', () => {
    expect(expectedCoverage).toBeGreaterThan(0)
    expect(Math.abs(Number(result.outputs.coverage) - expectedCoverage)).toBeLessThanOrEqual(0.01)
    expect(result.outputs.coverage).toMatch(/^\d+\.\d{2}$/)
  })

  it('fails on the failing test, annotated at the test', () => {
    expect(result.exitCode).toBe(1)
    expect(result.outputs['failed-checks']).toBe('test')
    expect(result.report?.verdict.reasons).toEqual(['pytest: 1 failed of 3 tests'])
    expect(result.annotations).toContainEqual({
      command: 'error',
      properties: {
        title: 'pytest tests/test_inventory.py::test_total_quantity_of_nothing_is_one',
        file: 'tests/test_inventory.py',
        line: '12',
      },
      message: 'Failed: assert 0 == 1\n +  where 0 = total_quantity([])',
    })
  })

  it('runs the tests once, under coverage.py', () => {
    const test = result.report?.checks.find((check) => check.kind === 'test')
    // `python -m coverage run -m pytest`, with the project kept from standing in for coverage or pytest.
    expect(test?.runs?.[0]?.argv[2]).toContain("run_module('coverage'")
    expect(test?.runs?.[0]?.argv.slice(3, 7)).toEqual(['run', '--parallel-mode', '-m', 'pytest'])
    expect(result.report?.checks.map((check) => `${check.kind}:${check.tool}:${check.outcome}`)).toEqual([
      'test:pytest:fail',
      'coverage:coverage:pass',
    ])
  })

  it('writes tests and coverage sections in the job summary', () => {
    expect(result.summary).toContain('### Tests — pytest')
    expect(result.summary).toContain('❌ 1 passed, 1 failed, 1 skipped · 3 tests in ')
    expect(result.summary).toContain(
      '<details><summary>❌ tests/test\\_inventory.py::test\\_total\\_quantity\\_of\\_nothing\\_is\\_one</summary>',
    )
    expect(result.summary).toContain('<details><summary>Slowest tests</summary>')
    expect(result.summary).toContain(
      `### Coverage\n\n**${result.outputs.coverage}%** of lines · 10 of 23 statements covered`,
    )
    // Least covered first, with missing lines as ranges.
    expect(result.summary).toMatch(
      /\| src\/pyapp\/shell\.py \| 0\.00% \| 0\/3 \| 2, 5, 7 \|\n\| src\/pyapp\/util\.py \| 0\.00% \| 0\/7 \| 2-3, 6, 8, 11-13 \|\n\| src\/pyapp\/inventory\.py \| 76\.92% \| 10\/13 \| 21-22, 27 \|/,
    )
  })

  it('carries the tests and coverage blocks in the JSON report', () => {
    const coverage = result.report?.checks.find((check) => check.kind === 'coverage')?.coverage
    expect(coverage?.files.map((file) => file.file).sort()).toEqual([
      'src/pyapp/__init__.py',
      'src/pyapp/inventory.py',
      'src/pyapp/shell.py',
      'src/pyapp/util.py',
    ])
    const tests = result.report?.checks.find((check) => check.kind === 'test')?.tests
    expect(tests?.slowest.length).toBeGreaterThan(0)
    expect(tests?.failures).toHaveLength(1)
  })
})

describe('coverage-threshold', () => {
  let measured: number
  beforeAll(() => {
    measured = coverageByHand(example('python-app'))
  })

  it('a threshold above the measured coverage fails the gate, with the reason', async () => {
    const threshold = Math.ceil(measured + 1)
    const result = await runAction({
      workspace: copyProject(example('python-app')),
      inputs: { ...inputs, checks: 'coverage', 'coverage-threshold': String(threshold) },
    })
    expect(result.exitCode).toBe(1)
    expect(result.outputs['failed-checks']).toBe('coverage')
    expect(result.report?.verdict.reasons[0]).toMatch(
      new RegExp(`^coverage: coverage [\\d.]+% is below the threshold ${threshold}%$`),
    )
  })

  it('a threshold below it passes', async () => {
    const result = await runAction({
      workspace: copyProject(example('python-app')),
      inputs: { ...inputs, checks: 'coverage', 'coverage-threshold': String(Math.floor(measured - 1)) },
    })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.passed).toBe('true')
    // Only coverage was asked for: the tests ran to measure it, their failure is not gated.
    expect(result.report?.checks.map((check) => check.kind)).toEqual(['coverage'])
  })
})

describe('test trouble', () => {
  it('a suite hanging past tool-timeout is killed, whole tree, and reported as a timeout', async () => {
    const workspace = path.join(mkdtempSync(path.join(tmpdir(), 'qg-hang-')), 'project')
    mkdirSync(workspace)
    writeFileSync(
      path.join(workspace, 'test_hang.py'),
      [
        'import pathlib, subprocess, time',
        '',
        'def test_quick():',
        '    assert True',
        '',
        'def test_hangs():',
        '    child = subprocess.Popen(["sleep", "300"])',
        '    pathlib.Path("grandchild.pid").write_text(str(child.pid))',
        '    time.sleep(300)',
        '',
      ].join('\n'),
    )
    const result = await runAction({
      workspace,
      inputs: { ...inputs, checks: 'test', 'tool-timeout': '0.05' },
    })
    expect(result.exitCode).toBe(1)
    const check = result.report?.checks[0]
    expect(check).toMatchObject({ tool: 'pytest', outcome: 'error' })
    // The limit is 0.05 min = 3 s: killed at or after it, however busy the machine.
    expect(check?.reason).toMatch(/^timed out after \d+\.\d s; the process tree was killed$/)
    expect(Number(/after ([\d.]+) s/.exec(check?.reason ?? '')?.[1])).toBeGreaterThanOrEqual(3)
    const pid = Number(readFileSync(path.join(workspace, 'grandchild.pid'), 'utf8'))
    let running: boolean
    try {
      running = !/^\d+ \(.*\) [ZX]/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
    } catch {
      running = false
    }
    expect(running).toBe(false)
  })

  it('pytest missing from the project interpreter is a clear error naming both', async () => {
    const python = venvWithout(['pytest', '_pytest'])
    const result = await runAction({
      workspace: copyProject(example('python-clean')),
      inputs: { ...inputs, python },
    })
    expect(result.exitCode).toBe(1)
    for (const check of result.report?.checks ?? []) {
      expect(check.outcome).toBe('error')
      expect(check.reason).toBe(
        `pytest is not installed in the project's interpreter ${python} (No module named 'pytest')`,
      )
    }
  })

  it('coverage missing from the project interpreter is a clear error naming both; the tests still run', async () => {
    const python = venvWithout(['coverage'])
    const result = await runAction({
      workspace: copyProject(example('python-clean')),
      inputs: { ...inputs, python },
    })
    expect(result.exitCode).toBe(1)
    expect(result.report?.checks.map((check) => [check.kind, check.outcome, check.reason])).toEqual([
      ['test', 'pass', undefined],
      [
        'coverage',
        'error',
        `coverage is not installed in the project's interpreter ${python} (No module named 'coverage')`,
      ],
    ])
    expect(result.outputs['tests-total']).toBe('2')
  })
})
