// The CLI (`quality-gate`, from dist/cli): same pipeline and exit codes as the action, output for a terminal.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { INPUT_NAMES } from '../src/config.js'
import { INPUT_DOCS } from '../src/input-docs.js'
import type { Report } from '../src/types.js'
import { GATE_VERSION } from '../src/version.js'
import {
  CLI,
  copyProject,
  DEBIAN_PYTHON,
  example,
  machineEnvironment,
  NODE_BIN,
  parseCommands,
  ROOT,
  runAction,
  spawnNode,
} from './helpers/action.js'
import { installedVersion } from './helpers/wheelhouse.js'

const env = (extra: Record<string, string> = {}) => ({
  ...machineEnvironment(),
  PATH: `${NODE_BIN}${path.delimiter}${process.env.PATH ?? ''}`,
  HOME: process.env.HOME ?? '/tmp',
  ...extra,
})
const common = ['--tool-source', 'path', '--python', DEBIAN_PYTHON, '--checks', 'format,lint']

describe('quality-gate CLI', () => {
  it('prints a plain report without colour when not on a terminal, and exits 1 on failure', async () => {
    const project = copyProject(example('python-app'))
    const result = await spawnNode([CLI, '--cwd', project, ...common], ROOT, env())
    expect(result.exitCode).toBe(1)
    expect(result.stdout).not.toContain('\u001b[')
    expect(result.stdout).toMatch(
      new RegExp(`^ {2}✗ lint {6}flake8 ${installedVersion('flake8').replace(/\./g, '\\.')}`, 'm'),
    )
    expect(result.stdout).toContain("src/pyapp/inventory.py:2:1 error   'os' imported but unused F401")
    expect(result.stdout).toMatch(/✗ Quality gate failed \(\d+\.\ds\)\n {2}- black: 1 error\n/)
  })

  it('colours its output on a terminal, unless NO_COLOR is set', () => {
    const project = copyProject(example('python-clean'))
    // `script` gives the CLI a real pseudo-terminal as stdout.
    const onTerminal = (extra: Record<string, string>): string =>
      spawnSync(
        'script',
        [
          '-qec',
          [process.execPath, CLI, '--cwd', project, ...common, '--tools', 'flake8'].join(' '),
          '/dev/null',
        ],
        {
          encoding: 'utf8',
          env: env(extra),
        },
      ).stdout
    expect(onTerminal({})).toContain('\u001b[32m\u001b[1m✓ Quality gate passed')
    const plain = onTerminal({ NO_COLOR: '1' })
    expect(plain).toContain('✓ Quality gate passed')
    expect(plain).not.toContain('\u001b[')
  })

  it('--format json prints the report, exit 0 on a clean project', async () => {
    const project = copyProject(example('python-clean'))
    const result = await spawnNode([CLI, '--format', 'json', ...common], project, env())
    expect(result.exitCode).toBe(0)
    const report = JSON.parse(result.stdout) as Report
    expect(report.verdict.passed).toBe(true)
    expect(report.checks.map((check) => check.tool)).toEqual(['black', 'isort', 'flake8', 'pylint'])
  })

  it('off a runner each run writes a JSON report of its own and says where', async () => {
    const project = copyProject(example('python-clean'))
    const runs = await Promise.all([1, 2].map(() => spawnNode([CLI, ...common], project, env())))
    const files = runs.map((run) => /^JSON report: (.+)$/m.exec(run.stderr)?.[1] ?? '')
    expect(new Set(files).size).toBe(2)
    for (const file of files) {
      expect(path.dirname(file)).toBe(path.join(tmpdir(), 'quality-gate'))
      expect((JSON.parse(readFileSync(file, 'utf8')) as Report).verdict.passed).toBe(true)
    }
  })

  it('--format github prints workflow commands the runner understands', async () => {
    const project = copyProject(example('python-app'))
    const result = await spawnNode(
      [CLI, '--cwd', project, '--format', 'github', ...common, '--checks', 'lint', '--tools', 'flake8'],
      ROOT,
      env(),
    )
    const commands = parseCommands(result.stdout)
    expect(commands).toHaveLength(4)
    expect(commands[0]).toMatchObject({
      command: 'error',
      properties: { title: 'flake8 E201', file: 'src/pyapp/util.py', line: '8' },
    })
  })

  it('--format markdown prints the job summary', async () => {
    const project = copyProject(example('python-app'))
    const result = await spawnNode(
      [CLI, '--cwd', project, '--format', 'markdown', ...common, '--tools', 'black'],
      ROOT,
      env(),
    )
    expect(result.stdout).toMatch(/^## ❌ Quality gate failed/)
  })

  it('bad flags and bad values exit 2 with one line', async () => {
    const unknown = await spawnNode([CLI, '--colour'], ROOT, env())
    expect(unknown.exitCode).toBe(2)
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1)
    expect(unknown.stderr).toMatch(/^error: Unknown option '--colour'/)
    const bad = await spawnNode([CLI, '--fail-on', 'sometimes'], ROOT, env())
    expect(bad.exitCode).toBe(2)
    expect(bad.stderr.trim()).toBe(
      "error: Invalid --fail-on: 'sometimes' is not one of tool, error, warning, never.",
    )
    const format = await spawnNode([CLI, '--format', 'xml'], ROOT, env())
    expect(format.exitCode).toBe(2)
    const missing = await spawnNode([CLI, '--cwd', '/nonexistent/project'], ROOT, env())
    expect(missing.exitCode).toBe(2)
    expect(missing.stderr).toBe("error: Invalid --cwd: '/nonexistent/project' is not a directory.\n")
    const empty = mkdtempSync(path.join(tmpdir(), 'qg-empty-'))
    const nothing = await spawnNode([CLI, '--cwd', empty], ROOT, env())
    expect(nothing.exitCode).toBe(2)
    expect(nothing.stderr).toMatch(
      /^error: No Python or JavaScript\/TypeScript project in \.: looked for .+\. Point --cwd at the project\.\n$/,
    )
    const outside = await spawnNode([CLI, '--report-file', '/etc/qg-report.json'], ROOT, env())
    expect(outside.exitCode).toBe(2)
    expect(outside.stderr.trim()).toMatch(
      /^error: Invalid --report-file: '\/etc\/qg-report\.json' is outside \S+ and \S+; write it inside one of them\.$/,
    )
  })

  it('--help lists every option with what it takes and its default', async () => {
    const help = await spawnNode([CLI, '--help'], ROOT, env())
    expect(help.exitCode).toBe(0)
    // One entry per option: from its flag to the next flag.
    const entries = help.stdout.split(/\n(?= {2}--)/).slice(1)
    const flags = entries.map((entry) => /^ {2}(--[a-z-]+)/.exec(entry)?.[1])
    // The CLI has --cwd, writes to no GitHub and uploads no artifact.
    const notOnCli = ['working-directory', 'github-token', 'report-artifact']
    const inputs = INPUT_NAMES.filter((name) => !notOnCli.includes(name))
    expect(flags).toEqual(['--cwd', '--format', ...inputs.map((name) => `--${name}`), '--help', '--version'])
    for (const [index, name] of inputs.entries()) {
      const entry = (entries[index + 2] ?? '').replace(/\s+/g, ' ')
      expect(entry).toContain(INPUT_DOCS[name].values)
      expect(entry).toContain(`Default: ${INPUT_DOCS[name].cliDefault ?? INPUT_DOCS[name].default}.`)
    }
    expect(help.stdout.split('\n').every((line) => line.length <= 100 || !line.includes(' '))).toBe(true)
  })

  it('--version matches package.json', async () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }
    expect(GATE_VERSION).toBe(pkg.version)
    expect((await spawnNode([CLI, '--version'], ROOT, env())).stdout.trim()).toBe(pkg.version)
  })
})

