// End to end: the built action, run the way the runner runs it, on the example projects, with Debian's
// real tools (tool-source: path). Findings must equal what each tool reports when run by hand.
import { describe, expect, it, beforeAll } from '@jest/globals'
import type { Finding } from '../src/types.js'
import {
  copyProject,
  DEBIAN_PYTHON,
  example,
  runAction,
  writeConfigFile,
  type ActionResult,
} from './helpers/action.js'
import { byHand, type Located } from './helpers/by-hand.js'

const STATIC_CHECKS = 'format,lint,typecheck,security'
const inputs = { 'tool-source': 'path', python: DEBIAN_PYTHON, checks: STATIC_CHECKS }

const located = (findings: readonly Finding[], withLine = true): string[] =>
  findings.map((item) => `${item.file}${withLine ? `:${item.line}` : ''}`).sort()
const locatedByHand = (items: readonly Located[], withLine = true): string[] =>
  items.map((item) => `${item.file}${withLine ? `:${item.line}` : ''}`).sort()

describe('examples/python-app (planted defects)', () => {
  let workspace: string
  let result: ActionResult
  const findingsOf = (tool: string): Finding[] =>
    result.report?.checks.find((check) => check.tool === tool)?.findings ?? []

  beforeAll(async () => {
    workspace = copyProject(example('python-app'))
    result = await runAction({ workspace, inputs })
  })

  it('fails with exit code 1 and passed=false', () => {
    expect(result.exitCode).toBe(1)
    expect(result.outputs.passed).toBe('false')
    expect(result.outputs['failed-checks']).toBe('format,lint,typecheck,security')
    expect(result.stdout).toMatch(/^::error::Quality gate failed: /m)
  })

  it('runs every detected tool', () => {
    expect(result.report?.checks.map((check) => `${check.kind}:${check.tool}:${check.outcome}`)).toEqual([
      'format:black:fail',
      'format:isort:fail',
      'lint:flake8:fail',
      'lint:pylint:fail',
      'typecheck:mypy:fail',
      'typecheck:pyright:fail',
      'security:bandit:fail',
    ])
  })

  it('says for each tool what in the project named it, in the report and the summary', () => {
    const why = Object.fromEntries(
      result.report?.checks.map((check) => [check.tool, check.chosenBecause]) ?? [],
    )
    expect(why).toEqual({
      black: '[tool.black] in pyproject.toml',
      isort: '[tool.isort] in pyproject.toml',
      flake8: '.flake8',
      pylint: '[tool.pylint] in pyproject.toml',
      mypy: '[tool.mypy] in pyproject.toml',
      pyright: 'pyrightconfig.json',
      bandit: '.bandit',
    })
    expect(result.summary).toContain('| Tool | Version | Pin | Runs from | Chosen because |')
    expect(result.summary).toMatch(/\| flake8 \| [^|]+ \| — \| [^|]+ \| \.flake8 \|/)
  })

  it('reports the planted defects exactly (file, line, rule)', () => {
    const exact = (tool: string): string[] =>
      findingsOf(tool).map((item) => `${item.severity} ${item.file}:${item.line} ${item.rule ?? '-'}`)
    expect(exact('black')).toEqual(['error src/pyapp/util.py:8 -'])
    expect(exact('isort')).toEqual(['error src/pyapp/util.py:2 -'])
    expect(exact('flake8').sort()).toEqual([
      'error src/pyapp/inventory.py:2 F401',
      'error src/pyapp/util.py:12 F841',
      'error src/pyapp/util.py:8 E201',
      'error src/pyapp/util.py:8 E202',
    ])
    expect(exact('pylint').sort()).toEqual([
      'error src/pyapp/inventory.py:27 too-many-function-args',
      'notice src/pyapp/util.py:11 missing-function-docstring',
      'warning src/pyapp/inventory.py:2 unused-import',
      'warning src/pyapp/util.py:12 unused-variable',
    ])
    expect(exact('mypy')).toEqual([
      'error src/pyapp/inventory.py:21 assignment',
      'error src/pyapp/inventory.py:27 call-arg',
    ])
    expect(exact('pyright')).toEqual([
      'error src/pyapp/inventory.py:21 reportAssignmentType',
      'error src/pyapp/inventory.py:27 reportCallIssue',
    ])
    expect(exact('bandit')).toEqual(['notice src/pyapp/shell.py:2 B404', 'error src/pyapp/shell.py:7 B602'])
  })

  it('gives positions 1-based, converting the tools that count from 0', () => {
    const pylintUnused = findingsOf('pylint').find((item) => item.rule === 'unused-variable')
    expect(pylintUnused).toMatchObject({ line: 12, column: 5, endColumn: 11 }) // `unused` at col 5 of `    unused = 1`
    const pyrightCall = findingsOf('pyright').find((item) => item.rule === 'reportCallIssue')
    expect(pyrightCall).toMatchObject({ line: 27, column: 52 })
    const mypyAssignment = findingsOf('mypy').find((item) => item.rule === 'assignment')
    expect(mypyAssignment).toMatchObject({ line: 21, column: 18, endColumn: 31 })
  })

  it.each(['flake8', 'pylint', 'mypy', 'pyright', 'bandit'])(
    '%s: same findings as running it by hand',
    (tool) => {
      const targets = tool === 'mypy' ? [] : ['.']
      const manual = byHand(tool, workspace, targets)
      expect(manual.located.length).toBeGreaterThan(0)
      expect(located(findingsOf(tool))).toEqual(locatedByHand(manual.located))
    },
  )

  it.each(['black', 'isort'])('%s: same files as running it by hand', (tool) => {
    const manual = byHand(tool, workspace)
    expect(located(findingsOf(tool), false)).toEqual(locatedByHand(manual.located, false))
  })

  it('annotates within the per-step budget, errors first, titled "tool rule", and says what it left out', () => {
    const levels = result.annotations.map((item) => item.command)
    // 12 errors: GitHub keeps 10 per step and the failing gate's own message is one of them, so 9 are
    // annotated and one notice says 3 more are in the summary.
    expect(levels.filter((level) => level === 'error')).toHaveLength(9)
    expect(result.commands.filter((item) => item.command === 'error')).toHaveLength(10)
    expect(levels.filter((level) => level === 'warning')).toHaveLength(2)
    expect(levels.filter((level) => level === 'notice')).toHaveLength(3)
    expect(result.annotations.at(-1)?.message).toMatch(/^3 more findings are not annotated here/)
    // Tools take turns: every tool with errors has at least one annotated.
    const titled = new Set(
      result.annotations
        .filter((item) => item.command === 'error')
        .map((item) => item.properties.title?.split(' ')[0]),
    )
    expect([...titled].sort()).toEqual(['bandit', 'black', 'flake8', 'isort', 'mypy', 'pylint', 'pyright'])
    expect(levels.indexOf('warning')).toBeGreaterThan(levels.lastIndexOf('error'))
    expect(result.annotations).toContainEqual({
      command: 'error',
      properties: {
        title: 'mypy assignment',
        file: 'src/pyapp/inventory.py',
        line: '21',
        col: '18',
        endColumn: '31',
      },
      message: 'Incompatible types in assignment (expression has type "int", variable has type "str")',
    })
    expect(result.annotations).toContainEqual({
      command: 'error',
      properties: { title: 'black', file: 'src/pyapp/util.py', line: '8' },
      message: 'File would be reformatted by black',
    })
  })

  it('sets the count outputs', () => {
    expect(result.outputs).toMatchObject({ findings: '16', errors: '12', warnings: '2' })
    expect(result.report?.counts).toEqual({ findings: 16, errors: 12, warnings: 2, notices: 2 })
  })

  it('writes a job summary with the verdict, a table of checks and collapsible findings', () => {
    expect(result.summary).toMatch(/^## ❌ Quality gate failed/)
    expect(result.summary).toContain('| Check | Tool | Version | Outcome | Findings | Decided by | Time |')
    expect(result.summary).toMatch(/\| typecheck \| mypy \| 1\.0\.1 \| ❌ fail \| 2 errors \|/)
    expect(result.summary).toContain('<details><summary>❌ <b>flake8</b> — 4 errors</summary>')
    expect(result.summary).toContain("`src/pyapp/util.py:8:23` `E201` whitespace after '\\('")
  })

  it('writes the JSON report where report-file says', () => {
    expect(result.outputs['report-file']).toMatch(/quality-gate\/report\.json$/)
    expect(result.report?.schemaVersion).toBe(1)
    expect(result.report?.verdict.passed).toBe(false)
  })
})

describe("the maintainers' own arguments (args in .github/quality-gate.yml)", () => {
  it('replace the default targets; the gate adds only its output flags; findings equal the same run by hand', async () => {
    const workspace = copyProject(example('python-app'))
    writeConfigFile(
      workspace,
      'args:\n  flake8: [--max-line-length, 120, src/pyapp/util.py]\n  pylint: [src/pyapp/inventory.py]\n',
    )
    const result = await runAction({ workspace, inputs: { ...inputs, checks: 'lint' } })
    const check = (tool: string) => result.report?.checks.find((item) => item.tool === tool)
    expect(check('flake8')?.runs?.[0]?.argv.slice(-3)).toEqual([
      '--max-line-length',
      '120',
      'src/pyapp/util.py',
    ])
    expect(check('pylint')?.runs?.[0]?.argv.at(-1)).toBe('src/pyapp/inventory.py')
    const flake8 = byHand('flake8', workspace, ['--max-line-length', '120', 'src/pyapp/util.py'])
    expect(located(check('flake8')?.findings ?? [])).toEqual(locatedByHand(flake8.located))
    expect(flake8.located.length).toBe(3)
    const pylint = byHand('pylint', workspace, ['src/pyapp/inventory.py'])
    expect(located(check('pylint')?.findings ?? [])).toEqual(locatedByHand(pylint.located))
    expect(result.report?.warnings).toEqual([])
  })
})

describe('examples/python-clean', () => {
  it('passes with exit code 0 and passed=true', async () => {
    const workspace = copyProject(example('python-clean'))
    const result = await runAction({ workspace, inputs })
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({ passed: 'true', 'failed-checks': '', findings: '0', errors: '0' })
    expect(result.report?.checks.map((check) => `${check.tool}:${check.outcome}`)).toEqual([
      'black:pass',
      'isort:pass',
      'flake8:pass',
      'pylint:pass',
      'mypy:pass',
      'pyright:pass',
      'bandit:pass',
    ])
    expect(result.annotations).toHaveLength(0)
    expect(result.summary).toMatch(/^## ✅ Quality gate passed/)
  })

  it('with the default checks, also runs its tests under coverage.py, once', async () => {
    const workspace = copyProject(example('python-clean'))
    const result = await runAction({ workspace, inputs: { 'tool-source': 'path', python: DEBIAN_PYTHON } })
    expect(result.exitCode).toBe(0)
    expect(result.report?.checks.map((check) => `${check.kind}:${check.tool}:${check.outcome}`)).toEqual([
      'format:black:pass',
      'format:isort:pass',
      'lint:flake8:pass',
      'lint:pylint:pass',
      'typecheck:mypy:pass',
      'typecheck:pyright:pass',
      'test:pytest:pass',
      'coverage:coverage:pass',
    ])
    expect(result.report?.skipped).toEqual([])
    expect(result.outputs).toMatchObject({ 'tests-total': '2', 'tests-failed': '0' })
    expect(Number(result.outputs.coverage)).toBeGreaterThan(0)
  })
})
