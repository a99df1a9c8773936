// fail-on: tool (the default): each check passes exactly when its tool, run by hand with the project's
// configuration and arguments, passes. Real tools (Debian's pylint and bandit) on small projects, each
// compared with the tool's own exit status by hand.
import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { escapeMarkdown } from '../src/report/markdown.js'
import { DEBIAN_PYTHON, gitProject, machineEnvironment, runAction } from './helpers/action.js'

const APP =
  '"""App."""\n\n\ndef Compute(value):\n    """Double."""\n    doubled = value * 2\n    tripled = value * 3\n    return doubled + tripled\n'
const SHELL_OUT = 'import subprocess\n\nsubprocess.run(["ls"], check=True)\n'

/** The tool as a maintainer runs it: `python -m <tool> <args>` in the project. */
function exitByHand(cwd: string, module: string, args: string[]): number | null {
  return spawnSync(DEBIAN_PYTHON, ['-m', module, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...machineEnvironment(), HOME: mkdtempSync(path.join(tmpdir(), 'qg-home-')) },
  }).status
}

const byPath = { 'tool-source': 'path', python: DEBIAN_PYTHON }

describe('fail-on: tool — the verdict is the tool’s own exit status', () => {
  it.each([
    [
      'pylint with a convention message only: pylint exits 16, the check fails',
      '[tool.pylint.main]\n',
      16,
      'fail',
    ],
    [
      'pylint scoring 7.50 above the project’s fail-under = 5: pylint exits 0, the check passes',
      '[tool.pylint.main]\nfail-under = 5\n',
      0,
      'pass',
    ],
  ])(
    '%s',
    async (_case, pyproject, exitCode, outcome) => {
      const dir = gitProject({ 'app.py': APP, 'pyproject.toml': pyproject })
      expect(exitByHand(dir, 'pylint', ['app.py'])).toBe(exitCode)
      const result = await runAction({ workspace: dir, inputs: { ...byPath, checks: 'lint' } })
      const pylint = result.report?.checks.find((check) => check.tool === 'pylint')
      expect([pylint?.outcome, pylint?.runs?.[0]?.exitCode]).toEqual([outcome, exitCode])
      // The convention is shown either way, with its own severity.
      expect(pylint?.findings.map((finding) => [finding.severity, finding.rule])).toEqual([
        ['notice', 'invalid-name'],
      ])
      expect(pylint?.decidedBy).toBe(
        exitCode === 0
          ? 'its exit status (fail-on: tool): 0'
          : 'its exit status (fail-on: tool): 16 (convention messages)',
      )
      expect(result.exitCode).toBe(outcome === 'fail' ? 1 : 0)
    },
    120_000,
  )

  it.each([
    ['bandit with LOW issues: bandit exits 1, the check fails', '', 1, 'fail'],
    [
      'bandit with the project’s -ll (MEDIUM and up): bandit exits 0, the check passes',
      'args:\n  bandit: [-ll, .]\n',
      0,
      'pass',
    ],
  ])(
    '%s',
    async (_case, config, exitCode, outcome) => {
      const dir = gitProject({ 'tool.py': SHELL_OUT, '.github/quality-gate.yml': `tools: bandit\n${config}` })
      expect(exitByHand(dir, 'bandit', ['-r', '.', '-q', ...(config ? ['-ll'] : [])])).toBe(exitCode)
      const result = await runAction({ workspace: dir, inputs: { ...byPath, checks: 'security' } })
      const bandit = result.report?.checks.find((check) => check.tool === 'bandit')
      expect([bandit?.outcome, bandit?.runs?.[0]?.exitCode]).toEqual([outcome, exitCode])
      expect(bandit?.findings.length).toBe(outcome === 'fail' ? 3 : 0)
      expect(result.exitCode).toBe(outcome === 'fail' ? 1 : 0)
    },
    120_000,
  )

  it('fail-on: error ranks the same findings by severity instead: the pylint convention passes', async () => {
    const dir = gitProject({ 'app.py': APP, 'pyproject.toml': '[tool.pylint.main]\n' })
    const result = await runAction({
      workspace: dir,
      inputs: { ...byPath, checks: 'lint', 'fail-on': 'error' },
    })
    const pylint = result.report?.checks.find((check) => check.tool === 'pylint')
    expect([pylint?.outcome, pylint?.decidedBy]).toEqual([
      'pass',
      'findings of severity error or above (fail-on: error)',
    ])
    expect(result.summary).toContain('fails on: error and above')
  }, 120_000)
})

describe('a tool’s own warnings are shown whatever its outcome', () => {
  it('mypy passes and says it ignored an option of the project’s config: summary, annotation, report', async () => {
    const dir = gitProject({
      'app.py': 'def double(value: int) -> int:\n    return value * 2\n',
      'pyproject.toml': '[tool.mypy]\nstrict_optional_typo = true\n',
    })
    const byHandRun = spawnSync(DEBIAN_PYTHON, ['-m', 'mypy', '.'], { cwd: dir, encoding: 'utf8' })
    const complaint = 'pyproject.toml: [mypy]: Unrecognized option: strict_optional_typo = True'
    expect([byHandRun.status, byHandRun.stderr.trim()]).toEqual([0, complaint])
    const result = await runAction({ workspace: dir, inputs: { ...byPath, checks: 'typecheck' } })
    const mypy = result.report?.checks.find((check) => check.tool === 'mypy')
    expect([mypy?.outcome, mypy?.warnings]).toEqual(['pass', [complaint]])
    expect(result.summary).toContain(`**mypy warned:**\n\n- ${escapeMarkdown(complaint)}\n`)
    expect(
      result.annotations.map((item) => [item.command, item.properties.title, item.message]),
    ).toContainEqual(['warning', 'mypy warned', complaint])
    expect(result.exitCode).toBe(0)
  }, 120_000)
})
