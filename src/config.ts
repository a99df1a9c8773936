// The only reader of inputs: workflow inputs or CLI flags, then the config file, then built-in defaults.
// Everything is validated here once, into a frozen Config; a bad value is a ConfigError (exit 2).
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse as parseYaml, YAMLParseError } from 'yaml'
import type { Policy } from './gate.js'
import { isToolId, TOOL_IDS, type ToolId } from './tools/index.js'
import { CHECK_KINDS, type CheckKind } from './types.js'

export class ConfigError extends Error {
  override name = 'ConfigError'
}

export const INPUT_NAMES = [
  'working-directory',
  'checks',
  'tools',
  'tool-source',
  'python',
  'cache',
  'fail-on',
  'scope',
  'base-ref',
  'coverage-threshold',
  'diff-coverage-threshold',
  'annotations',
  'summary',
  'comment',
  'comment-key',
  'github-token',
  'tool-timeout',
  'report-file',
  'sarif-file',
  'config',
  'mode',
  'reports',
  'report-artifact',
] as const
export type InputName = (typeof INPUT_NAMES)[number]

/** Keys the config file may not set: they locate the file itself or are secrets. */
const NOT_IN_FILE: Readonly<Partial<Record<InputName, string>>> = {
  config: 'it locates the file itself',
  'github-token': 'it is a secret',
  // What a job is for belongs to the workflow: a pull request's own file must not turn its gate into a
  // publisher of reports it brings along.
  mode: "it says what the workflow's job is for",
  reports: "it says what the workflow's publishing job reads",
}

export const DEFAULT_CHECKS: readonly CheckKind[] = ['format', 'lint', 'typecheck', 'test', 'coverage']
export const DEFAULT_CONFIG_FILE = '.github/quality-gate.yml'

export type ToolSource = 'pinned' | 'path'
/** `tool`: each check fails as its tool's own exit status says; `error`/`warning`: the lowest failing severity. */
/** A name no other run on this machine uses: the time to the millisecond and this process's id. */
function runStamp(): string {
  return `${new Date().toISOString().replace(/[-:.]/g, '').replace('T', '-').replace('Z', '')}-${process.pid}`
}

export type FailOn = 'tool' | 'error' | 'warning' | 'never'
export type Scope = 'all' | 'changed'
/** `gate` runs the tools; `publish` runs nothing and posts the reports other jobs wrote. */
export type Mode = 'gate' | 'publish'
export type CommentMode = 'always' | 'on-failure' | 'never'
/** `auto`: upload the report as an artifact when the comment or check run could not be written. */
export type ReportArtifact = 'auto' | 'true' | 'false'

export interface ToolSpec {
  id: ToolId
  version?: string
}

export interface Config {
  mode: Mode
  /**
   * `mode: publish`: globs of report files, relative to the workspace; empty for the report artifacts of
   * the triggering run (on workflow_run) or of this run (a matrix's jobs before this one).
   */
  reports: readonly string[]
  /** `mode: gate`: when to upload the JSON report as an artifact for a publish workflow. */
  reportArtifact: ReportArtifact
  workspace: string
  workingDirectory: string
  checks: readonly CheckKind[]
  /** Tools named in `tools`; they replace detection for the checks they serve. */
  tools: readonly ToolSpec[]
  toolSource: ToolSource
  /** The `python` input as given (relative to the working directory), or undefined for the default. */
  python?: string
  cache: boolean
  failOn: FailOn
  scope: Scope
  baseRef?: string
  coverageThreshold?: number
  diffCoverageThreshold?: number
  annotations: boolean
  summary: boolean
  comment: CommentMode
  commentKey?: string
  githubToken?: string
  toolTimeoutMs: number
  reportFile: string
  sarifFile?: string
  /** The config file that was read, if any. */
  configFile?: string
  /** What fails the gate: fail-on and the coverage thresholds, as the verdict reads them. */
  policy: Policy
  /**
   * `args` from the config file: per tool, the arguments its maintainers pass (targets and options). They
   * replace the gate's default targets; the gate adds only its machine-readable output flags.
   */
  args: ToolArgs
}

export type ToolArgs = Readonly<Partial<Record<ToolId, readonly string[]>>>

/** Where raw values come from: the platform supplies inputs (or CLI flags) and its environment. */
export interface ConfigSource {
  /** The raw value of an input; '' when it is not set. */
  getInput(name: InputName): string
  env: Readonly<Record<string, string | undefined>>
  /** Absolute path of the workspace (GITHUB_WORKSPACE, or the repository root locally). */
  workspace: string
  /** How an input is named to the user in messages: `input 'checks'` or `--checks`. */
  describe(name: InputName): string
  /**
   * Where `report-file` and `sarif-file` are resolved and may be written: the workspace and RUNNER_TEMP on
   * a runner; the working directory and the system temp dir locally.
   */
  outputs: { base: 'workspace' | 'working-directory'; tempDir: string }
  /**
   * Whether comparing with a base needs `base-ref`: locally there is no event to take one from, and the
   * working tree counts as changed.
   */
  baseRefRequired: boolean
}

