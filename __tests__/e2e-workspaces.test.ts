// A monorepo end to end: __tests__/projects/npm-workspaces (npm workspaces, vitest in two packages with a
// failing test in one, biome configured once at the root) through the built action, each check compared
// with the maintainers' own commands run by hand: `biome check .` at the root, `vitest run` in each package.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { CheckResult } from '../src/types.js'
import {
  copyProject,
  machineEnvironment,
  npmInstall,
  ROOT,
  runAction,
  type ActionResult,
} from './helpers/action.js'

const SOURCE = path.join(ROOT, '__tests__', 'projects', 'npm-workspaces')

/** A tool from the workspace's node_modules, run the way its scripts run it. */
function byHand(project: string, cwd: string, argv: string[]): { status: number | null; out: string } {
  const [tool = '', ...args] = argv
  const result = spawnSync(path.join(project, 'node_modules', '.bin', tool), args, {
    cwd,
    encoding: 'utf8',
    env: { ...machineEnvironment(), NO_COLOR: '1', CI: 'true' },
  })
  return { status: result.status, out: `${result.stdout}${result.stderr}` }
}

/** The pinned biome the gate ran (node and its bin script), run by hand with the maintainers' arguments. */
function biomeByHand(
  check: CheckResult | undefined,
  cwd: string,
  args: string[],
): { status: number | null; out: string } {
  const argv = check?.runs?.[0]?.argv ?? []
  const mode = argv.findIndex((word) => word === 'lint' || word === 'format')
  const [node = '', ...launcher] = argv.slice(0, mode)
  const result = spawnSync(node, [...launcher, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...machineEnvironment(), NO_COLOR: '1' },
  })
  return { status: result.status, out: `${result.stdout}${result.stderr}` }
}

/** biome's human report: "path:line:col category" or "path category" headers, one per diagnostic. */
function biomeDiagnostics(out: string): { file: string; category: string }[] {
  return [...out.matchAll(/^(\S+?)(?::\d+:\d+)? (lint\/\S+|format)\s/gm)].map((match) => ({
    file: match[1] ?? '',
    category: match[2] ?? '',
  }))
}

describe('an npm-workspaces monorepo', () => {
  let project: string
  let result: ActionResult
  const gate = (inputs: Record<string, string> = {}) =>
    runAction({ workspace: project, inputs, env: { QUALITY_GATE_CACHE_DIR: cacheDir } })
  let cacheDir: string

  beforeAll(async () => {
    project = copyProject(SOURCE)
    rmSync(path.join(project, 'node_modules'), { recursive: true, force: true })
    spawnSync('git', ['init', '-q'], { cwd: project })
    npmInstall(project)
    cacheDir = mkdtempSync(path.join(tmpdir(), 'qg-cache-'))
    result = await gate()
  }, 300_000)

  it('runs vitest in each package, and fails for the failing test in one of them', () => {
    expect(result.exitCode).toBe(1)
    const tests = result.report?.checks.filter((check) => check.kind === 'test') ?? []
    expect(
      tests.map((check) => [
        check.package,
        check.tool,
        check.outcome,
        check.tests?.total,
        check.tests?.failed,
      ]),
    ).toEqual([
      ['packages/cli', 'vitest', 'fail', 2, 1],
      ['packages/core', 'vitest', 'pass', 2, 0],
    ])
    // The same as `vitest run` (each package's test script) by hand.
    for (const check of tests) {
      const byHandRun = byHand(project, path.join(project, check.package ?? ''), ['vitest', 'run'])
      expect(byHandRun.status).toBe(check.outcome === 'pass' ? 0 : 1)
      expect(byHandRun.out).toContain(
        `Tests  ${check.tests?.failed ? `${check.tests.failed} failed | ` : ''}${check.tests?.passed} passed`,
      )
    }
    expect(result.report?.verdict.reasons).toContain('vitest in packages/cli: 1 failed of 2 tests')
    // The root's test script runs the packages' scripts: nothing is skipped for want of a test tool.
    expect(result.report?.skipped.map((skip) => skip.kind)).not.toContain('test')
  })

  it("runs biome once at the root with the lint script's arguments: the same diagnostics as `biome check .`", () => {
    const checks = result.report?.checks.filter((check) => check.tool.startsWith('biome')) ?? []
    expect(checks.map((check) => [check.package, check.tool, check.runs?.[0]?.from])).toEqual([
      [undefined, 'biome-format', 'package.json script "lint"'],
      [undefined, 'biome', 'package.json script "lint"'],
    ])
    const manual = biomeByHand(checks[0], project, ['check', '.'])
    expect(manual.status).toBe(1)
    const gated = checks.flatMap((check) =>
      check.findings.map((finding) => ({
        file: finding.file ?? '',
        category: check.tool === 'biome-format' ? 'format' : `lint/${finding.rule ?? ''}`,
      })),
    )
    const sort = (items: { file: string; category: string }[]) =>
      [...items].sort((a, b) => `${a.file}${a.category}`.localeCompare(`${b.file}${b.category}`))
    expect(sort(gated)).toEqual(sort(biomeDiagnostics(manual.out)))
    expect(gated).toHaveLength(2)
  })

  it('groups the summary by package', () => {
    expect(result.summary).toContain('| Package | Check | Tool |')
    expect(result.summary).toMatch(/\| packages\/cli \| test \| vitest \|/)
    expect(result.summary).toContain('| \\(root\\) | lint | biome |')
  })

  it('gating one package finds the root biome.json, as biome does by hand there', async () => {
    const single = await gate({ 'working-directory': 'packages/cli' })
    expect(single.exitCode).toBe(1)
    const checks = single.report?.checks ?? []
    expect(checks.map((check) => [check.kind, check.tool, check.outcome, check.chosenBecause])).toEqual([
      ['format', 'biome-format', 'fail', 'biome.json in the repository root'],
      ['lint', 'biome', 'pass', 'biome.json in the repository root'],
      ['test', 'vitest', 'fail', 'package.json script "test"'],
      ['coverage', 'vitest coverage', 'skipped', undefined],
    ])
    const cwd = path.join(project, 'packages', 'cli')
    const biome = checks.find((check) => check.tool === 'biome')
    expect(biomeByHand(biome, cwd, ['lint', '.']).status).toBe(0)
    const format = biomeByHand(biome, cwd, ['format', '.'])
    expect(format.status).toBe(1)
    expect(biomeDiagnostics(format.out).map((item) => item.file)).toEqual(
      checks
        .find((check) => check.tool === 'biome-format')
        ?.findings.map((finding) => path.relative('packages/cli', finding.file ?? '')),
    )
  }, 120_000)
})

