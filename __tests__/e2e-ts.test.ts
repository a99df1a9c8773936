// JavaScript/TypeScript end to end: the built action on examples/ts-app (its own node_modules from its
// lockfile; prettier pinned into the cache), compared with each tool run by hand.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import {
  copyProject,
  example,
  machineEnvironment,
  npmInstall,
  NODE_BIN,
  ROOT,
  runAction,
  type ActionResult,
} from './helpers/action.js'

function byHand(project: string, argv: string[]): { status: number | null; out: string } {
  const bin =
    argv[0] === 'prettier'
      ? path.join(NODE_BIN, 'prettier')
      : path.join(project, 'node_modules', '.bin', argv[0] ?? '')
  const result = spawnSync(bin, argv.slice(1), {
    cwd: project,
    encoding: 'utf8',
    env: { ...machineEnvironment(), NO_COLOR: '1', CI: 'true' },
  })
  return { status: result.status, out: `${result.stdout}${result.stderr}` }
}

const copyWithoutInstall = (): string => {
  const project = copyProject(example('ts-app'))
  rmSync(path.join(project, 'node_modules'), { recursive: true, force: true })
  rmSync(path.join(project, 'coverage'), { recursive: true, force: true })
  return project
}

describe('examples/ts-app', () => {
  let project: string
  let cacheDir: string
  let result: ActionResult
  const gate = (workspace: string, inputs: Record<string, string> = {}) =>
    runAction({ workspace, inputs, env: { QUALITY_GATE_CACHE_DIR: cacheDir } })
  const check = (tool: string) => result.report?.checks.find((item) => item.tool === tool)

  beforeAll(async () => {
    project = copyWithoutInstall()
    npmInstall(project)
    cacheDir = mkdtempSync(path.join(tmpdir(), 'qg-cache-'))
    result = await gate(project)
  }, 300_000)

  it('fails on every planted defect, each kind from its own tool', () => {
    expect(result.exitCode).toBe(1)
    expect(
      result.report?.checks.map((item) => `${item.kind}:${item.tool}@${item.version}:${item.outcome}`),
    ).toEqual([
      'format:prettier@3.10.1:fail',
      'lint:eslint@10.15.0:fail',
      'typecheck:tsc@5.9.3:fail',
      'test:vitest@4.1.12:fail',
      'coverage:vitest coverage@4.1.12:pass',
    ])
    expect(result.outputs['failed-checks']).toBe('format,lint,typecheck,test')
  })

  it('prettier: pinned into the cache (the project does not declare it); the same files as by hand', () => {
    expect(check('prettier')?.source).toMatch(/^pinned prettier@3\.10\.1/)
    const manual = byHand(project, ['prettier', '--list-different', '.'])
    const files = manual.out.split('\n').filter((line) => line.trim() && !line.startsWith('npm warn'))
    expect(check('prettier')?.findings.map((item) => item.file)).toEqual(files)
    expect(files).toEqual(['src/format.ts'])
  })

  it('eslint: the same problems as by hand, from the project node_modules', () => {
    expect(check('eslint')?.source).toBe('node_modules/eslint/bin/eslint.js')
    const manual = byHand(project, ['eslint', '.'])
    const located = [...manual.out.matchAll(/^\s+(\d+):(\d+)\s+(error|warning)\s+.*?\s{2,}(\S+)$/gm)].map(
      (m) => `${m[1]}:${m[2]} ${m[4]}`,
    )
    expect(
      check('eslint')
        ?.findings.map((item) => `${item.line}:${item.column} ${item.rule}`)
        .sort(),
    ).toEqual(located.sort())
    expect(located).toHaveLength(2)
  })

  it('tsc: the same errors as by hand, continuation lines joined into the message', () => {
    const manual = byHand(project, ['tsc', '--noEmit'])
    const located = [...manual.out.matchAll(/^(.+?)\((\d+),(\d+)\): error (TS\d+)/gm)].map(
      (m) => `${m[1]}:${m[2]} ${m[4]}`,
    )
    expect(check('tsc')?.findings.map((item) => `${item.file}:${item.line} ${item.rule}`)).toEqual(located)
    expect(check('tsc')?.findings[1]?.message).toBe(
      "Type '{ sku: string; price: string; quantity: number; }' is not assignable to type 'Line'.\n  Types of property 'price' are incompatible.\n    Type 'string' is not assignable to type 'number'.",
    )
  })

  it('vitest: the same counts as by hand, the failing test as a finding at its location', () => {
    const manual = byHand(project, ['vitest', 'run'])
    const counts = /Tests\s+(.*)\((\d+)\)/.exec(manual.out)
    expect(counts?.[1]).toMatch(/1 failed \| 1 passed \| 1 skipped/)
    expect(check('vitest')?.tests).toMatchObject({ total: 3, passed: 1, failed: 1, skipped: 1 })
    expect(check('vitest')?.findings).toEqual([
      {
        tool: 'vitest',
        severity: 'error',
        rule: 'cart takes a discount off',
        message: 'Failed: AssertionError: expected 180 to be 190 // Object.is equality',
        file: 'tests/cart.test.ts',
        line: 9,
      },
    ])
    expect(result.outputs['tests-total']).toBe('3')
    expect(result.outputs['tests-failed']).toBe('1')
  })

  it('coverage: the same total as vitest reports by hand, to 0.01 points', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qg-cov-'))
    byHand(project, [
      'vitest',
      'run',
      '--coverage.enabled',
      '--coverage.reportOnFailure',
      '--coverage.reporter=json-summary',
      `--coverage.reportsDirectory=${dir}`,
    ])
    const summary = JSON.parse(readFileSync(path.join(dir, 'coverage-summary.json'), 'utf8')) as {
      total: { lines: { covered: number; total: number } }
    }
    const expected = (100 * summary.total.lines.covered) / summary.total.lines.total
    expect(Math.abs(Number(result.outputs.coverage) - expected)).toBeLessThanOrEqual(0.01)
    const cart = check('vitest coverage')?.coverage?.files.find((file) => file.file === 'src/cart.ts')
    expect(cart?.missingLines.length).toBeGreaterThan(0)
  })

  it('a second run restores prettier from the cache', async () => {
    const again = await gate(project)
    expect(again.report?.toolchain).toMatchObject({ cache: 'hit', installerCalls: 0 })
    expect(again.report?.checks.map((item) => item.outcome)).toEqual(
      result.report?.checks.map((item) => item.outcome),
    )
  })
})