type Raw = Partial<Record<InputName, string>>

export function readConfig(source: ConfigSource): Config {
  const given: Raw = {}
  for (const name of INPUT_NAMES) {
    const value = source.getInput(name).trim()
    if (value !== '') given[name] = value
  }
  const workspace = realpathSync(source.workspace)
  const { values: fromFile, file, args } = readConfigFile(given.config, workspace, source)
  const raw: Raw = { ...fromFile, ...given }
  // A value the config file set is named there; anything else (given, or missing) is named as an input.
  const label = (name: InputName): string =>
    name in fromFile && !(name in given) ? `'${name}' in ${file}` : source.describe(name)
  return Object.freeze({ ...validate(raw, workspace, label, source, file), args })
}

function readConfigFile(
  explicit: string | undefined,
  workspace: string,
  source: ConfigSource,
): { values: Raw; file?: string; args: ToolArgs } {
  const file = path.resolve(workspace, explicit ?? DEFAULT_CONFIG_FILE)
  if (!existsSync(file)) {
    if (explicit !== undefined)
      throw new ConfigError(`${source.describe('config')}: file '${explicit}' does not exist.`)
    return { values: {}, args: {} }
  }
  const shown = path.relative(workspace, file) || file
  let data: unknown
  try {
    data = parseYaml(readFileSync(file, 'utf8'))
  } catch (error) {
    const detail = error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error)
    throw new ConfigError(`Config file ${shown} is not valid YAML: ${detail}`)
  }
  if (data === null || data === undefined) return { values: {}, file: shown, args: {} }
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ConfigError(`Config file ${shown} must be a mapping of input names to values.`)
  }
  const allowed = [...INPUT_NAMES.filter((name) => NOT_IN_FILE[name] === undefined), ARGS_KEY]
  const values: Raw = {}
  let args: ToolArgs = {}
  for (const [key, value] of Object.entries(data)) {
    const inputOnly = NOT_IN_FILE[key as InputName]
    if (inputOnly !== undefined) {
      throw new ConfigError(
        `Config file ${shown}: '${key}' is set only as an input of the workflow step (${inputOnly}).`,
      )
    }
    if (!(allowed as readonly string[]).includes(key)) {
      throw new ConfigError(
        `Config file ${shown}: unknown key '${key}'. Allowed keys: ${allowed.join(', ')}.`,
      )
    }
    if (key === ARGS_KEY) args = readArgs(value, shown)
    else values[key as InputName] = fileValueToString(key, value, shown)
  }
  return { values, file: shown, args }
}

/** The config file's own key (no input has it): tool name → the argument list its maintainers pass. */
const ARGS_KEY = 'args'

function readArgs(value: unknown, file: string): ToolArgs {
  const shape = `a mapping from tool names to argument lists, e.g. args: { tsc: [-p, tsconfig.build.json] }`
  if (value === null || value === undefined) return {}
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigError(`Config file ${file}: 'args' must be ${shape}.`)
  }
  const args: Partial<Record<ToolId, string[]>> = {}
  for (const [tool, list] of Object.entries(value)) {
    if (!isToolId(tool)) {
      throw new ConfigError(
        `Config file ${file}: 'args' names '${tool}', which is not a known tool. Known tools: ${TOOL_IDS.join(', ')}.`,
      )
    }
    const items: unknown[] = Array.isArray(list) ? list : [list]
    if (!items.every((item) => ['string', 'number', 'boolean'].includes(typeof item))) {
      throw new ConfigError(
        `Config file ${file}: 'args.${tool}' must be a list of arguments (strings or numbers), e.g. [--max-warnings, 0, src/].`,
      )
    }
    args[tool] = items.map(String)
  }
  return args
}

function fileValueToString(key: string, value: unknown, file: string): string {
  if (value === null || value === undefined) return ''
  if (Array.isArray(value)) return value.map((item) => fileValueToString(key, item, file)).join(',')
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value)
  throw new ConfigError(`Config file ${file}: '${key}' must be a string, number, boolean or list.`)
}

