// Adapters against real outputs of tools (or tool versions) that cannot run here, from their public test
// snapshots, copied into __tests__/fixtures/upstream (its README says where each came from).
import { describe, expect, it } from '@jest/globals'
import { judge } from '../src/gate.js'
import { bandit } from '../src/tools/bandit.js'
import { mypy } from '../src/tools/mypy.js'
import { pylint } from '../src/tools/pylint.js'
import { pyright } from '../src/tools/pyright.js'
import { ruff, ruffFormat } from '../src/tools/ruff.js'
import type { Finding } from '../src/types.js'
import { contextAt, runOf, upstream } from './helpers/fixtures.js'

const brief = (findings: Finding[]): string[] =>
  findings.map(
    (item) =>
      `${item.severity} ${item.file ?? '-'}:${item.line ?? '-'}:${item.column ?? '-'}-${item.endLine ?? '-'}:${item.endColumn ?? '-'} ${item.rule ?? '-'}`,
  )

describe('ruff check --output-format json', () => {
  const ctx = contextAt('/work', '0.17.5')
  const expected = [
    'error [TMP]/input.py:1:8-1:10 F401',
    'error [TMP]/input.py:2:5-2:6 F821',
    'error [TMP]/input.py:3:1-3:6 invalid-syntax',
  ]

  it('0.16 shape: code, name, severity, url', () => {
    const result = ruff.parse(runOf(upstream('ruff/check-json-f401-f821-syntax.json'), 1), ctx)
    expect(result.outcome).toBe('fail')
    expect(brief(result.findings)).toEqual(expected)
    expect(result.findings[0]).toMatchObject({
      message: '`os` imported but unused',
      url: 'https://docs.astral.sh/ruff/rules/unused-import',
    })
    expect(result.findings[2]?.url).toBeUndefined() // url: null for syntax errors
  })

  it('preview: a syntax error with code null is named by its rule name', () => {
    const result = ruff.parse(runOf(upstream('ruff/check-json-preview-null-code.json'), 1), ctx)
    expect(brief(result.findings)).toEqual(expected)
  })

  it('0.15.6 legacy shape without name and severity', () => {
    const result = ruff.parse(runOf(upstream('ruff/check-json-legacy-0.15.6.json'), 1), ctx)
    expect(brief(result.findings)).toEqual(expected)
  })

  it('stdin: an absolute filename becomes workspace-relative', () => {
    const result = ruff.parse(runOf(upstream('ruff/check-json-stdin-f401.json'), 1), contextAt('/path/to'))
    expect(brief(result.findings)).toEqual(['error F401.py:1:8-1:10 F401'])
  })

  it('exit 2 is tool trouble even when stdout is empty', () => {
    const result = ruff.parse(runOf('', 2, 'ruff failed\n  Cause: invalid config'), ctx)
    expect(result.outcome).toBe('error')
    expect(result.reason).toMatch(
      /^exited with 2 \(ruff configuration, usage or internal error\): Cause: invalid config$/,
    )
  })

  it('JSON lines (the json-lines format) are not what the adapter asked for: trouble, not a pass', () => {
    const result = ruff.parse(runOf(upstream('ruff/check-json-lines-f401-f821-syntax.jsonl'), 1), ctx)
    expect(result.outcome).toBe('error')
  })

  it('the argv asks for JSON and never fixes', () => {
    expect(ruff.command({ ...ctx, launcher: ['/venv/bin/ruff'] }).argv).toEqual([
      '/venv/bin/ruff',
      'check',
      '--no-fix',
      '--output-format',
      'json',
      '.',
    ])
  })
})

