// Sample projects that say how their tools run — scripts, the tools' own config, pre-commit hooks — each
// through the built action and compared with the maintainers' own commands run by hand. No tool is
// imposed on a project that configures its tools.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Report } from '../src/types.js'
import {
  copyProject,
  DEBIAN_PYTHON,
  machineEnvironment,
  npmInstall,
  ROOT,
  runAction,
  type ActionResult,
} from './helpers/action.js'
import { byHand } from './helpers/by-hand.js'

const projectDir = (name: string): string => path.join(ROOT, '__tests__', 'projects', name)

/** A copy of a sample project in a git repository of its own (the repository root is the project). */
function sample(name: string): string {
  const dir = copyProject(projectDir(name))
  const init = spawnSync('git', ['init', '-q'], { cwd: dir })
  if (init.status !== 0) throw new Error('git init failed')
  spawnSync('git', ['add', '-A'], { cwd: dir })
  return dir
}

const summaryOf = (report: Report | undefined) =>
  report?.checks.map((check) => [check.kind, check.tool, check.outcome, check.findings.length])
const skippedKinds = (report: Report | undefined) => report?.skipped.map((skip) => skip.kind)
const python = { 'tool-source': 'path', python: DEBIAN_PYTHON }

describe('a TypeScript project whose scripts narrow eslint, prettier and tsc', () => {
  let project: string
  let result: ActionResult
  const local = (tool: string, ...args: string[]) =>
    spawnSync(path.join(project, 'node_modules', '.bin', tool), args, {
      cwd: project,
      encoding: 'utf8',
      env: { ...machineEnvironment(), NO_COLOR: '1' },
    })

  beforeAll(async () => {
    project = sample('ts-scripts')
    npmInstall(project)
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'qg-cache-'))
    result = await runAction({ workspace: project, inputs: {}, env: { QUALITY_GATE_CACHE_DIR: cacheDir } })
  }, 300_000)

  it("runs each tool with its script's arguments: the verdicts and findings of the scripts by hand", () => {
    expect(summaryOf(result.report)).toEqual([
      ['format', 'prettier', 'pass', 0],
      ['lint', 'eslint', 'pass', 0],
      ['typecheck', 'tsc', 'fail', 1],
    ])
    expect(local('prettier', '--check', 'src/**/*.ts').status).toBe(0)
    expect(local('eslint', '--max-warnings', '0', 'src/').status).toBe(0)
    const tsc = local('tsc', '-p', 'tsconfig.build.json')
    expect(tsc.status).toBe(2)
    const error = result.report?.checks.find((check) => check.tool === 'tsc')?.findings[0]
    expect(tsc.stdout).toContain(`${error?.file}(${error?.line},${error?.column}): error ${error?.rule}`)
    expect(result.exitCode).toBe(1)
  })

  it('says the exact argv of every run and which script it came from', () => {
    const runs = result.report?.checks.flatMap((check) => check.runs ?? []) ?? []
    expect(runs.map((run) => [run.argv.slice(2), run.from])).toEqual([
      [['--list-different', 'src/**/*.ts'], 'package.json script "format:check"'],
      [['-f', 'json', '--max-warnings', '0', 'src/'], 'package.json script "lint"'],
      [['--noEmit', '--pretty', 'false', '-p', 'tsconfig.build.json'], 'package.json script "typecheck"'],
    ])
    expect(result.summary).toContain('<summary>Commands run</summary>')
    expect(result.summary).toContain('package.json script &quot;typecheck&quot;')
  })

  it('the files the scripts leave out would fail with the default targets (so the scripts are what decide)', () => {
    expect(local('eslint', '.').status).toBe(1)
    expect(local('prettier', '--check', '.').status).toBe(1)
    expect(local('tsc').status).toBe(0)
  })

  it("eslint's verdict follows the script's --max-warnings: one warning fails with it and passes without", async () => {
    // eslint reports an unused disable directive as a warning.
    const warned = path.join(project, 'src', 'warned.ts')
    const manifestFile = path.join(project, 'package.json')
    const manifest = readFileSync(manifestFile, 'utf8')
    writeFileSync(warned, '// eslint-disable-next-line no-console\nexport const warned = 1\n')
    try {
      const lint = async () =>
        (await runAction({ workspace: project, inputs: { checks: 'lint' } })).report?.checks.find(
          (check) => check.tool === 'eslint',
        )
      expect(local('eslint', '--max-warnings', '0', 'src/').status).toBe(1)
      const strict = await lint()
      expect([strict?.outcome, strict?.runs?.[0]?.exitCode]).toEqual(['fail', 1])
      expect(strict?.findings.map((finding) => [finding.severity, finding.file])).toEqual([
        ['warning', 'src/warned.ts'],
      ])

      writeFileSync(manifestFile, manifest.replace('eslint --max-warnings 0 src/', 'eslint src/'))
      expect(local('eslint', 'src/').status).toBe(0)
      const lenient = await lint()
      expect([lenient?.outcome, lenient?.runs?.[0]?.exitCode, lenient?.findings.length]).toEqual([
        'pass',
        0,
        1,
      ])
    } finally {
      rmSync(warned)
      writeFileSync(manifestFile, manifest)
    }
  }, 120_000)
})