describe('quality-gate publish', () => {
  it("combines a matrix's reports into one verdict: a line per report, exit 1 when one failed", async () => {
    const reports = mkdtempSync(path.join(tmpdir(), 'qg-reports-'))
    // Two jobs of a matrix, as the action writes their reports (job and comment-key inside).
    for (const [key, example_, file] of [
      ['3.11', 'python-clean', 'clean.json'],
      ['3.12', 'python-app', 'app.json'],
    ] as const) {
      const result = await runAction({
        workspace: copyProject(example(example_)),
        inputs: {
          'tool-source': 'path',
          python: DEBIAN_PYTHON,
          checks: 'lint',
          tools: 'flake8',
          'comment-key': key,
          'report-file': path.join(reports, file),
        },
        env: { GITHUB_JOB: 'gate', RUNNER_TEMP: reports },
      })
      expect(result.report?.job).toEqual({ name: 'gate', commentKey: key })
    }
    const pretty = await spawnNode([CLI, 'publish', '--reports', '*.json', '--cwd', reports], ROOT, env())
    expect(pretty.stdout).toBe(
      [
        '  ✗ gate / 3.12  failed: lint (4 findings)',
        '  ✓ gate / 3.11  passed (0 findings)',
        '✗ Quality gate failed (2 reports)',
        '',
      ].join('\n'),
    )
    expect(pretty.exitCode).toBe(1)
    const json = await spawnNode(
      [CLI, 'publish', '--reports', '*.json', '--cwd', reports, '--format', 'json'],
      ROOT,
      env(),
    )
    expect(JSON.parse(json.stdout)).toMatchObject({
      verdict: { passed: false, failedChecks: ['lint'] },
      counts: { findings: 4, errors: 4 },
      reports: [{ key: 'gate / 3.12' }, { key: 'gate / 3.11' }],
    })
    const markdown = await spawnNode(
      [CLI, 'publish', '--reports', 'app.json', '--cwd', reports, '--format', 'markdown'],
      ROOT,
      env(),
    )
    expect(markdown.stdout).toMatch(/^## ❌ Quality gate failed — 1 report\n/)
    expect(markdown.stdout).toContain('### gate / 3.12')
  })

  it('a file that is not a report is refused with its reason and never passes; no match is a usage error', async () => {
    const reports = mkdtempSync(path.join(tmpdir(), 'qg-reports-'))
    writeFileSync(
      path.join(reports, 'forged.json'),
      JSON.stringify({ schemaVersion: 1, verdict: { passed: true } }),
    )
    const forged = await spawnNode([CLI, 'publish', '--reports', '*.json', '--cwd', reports], ROOT, env())
    expect(forged.exitCode).toBe(1)
    expect(forged.stderr).toMatch(
      /^warning: forged\.json is not used: it is not a quality-gate report \(schema version 1\): at gate, /,
    )
    expect(forged.stdout).toContain('✗ Quality gate failed (1 report)')
    const none = await spawnNode(
      [CLI, 'publish', '--reports', 'missing/*.json', '--cwd', reports],
      ROOT,
      env(),
    )
    expect(none.exitCode).toBe(2)
    expect(none.stderr.trim().split('\n')).toHaveLength(1)
    expect(none.stderr).toMatch(/^error: Invalid --reports: no file in .+ matches missing\/\*\.json\.\n$/)
    const unknown = await spawnNode([CLI, 'publish', '--colour'], ROOT, env())
    expect(unknown.exitCode).toBe(2)
    expect(unknown.stderr).toMatch(/^error: Unknown option '--colour'.*quality-gate publish --help/)
  })
})