describe('ruff format --check --output-format json', () => {
  it('one finding per file at the first edit', () => {
    const ctx = contextAt('/work', '0.17.5')
    expect(ruffFormat.command(ctx).argv).toEqual([
      'tool',
      'format',
      '--check',
      '--output-format',
      'json',
      '.',
    ])
    const result = ruffFormat.parse(runOf(upstream('ruff/format-check-json.json'), 1), ctx)
    expect(result.findings).toEqual([
      {
        tool: 'ruff-format',
        severity: 'error',
        message: 'File would be reformatted by ruff format',
        file: '[TMP]/input.py',
        line: 1,
      },
    ])
  })

  it('before 0.16 it reads the diff of `ruff format --diff`', () => {
    const ctx = contextAt('/work', '0.5.0')
    expect(ruffFormat.command(ctx).argv).toEqual(['tool', 'format', '--diff', '.'])
    const diff = '--- app.py\n+++ app.py\n@@ -1,3 +1,3 @@\n import os\n-x = {  }\n+x = {}\n print(x)\n'
    expect(brief(ruffFormat.parse(runOf(diff, 1), ctx).findings)).toEqual(['error app.py:2:---:- -'])
  })
})

describe('mypy --output=json', () => {
  const ctx = contextAt('/work', '2.4.1')

  it('asks for JSON from 1.11 on', () => {
    expect(mypy.command(ctx).argv).toEqual(['tool', '--output=json', '--no-error-summary', '.'])
    expect(mypy.command(contextAt('/work', '1.10.1')).argv).toContain('--show-column-numbers')
  })

  it('notes, hints and 0-based columns', () => {
    const result = mypy.parse(runOf(upstream('mypy/json-hint-note-3-diags.jsonl'), 1), ctx)
    expect(result.outcome).toBe('fail')
    expect(brief(result.findings)).toEqual([
      'notice main:12:13-12:16 misc',
      'error main:14:1-14:10 call-overload',
      'error main:17:1-17:10 call-arg',
    ])
    expect(result.findings[1]?.message).toBe(
      'No overload variant of "foo" matches argument type "str"\nPossible overload variants:\n    def foo() -> None\n    def foo(x: int) -> None',
    )
  })

  it('1.20 shape without end positions', () => {
    const result = mypy.parse(
      runOf(upstream('mypy/json-hint-note-legacy-1.20.jsonl'), 1),
      contextAt('/work', '1.20.0'),
    )
    expect(brief(result.findings)).toEqual([
      'notice main:12:13--:- misc',
      'error main:14:1--:- call-overload',
      'error main:17:1--:- call-arg',
    ])
  })

  it('a clean run prints nothing', () => {
    expect(mypy.parse(runOf(upstream('mypy/json-no-issues.jsonl'), 0), ctx)).toEqual({
      outcome: 'pass',
      findings: [],
    })
  })

  it('a range over several lines', () => {
    const result = mypy.parse(runOf(upstream('mypy/json-multiline-range-incremental.jsonl'), 1), ctx)
    expect(brief(result.findings)).toEqual(['error main:2:1-4:17 return'])
  })

  it.each(['mypy/json-syntax-error-blocking.jsonl', 'mypy/json-syntax-error-null-code-parallel.jsonl'])(
    'a blocking error (exit 2) is tool trouble that keeps the error: %s',
    (file) => {
      const result = mypy.parse(runOf(upstream(file), 2), ctx)
      expect(result.outcome).toBe('error')
      expect(result.findings).toHaveLength(1)
      expect(result.findings[0]?.severity).toBe('error')
    },
  )

  it('exit 1 with no error printed is trouble, not a pass', () => {
    expect(mypy.parse(runOf('', 1, 'Traceback (most recent call last):\nKeyError'), ctx).outcome).toBe(
      'error',
    )
  })
})