describe('a Python project with only [tool.black] and .flake8', () => {
  it('gets black and flake8 and nothing else, with the findings of each by hand', async () => {
    const project = sample('py-black-flake8')
    const result = await runAction({ workspace: project, inputs: python })
    expect(summaryOf(result.report)).toEqual([
      ['format', 'black', 'fail', 1],
      ['lint', 'flake8', 'fail', 3],
    ])
    expect(skippedKinds(result.report)).toEqual(['typecheck', 'test', 'coverage'])
    for (const tool of ['black', 'flake8']) {
      const manual = byHand(tool, project)
      const check = result.report?.checks.find((item) => item.tool === tool)
      expect(manual.exitCode).toBe(1)
      expect(check?.findings.map((finding) => finding.file).sort()).toEqual(
        manual.located.map((item) => item.file).sort(),
      )
    }
  })
})

describe('a setup.cfg with a multi-line mypy `files`', () => {
  it("runs mypy on mypy's own files, as `mypy` without arguments does by hand", async () => {
    const project = sample('py-setupcfg-mypy')
    const result = await runAction({ workspace: project, inputs: python })
    expect(summaryOf(result.report)).toEqual([['typecheck', 'mypy', 'fail', 2]])
    const manual = byHand('mypy', project, [])
    expect(manual.exitCode).toBe(1)
    const mypy = result.report?.checks[0]
    expect(mypy?.findings.map((finding) => `${finding.file}:${finding.line}`).sort()).toEqual(
      manual.located.map((item) => `${item.file}:${item.line}`).sort(),
    )
    // `mypy .` would also check scratch/, which the project's files leave out.
    expect(mypy?.findings.some((finding) => finding.file?.startsWith('scratch/'))).toBe(false)
  })
})

describe('a pre-commit config with args, files and exclude', () => {
  let project: string
  let result: ActionResult

  beforeAll(async () => {
    project = sample('py-precommit')
    result = await runAction({ workspace: project, inputs: python })
  })

  it('runs flake8 with the hook args on the files pre-commit would give it', () => {
    expect(summaryOf(result.report)).toEqual([['lint', 'flake8', 'fail', 2]])
    const run = result.report?.checks[0]?.runs?.[0]
    expect(run?.from).toBe('hook flake8 in .pre-commit-config.yaml (files/exclude)')
    expect(run?.argv.slice(-4)).toEqual([
      '--max-line-length=88',
      '--select=E,F,W',
      'app/__init__.py',
      'app/views.py',
    ])
  })

  it('finds what `pre-commit run --all-files` finds', () => {
    // pre-commit itself, from the machine's local wheel index, runs the same local hook.
    const venv = mkdtempSync(path.join(tmpdir(), 'qg-pre-commit-'))
    const made = spawnSync(DEBIAN_PYTHON, ['-m', 'venv', venv])
    const pip = path.join(venv, 'bin', 'pip')
    const installed =
      made.status === 0 &&
      existsSync('/opt/pypi/simple/pre-commit') &&
      spawnSync(pip, ['install', '-q', '--index-url', 'file:///opt/pypi/simple', 'pre-commit']).status === 0
    const flake8Lines = (text: string) => text.match(/^\S+:\d+:\d+: [A-Z]\d+/gm)?.sort() ?? []
    const gated = result.report?.checks[0]?.findings.map(
      (finding) => `${finding.file}:${finding.line}:${finding.column}: ${finding.rule}`,
    )
    if (!installed) {
      // Without the wheel index, flake8 by hand with the files pre-commit's documented matching selects.
      console.warn('pre-commit is not installable here (no local wheel index): comparing with flake8 by hand')
      const manual = spawnSync(
        DEBIAN_PYTHON,
        ['-m', 'flake8', '--max-line-length=88', '--select=E,F,W', 'app/__init__.py', 'app/views.py'],
        { cwd: project, encoding: 'utf8' },
      )
      expect(flake8Lines(manual.stdout)).toEqual(gated?.sort())
      rmSync(venv, { recursive: true, force: true })
      return
    }
    const manual = spawnSync(path.join(venv, 'bin', 'pre-commit'), ['run', '--all-files'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...machineEnvironment(), PATH: `/usr/bin:${process.env.PATH ?? ''}`, PRE_COMMIT_HOME: venv },
    })
    expect(manual.status).toBe(1)
    expect(flake8Lines(manual.stdout)).toEqual(gated?.sort())
    rmSync(venv, { recursive: true, force: true })
  }, 120_000)
})

/** A sample pinned to an old tool version: installed with npm install (exact versions, no lockfile). */
function installed(name: string): string {
  const project = sample(name)
  npmInstall(project, 'install')
  return project
}

