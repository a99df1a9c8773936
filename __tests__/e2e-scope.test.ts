// scope: changed, diff coverage and SARIF, through the built action on real git repositories with a real
// pull request event: a legacy project with many old findings adopts the gate on day one.
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import {
  CLI,
  DEBIAN_PYTHON,
  machineEnvironment,
  runAction,
  spawnNode,
  type ActionResult,
} from './helpers/action.js'
import { commitAll, git, newRepository, writeFiles } from './helpers/git.js'

const module = (index: number): string => `import os\n\n\ndef f${index}():\n    return ${index}\n`

/** Ten modules, each with an old unused import; the PR touches two of them. */
function legacyProject(): { dir: string; base: string } {
  const dir = newRepository()
  writeFiles(dir, {
    'pyproject.toml': '[tool.black]\nline-length = 100\n',
    ...Object.fromEntries(Array.from({ length: 10 }, (_, index) => [`app/m${index}.py`, module(index)])),
  })
  const base = commitAll(dir, 'legacy code')
  git(dir, 'checkout', '-q', '-b', 'feature')
  return { dir, base }
}

function pullRequest(dir: string, base: string, head: string, inputs: Record<string, string> = {}) {
  return runAction({
    workspace: dir,
    inputs: {
      'tool-source': 'path',
      python: DEBIAN_PYTHON,
      checks: 'format,lint',
      tools: 'black,flake8',
      comment: 'never',
      ...inputs,
    },
    event: { number: 12, pull_request: { number: 12, base: { sha: base }, head: { sha: head } } },
    env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_SHA: head },
  })
}

const counted = (result: ActionResult): string[] =>
  (result.report?.checks ?? [])
    .flatMap((check) => check.findings)
    .map((item) => `${item.tool} ${item.file}:${item.line ?? '-'} ${item.rule ?? '-'}`)
    .sort()
const outside = (result: ActionResult): number =>
  (result.report?.checks ?? []).reduce((sum, check) => sum + (check.notOnChangedLines?.length ?? 0), 0)