describe('pylint', () => {
  it('json2 from 3.0 on', () => {
    const ctx = contextAt('/work', '4.1.4')
    expect(pylint.command(ctx).argv).toEqual(['tool', '--output-format=json2', '--recursive=y', '.'])
    const result = pylint.parse(runOf(upstream('pylint/json2-line-too-long-with-statistics.json'), 16), ctx)
    expect(result.outcome).toBe('fail')
    expect(brief(result.findings)).toEqual(['notice 0123:1:1-1:5 line-too-long'])
  })

  it('json before 3.0, null end positions', () => {
    const ctx = contextAt('/work', '2.17.7')
    expect(pylint.command(ctx).argv).toContain('--output-format=json')
    const result = pylint.parse(runOf(upstream('pylint/json-v1-null-end-location.json'), 16), ctx)
    expect(brief(result.findings)).toEqual(['notice 0123:1:1--:- line-too-long'])
  })

  it('bit 32 (usage error) is tool trouble', () => {
    const result = pylint.parse(
      runOf('', 32, 'usage: pylint [options]\npylint: error: no such option: --bogus'),
      contextAt('/work', '4.1.4'),
    )
    expect(result.outcome).toBe('error')
    expect(result.reason).toMatch(/pylint usage error/)
  })

  it('a fatal with no messages is tool trouble', () => {
    expect(
      pylint.parse(runOf('{"messages": [], "statistics": {}}', 1), contextAt('/work', '4.1.4')).outcome,
    ).toBe('error')
  })
})

describe('pyright --outputjson', () => {
  it('1.1.300: several files, a warning, a diagnostic without rule', () => {
    const result = pyright.parse(
      runOf(upstream('pyright/outputjson-1.1.300-7-diags-multi-file.json'), 1),
      contextAt('/tmp/testproject'),
    )
    expect(result.findings).toHaveLength(7)
    expect(brief(result.findings).slice(0, 2)).toEqual([
      'error src/testproject/testproject.py:25:6-25:17 reportMissingImports',
      'warning src/testproject/testproject.py:22:22-22:23 reportWildcardImportFromLibrary',
    ])
    expect(result.findings[6]).not.toHaveProperty('rule')
  })

  it('1.1.245: one error in a stub file', () => {
    const result = pyright.parse(
      runOf(upstream('pyright/outputjson-1.1.245-single-error.json'), 1),
      contextAt('/home/jake/work/python/typeshed'),
    )
    expect(brief(result.findings)).toEqual([
      'error stubs/cryptography/cryptography/x509/__init__.pyi:9:53-9:64 reportGeneralTypeIssues',
    ])
  })

  it('exit 3 (config unreadable) is tool trouble', () => {
    expect(pyright.parse(runOf('', 3, 'Config file could not be parsed'), contextAt('/work')).reason).toMatch(
      /config file could not be read/,
    )
  })
})

describe('bandit -f json', () => {
  it('1.9.4: Windows paths, columns from 0, CWE', () => {
    const result = bandit.parse(
      runOf(upstream('bandit/json-1.9.4-3-issues-windows-path.json'), 1),
      contextAt('/work'),
    )
    expect(brief(result.findings)).toEqual([
      'notice app.py:6:12--:20 B105',
      'warning app.py:15:13--:46 B608',
      'warning app.py:21:14--:23 B104',
    ])
    expect(result.findings[1]?.message).toMatch(/\(severity medium, confidence .+, CWE-89\)$/)
  })

  it('legacy 2020 shape: no columns, no CWE, float metrics', () => {
    const result = bandit.parse(
      runOf(upstream('bandit/json-legacy-2020-one-issue-float-metrics.json'), 1),
      contextAt('/work'),
    )
    expect(result.findings).toHaveLength(1)
    expect(result.findings[0]).toMatchObject({ rule: 'B101', file: 'one/one.py' })
  })

  it('legacy 2020 shape with no issues passes', () => {
    expect(
      bandit.parse(runOf(upstream('bandit/json-legacy-2020-no-issues.json'), 0), contextAt('/work')),
    ).toEqual({
      outcome: 'pass',
      findings: [],
    })
  })

  it('files bandit could not parse are findings, not silently skipped (bandit still exits 0: its verdict is a pass)', () => {
    const output = JSON.stringify({
      errors: [{ filename: './bad.py', reason: 'syntax error while parsing AST from file' }],
      results: [],
    })
    const result = bandit.parse(runOf(output, 0), contextAt('/work'))
    expect(result.outcome).toBe('pass')
    expect(brief(result.findings)).toEqual(['error bad.py:-:---:- scan-error'])
    // Ranked by severity, the scan error fails the check.
    expect(judge(result, { failOn: 'error' }).outcome).toBe('fail')
  })
})
