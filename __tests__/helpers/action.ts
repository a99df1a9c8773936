// Runs the built action (dist/index.js) exactly as the runner does: INPUT_* variables, GITHUB_OUTPUT,
// GITHUB_STEP_SUMMARY, GITHUB_EVENT_PATH, GITHUB_WORKSPACE, and workflow commands on stdout.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Report } from '../../src/types.js'
import { parseReport } from '../../src/report/schema.js'

/** The repository root: the nearest directory above this file that holds action.yml (also when compiled to lib/). */
export const ROOT = ((): string => {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  while (!existsSync(path.join(dir, 'action.yml')) && path.dirname(dir) !== dir) dir = path.dirname(dir)
  return dir
})()
export const DIST = path.join(ROOT, 'dist', 'index.js')
export const CLI = path.join(ROOT, 'dist', 'cli', 'index.js')
/** Debian's interpreter: the one whose packages give black, flake8, isort, mypy, pylint and bandit. */
export const DEBIAN_PYTHON = '/usr/bin/python3'
/** The runner's Node.js major (node24) when jest's global setup found or installed it, else this node. */
export const RUNNER_NODE = process.env.QG_RUNNER_NODE || process.execPath
/** Where npm put pyright for the tests. */
export const NODE_BIN = path.join(ROOT, 'node_modules', '.bin')

export interface WorkflowCommand {
  command: string
  properties: Record<string, string>
  message: string
}

export interface ActionResult {
  exitCode: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  commands: WorkflowCommand[]
  annotations: WorkflowCommand[]
  report?: Report
  durationMs: number
}

export interface ActionOptions {
  workspace: string
  inputs?: Record<string, string>
  env?: Record<string, string>
  /** Variables of this machine the run must not see (a pip setting the test replaces with the default). */
  unsetEnv?: string[]
  event?: unknown
  timeoutMs?: number
  /** The test makes the gate fail on purpose (exit 3); any other run that ends in exit 3 fails the test. */
  internalErrorExpected?: boolean
  /** Publish mode with nothing to publish ends with exit 0 and no report; any other run needs its report. */
  noReportExpected?: boolean
}

/** A fresh copy of an example project (or any directory) in a temporary workspace. */
/** Writes the project's .github/quality-gate.yml. */
export function writeConfigFile(workspace: string, yaml: string): void {
  mkdirSync(path.join(workspace, '.github'), { recursive: true })
  writeFileSync(path.join(workspace, '.github', 'quality-gate.yml'), yaml)
}

export function copyProject(source: string, name = path.basename(source)): string {
  const parent = mkdtempSync(path.join(tmpdir(), 'qg-test-'))
  const target = path.join(parent, name)
  cpSync(source, target, {
    recursive: true,
    filter: (file) => !/(__pycache__|\.mypy_cache|\.ruff_cache|\.pytest_cache)$/.test(file),
  })
  return target
}

/** A project written from its files' texts into a git repository of its own, everything staged. */
export function gitProject(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'qg-project-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), text)
  }
  spawnSync('git', ['init', '-q'], { cwd: dir })
  spawnSync('git', ['add', '-A'], { cwd: dir })
  return dir
}

export function example(name: string): string {
  return path.join(ROOT, 'examples', name)
}

export interface StartedAction {
  /** The gate's process (the same pid after it replaces its image to drop credentials). */
  child: ChildProcess
  done: Promise<ActionResult>
}

export async function runAction(options: ActionOptions): Promise<ActionResult> {
  return startAction(options).done
}

/** Starts the built action as the runner does; `done` resolves when it exited. */
export function startAction(options: ActionOptions): StartedAction {
  const runnerTemp = mkdtempSync(path.join(tmpdir(), 'qg-runner-'))
  const outputFile = path.join(runnerTemp, 'output.txt')
  const summaryFile = path.join(runnerTemp, 'summary.md')
  const eventFile = path.join(runnerTemp, 'event.json')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  writeFileSync(eventFile, JSON.stringify(options.event ?? {}))
  const unset = new Set(options.unsetEnv ?? [])
  const env: Record<string, string> = {
    // The machine's environment (certificates, proxies, registries), as a runner passes it on.
    ...Object.fromEntries(Object.entries(machineEnvironment()).filter(([name]) => !unset.has(name))),
    PATH: `${NODE_BIN}${path.delimiter}${process.env.PATH ?? ''}`,
    HOME: process.env.HOME ?? runnerTemp,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    GITHUB_RUN_ID: '42',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    ...options.env,
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  const started = performance.now()
  const child = spawn(RUNNER_NODE, [DIST], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] })
  const done = collect(child, options.timeoutMs ?? 120_000).then(({ exitCode, stdout, stderr }) => {
    const commands = parseCommands(stdout)
    const result: ActionResult = {
      exitCode,
      stdout,
      stderr,
      outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
      summary: readFileSync(summaryFile, 'utf8'),
      commands,
      annotations: commands.filter(
        (item) => ['error', 'warning', 'notice'].includes(item.command) && 'title' in item.properties,
      ),
      durationMs: performance.now() - started,
    }
    const reportFile = result.outputs['report-file']
    // Read as publish mode reads reports: every e2e run checks the report against its schema.
    if (reportFile && existsSync(reportFile)) result.report = parseReport(readFileSync(reportFile, 'utf8'))
    // A crash must fail every test, whatever it asserts: exit 3 is the gate's own failure, and a verdict
    // (0 or 1) always comes with its report.
    if (exitCode === 3 && !options.internalErrorExpected)
      throw new Error(`the gate crashed (exit 3):\n${stderr.slice(-4000)}\n${stdout.slice(-4000)}`)
    if ((exitCode === 0 || exitCode === 1) && !result.report && !options.noReportExpected)
      throw new Error(
        `the gate gave a verdict (exit ${exitCode}) but wrote no report:\n${stderr.slice(-4000)}`,
      )
    return result
  })
  return { child, done }
}

