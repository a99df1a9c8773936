// Adapters against real outputs captured from Debian's tools (and pyright from npm) by
// scripts/capture-fixtures.ts. Each case also pins the argv: the adapter must still build it.
import { describe, expect, it } from '@jest/globals'
import type { ToolId } from '../src/tools/index.js'
import { brief, parseCaptured } from './helpers/fixtures.js'

const check = parseCaptured

const APP = {
  black: ['error src/pyapp/util.py:8 -'],
  isort: ['error src/pyapp/util.py:2 -'],
  flake8: [
    'error src/pyapp/util.py:8:23 E201',
    'error src/pyapp/util.py:8:28 E202',
    'error src/pyapp/util.py:12:5 F841',
    'error src/pyapp/inventory.py:2:1 F401',
  ],
  pylint: [
    'notice src/pyapp/util.py:11:1 missing-function-docstring',
    'warning src/pyapp/util.py:12:5 unused-variable',
    'error src/pyapp/inventory.py:27:12 too-many-function-args',
    'warning src/pyapp/inventory.py:2:1 unused-import',
  ],
  mypy: ['error src/pyapp/inventory.py:21:18 assignment', 'error src/pyapp/inventory.py:27:12 call-arg'],
  pyright: [
    'error src/pyapp/inventory.py:21:18 reportAssignmentType',
    'error src/pyapp/inventory.py:27:52 reportCallIssue',
  ],
  // The example's pyrightconfig.json sets pyright's standard mode, which basedpyright honours.
  basedpyright: [
    'error src/pyapp/inventory.py:21:18 reportAssignmentType',
    'error src/pyapp/inventory.py:27:52 reportCallIssue',
  ],
  // bandit 1.6 reports no columns.
  bandit: ['notice src/pyapp/shell.py:2 B404', 'error src/pyapp/shell.py:7 B602'],
} satisfies Partial<Record<ToolId, string[]>>

describe('captured runs on examples/python-app', () => {
  it.each(Object.entries(APP))('%s finds the planted defects', (tool, expected) => {
    const result = check(tool as ToolId, 'python-app')
    expect(result.outcome).toBe('fail')
    expect(brief(result.findings).sort()).toEqual([...expected].sort())
  })
})

describe('captured runs on examples/python-clean', () => {
  it.each(Object.keys(APP))('%s passes with no findings', (tool) => {
    expect(check(tool as ToolId, 'python-clean')).toEqual({ outcome: 'pass', findings: [] })
  })
})

describe('details that matter', () => {
  it('mypy text: end columns become 1-based exclusive, and the rule links to its docs', () => {
    const [first] = check('mypy', 'python-app').findings
    expect(first).toEqual({
      tool: 'mypy',
      severity: 'error',
      rule: 'assignment',
      message: 'Incompatible types in assignment (expression has type "int", variable has type "str")',
      file: 'src/pyapp/inventory.py',
      line: 21,
      column: 18,
      endLine: 21,
      endColumn: 31,
      url: 'https://mypy.readthedocs.io/en/stable/_refs.html#code-assignment',
    })
  })

  it('pyright keeps multi-line messages and converts 0-based ranges', () => {
    const [first] = check('pyright', 'python-app').findings
    expect(first).toMatchObject({ line: 21, column: 18, endLine: 21, endColumn: 31 })
    // pyright indents continuation lines with no-break spaces.
    expect(first?.message).toBe(
      'Type "int" is not assignable to declared type "str"\n\u00a0\u00a0"int" is not assignable to "str"',
    )
  })

  it('basedpyright: its own default mode warns, and rules link to its docs', () => {
    const result = check('basedpyright', 'recommended')
    expect(result.outcome).toBe('fail')
    expect(brief(result.findings)).toEqual([
      'warning app.py:1:8 reportUnusedImport',
      'warning app.py:5:11 reportUnknownParameterType',
      'warning app.py:5:11 reportMissingParameterType',
      'warning app.py:6:12 reportUnknownVariableType',
      'warning app.py:9:1 reportUnknownVariableType',
      'error app.py:9:14 reportOperatorIssue',
      'warning app.py:10:11 reportExplicitAny',
    ])
    expect(result.findings[0]).toMatchObject({
      tool: 'basedpyright',
      endLine: 1,
      endColumn: 10,
      url: 'https://docs.basedpyright.com/latest/configuration/config-files/#reportUnusedImport',
    })
  })

  it('pylint json: columns from 0, null ends dropped', () => {
    const result = check('pylint', 'syntax-error')
    expect(result.outcome).toBe('fail')
    expect(result.findings[0]).toEqual({
      tool: 'pylint',
      severity: 'error',
      rule: 'syntax-error',
      message: "Parsing failed: 'invalid syntax (<unknown>, line 1)'",
      file: 'broken.py',
      line: 1,
      column: 13,
      url: 'https://pylint.readthedocs.io/en/stable/user_guide/messages/error/syntax-error.html',
    })
  })

  it('black exit 123 is tool trouble with its own message', () => {
    const result = check('black', 'syntax-error-123')
    expect(result.outcome).toBe('error')
    expect(result.reason).toMatch(/^exited with 123 \(black could not format a file or failed internally\): /)
  })

  it('mypy exit 2 (blocking syntax error) is tool trouble, and keeps the error it printed', () => {
    const result = check('mypy', 'syntax-error-blocking')
    expect(result.outcome).toBe('error')
    expect(brief(result.findings)).toEqual(['error broken.py:1:13 syntax'])
  })

  it('flake8 reports a syntax error as E999, a finding', () => {
    expect(brief(check('flake8', 'syntax-error').findings)).toEqual(['error broken.py:1:13 E999'])
  })

  it('bandit messages carry severity and confidence; links point at the rule docs', () => {
    const shell = check('bandit', 'python-app').findings[1]
    expect(shell?.message).toBe(
      'subprocess call with shell=True identified, security issue. (severity high, confidence high)',
    )
    expect(shell?.url).toMatch(/^https:\/\/bandit\.readthedocs\.io\/.*b602/)
  })
})