describe('JavaScript tool trouble', () => {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'qg-cache-'))

  it('without node_modules, the node tools say to run npm ci first', async () => {
    const project = copyWithoutInstall()
    const result = await runAction({
      workspace: project,
      inputs: { checks: 'lint,typecheck,test' },
      env: { QUALITY_GATE_CACHE_DIR: cacheDir },
    })
    expect(result.exitCode).toBe(1)
    for (const item of result.report?.checks ?? []) {
      expect(item.outcome).toBe('error')
      expect(item.reason).toBe(
        `${item.tool} runs from the project's own node_modules (it needs the project's config and plugins) and needs node_modules, which is missing: run \`npm ci\` before the gate`,
      )
    }
  })

  it('a prettier syntax error is tool trouble, not a pass', async () => {
    const project = copyWithoutInstall()
    writeFileSync(path.join(project, 'src', 'format.ts'), 'export function (\n')
    const result = await runAction({
      workspace: project,
      inputs: { checks: 'format' },
      env: { QUALITY_GATE_CACHE_DIR: cacheDir },
    })
    expect(result.report?.checks[0]).toMatchObject({
      tool: 'prettier',
      outcome: 'error',
      runs: [{ exitCode: 2 }],
    })
    expect(result.report?.checks[0]?.stderrTail).toMatch(/SyntaxError/)
  })

  it('an eslint config error is tool trouble, not a pass', async () => {
    const project = copyWithoutInstall()
    npmInstall(project)
    writeFileSync(
      path.join(project, 'eslint.config.js'),
      "export default [{ rules: { 'no-such-rule-anywhere': 'error' } }]\n",
    )
    const result = await runAction({
      workspace: project,
      inputs: { checks: 'lint' },
      env: { QUALITY_GATE_CACHE_DIR: cacheDir },
    })
    expect(result.report?.checks[0]).toMatchObject({
      tool: 'eslint',
      outcome: 'error',
      runs: [{ exitCode: 2 }],
    })
  }, 120_000)
})