describe('a pnpm workspace whose root test script is `pnpm -r run test`', () => {
  const pnpm = (cwd: string, ...args: string[]) =>
    spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'pnpm', 'bin', 'pnpm.cjs'), ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...machineEnvironment(), NO_COLOR: '1', CI: 'true' },
    })
  let project: string
  let result: ActionResult

  beforeAll(async () => {
    project = copyProject(path.join(ROOT, '__tests__', 'projects', 'pnpm-workspace'))
    spawnSync('git', ['init', '-q'], { cwd: project })
    const install = pnpm(project, 'install', '--frozen-lockfile')
    if (install.status !== 0) throw new Error(`pnpm install failed: ${install.stdout}${install.stderr}`)
    result = await runAction({ workspace: project, inputs: {} })
  }, 300_000)

  it("runs each package's vitest from its own node_modules, with the counts `pnpm -r run test` prints", () => {
    const tests = result.report?.checks.filter((check) => check.kind === 'test') ?? []
    const counts = (check: CheckResult) =>
      check.tests && { total: check.tests.total, passed: check.tests.passed, failed: check.tests.failed }
    expect(tests.map((check) => [check.package, check.outcome, counts(check), check.source])).toEqual([
      [
        'packages/cli',
        'fail',
        { total: 2, passed: 1, failed: 1 },
        'packages/cli/node_modules/vitest/vitest.mjs',
      ],
      [
        'packages/core',
        'pass',
        { total: 2, passed: 2, failed: 0 },
        'packages/core/node_modules/vitest/vitest.mjs',
      ],
    ])
    // pnpm -r stops at the first package that fails (its default bail): --no-bail lets every package print
    // its counts, whichever finishes first on a busy machine.
    const manual = pnpm(project, '-r', '--no-bail', 'run', 'test')
    expect(manual.status).not.toBe(0)
    const printed = [
      ...`${manual.stdout}${manual.stderr}`.matchAll(/^packages\/(\S+) test:\s+Tests\s+(.*)$/gm),
    ]
    expect(printed.map((match) => [`packages/${match[1]}`, match[2]?.trim()]).sort()).toEqual([
      ['packages/cli', '1 failed | 1 passed (2)'],
      ['packages/core', '2 passed (2)'],
    ])
    expect(result.report?.checks.find((check) => check.outcome === 'fail')?.findings[0]).toMatchObject({
      file: 'packages/cli/test/greet.test.js',
      line: 7,
    })
    expect(result.exitCode).toBe(1)
  })

  it('imposes no zero-config defaults at the root: the packages configure their tools', () => {
    expect(result.report?.checks.map((check) => [check.kind, check.tool, check.outcome])).toEqual([
      ['test', 'vitest', 'fail'],
      ['test', 'vitest', 'pass'],
      // No coverage provider installed: the tests ran unmeasured, and coverage says so.
      ['coverage', 'vitest coverage', 'skipped'],
      ['coverage', 'vitest coverage', 'skipped'],
    ])
    expect(result.report?.skipped.map((skip) => [skip.kind, skip.reason])).toEqual([
      [
        'format',
        'the project configures no format tool; to run one, name it in tools (for example tools: prettier)',
      ],
      ['lint', 'the project configures no lint tool; to run one, name it in tools'],
      ['typecheck', 'the project configures no typecheck tool; to run one, name it in tools'],
    ])
  })
})