describe('old tool versions from npm, run with the flags they have', () => {
  it('vitest 1.3 (no --includeTaskLocation): the failing test as `vitest run` reports it', async () => {
    const project = installed('vitest-1.3')
    const result = await runAction({ workspace: project, inputs: { checks: 'test' } })
    const vitest = result.report?.checks[0]
    expect([vitest?.tool, vitest?.version, vitest?.outcome]).toEqual(['vitest', '1.3.1', 'fail'])
    expect(vitest?.runs?.[0]?.argv).not.toContain('--includeTaskLocation')
    expect(vitest?.tests).toMatchObject({ total: 2, passed: 1, failed: 1 })
    expect(vitest?.findings.map((finding) => `${finding.file}:${finding.line}`)).toEqual([
      'test/math.test.js:8',
    ])
    const manual = spawnSync(path.join(project, 'node_modules', '.bin', 'vitest'), ['run'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...machineEnvironment(), NO_COLOR: '1' },
    })
    expect(manual.status).toBe(1)
    expect(manual.stdout).toMatch(/Tests {2}1 failed \| 1 passed \(2\)/)
    // vitest 1.3 prints no location without --includeTaskLocation; line 8 is the failing assertion.
    expect(readFileSync(path.join(project, 'test', 'math.test.js'), 'utf8').split('\n')[7]).toContain(
      'toBe(5)',
    )
  }, 180_000)

  it("biome 2.3 (byte spans): lines and character columns equal biome's own report", async () => {
    const project = installed('biome-2.3')
    const result = await runAction({ workspace: project, inputs: { checks: 'format,lint' } })
    const checks = result.report?.checks ?? []
    expect(checks.map((check) => [check.tool, check.version, check.outcome, check.runs?.[0]?.from])).toEqual([
      // `biome lint src` is not a format command: biome-format keeps the default target.
      ['biome-format', '2.3.15', 'fail', "the gate's default (.)"],
      ['biome', '2.3.15', 'fail', 'package.json script "lint"'],
    ])
    const lint = checks.find((check) => check.tool === 'biome')?.findings ?? []
    const manual = spawnSync(path.join(project, 'node_modules', '.bin', 'biome'), ['lint', 'src'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...machineEnvironment(), NO_COLOR: '1' },
    })
    expect(manual.status).toBe(1)
    const shown = [
      ...`${manual.stdout}${manual.stderr}`.matchAll(/^(\S+):(\d+):(\d+) lint\/\S+\/(\S+)/gm),
    ].map((match) => `${match[1]}:${match[2]}:${match[3]} ${match[4]}`)
    expect(
      lint.map(
        (finding) => `${finding.file}:${finding.line}:${finding.column} ${finding.rule?.split('/').pop()}`,
      ),
    ).toEqual(shown)
    expect(shown).toEqual(['src/index.js:3:31 noDoubleEquals'])
    expect(
      checks.find((check) => check.tool === 'biome-format')?.findings.map((finding) => finding.file),
    ).toEqual(['src/other.js'])
  }, 180_000)
})

describe('TypeScript 7 beside TypeScript 6: the gate runs the tsc the project runs', () => {
  /** `tsc` as the project's scripts start it (node_modules/.bin), by hand. */
  const tscByHand = (project: string, ...args: string[]) =>
    spawnSync(path.join(project, 'node_modules', '.bin', 'tsc'), args, {
      cwd: project,
      encoding: 'utf8',
      env: machineEnvironment(),
    })

  it.each([
    // The layout of the 7.0 release notes: `typescript` is the 6.0 API package (bin tsc6 only).
    ['aliases as the release notes say', undefined, '7.0.2'],
    // typescript@7 plus the unaliased 6.0 package: its @typescript/old (6.0.3) wins npm's .bin/tsc link.
    [
      'typescript 7 and the 6.0 package unaliased',
      { typescript: '7.0.2', '@typescript/typescript6': '6.0.2' },
      '6.0.3',
    ],
  ])(
    '%s: version, exit code and errors equal `tsc` by hand',
    async (_layout, devDependencies, expected) => {
      const project = sample('ts7-side-by-side')
      if (devDependencies !== undefined) {
        const manifestFile = path.join(project, 'package.json')
        const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>
        writeFileSync(manifestFile, JSON.stringify({ ...manifest, devDependencies }, null, 2))
      }
      npmInstall(project, 'install')
      const version = /Version (\S+)/.exec(tscByHand(project, '--version').stdout)?.[1]
      expect(version).toBe(expected)
      const manual = tscByHand(project)
      const result = await runAction({ workspace: project, inputs: {} })
      const tsc = result.report?.checks.find((check) => check.tool === 'tsc')
      expect([tsc?.version, tsc?.outcome, tsc?.runs?.[0]?.exitCode]).toEqual([version, 'fail', manual.status])
      expect(tsc?.runs?.[0]?.from).toBe('package.json script "typecheck"')
      const shown = [...manual.stdout.matchAll(/^(\S+)\((\d+),(\d+)\): error (TS\d+)/gm)].map(
        (match) => `${match[1]}:${match[2]}:${match[3]} ${match[4]}`,
      )
      expect(shown).toEqual(['src/price.ts:1:41 TS7006', 'src/price.ts:5:14 TS2322'])
      expect(
        tsc?.findings.map((finding) => `${finding.file}:${finding.line}:${finding.column} ${finding.rule}`),
      ).toEqual(shown)
      expect(result.exitCode).toBe(1)
    },
    180_000,
  )
})