describe('biome, pinned from the npm registry', () => {
  it('lints and format-checks with the pinned biome: the same diagnostics as that biome by hand', async () => {
    const project = copyWithoutInstall()
    writeFileSync(
      path.join(project, 'src', 'debug.ts'),
      'export function f(a: number) {\n  if (a == 1) { debugger }\n    return a\n}\n',
    )
    const result = await runAction({
      workspace: project,
      inputs: { checks: 'format,lint', tools: 'biome,biome-format' },
      env: { QUALITY_GATE_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'qg-cache-')) },
    })
    const lint = result.report?.checks.find((item) => item.tool === 'biome')
    expect(lint).toMatchObject({ version: '2.6.8', pin: { version: '2.6.8', source: 'built-in default' } })
    // The same launcher the gate used: node and the pinned package's bin script.
    const [bin, ...launcherArgs] = lint?.runs?.[0]?.argv.slice(0, lint.runs[0].argv.indexOf('lint')) ?? []
    const manual = spawnSync(
      bin ?? '',
      [...launcherArgs, 'lint', '--reporter=github', '--max-diagnostics=none', '.'],
      {
        cwd: project,
        encoding: 'utf8',
      },
    ).stdout
    const byHandLines = [
      ...manual.matchAll(/^::(error|warning|notice) title=lint\/([^,]+),file=([^,]+),line=(\d+)/gm),
    ].map((m) => `${path.relative(project, m[3] ?? '')}:${m[4]} ${m[2]}`)
    expect(byHandLines.length).toBeGreaterThan(0)
    expect(lint?.findings.map((item) => `${item.file}:${item.line} ${item.rule}`).sort()).toEqual(
      byHandLines.sort(),
    )
    const format = result.report?.checks.find((item) => item.tool === 'biome-format')
    expect(format?.findings.map((item) => item.file).sort()).toEqual(
      expect.arrayContaining(['src/debug.ts', 'src/format.ts']),
    )
  }, 180_000)
})

describe('jest, from the project node_modules', () => {
  // __tests__/projects/jest-app, its node_modules linked to this repository's (jest 29.7.0).
  let project: string
  let result: ActionResult
  const jestBin = path.join(NODE_BIN, 'jest')
  const jestByHand = (args: string[]): string => {
    const done = spawnSync(jestBin, ['--ci', ...args], {
      cwd: project,
      encoding: 'utf8',
      env: { ...machineEnvironment(), NO_COLOR: '1' },
    })
    return `${done.stdout}${done.stderr}`
  }

  beforeAll(async () => {
    project = copyProject(path.join(ROOT, '__tests__', 'projects', 'jest-app'))
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'))
    result = await runAction({
      workspace: project,
      inputs: { checks: 'test,coverage' },
      env: { QUALITY_GATE_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'qg-cache-')) },
    })
  }, 120_000)

  it('is detected from package.json and runs from node_modules', () => {
    const jest = result.report?.checks.find((item) => item.tool === 'jest')
    expect(jest).toMatchObject({ kind: 'test', version: '29.7.0', source: 'node_modules/jest/bin/jest.js' })
    expect(result.exitCode).toBe(1)
  })

  it('counts what jest counts by hand (todo counts as skipped); the suite that cannot run is an error', () => {
    const manual = jestByHand([])
    expect(manual).toMatch(/^Test Suites:\s+2 failed, 2 total$/m)
    expect(manual).toMatch(/^Tests:\s+1 failed, 1 skipped, 1 todo, 1 passed, 4 total$/m)
    expect(result.report?.checks.find((item) => item.tool === 'jest')?.tests).toMatchObject({
      total: 4,
      failed: 1,
      skipped: 2,
      passed: 1,
      errors: 1,
    })
    expect(result.outputs['tests-total']).toBe('4')
  })

  it('puts each failure where the source says: the test declaration, and the failing require', () => {
    const findings = result.report?.checks.find((item) => item.tool === 'jest')?.findings ?? []
    const lineOf = (file: string, text: string): number =>
      readFileSync(path.join(project, file), 'utf8')
        .split('\n')
        .findIndex((line) => line.includes(text)) + 1
    const failedNames = [...jestByHand([]).matchAll(/^\s+● (.+)$/gm)]
      .map((m) => m[1] ?? '')
      .filter((name) => name !== 'Test suite failed to run')
    expect(failedNames).toEqual(['withTax › keeps cents exact'])
    // jest runs the files in its own order: compare as sets.
    expect(findings.map((item) => `${item.file}:${item.line} ${item.rule}`).sort()).toEqual([
      `tests/broken.test.js:${lineOf('tests/broken.test.js', "require('./does-not-exist')")} tests/broken.test.js`,
      `tests/price.test.js:${lineOf('tests/price.test.js', "test('keeps cents exact'")} withTax keeps cents exact`,
    ])
  })

  it('coverage equals the total jest reports by hand, to 0.01 points', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qg-cov-'))
    jestByHand(['--coverage', '--coverageReporters=json-summary', `--coverageDirectory=${dir}`])
    const summary = JSON.parse(readFileSync(path.join(dir, 'coverage-summary.json'), 'utf8')) as {
      total: { lines: { pct: number } }
    }
    expect(Math.abs(Number(result.outputs.coverage) - summary.total.lines.pct)).toBeLessThanOrEqual(0.01)
  })
})
