// Coverage as the tools compute it and judge it: coverage.py's own total (branch-aware), its fail_under,
// parallel data, files outside the project left out; jest's coverageThreshold and vitest's
// coverage.thresholds as the runners apply them. Real tools, each compared with the tool by hand, and the
// project's `git status` unchanged by the gate.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import {
  DEBIAN_PYTHON,
  gitProject,
  machineEnvironment,
  npmInstall,
  ROOT,
  runAction,
} from './helpers/action.js'

const DECIDE =
  'def sign(v):\n    if v < 0:\n        return -1\n    if v == 0:\n        return 0\n    return 1\n'
const TESTS =
  'from decide import sign\n\n\ndef test_neg():\n    assert sign(-5) == -1\n\n\ndef test_pos():\n    assert sign(5) == 1\n'

const status = (dir: string) =>
  spawnSync('git', ['status', '--porcelain', '--ignored'], { cwd: dir, encoding: 'utf8' }).stdout

/** `coverage run -m pytest; coverage combine; coverage report` by hand in a copy: its TOTAL and exit status. */
function coverageByHand(dir: string, extraRc = ''): { total: number; exitCode: number | null } {
  const copy = mkdtempSync(path.join(tmpdir(), 'qg-by-hand-'))
  cpSync(dir, copy, { recursive: true })
  if (extraRc) writeFileSync(path.join(copy, '.coveragerc'), extraRc)
  const env = machineEnvironment()
  const python = (...args: string[]) =>
    spawnSync(DEBIAN_PYTHON, ['-m', ...args], { cwd: copy, encoding: 'utf8', env })
  python('coverage', 'run', '-m', 'pytest', '-q')
  python('coverage', 'combine', '-q')
  const report = python('coverage', 'report', '--precision=2')
  const total = Number(/^TOTAL.*?([\d.]+)%$/m.exec(report.stdout)?.[1])
  return { total, exitCode: report.status }
}

const byPath = { 'tool-source': 'path', python: DEBIAN_PYTHON, checks: 'test,coverage' }

describe('coverage.py: the total and the verdict of `coverage report`', () => {
  it('branch = true: the total equals coverage report; fail_under above it fails coverage, not the tests', async () => {
    const dir = gitProject({
      'decide.py': DECIDE,
      'test_decide.py': TESTS,
      'pyproject.toml':
        '[tool.coverage.run]\nbranch = true\nparallel = true\nsource = ["."]\n\n[tool.coverage.report]\nfail_under = 95\n',
    })
    const before = status(dir)
    const manual = coverageByHand(dir)
    expect(manual.exitCode).toBe(2)
    const result = await runAction({ workspace: dir, inputs: byPath })
    const [test, coverage] = result.report?.checks ?? []
    expect([test?.outcome, coverage?.outcome]).toEqual(['pass', 'fail'])
    expect(Math.abs((coverage?.coverage?.percent ?? 0) - manual.total)).toBeLessThanOrEqual(0.01)
    expect(coverage?.coverage?.branchPercent).toBe(75)
    expect(coverage?.coverage?.threshold).toBe(95)
    expect(coverage?.reason).toMatch(/^Coverage failure: total of 87 is less than fail-under=95/)
    expect(result.outputs.coverage).toBe('86.66')
    expect(status(dir)).toBe(before)
  }, 120_000)

  it('fail_under met: coverage passes as coverage report does, and the summary shows the project’s threshold', async () => {
    const dir = gitProject({
      'decide.py': DECIDE,
      'test_decide.py': TESTS,
      'pyproject.toml':
        '[tool.coverage.run]\nbranch = true\nsource = ["."]\n\n[tool.coverage.report]\nfail_under = 80\n',
    })
    expect(coverageByHand(dir).exitCode).toBe(0)
    const result = await runAction({ workspace: dir, inputs: byPath })
    const coverage = result.report?.checks.find((check) => check.kind === 'coverage')
    expect([coverage?.outcome, coverage?.coverage?.threshold, coverage?.coverage?.thresholdFrom]).toEqual([
      'pass',
      80,
      'fail_under in [tool.coverage.report] of pyproject.toml',
    ])
    expect(result.summary).toContain(
      'threshold 80% (fail\\_under in \\[tool.coverage.report\\] of pyproject.toml) ✅',
    )
  }, 120_000)

  it('no source under the system interpreter: only the project files count, the rest are said to be left out', async () => {
    const dir = gitProject({ 'decide.py': DECIDE, 'test_decide.py': TESTS })
    const before = status(dir)
    const manual = coverageByHand(dir, '[run]\nsource = .\n')
    const result = await runAction({ workspace: dir, inputs: byPath })
    const coverage = result.report?.checks.find((check) => check.kind === 'coverage')
    expect(coverage?.coverage?.files.map((file) => file.file).sort()).toEqual(['decide.py', 'test_decide.py'])
    expect(Math.abs((coverage?.coverage?.percent ?? 0) - manual.total)).toBeLessThanOrEqual(0.01)
    expect(coverage?.coverage?.leftOut ?? 0).toBeGreaterThan(0)
    expect(result.summary).toMatch(/\d+ files outside the project not counted/)
    expect(status(dir)).toBe(before)
  }, 120_000)
})