describe('a PR touching 2 of 10 files of a project with many old findings', () => {
  const { dir, base } = legacyProject()
  let head = ''
  let first: ActionResult
  // Inside the workspace: sarif-file may not point elsewhere (or to RUNNER_TEMP, which the helper owns).
  const sarifFile = path.join(dir, 'out', 'results.sarif')

  beforeAll(async () => {
    writeFiles(dir, {
      'app/m3.py': `${module(3)}\n\ndef g():\n    unused = 1\n    return 2\n`,
      'app/m7.py': `${module(7)}\n\ndef h( x ):\n    return x\n`,
    })
    head = commitAll(dir, 'new work with new defects')
    first = await pullRequest(dir, base, head, { scope: 'changed', 'sarif-file': sarifFile })
  }, 120_000)

  it('scope: changed fails only on the new findings', () => {
    expect(first.exitCode).toBe(1)
    expect(counted(first)).toEqual([
      'black app/m7.py:8 -',
      'flake8 app/m3.py:9 F841',
      'flake8 app/m7.py:8 E201',
      'flake8 app/m7.py:8 E202',
    ])
    expect(first.report?.changes).toMatchObject({
      files: 2,
      source: `git diff ${base.slice(0, 7)}...${head.slice(0, 7)}`,
    })
  })

  it('the old findings are counted in the summary as not on changed lines, and only new ones are annotated', () => {
    expect(outside(first)).toBe(10)
    expect(first.summary).toContain('**10 findings not on changed lines** (not counted)')
    expect(first.annotations.map((item) => item.properties.file).sort()).toEqual([
      'app/m3.py',
      'app/m7.py',
      'app/m7.py',
      'app/m7.py',
    ])
    expect(first.outputs.findings).toBe('4')
  })

  it('scope: all on the same PR counts the old findings too, ranking the new ones first', async () => {
    const all = await pullRequest(dir, base, head)
    expect(counted(all)).toHaveLength(14)
    const flake8 = all.annotations.filter((item) => item.properties.title?.startsWith('flake8'))
    expect(flake8.slice(0, 3).map((item) => item.properties.file)).toEqual([
      'app/m3.py',
      'app/m7.py',
      'app/m7.py',
    ])
  }, 60_000)

  it('passes once the new findings are fixed, the old ones still reported', async () => {
    writeFiles(dir, {
      'app/m3.py': `${module(3)}\n\ndef g():\n    return 2\n`,
      'app/m7.py': `${module(7)}\n\ndef h(x):\n    return x\n`,
    })
    const fixed = commitAll(dir, 'fix the new defects')
    const result = await pullRequest(dir, base, fixed, { scope: 'changed' })
    expect(result.exitCode).toBe(0)
    expect(result.report?.verdict.passed).toBe(true)
    expect(counted(result)).toEqual([])
    expect(outside(result)).toBe(10)
  }, 60_000)

  it('the SARIF file validates against SARIF 2.1.0 with Microsoft’s multitool: one run per tool, repo-relative URIs', () => {
    expect(first.outputs['sarif-file']).toBe(sarifFile)
    const log = JSON.parse(readFileSync(sarifFile, 'utf8')) as {
      version: string
      runs: {
        tool: { driver: { name: string; rules: { id: string; helpUri?: string }[] } }
        results: {
          ruleId: string
          level: string
          locations: { physicalLocation: { artifactLocation: { uri: string } } }[]
        }[]
      }[]
    }
    expect(log.version).toBe('2.1.0')
    expect(log.runs.map((run) => run.tool.driver.name)).toEqual(['black', 'flake8'])
    const flake8 = log.runs[1]
    // Every finding is there, the old ones too: code scanning does its own diffing.
    expect(flake8?.results).toHaveLength(13)
    expect(flake8?.tool.driver.rules.map((rule) => rule.id).sort()).toEqual(['E201', 'E202', 'F401', 'F841'])
    expect(flake8?.tool.driver.rules.find((rule) => rule.id === 'F401')?.helpUri).toMatch(/^https:\/\//)
    expect(
      flake8?.results.every((result) =>
        /^app\/m\d\.py$/.test(result.locations[0]?.physicalLocation.artifactLocation.uri ?? ''),
      ),
    ).toBe(true)
    expect(validateSarif(sarifFile)).toEqual([])
  })

  it('the validator is not a rubber stamp: a broken copy fails it', () => {
    const broken = path.join(path.dirname(sarifFile), 'broken.sarif')
    const text = readFileSync(sarifFile, 'utf8').replace(/"startLine": \d+/, '"startLine": 0')
    writeFiles(path.dirname(broken), { 'broken.sarif': text })
    expect(validateSarif(broken).join('\n')).toMatch(/startLine/)
  })
})

describe('the CLI runs exactly the PR gate before pushing', () => {
  it('--scope changed --base-ref main counts committed and uncommitted new findings only', async () => {
    const { dir } = legacyProject()
    writeFiles(dir, { 'app/m1.py': `${module(1)}\n\ndef g():\n    unused = 1\n    return 2\n` })
    commitAll(dir, 'committed work')
    writeFiles(dir, { 'app/m2.py': `${module(2)}\nx = 1 ;\n` })
    const args = ['--tool-source', 'path', '--python', DEBIAN_PYTHON, '--checks', 'lint', '--tools', 'flake8']
    const run = await spawnNode(
      [CLI, ...args, '--scope', 'changed', '--base-ref', 'main', '--format', 'json'],
      dir,
      machineEnvironment(),
    )
    expect(run.exitCode).toBe(1)
    const report = JSON.parse(run.stdout) as {
      checks: { findings: { file: string; line: number; rule: string }[] }[]
    }
    expect(report.checks[0]?.findings.map((item) => `${item.file}:${item.line} ${item.rule}`).sort()).toEqual(
      ['app/m1.py:9 F841', 'app/m2.py:7 E203', 'app/m2.py:7 E305', 'app/m2.py:7 E703'],
    )
    const noBase = await spawnNode([CLI, ...args, '--scope', 'changed'], dir, machineEnvironment())
    expect(noBase.exitCode).toBe(2)
    expect(noBase.stderr.trim()).toBe(
      'error: Invalid --scope: it needs a base to compare with; pass --base-ref (for example --base-ref origin/main).',
    )
  }, 60_000)
})

describe('diff coverage', () => {
  const dir = newRepository()
  let base = ''
  let head = ''
  beforeAll(() => {
    writeFiles(dir, {
      'pyproject.toml':
        '[tool.pytest.ini_options]\ntestpaths = ["tests"]\npythonpath = ["src"]\n\n[tool.coverage.run]\nsource = ["src"]\n',
      'src/calc.py': 'def add(a, b):\n    return a + b\n\n\ndef sub(a, b):\n    return a - b\n',
      'tests/test_calc.py': 'from calc import add\n\n\ndef test_add():\n    assert add(1, 2) == 3\n',
    })
    base = commitAll(dir, 'base')
    git(dir, 'checkout', '-q', '-b', 'feature')
    writeFiles(dir, {
      'src/calc.py':
        'def add(a, b):\n    return a + b\n\n\ndef sub(a, b):\n    return a - b\n\n\ndef clamp(value, low, high):\n    if value < low:\n        return low\n    if value > high:\n        return high\n    return value\n',
      'tests/test_calc.py':
        'from calc import add, clamp\n\n\ndef test_add():\n    assert add(1, 2) == 3\n\n\ndef test_clamp_low():\n    assert clamp(-1, 0, 10) == 0\n',
    })
    head = commitAll(dir, 'clamp')
  })

  /** What the test computes itself: coverage.py's executed and missing lines against git's changed lines. */
  function independentDiffCoverage(): number {
    const scratch = mkdtempSync(path.join(tmpdir(), 'qg-cov-'))
    const env = { ...machineEnvironment(), COVERAGE_FILE: path.join(scratch, '.coverage') }
    const run = (args: string[]) => spawnSync(DEBIAN_PYTHON, args, { cwd: dir, env, encoding: 'utf8' })
    run(['-m', 'coverage', 'run', '-m', 'pytest', '-q', '-p', 'no:cacheprovider'])
    run(['-m', 'coverage', 'json', '-o', path.join(scratch, 'coverage.json')])
    const data = JSON.parse(readFileSync(path.join(scratch, 'coverage.json'), 'utf8')) as {
      files: Record<string, { executed_lines: number[]; missing_lines: number[] }>
    }
    let covered = 0
    let total = 0
    for (const [file, lines] of Object.entries(data.files)) {
      const changed = new Set<number>()
      for (const hunk of git(dir, 'diff', '-U0', `${base}...${head}`, '--', file).matchAll(
        /^@@ -\S+ \+(\d+)(?:,(\d+))? @@/gm,
      )) {
        const start = Number(hunk[1])
        for (let line = start; line < start + Number(hunk[2] ?? 1); line++) changed.add(line)
      }
      covered += lines.executed_lines.filter((line) => changed.has(line)).length
      total += [...lines.executed_lines, ...lines.missing_lines].filter((line) => changed.has(line)).length
    }
    return (100 * covered) / total
  }

  const gate = (threshold: string) =>
    pullRequest(dir, base, head, {
      checks: 'test,coverage',
      tools: 'pytest',
      'diff-coverage-threshold': threshold,
    })

  it('diff-coverage equals the independent computation; below the threshold fails, above passes', async () => {
    const expected = independentDiffCoverage()
    expect(expected).toBe(50)
    const failing = await gate('60')
    expect(Math.abs(Number(failing.outputs['diff-coverage']) - expected)).toBeLessThanOrEqual(0.01)
    expect(failing.exitCode).toBe(1)
    expect(failing.report?.verdict.reasons).toEqual([
      'coverage: diff coverage 50.00% is below the threshold 60%',
    ])
    expect(failing.summary).toContain(
      '**Diff coverage**: 50.00% of 6 changed executable lines (threshold 60%) ❌',
    )
    expect(failing.summary).toContain('| src/calc.py | 12-14 |')
    // Executed lines feed diff coverage; the JSON report leaves them out.
    expect(JSON.stringify(failing.report)).not.toContain('executedLines')
    const passing = await gate('40')
    expect(passing.exitCode).toBe(0)
    expect(passing.outputs['diff-coverage']).toBe('50.00')
  }, 120_000)
})

/** Runs `sarif validate`; returns its error and warning results (notes are advice). */
function validateSarif(file: string): string[] {
  const require = createRequire(import.meta.url)
  const binary = require('@microsoft/sarif-multitool') as string
  // npm may skip the package's chmod postinstall; the binary ships executable, but make sure.
  if ((statSync(binary).mode & 0o100) === 0) chmodSync(binary, 0o755)
  const output = `${file}.validation.sarif`
  const done = spawnSync(binary, ['validate', file, '-o', output, '--log', 'ForceOverwrite'], {
    encoding: 'utf8',
    env: { ...machineEnvironment(), DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
  })
  if (done.status !== 0) throw new Error(`sarif validate failed: ${done.stdout}${done.stderr}`)
  const log = JSON.parse(readFileSync(output, 'utf8')) as {
    runs: {
      results?: { ruleId: string; level?: string; message: { text?: string; arguments?: string[] } }[]
    }[]
  }
  return log.runs
    .flatMap((run) => run.results ?? [])
    .filter((result) => result.level === 'error' || result.level === 'warning' || result.level === undefined)
    .map((result) => `${result.ruleId}: ${result.message.text ?? (result.message.arguments ?? []).join(' ')}`)
}