/** process.env without anything a workflow run or the test runner itself would set. */
export function machineEnvironment(): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (
      value === undefined ||
      /^(GITHUB_|INPUT_|RUNNER_|ACTIONS_|JEST_|NODE_OPTIONS$|CI$|NO_COLOR$|FORCE_COLOR$)/.test(key)
    )
      continue
    env[key] = value
  }
  return env
}

export function spawnNode(
  argv: string[],
  cwd: string,
  env: Record<string, string>,
  timeoutMs = 120_000,
  node = process.execPath,
): Promise<{ exitCode: number | null; stdout: string; stderr: string }> {
  return collect(spawn(node, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] }), timeoutMs)
}

function collect(
  child: ChildProcess,
  timeoutMs: number,
): Promise<{ exitCode: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    let stdout = ''
    let stderr = ''
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', reject)
    child.on('close', (exitCode) => {
      clearTimeout(timer)
      resolve({ exitCode, stdout, stderr })
    })
  })
}

/** GITHUB_OUTPUT uses `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[index] ?? '')
    if (match) {
      const [, name, delimiter] = match
      const value: string[] = []
      while (++index < lines.length && lines[index] !== delimiter) value.push(lines[index] ?? '')
      outputs[name ?? ''] = value.join('\n')
    } else {
      const simple = /^([^=]+)=(.*)$/.exec(lines[index] ?? '')
      if (simple) outputs[simple[1] ?? ''] = simple[2] ?? ''
    }
  }
  return outputs
}

function unescape(text: string): string {
  return text
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%')
}

export function parseCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = []
  for (const line of stdout.split('\n')) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!match) continue
    const properties: Record<string, string> = {}
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const at = pair.indexOf('=')
      properties[pair.slice(0, at)] = unescape(pair.slice(at + 1))
    }
    commands.push({ command: match[1] ?? '', properties, message: unescape(match[3] ?? '') })
  }
  return commands
}

const RUNNER_COMMANDS = new Set([
  'error',
  'warning',
  'notice',
  'debug',
  'set-output',
  'save-state',
  'set-env',
  'add-path',
  'add-mask',
  'echo',
  'group',
  'endgroup',
  'add-matcher',
  'remove-matcher',
  'stop-commands',
])

/**
 * The workflow commands a runner would act on in this output, read as the runner reads it: a line ends at
 * \n or a lone \r; `::cmd …::data` after leading white space, else `##[cmd …]data` anywhere in the line;
 * inside `::stop-commands::TOKEN` only `::TOKEN::` (or `##[TOKEN]`) counts, and it resumes.
 */
export function effectiveCommands(output: string): WorkflowCommand[] {
  const effective: WorkflowCommand[] = []
  let stopToken: string | undefined
  for (const line of output.split(/\r\n|\r|\n/)) {
    const parsed = parseRunnerLine(line, stopToken)
    if (parsed === undefined) continue
    if (stopToken !== undefined) {
      if (parsed.command === stopToken) stopToken = undefined
      continue
    }
    if (parsed.command === 'stop-commands') stopToken = parsed.message
    effective.push(parsed)
  }
  return effective
}

function parseRunnerLine(line: string, stopToken: string | undefined): WorkflowCommand | undefined {
  const known = (name: string): boolean =>
    RUNNER_COMMANDS.has(name.toLowerCase()) || (stopToken !== undefined && name === stopToken)
  const trimmed = line.trimStart()
  if (trimmed.startsWith('::')) {
    const end = trimmed.indexOf('::', 2)
    if (end !== -1) {
      const info = trimmed.slice(2, end)
      const space = info.indexOf(' ')
      const name = space === -1 ? info : info.slice(0, space)
      if (known(name)) {
        const properties: Record<string, string> = {}
        for (const pair of (space === -1 ? '' : info.slice(space + 1)).split(',').filter(Boolean)) {
          const at = pair.indexOf('=')
          if (at > 0) properties[pair.slice(0, at)] = unescape(pair.slice(at + 1))
        }
        return { command: name, properties, message: unescape(trimmed.slice(end + 2)) }
      }
    }
  }
  const prefix = line.indexOf('##[')
  if (prefix === -1) return undefined
  const close = line.indexOf(']', prefix)
  if (close === -1) return undefined
  const info = line.slice(prefix + 3, close)
  const space = info.indexOf(' ')
  const name = space === -1 ? info : info.slice(0, space)
  if (!known(name)) return undefined
  const properties: Record<string, string> = {}
  for (const pair of (space === -1 ? '' : info.slice(space + 1)).split(';').filter(Boolean)) {
    const at = pair.indexOf('=')
    if (at > 0) properties[pair.slice(0, at)] = pair.slice(at + 1)
  }
  return { command: name, properties, message: line.slice(close + 1) }
}

/** The project's own node_modules, as its lockfile says (`npm ci`), or as its package.json pins say. */
export function npmInstall(project: string, command: 'ci' | 'install' = 'ci'): void {
  const done = spawnSync('npm', [command, '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: project,
    encoding: 'utf8',
    env: machineEnvironment(),
  })
  if (done.status !== 0) throw new Error(`npm ${command} failed: ${done.stderr}`)
}
