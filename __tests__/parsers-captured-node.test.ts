// The node adapters against real outputs: prettier, eslint, tsc, vitest, jest and biome installed from npm at
// exact versions by scripts/capture-fixtures.ts, run with the argv the adapters build. Each case also pins
// that argv: the adapter must still build it.
import { describe, expect, it } from '@jest/globals'
import { coverageOfChangedLines } from '../src/changed-lines-coverage.js'
import { changeSetOf } from '../src/scope.js'
import type { ToolId } from '../src/tools/index.js'

import { brief, captured, parseCaptured } from './helpers/fixtures.js'

const check = parseCaptured

describe('the planted defects, as each tool reports them', () => {
  it.each<[ToolId, string, string[]]>([
    ['prettier', 'ts-app', ['error src/format.ts:- -']],
    [
      'eslint',
      'ts-app',
      ['error src/cart.ts:17:7 prefer-const', 'error src/cart.ts:17:7 @typescript-eslint/no-unused-vars'],
    ],
    ['tsc', 'ts-app', ['error src/cart.ts:12:9 TS2322', 'error src/cart.ts:22:14 TS2322']],
    // TypeScript 7's native tsc: the same lines, exit 1 instead of 2.
    ['tsc', 'ts7-side-by-side', ['error src/cart.ts:12:9 TS2322', 'error src/cart.ts:22:14 TS2322']],
    [
      'biome',
      'biome-app',
      ['error src/app.ts:2:11 suspicious/noDoubleEquals', 'error src/app.ts:3:3 suspicious/noDebugger'],
    ],
    ['biome-format', 'biome-app', ['error src/app.ts:- -']],
  ])('%s on %s', (tool, name, expected) => {
    const result = check(tool, name)
    expect(result.outcome).toBe('fail')
    expect(brief(result.findings)).toEqual(expected)
  })

  it.each<[ToolId, string]>([
    ['prettier', 'ts-clean'],
    ['eslint', 'ts-clean'],
    ['tsc', 'ts-clean'],
    ['biome', 'biome-clean'],
    ['biome-format', 'biome-clean'],
  ])('%s on %s passes with no findings', (tool, name) => {
    expect(check(tool, name)).toEqual({ outcome: 'pass', findings: [] })
  })

  it('eslint keeps the message and links the rule to its docs', () => {
    const [first, second] = check('eslint', 'ts-app').findings
    expect(first).toMatchObject({
      message: "'unused' is never reassigned. Use 'const' instead.",
      endLine: 17,
    })
    expect(first?.url).toBe('https://eslint.org/docs/latest/rules/prefer-const')
    expect(second?.url).toMatch(/^https:\/\/typescript-eslint\.io\/rules\/no-unused-vars/)
  })

  it('tsc joins continuation lines into the message above', () => {
    expect(check('tsc', 'ts-app').findings[1]?.message).toBe(
      "Type '{ sku: string; price: string; quantity: number; }' is not assignable to type 'Line'.\n  Types of property 'price' are incompatible.\n    Type 'string' is not assignable to type 'number'.",
    )
  })
})

