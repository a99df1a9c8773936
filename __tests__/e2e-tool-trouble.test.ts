// Tool trouble is an outcome, never a pass: missing, crashed, hung or unparsable → `error`, gate fails,
// the tool's stderr tail is in the report.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { DEBIAN_PYTHON, runAction } from './helpers/action.js'

function project(files: Record<string, string>): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'qg-trouble-')), 'project')
  mkdirSync(dir)
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
  return dir
}

const KIND: Record<string, string> = { black: 'format', ruff: 'lint', flake8: 'lint', pylint: 'lint' }
const inputs = (tools: string, extra: Record<string, string> = {}) => ({
  'tool-source': 'path',
  python: DEBIAN_PYTHON,
  checks: [...new Set(tools.split(',').map((tool) => KIND[tool]))].join(','),
  tools,
  ...extra,
})

/** Running, as opposed to gone or a zombie waiting for init to reap it. */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return !/^\d+ \(.*\) [ZX]/.test(stat)
  } catch {
    return false
  }
}

describe('tool trouble fails the gate as an error', () => {
  it('a missing tool', async () => {
    const workspace = project({ 'app.py': 'x = 1\n' })
    const result = await runAction({ workspace, inputs: inputs('ruff') })
    expect(result.exitCode).toBe(1)
    const check = result.report?.checks[0]
    expect(check).toMatchObject({ tool: 'ruff', outcome: 'error', findings: [] })
    expect(check?.reason).toMatch(
      /^ruff is not installed: not found in the interpreter \/usr\/bin\/python3, PATH$/,
    )
    expect(result.outputs['failed-checks']).toBe('lint')
    expect(result.summary).toContain('**The tool could not run:** ruff is not installed')
  })

  it('a crashing tool (black exits 123 on a file it cannot parse)', async () => {
    const workspace = project({ 'broken.py': 'def broken(:\n    pass\n' })
    const result = await runAction({ workspace, inputs: inputs('black') })
    expect(result.exitCode).toBe(1)
    const check = result.report?.checks[0]
    expect(check).toMatchObject({ tool: 'black', outcome: 'error', runs: [{ exitCode: 123 }] })
    expect(check?.reason).toMatch(/^exited with 123 \(black could not format a file or failed internally\)/)
    expect(check?.stderrTail).toContain('error: cannot format')
    expect(result.report?.verdict.reasons[0]).toMatch(/^black could not run: exited with 123/)
  })

  it('a crashing tool with exit 1 (flake8 with a broken config prints a traceback, no violation)', async () => {
    const workspace = project({ 'app.py': 'x = 1\n', '.flake8': '[flake8]\nmax-line-length = many\n' })
    const result = await runAction({ workspace, inputs: inputs('flake8') })
    expect(result.exitCode).toBe(1)
    const check = result.report?.checks[0]
    expect(check?.outcome).toBe('error')
    expect(check?.runs?.[0]?.exitCode).not.toBe(0)
    expect(check?.stderrTail).toMatch(/many/)
  })

  it('a tool hanging past tool-timeout: the whole process tree is killed', async () => {
    const workspace = project({
      'app.py': 'x = 1\n',
      '.pylintrc':
        '[MAIN]\ninit-hook = import subprocess, time, pathlib; child = subprocess.Popen(["sleep", "300"]); pathlib.Path("grandchild.pid").write_text(str(child.pid)); time.sleep(300)\n',
    })
    const result = await runAction({ workspace, inputs: inputs('pylint', { 'tool-timeout': '0.05' }) })
    expect(result.exitCode).toBe(1)
    const check = result.report?.checks[0]
    expect(check).toMatchObject({ tool: 'pylint', outcome: 'error' })
    // The limit is 0.05 min = 3 s: killed at or after it, however busy the machine.
    expect(check?.reason).toMatch(/^timed out after \d+\.\d s; the process tree was killed$/)
    expect(Number(/after ([\d.]+) s/.exec(check?.reason ?? '')?.[1])).toBeGreaterThanOrEqual(3)
    const pidFile = path.join(workspace, 'grandchild.pid')
    expect(existsSync(pidFile)).toBe(true)
    expect(running(Number(readFileSync(pidFile, 'utf8')))).toBe(false)
  })

  it('output that is not what the parser expects', async () => {
    const workspace = project({
      'app.py': '"""Doc."""\nX = 1\n',
      '.pylintrc': '[MAIN]\ninit-hook = print("this is not JSON")\n',
    })
    const result = await runAction({ workspace, inputs: inputs('pylint') })
    expect(result.exitCode).toBe(1)
    const check = result.report?.checks[0]
    expect(check).toMatchObject({ tool: 'pylint', outcome: 'error', findings: [] })
    expect(check?.reason).toMatch(/^output is not the expected pylint json report: this is not JSON/)
  })

  it('one tool in trouble does not hide the others', async () => {
    const workspace = project({ 'app.py': 'import os\n', 'broken.py': 'def broken(:\n' })
    const result = await runAction({ workspace, inputs: inputs('black,flake8') })
    expect(result.report?.checks.map((check) => `${check.tool}:${check.outcome}`)).toEqual([
      'black:error',
      'flake8:fail',
    ])
    expect(result.report?.checks[1]?.findings.map((item) => item.rule)).toContain('F401')
  })

  it('tests that stop at start-up: the cause is the reason, and their coverage is never a pass', async () => {
    // coverage.py still writes a report (0% of src) after pytest stopped on the conftest's import.
    const workspace = project({
      'conftest.py': 'import not_installed_helper\n',
      'pyproject.toml': '[tool.pytest.ini_options]\n\n[tool.coverage.run]\nsource = ["."]\n',
      'test_app.py': 'def test_app():\n    assert True\n',
    })
    const result = await runAction({
      workspace,
      inputs: { 'tool-source': 'path', python: DEBIAN_PYTHON, checks: 'test,coverage' },
    })
    expect(result.report?.checks.map((check) => [check.tool, check.outcome, check.reason])).toEqual([
      [
        'pytest',
        'error',
        "exited with 4 (pytest usage error): ModuleNotFoundError: No module named 'not_installed_helper'",
      ],
      ['coverage', 'error', 'not measured: pytest did not finish its tests (see its check)'],
    ])
    expect(result.exitCode).toBe(1)
  })
})