describe("the runners' own coverage thresholds", () => {
  const SIGN_JS = 'function sign(v) {\n  if (v < 0) return -1\n  if (v === 0) return 0\n  return 1\n}\n'

  it('jest coverageThreshold missed: the tests pass, coverage fails with jest’s message', async () => {
    const dir = gitProject({
      'package.json': JSON.stringify({
        name: 'jt',
        private: true,
        scripts: { test: 'jest' },
        jest: { coverageThreshold: { global: { lines: 90 } } },
      }),
      'src/sign.js': `${SIGN_JS}module.exports = { sign }\n`,
      'tests/sign.test.js':
        "const { sign } = require('../src/sign')\ntest('neg', () => { expect(sign(-1)).toBe(-1) })\n",
    })
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'))
    const manual = spawnSync(
      process.execPath,
      [path.join(dir, 'node_modules', 'jest', 'bin', 'jest.js'), '--coverage'],
      {
        cwd: dir,
        encoding: 'utf8',
        env: machineEnvironment(),
      },
    )
    expect(manual.status).toBe(1)
    const message = /^Jest: "global" coverage threshold for lines \(90%\) not met: .*$/m.exec(
      manual.stderr,
    )?.[0]
    expect(message).toBeDefined()
    const result = await runAction({ workspace: dir, inputs: { checks: 'test,coverage' } })
    const [test, coverage] = result.report?.checks ?? []
    expect([test?.outcome, test?.tests?.passed, coverage?.outcome, coverage?.reason]).toEqual([
      'pass',
      1,
      'fail',
      message,
    ])
    expect(coverage?.coverage?.threshold).toBe(90)
  }, 120_000)

  it('vitest coverage.thresholds missed: the tests pass, coverage fails with vitest’s message', async () => {
    const dir = gitProject({
      'package.json': JSON.stringify({
        name: 'vt',
        private: true,
        type: 'module',
        scripts: { test: 'vitest run' },
        devDependencies: { vitest: '4.1.12', '@vitest/coverage-v8': '4.1.12' },
      }),
      'vitest.config.js':
        "import { defineConfig } from 'vitest/config'\n\nexport default defineConfig({ test: { coverage: { thresholds: { lines: 90 } } } })\n",
      'src/sign.js': `export ${SIGN_JS}`,
      'test/sign.test.js':
        "import { expect, it } from 'vitest'\nimport { sign } from '../src/sign.js'\nit('neg', () => { expect(sign(-1)).toBe(-1) })\n",
    })
    npmInstall(dir, 'install')
    const manual = spawnSync(
      process.execPath,
      [path.join(dir, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--coverage'],
      {
        cwd: dir,
        encoding: 'utf8',
        env: { ...machineEnvironment(), NO_COLOR: '1' },
      },
    )
    expect(manual.status).toBe(1)
    const message = /^ERROR: Coverage for lines \([\d.]+%\) does not meet global threshold \(90%\)$/m.exec(
      `${manual.stdout}${manual.stderr}`,
    )?.[0]
    expect(message).toBeDefined()
    const result = await runAction({ workspace: dir, inputs: { checks: 'test,coverage' } })
    const [test, coverage] = result.report?.checks ?? []
    expect([test?.outcome, coverage?.outcome, coverage?.reason]).toEqual(['pass', 'fail', message])
    expect(coverage?.coverage?.threshold).toBe(90)
  }, 180_000)
})