describe('test runners', () => {
  it('vitest: counts, the failing test at its location, coverage with "Unknown"-safe totals and lcov gaps', () => {
    const result = check('vitest', 'ts-app-coverage')
    expect(result.outcome).toBe('fail')
    expect(result.tests).toMatchObject({ total: 3, passed: 1, failed: 1, skipped: 1, errors: 0 })
    expect(result.findings).toEqual([
      {
        tool: 'vitest',
        severity: 'error',
        rule: 'cart takes a discount off',
        message: 'Failed: AssertionError: expected 180 to be 190 // Object.is equality',
        file: 'tests/cart.test.ts',
        line: 9,
      },
    ])
    expect(result.coverage).toMatchObject({ covered: 5, statements: 7 })
    expect(result.coverage?.files).toEqual([
      {
        file: 'src/cart.ts',
        percent: (100 * 5) / 7,
        covered: 5,
        statements: 7,
        missingLines: [12, 13],
        executedLines: [8, 17, 18, 21, 22],
      },
    ])
  })

  it('diff coverage from istanbul lcov: changed lines the tests ran, against those they did not', () => {
    const coverage = check('vitest', 'ts-app-coverage').coverage
    if (!coverage) throw new Error('no coverage')
    // 12-13 were not run, 17-18 were, 15 and 40 are not executable.
    const changes = changeSetOf([{ path: 'src/cart.ts', lines: [12, 13, 15, 17, 18, 40] }], 'test')
    expect(coverageOfChangedLines(coverage, changes)).toEqual({
      percent: 50,
      covered: 2,
      total: 4,
      files: [{ file: 'src/cart.ts', covered: 2, total: 4, uncoveredLines: [12, 13] }],
    })
  })

  it('jest: a failing test, a suite that cannot run (located from its stack), skipped and todo', () => {
    const result = check('jest', 'jest-app-coverage')
    expect(result.outcome).toBe('fail')
    expect(result.tests).toMatchObject({ total: 4, passed: 1, failed: 1, errors: 1, skipped: 2 })
    expect(brief(result.findings)).toEqual([
      'error tests/price.test.js:8 withTax keeps cents exact',
      'error tests/broken.test.js:2 tests/broken.test.js',
    ])
    expect(result.findings[0]?.message).toMatch(/^Failed: Error: expect\(received\)\.toBe\(expected\)/)
    expect(result.findings[0]?.message).toContain('Received: 0.12000000000000001')
    expect(result.findings[1]?.message).toMatch(
      /^Test file failed to run: Cannot find module '\.\/does-not-exist' from 'tests\/broken\.test\.js'/,
    )
    expect(result.coverage).toMatchObject({ percent: 60, covered: 3, statements: 5 })
    expect(result.coverage?.files[0]).toMatchObject({ file: 'src/price.js', missingLines: [3, 9] })
  })

  it.each<[ToolId, string]>([
    ['vitest', 'ts-clean'],
    ['jest', 'jest-clean'],
  ])('%s on %s passes with its one test counted', (tool, name) => {
    const result = check(tool, name)
    expect(result).toMatchObject({ outcome: 'pass', findings: [] })
    expect(result.tests).toMatchObject({ total: 1, passed: 1, failed: 0 })
  })

  it('vitest: a test file whose import fails is an error finding, not a silent pass', () => {
    const result = check('vitest', 'import-error')
    expect(result.outcome).toBe('fail')
    expect(result.tests).toMatchObject({ total: 1, passed: 1, errors: 1 })
    expect(result.findings[0]?.file).toBe('tests/broken.test.ts')
    expect(result.findings[0]?.message).toMatch(/^Test file failed to run: .*does-not-exist/)
  })

  it('vitest 1.3 (before --includeTaskLocation): run without the flag, the failure still located', () => {
    // parseCaptured checks the adapter builds the captured argv: for 1.3.1 it has no --includeTaskLocation.
    const result = check('vitest', 'vitest-1.3')
    expect(captured('vitest', 'vitest-1.3').argv).not.toContain('--includeTaskLocation')
    expect(result.outcome).toBe('fail')
    expect(result.tests).toMatchObject({ total: 2, passed: 1, failed: 1 })
    // The failing assertion's line (from its stack: the report has no column for it).
    expect(brief(result.findings)).toEqual(['error tests/math.test.js:9 math subtracts'])
  })

  it.each<[ToolId, string]>([
    ['vitest', 'no-tests'],
    ['jest', 'no-tests'],
  ])('%s with no tests fails with the reason (vitest writes an empty report, jest none)', (tool, name) => {
    expect(check(tool, name)).toMatchObject({
      outcome: 'fail',
      findings: [],
      reason: 'no tests were found',
    })
  })
})

describe('tool trouble is never a pass', () => {
  it.each<[ToolId, string, string]>([
    [
      'prettier',
      'syntax-error',
      'exited with 2 (prettier could not parse a file, or its config is invalid): [error] src/broken.ts: SyntaxError: Expression expected. (1:24)',
    ],
    [
      'biome',
      'config-error',
      'exited with 1 (biome printed no report; its configuration is likely invalid): × Found an unknown key `bogus`.',
    ],
  ])('%s %s: the reason quotes the telling line', (tool, name, reason) => {
    expect(check(tool, name)).toEqual({ outcome: 'error', findings: [], reason })
  })

  it('eslint config error (exit 2): the reason is the error, not the last stack frame', () => {
    const result = check('eslint', 'config-error')
    expect(result.outcome).toBe('error')
    expect(result.reason).toMatch(
      /^exited with 2 \(eslint configuration or internal error\): Error \[ERR_MODULE_NOT_FOUND\]: Cannot find package 'eslint-plugin-not-installed'/,
    )
  })

  it.each(['config-error', 'ts7-config-error'])(
    'tsc with a broken tsconfig (%s) is trouble that still shows where',
    (name) => {
      const result = check('tsc', name)
      expect(result.outcome).toBe('error')
      expect(result.reason).toBe("tsc configuration error: Unknown compiler option 'noSuchOption'.")
      expect(brief(result.findings)).toEqual(['error tsconfig.json:1:40 TS5023'])
    },
  )

  it('the TypeScript 7 captures are 7.0.2 exiting 1, started as node <its bin script>', () => {
    for (const name of ['ts7-side-by-side', 'ts7-config-error']) {
      const { ctx, run } = captured('tsc', name)
      expect([ctx.version, run.exitCode]).toEqual(['7.0.2', 1])
      expect(run.argv[1]).toMatch(/node_modules\/@typescript\/native\/bin\/tsc$/)
    }
  })
})