function validate(
  raw: Raw,
  workspace: string,
  label: (name: InputName) => string,
  { env, outputs, baseRefRequired }: Pick<ConfigSource, 'env' | 'outputs' | 'baseRefRequired'>,
  file: string | undefined,
): Omit<Config, 'args'> {
  const fail = (name: InputName, problem: string): never => {
    throw new ConfigError(`Invalid ${label(name)}: ${problem}`)
  }
  const oneOf = <T extends string>(name: InputName, allowed: readonly T[], fallback: T): T => {
    const value = raw[name]
    if (value === undefined || value === '') return fallback
    if (!(allowed as readonly string[]).includes(value)) {
      fail(name, `'${value}' is not one of ${allowed.join(', ')}.`)
    }
    return value as T
  }
  const bool = (name: InputName, fallback: boolean): boolean =>
    oneOf(name, ['true', 'false'] as const, fallback ? 'true' : 'false') === 'true'
  const percent = (name: InputName): number | undefined => {
    const value = raw[name]
    if (value === undefined) return undefined
    const number = Number(value)
    if (!/^\d+(\.\d+)?$/.test(value) || !Number.isFinite(number) || number > 100) {
      fail(name, `'${value}' is not a number from 0 to 100.`)
    }
    return number
  }

  const workingDirectory = resolveWorkingDirectory(raw['working-directory'] ?? '.', workspace, (problem) =>
    fail('working-directory', problem),
  )

  const checks: CheckKind[] = []
  for (const item of splitList(raw.checks)) {
    if (!(CHECK_KINDS as readonly string[]).includes(item)) {
      fail('checks', `'${item}' is not one of ${CHECK_KINDS.join(', ')}.`)
    }
    if (!checks.includes(item as CheckKind)) checks.push(item as CheckKind)
  }
  if (raw.checks !== undefined && checks.length === 0) fail('checks', `the list is empty.`)

  const tools: ToolSpec[] = []
  for (const item of splitList(raw.tools)) {
    const at = item.indexOf('@', 1)
    const name = at === -1 ? item : item.slice(0, at)
    const version = at === -1 ? undefined : item.slice(at + 1)
    if (!isToolId(name)) fail('tools', `'${name}' is not a known tool. Known tools: ${TOOL_IDS.join(', ')}.`)
    if (version !== undefined && !/^[0-9A-Za-z][0-9A-Za-z.+!_-]*$/.test(version)) {
      fail('tools', `'${item}' needs a version after '@' (for example ${name}@1.2.3).`)
    }
    if (tools.some((tool) => tool.id === name)) fail('tools', `'${name}' is listed twice.`)
    tools.push(version === undefined ? { id: name as ToolId } : { id: name as ToolId, version })
  }

  const timeoutText = raw['tool-timeout']
  let toolTimeoutMs = 10 * 60_000
  if (timeoutText !== undefined) {
    const minutes = Number(timeoutText)
    if (!/^\d+(\.\d+)?$/.test(timeoutText) || !(minutes > 0) || minutes > MAX_TOOL_TIMEOUT_MINUTES) {
      fail(
        'tool-timeout',
        `'${timeoutText}' is not a number of minutes above 0 and at most ${MAX_TOOL_TIMEOUT_MINUTES} (a job's limit).`,
      )
    }
    toolTimeoutMs = Math.round(minutes * 60_000)
  }

  const baseRef = raw['base-ref']
  if (baseRef !== undefined && !isRevision(baseRef)) {
    fail('base-ref', `'${baseRef}' is not a git ref or commit sha (for example origin/main or a 40-hex sha).`)
  }

  const scope = oneOf('scope', ['all', 'changed'] as const, 'all')
  const coverageThreshold = percent('coverage-threshold')
  const diffCoverageThreshold = percent('diff-coverage-threshold')
  if (baseRefRequired && baseRef === undefined) {
    if (scope === 'changed')
      fail('scope', 'it needs a base to compare with; pass --base-ref (for example --base-ref origin/main).')
    if (diffCoverageThreshold !== undefined) {
      fail(
        'diff-coverage-threshold',
        'it needs a base to compare with; pass --base-ref (for example --base-ref origin/main).',
      )
    }
  }
  const failOn = oneOf('fail-on', ['tool', 'error', 'warning', 'never'] as const, 'tool')
  const policy: Policy = {
    failOn,
    ...(coverageThreshold !== undefined ? { coverageThreshold } : {}),
    ...(diffCoverageThreshold !== undefined ? { diffCoverageThreshold } : {}),
  }

  const outputBase = outputs.base === 'workspace' ? workspace : workingDirectory
  const outputRoots = [outputBase, outputs.tempDir]
  const outputFile = (name: 'report-file' | 'sarif-file', value: string): string => {
    const file = path.resolve(outputBase, value)
    if (!insideAny(file, outputRoots)) {
      fail(name, `'${value}' is outside ${outputRoots.join(' and ')}; write it inside one of them.`)
    }
    return file
  }
  // On a runner RUNNER_TEMP belongs to this job; on a laptop the temp dir is shared, so each run names its own.
  const reportFile =
    raw['report-file'] !== undefined
      ? outputFile('report-file', raw['report-file'])
      : env.RUNNER_TEMP
        ? path.join(env.RUNNER_TEMP, 'quality-gate', 'report.json')
        : path.join(tmpdir(), 'quality-gate', `report-${runStamp()}.json`)
  const sarifFile = raw['sarif-file'] === undefined ? undefined : outputFile('sarif-file', raw['sarif-file'])

  const mode = oneOf('mode', ['gate', 'publish'] as const, 'gate')
  const reports = splitList(raw.reports)
  for (const pattern of reports) {
    if (path.isAbsolute(pattern) || pattern.split(/[\\/]/).includes('..')) {
      fail('reports', `'${pattern}' leaves the workspace; give globs relative to it, e.g. reports/**/*.json.`)
    }
  }
  if (mode === 'gate' && reports.length > 0) {
    fail('reports', 'it is read only with mode: publish; the gate writes its own report (report-file).')
  }

  const reportArtifact = oneOf('report-artifact', ['auto', 'true', 'false'] as const, 'auto')
  if (mode === 'publish' && reportArtifact === 'true') {
    fail('report-artifact', 'it is read only with mode: gate; mode: publish reads reports, it writes none.')
  }

  const config: Omit<Config, 'args'> = {
    mode,
    reports,
    reportArtifact,
    workspace,
    workingDirectory,
    checks: checks.length > 0 ? checks : DEFAULT_CHECKS,
    tools,
    toolSource: oneOf('tool-source', ['pinned', 'path'] as const, 'pinned'),
    cache: bool('cache', true),
    failOn,
    scope,
    annotations: bool('annotations', true),
    summary: bool('summary', true),
    comment: oneOf('comment', ['always', 'on-failure', 'never'] as const, 'always'),
    toolTimeoutMs,
    reportFile,
    policy: Object.freeze(policy),
  }
  const optional = {
    python: raw.python,
    baseRef,
    coverageThreshold,
    diffCoverageThreshold,
    commentKey: raw['comment-key'],
    githubToken: raw['github-token'],
    sarifFile,
    configFile: file,
  }
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (config as unknown as Record<string, unknown>)[key] = value
  }
  return config
}

