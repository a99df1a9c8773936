// Bad input: exit 2, one line that names the input and what is allowed, no stack trace.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import {
  copyProject,
  DEBIAN_PYTHON,
  example,
  runAction,
  writeConfigFile,
  type ActionResult,
} from './helpers/action.js'

const base = { 'tool-source': 'path', python: DEBIAN_PYTHON, checks: 'lint' }

function expectUsageError(result: ActionResult, pattern: RegExp): void {
  expect(result.exitCode).toBe(2)
  const errors = result.commands.filter((command) => command.command === 'error')
  expect(errors).toHaveLength(1)
  expect(errors[0]?.message).toMatch(pattern)
  expect(errors[0]?.message).not.toContain('\n')
  expect(result.stdout + result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?/) // no stack frames
  expect(result.outputs.passed).toBeUndefined()
}

async function withInputs(
  inputs: Record<string, string>,
  prepare?: (workspace: string) => void,
): Promise<ActionResult> {
  const workspace = copyProject(example('python-clean'))
  prepare?.(workspace)
  return runAction({ workspace, inputs: { ...base, ...inputs } })
}

describe('bad input exits 2 with one clear line', () => {
  it('unknown check', async () => {
    expectUsageError(
      await withInputs({ checks: 'lint,speling' }),
      /^Invalid input 'checks': 'speling' is not one of format, lint, typecheck, test, coverage, security\.$/,
    )
  })

  it('unknown tool', async () => {
    expectUsageError(
      await withInputs({ tools: 'black,flake9' }),
      /^Invalid input 'tools': 'flake9' is not a known tool\. Known tools: ruff, ruff-format, black/,
    )
  })

  it('a tool with an empty version after @', async () => {
    expectUsageError(
      await withInputs({ tools: 'black@' }),
      /^Invalid input 'tools': 'black@' needs a version after '@' \(for example black@1\.2\.3\)\.$/,
    )
  })

  it.each(['abc', '101', '-5'])('coverage-threshold %s', async (value) => {
    expectUsageError(
      await withInputs({ 'coverage-threshold': value }),
      new RegExp(`^Invalid input 'coverage-threshold': '${value}' is not a number from 0 to 100\\.$`),
    )
  })

  it('diff-coverage-threshold out of range', async () => {
    expectUsageError(
      await withInputs({ 'diff-coverage-threshold': '100.5' }),
      /^Invalid input 'diff-coverage-threshold': '100\.5' is not a number from 0 to 100\.$/,
    )
  })

  it('missing working directory', async () => {
    expectUsageError(
      await withInputs({ 'working-directory': 'no/such/dir' }),
      /^Invalid input 'working-directory': 'no\/such\/dir' does not exist\.$/,
    )
  })

  it('working directory outside the workspace', async () => {
    expectUsageError(
      await withInputs({ 'working-directory': '..' }),
      /^Invalid input 'working-directory': '\.\.' is outside the workspace .+; use a path inside it\.$/,
    )
  })

  it('a working directory with no project in it: nothing gated is never a pass', async () => {
    const result = await withInputs({ 'working-directory': 'docs' }, (workspace) => {
      mkdirSync(path.join(workspace, 'docs'))
      writeFileSync(path.join(workspace, 'docs', 'index.md'), '# Docs\n')
    })
    expectUsageError(
      result,
      /^No Python or JavaScript\/TypeScript project in docs: looked for pyproject\.toml, .*package\.json\. Point input 'working-directory' at the project\.$/,
    )
  })

  it('malformed config YAML', async () => {
    const result = await withInputs({}, (workspace) => {
      writeConfigFile(workspace, 'checks: [lint\nfail-on: error\n')
    })
    expectUsageError(result, /^Config file \.github\/quality-gate\.yml is not valid YAML: /)
  })

  it.each([
    [
      'args: [eslint]\n',
      /^Config file \.github\/quality-gate\.yml: 'args' must be a mapping from tool names to argument lists/,
    ],
    [
      'args:\n  eslnt: [src]\n',
      /^Config file \.github\/quality-gate\.yml: 'args' names 'eslnt', which is not a known tool\. Known tools: ruff,/,
    ],
    [
      'args:\n  tsc: [{ p: x }]\n',
      /^Config file \.github\/quality-gate\.yml: 'args\.tsc' must be a list of arguments/,
    ],
  ])('config file args %j', async (text, pattern) => {
    const result = await withInputs({}, (workspace) => {
      writeConfigFile(workspace, text)
    })
    expectUsageError(result, pattern)
  })

  it('unknown key in the config file', async () => {
    const result = await withInputs({}, (workspace) => {
      writeConfigFile(workspace, 'checks: lint\nfail_on: warning\n')
    })
    expectUsageError(
      result,
      /^Config file \.github\/quality-gate\.yml: unknown key 'fail_on'\. Allowed keys: working-directory, checks, .*fail-on/,
    )
  })

  it("the config file cannot set the job's mode", async () => {
    const result = await withInputs({}, (workspace) => {
      writeConfigFile(workspace, 'mode: publish\nreports: fake/*.json\n')
    })
    expectUsageError(
      result,
      /^Config file \.github\/quality-gate\.yml: 'mode' is set only as an input of the workflow step \(it says what the workflow's job is for\)\.$/,
    )
  })

  it('a bad value in the config file names the file and the key', async () => {
    const result = await withInputs({ checks: '' }, (workspace) => {
      writeConfigFile(workspace, 'fail-on: sometimes\n')
    })
    expectUsageError(
      result,
      /^Invalid 'fail-on' in \.github\/quality-gate\.yml: 'sometimes' is not one of tool, error, warning, never\.$/,
    )
  })

  it('an enum input', async () => {
    expectUsageError(
      await withInputs({ 'fail-on': 'critical' }),
      /^Invalid input 'fail-on': 'critical' is not one of tool, error, warning, never\.$/,
    )
  })

  it.each(['0', '36000', '361', 'soon'])('tool-timeout %s', async (value) => {
    expectUsageError(
      await withInputs({ 'tool-timeout': value }),
      new RegExp(
        `^Invalid input 'tool-timeout': '${value}' is not a number of minutes above 0 and at most 360 \\(a job's limit\\)\\.$`,
      ),
    )
  })

  it.each([
    ['report-file', '/proc/self/x/r.json'],
    ['report-file', '/etc/quality-gate.json'],
    ['sarif-file', '../outside.sarif'],
  ])('%s outside the workspace and RUNNER_TEMP: %s', async (name, value) => {
    expectUsageError(
      await withInputs({ [name]: value }),
      new RegExp(
        `^Invalid input '${name}': '${value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}' is outside \\S+ and \\S+; write it inside one of them\\.$`,
      ),
    )
  })

  it("report-file from the project's own config file may not leave the workspace either", async () => {
    const result = await withInputs({}, (workspace) => {
      writeConfigFile(workspace, 'report-file: /root/.bashrc\n')
    })
    expectUsageError(
      result,
      /^Invalid 'report-file' in \.github\/quality-gate\.yml: '\/root\/\.bashrc' is outside /,
    )
  })

  it('report-file through a symlink that leads out of the workspace', async () => {
    const result = await withInputs({ 'report-file': 'out/report.json' }, (workspace) => {
      symlinkSync('/etc', path.join(workspace, 'out'))
    })
    expectUsageError(result, /^Invalid input 'report-file': 'out\/report\.json' is outside /)
  })

  it('base-ref that git would read as an option', async () => {
    expectUsageError(
      await withInputs({ 'base-ref': '--upload-pack=touch /tmp/pwned' }),
      /^Invalid input 'base-ref': '--upload-pack=touch \/tmp\/pwned' is not a git ref or commit sha \(for example origin\/main or a 40-hex sha\)\.$/,
    )
  })

  it('a python interpreter that does not exist', async () => {
    expectUsageError(
      await withInputs({ python: '/nowhere/python3' }),
      /^'\/nowhere\/python3' could not be run as a Python interpreter: command not found/,
    )
  })
})

describe('scope: changed without a way to know the changed lines', () => {
  it('warns, counts every finding and writes the SARIF file: never a pass by guessing', async () => {
    // A push event in a workspace that is not a git repository.
    const result = await withInputs({
      scope: 'changed',
      'diff-coverage-threshold': '80',
      'sarif-file': 'out.sarif',
    })
    expect(result.exitCode).toBe(0)
    const warnings = result.commands
      .filter((command) => command.command === 'warning')
      .map((command) => command.message)
    expect(warnings).toEqual([
      expect.stringMatching(
        /^input 'scope' is 'changed', but the changed lines are unknown \(.+ is not inside a git repository\): every finding counts\.$/,
      ),
      expect.stringMatching(
        /^input 'diff-coverage-threshold' is set, but the changed lines are unknown \(.+\): diff coverage is not gated\.$/,
      ),
    ])
    expect(result.summary).toContain('> [!WARNING]')
    expect(result.summary).toContain(
      'Scope: changed lines only — the changed lines are unknown, so every finding counts',
    )
    expect(result.outputs['sarif-file']).toMatch(/out\.sarif$/)
  })
})

describe('the config file', () => {
  it('supplies values the workflow does not set; inputs win over it', async () => {
    const workspace = copyProject(example('python-app'))
    writeConfigFile(workspace, 'checks:\n  - format\n  - lint\nfail-on: never\ntools: black, flake8\n')
    const result = await runAction({
      workspace,
      inputs: { 'tool-source': 'path', python: DEBIAN_PYTHON, checks: 'lint' },
    })
    expect(result.report?.checks.map((check) => check.tool)).toEqual(['flake8'])
    expect(result.report?.checks[0]?.findings).toHaveLength(4)
    expect(result.exitCode).toBe(0) // fail-on: never from the file
    expect(result.outputs.passed).toBe('true')
  })
})

describe('an internal error is never a verdict', () => {
  it("TMPDIR that does not exist: exit 3, one error line naming it as the gate's own, and a summary", async () => {
    const workspace = copyProject(example('python-clean'))
    const result = await runAction({
      workspace,
      inputs: base,
      env: { TMPDIR: '/nonexistent' },
      internalErrorExpected: true,
    })
    expect(result.exitCode).toBe(3)
    const errors = result.commands.filter((command) => command.command === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]?.message).toMatch(
      /^quality-gate internal error \(a bug in the gate, not a verdict on your code\): .*ENOENT.*\/nonexistent.*\. Please report it at https:\/\/\S+$/,
    )
    expect(result.summary).toMatch(/^## 💥 quality-gate could not finish\n/)
    expect(result.summary).toContain('this is not a verdict on your code')
    expect(result.outputs.passed).toBeUndefined()
  })
})