function resolveWorkingDirectory(value: string, workspace: string, fail: (problem: string) => never): string {
  const candidate = path.resolve(workspace, value)
  if (!existsSync(candidate)) return fail(`'${value}' does not exist.`)
  if (!statSync(candidate).isDirectory()) return fail(`'${value}' is not a directory.`)
  const real = realpathSync(candidate)
  const relative = path.relative(workspace, real)
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    return fail(`'${value}' is outside the workspace ${workspace}; use a path inside it.`)
  }
  return real
}

/** GitHub's job limit: a tool may not be given longer than the job itself. */
export const MAX_TOOL_TIMEOUT_MINUTES = 360

/**
 * A branch, tag or remote ref (by git's check-ref-format rules, one level allowed) or a sha, optionally
 * followed by ~N / ^N. Nothing that git could read as an option or a revision range.
 */
export function isRevision(value: string): boolean {
  const match = /^(.*?)((?:[~^]\d*)*)$/.exec(value)
  const ref = match?.[1] ?? ''
  if (ref === '' || ref.startsWith('-') || ref.endsWith('/') || ref.endsWith('.') || ref.endsWith('.lock'))
    return false
  if (ref === '@' || ref.includes('..') || ref.includes('@{') || ref.includes('//')) return false
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f~^:?*[\\]/.test(ref)) return false
  return ref.split('/').every((part) => part !== '' && !part.startsWith('.'))
}

/** Whether `file` (resolved through symlinks as far as it exists) lies inside one of `roots`. */
function insideAny(file: string, roots: readonly string[]): boolean {
  const real = realpathOfExisting(file)
  return roots.some((root) => {
    const relative = path.relative(realpathOfExisting(root), real)
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
  })
}

/** The real path of the deepest existing ancestor, with the rest of the path appended. */
function realpathOfExisting(file: string): string {
  let existing = file
  const rest: string[] = []
  while (!existsSync(existing)) {
    const parent = path.dirname(existing)
    if (parent === existing) break
    rest.unshift(path.basename(existing))
    existing = parent
  }
  try {
    return path.join(realpathSync(existing), ...rest)
  } catch {
    return file
  }
}

/** Inputs take comma- or newline-separated lists. */
export function splitList(value: string | undefined): string[] {
  if (value === undefined) return []
  return value
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '')
}
