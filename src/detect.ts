// Which tools serve which checks for this project: from the `tools` input first, then from the evidence
// each tool's module declares (config files, config sections, dependencies, hooks, scripts), then the
// default tool of the project's language. Pure: works on a ProjectScan.
import type { ToolArgs, ToolSpec } from './config.js'
import {
  commandInvocations,
  hookArguments,
  hookInvocations,
  scriptInvocations,
  toolArguments,
  type Invocation,
} from './invocations.js'
import { readPreCommit, type PreCommitHook } from './precommit.js'
import { asArray, asRecord, tomlTable, type ProjectScan } from './project.js'
import { readPackageScripts, type ScriptReading } from './scripts.js'
import { TOOL_IDS, TOOLS, type ToolId } from './tools/index.js'
import type { ConfiguredThreshold, Tool } from './tools/tool.js'
import type { CheckKind, SkippedCheck } from './types.js'

export interface PlannedTool {
  id: ToolId
  kind: CheckKind
  /** Why this tool runs, for the summary: "[tool.black] in pyproject.toml". */
  reason: string
  /** A version asked for in `tools`. */
  version?: string
  /** One run each: the project's own ways of running the tool, or the gate's default aim. */
  runs: PlannedRun[]
  /** Test tools: whether the test check is reported (it may run only to measure coverage). */
  reportsTests?: boolean
  /** Test tools: measure coverage in the same run. */
  withCoverage?: boolean
  /** The coverage threshold the project's config sets, when the gate can read it (shown when met too). */
  coverageThreshold?: ConfiguredThreshold
}

export interface PlannedRun {
  /** Paths and options, from the project (or [] / ['.'] by default). */
  targets: string[]
  /** Options the gate adds from the tool's config (bandit -c pyproject.toml). */
  extraArgs: string[]
  /** Where the arguments come from, for the summary. */
  from: string
}

/** What marks a directory as a project, for the message when there is none. */
export const PROJECT_MARKERS =
  'pyproject.toml, setup.py, setup.cfg, requirements*.txt, Python files (at the top, in src/ or one directory down) and package.json'

export interface Plan {
  tools: PlannedTool[]
  skipped: SkippedCheck[]
  warnings: string[]
}

type Language = Tool['language']
/** Evidence of tests, but not of any configuration: it does not end zero-config defaults. */
const TESTS_DIRECTORY = 'a tests/ directory'
/** The check an entry script is for, when its name says (check and ci are for several). */
const SCRIPT_KIND: Readonly<Record<string, CheckKind>> = {
  lint: 'lint',
  'format:check': 'format',
  format: 'format',
  typecheck: 'typecheck',
  'type-check': 'typecheck',
  test: 'test',
}
const LANGUAGE_NAMES: Record<Language, string> = { python: 'Python', javascript: 'JavaScript/TypeScript' }

/** Where in a repository the directory being planned sits. */
export interface Surroundings {
  /** The directories above it up to the repository root, nearest first, each with how the summary names it. */
  parents?: readonly { scan: ProjectScan; label: string }[]
  /** It is a workspace root: its dependencies are the packages' (hoisted), not a sign it runs them itself. */
  workspaceRoot?: boolean
  /** Tools that run at the workspace root already: a package does not run them again for inherited config. */
  runAtRoot?: ReadonlySet<ToolId>
  /** A workspace package: it runs what it names (its parents' config included), never zero-config defaults. */
  member?: boolean
  /** A workspace root some of whose packages configure tools: the repository is configured, no defaults. */
  packagesConfigure?: boolean
  /** The files git tracks here (relative paths), for pre-commit hooks' files/exclude; unknown if absent. */
  trackedFiles?: readonly string[]
}

/** Whether a directory names any quality tool (a tests/ directory alone does not count). */
export function configuresTools(scan: ProjectScan, surroundings: Surroundings = {}): boolean {
  return configures(detectTools(evidenceSources(scan, surroundings)))
}

function configures(evidence: ReadonlyMap<ToolId, { reason: string }>): boolean {
  return [...evidence.values()].some((found) => found.reason !== TESTS_DIRECTORY)
}

export function planChecks(
  checks: readonly CheckKind[],
  named: readonly ToolSpec[],
  scan: ProjectScan,
  args: ToolArgs = {},
  surroundings: Surroundings = {},
): Plan {
  const plan: Plan = { tools: [], skipped: [], warnings: [] }
  const sources = evidenceSources(scan, surroundings)
  const evidence = detectTools(sources)
  const language = projectLanguage(scan)
  // A project that configures its tools gets those and no others; defaults only where nothing is named.
  const zeroConfig = !surroundings.member && !surroundings.packagesConfigure && !configures(evidence)
  const planned = (id: ToolId, reason: string, version?: string): PlannedTool =>
    plannedTool(id, reason, sources, args[id], version)
  plan.warnings.push(...sources.preCommit.problems.map((problem) => `Ignored ${problem}`))

  for (const spec of named) {
    const kind = TOOLS[spec.id].kind
    const measures = kind === 'test' && checks.includes('coverage')
    if (!checks.includes(kind) && !measures) {
      plan.warnings.push(
        `'${spec.id}' is named in tools but serves '${kind}', which is not in checks; it does not run.`,
      )
    }
  }

  for (const kind of checks) {
    if (kind === 'coverage') continue // measured by the test tool's run, below
    const chosen = named.filter((spec) => TOOLS[spec.id].kind === kind)
    if (chosen.length > 0) {
      for (const spec of chosen) plan.tools.push(planned(spec.id, 'named in tools', spec.version))
      continue
    }
    const detected = [...evidence.entries()].filter(([id]) => TOOLS[id].kind === kind)
    // A tool the project only configures yields to one it runs (a hook, a script, a CI step).
    const running = detected.filter(([, found]) => found.runs)
    for (const [id, found] of detected) {
      if (running.length === 0 || found.runs) plan.tools.push(planned(id, found.reason))
      else plan.skipped.push({ kind, tool: id, reason: notRun(id, found, running) })
    }
    if (detected.length > 0) continue
    const fallback = language === undefined ? undefined : defaultTool(kind, language)
    if (fallback !== undefined && language !== undefined && zeroConfig) {
      plan.tools.push(planned(fallback, zeroConfigReason(kind, language)))
    } else {
      const delegated = sources.scripts.delegated.find(({ via }) => SCRIPT_KIND[via[0] ?? ''] === kind)
      plan.skipped.push({
        kind,
        reason: delegated
          ? `package.json script "${delegated.via[0]}" runs "${delegated.script}" in the workspace packages, and none of them runs a ${kind} tool the gate knows; name one in tools`
          : notConfigured(kind, fallback, language),
      })
    }
  }
  if (checks.includes('coverage')) {
    planCoverage(plan, checks, named, planned, evidence, language, zeroConfig)
    for (const tool of plan.tools) {
      const threshold = tool.withCoverage ? TOOLS[tool.id].coverageThreshold?.(scan) : undefined
      if (threshold !== undefined) tool.coverageThreshold = threshold
    }
  }
  for (const id of Object.keys(args)) {
    if (!plan.tools.some((tool) => tool.id === id)) {
      plan.warnings.push(
        `'args' has arguments for '${id}', which does not run here; name it in tools to run it.`,
      )
    }
  }
  return plan
}

/**
 * Coverage comes from the test run (pytest under coverage.py, jest and vitest on their own): tests run
 * once. Without the test check, the test tool runs only to measure.
 */
function planCoverage(
  plan: Plan,
  checks: readonly CheckKind[],
  named: readonly ToolSpec[],
  planned: (id: ToolId, reason: string, version?: string) => PlannedTool,
  evidence: ReadonlyMap<ToolId, Found>,
  language: Language | undefined,
  zeroConfig: boolean,
): void {
  const testTools = plan.tools.filter((tool) => tool.kind === 'test')
  if (testTools.length > 0) {
    for (const tool of testTools) tool.withCoverage = true
    return
  }
  if (checks.includes('test')) {
    plan.skipped.push({ kind: 'coverage', reason: 'no test tool runs, so there is nothing to measure' })
    return
  }
  const spec = named.find((item) => TOOLS[item.id].kind === 'test')
  const detected = [...evidence.keys()].find((id) => TOOLS[id].kind === 'test')
  const fallback = language === undefined ? undefined : defaultTool('test', language)
  const id = spec?.id ?? detected ?? (zeroConfig ? fallback : undefined)
  if (id === undefined || language === undefined) {
    plan.skipped.push({ kind: 'coverage', reason: notConfigured('test', fallback, language) })
    return
  }
  const reason = spec ? 'named in tools' : (evidence.get(id)?.reason ?? zeroConfigReason('test', language))
  plan.tools.push({ ...planned(id, reason, spec?.version), reportsTests: false, withCoverage: true })
}

/**
 * A planned tool and how it runs, from the first of: the config file's `args`, the project's scripts,
 * the tool's own config (its `aim`), the working directory.
 */
function plannedTool(
  id: ToolId,
  reason: string,
  sources: EvidenceSources,
  given: readonly string[] | undefined,
  version?: string,
): PlannedTool {
  const tool = TOOLS[id]
  const item: PlannedTool = { id, kind: tool.kind, reason, runs: plannedRuns(tool, sources, given) }
  if (version !== undefined) item.version = version
  if (tool.kind === 'test') item.reportsTests = true
  return item
}

function plannedRuns(
  tool: Tool,
  sources: EvidenceSources,
  given: readonly string[] | undefined,
): PlannedRun[] {
  if (given !== undefined) {
    return [{ targets: [...given], extraArgs: [], from: `args for ${tool.id} in the config file` }]
  }
  const fromScripts = scriptInvocations(tool, sources.scripts)
  if (fromScripts.length > 0) return fromScripts.map((invocation) => projectRun(invocation))
  const aim = tool.aim?.(sources.scan) ?? {}
  const targets = aim.targets ?? ['.']
  const fromHooks = hookInvocations(tool, sources.preCommit.hooks, sources.surroundings.trackedFiles, targets)
  if (fromHooks.length > 0) return fromHooks.map((invocation) => projectRun(invocation))
  const fromSteps = commandInvocations(tool, sources.scan.runCommands)
  if (fromSteps.length > 0) return fromSteps.map((invocation) => projectRun(invocation))
  return [
    {
      targets,
      extraArgs: aim.extraArgs ?? [],
      from:
        targets.length === 0
          ? `${tool.id}'s own configuration and defaults`
          : `the gate's default (${targets.join(' ')})`,
    },
  ]
}

function projectRun(invocation: Invocation): PlannedRun {
  return { targets: invocation.args, extraArgs: [], from: invocation.from }
}

function zeroConfigReason(kind: CheckKind, language: Language): string {
  return `zero-config default ${kind} tool for ${LANGUAGE_NAMES[language]} projects (the project configures none of its tools)`
}

/** Why a tool the project configures does not run: it runs another for the same check. */
function notRun(id: ToolId, found: Found, running: readonly (readonly [ToolId, Found])[]): string {
  const others = running.map(([other, why]) => `${other} (${why.reason})`).join(', ')
  return `${id} is configured (${found.reason}) but the project runs ${others} for this check; name ${id} in tools to run it too`
}

/** Why a check does not run in a project that configures other tools, and how to turn it on. */
function notConfigured(kind: CheckKind, example: ToolId | undefined, language: Language | undefined): string {
  const hint = example ? ` (for example tools: ${example})` : ''
  if (language === undefined) return `no ${kind} tool detected in this directory; name one in tools${hint}`
  return `the project configures no ${kind} tool; to run one, name it in tools${hint}`
}

/**
 * The language whose default tools a project gets: Python files or packaging first, then package.json.
 * Undefined: there is no project here.
 */
export function projectLanguage(scan: ProjectScan): Language | undefined {
  if (isPythonProject(scan)) return 'python'
  return scan.packageJson !== undefined ? 'javascript' : undefined
}

function defaultTool(kind: CheckKind, language: Language): ToolId | undefined {
  return TOOL_IDS.find(
    (id) => TOOLS[id].kind === kind && TOOLS[id].language === language && TOOLS[id].isDefault,
  )
}

function isPythonProject(scan: ProjectScan): boolean {
  return (
    scan.files.has('pyproject.toml') ||
    scan.files.has('setup.py') ||
    scan.files.has('setup.cfg') ||
    Object.keys(scan.requirements).length > 0 ||
    scan.hasPythonFiles
  )
}

/** The first piece of evidence that the project uses a tool, and whether the project runs it. */
interface Found {
  reason: string
  /** Named by a command the project runs (pre-commit hook, package.json script, CI step, tox), not only configured. */
  runs: boolean
}

/**
 * Tool → the first piece of evidence that the project uses it, in registry order. Tools that follow
 * another's evidence are decided last, once the tools they yield to are known.
 */
function detectTools(sources: EvidenceSources): Map<ToolId, Found> {
  const found = new Map<ToolId, Found>()
  const { scan } = sources
  const ordered = [
    ...TOOL_IDS.filter((id) => TOOLS[id].evidence.follows === undefined),
    ...TOOL_IDS.filter((id) => TOOLS[id].evidence.follows !== undefined),
  ]
  for (const id of ordered) {
    const tool = TOOLS[id]
    // A JavaScript tool needs a package.json to run from; its config files alone do not make a project.
    if (tool.language === 'javascript' && scan.packageJson === undefined) continue
    const run = runBy(tool, sources)
    const reason = firstEvidence(tool, sources, found, run)
    if (reason !== undefined) found.set(id, { reason, runs: run !== undefined })
  }
  return new Map(TOOL_IDS.flatMap((id) => (found.has(id) ? [[id, found.get(id) as Found]] : [])))
}

/** Where the project runs the tool, if it does: a hook, a script, a CI step, a tox command. */
function runBy(tool: Tool, sources: EvidenceSources): string | undefined {
  const hook = sources.preCommit.hooks.find((item) => hookArguments(tool, item) !== undefined)
  if (hook !== undefined) return `hook ${hook.id} in .pre-commit-config.yaml`
  const script = sources.scripts.commands.find((command) => toolArguments(tool, command.words) !== undefined)
  if (script !== undefined) return `package.json script ${script.via.map((name) => `"${name}"`).join(' → ')}`
  const step = sources.scan.runCommands.find((command) => toolArguments(tool, command.words) !== undefined)
  return step?.where
}

/** The project's lists, read once: where each package or hook is first named. */
interface EvidenceSources {
  scan: ProjectScan
  /** Python package (lower case) → where it is first listed. */
  pythonPackages: Map<string, string>
  /** npm packages in package.json dependencies and devDependencies. */
  npmPackages: ReadonlySet<string>
  /** pre-commit hooks, in file order. */
  preCommit: { hooks: PreCommitHook[]; problems: string[] }
  /** What the package.json quality scripts run. */
  scripts: ScriptReading
  surroundings: Surroundings
}

function firstEvidence(
  tool: Tool,
  sources: EvidenceSources,
  found: ReadonlyMap<ToolId, Found>,
  run: string | undefined,
): string | undefined {
  const { scan } = sources
  const evidence = tool.evidence
  const configured = configEvidence(evidence, scan)
  if (configured !== undefined) return configured
  const key = evidence.packageJsonKeys?.find(
    (item) => scan.packageJson !== undefined && item in scan.packageJson,
  )
  if (key !== undefined) return `"${key}" in package.json`
  const listed = (evidence.pythonPackages ?? []).flatMap((name) => sources.pythonPackages.get(name) ?? [])
  // Requirements and pyproject lists come before hooks, as the mentions are read in that order.
  if (listed.length > 0) return listed[0]
  if (run !== undefined) return run
  const dependency = evidence.npmPackages?.find((name) => sources.npmPackages.has(name))
  if (dependency !== undefined) return `${dependency} in package.json dependencies`
  if (evidence.testsDirectory && scan.hasTestsDir && isPythonProject(scan)) return TESTS_DIRECTORY
  const { parents = [], runAtRoot } = sources.surroundings
  if (evidence.inParents && !runAtRoot?.has(tool.id)) {
    for (const parent of parents) {
      const inherited = configEvidence(evidence, parent.scan)
      if (inherited !== undefined) return `${inherited} in ${parent.label}`
    }
  }
  const follows = evidence.follows
  if (follows !== undefined && !follows.unless.some((id) => found.has(id)))
    return found.get(follows.tool)?.reason
  return undefined
}

/** The tool's own config files, pyproject tables and INI sections in one directory. */
function configEvidence(evidence: Tool['evidence'], scan: ProjectScan): string | undefined {
  const file = evidence.files?.find((name) => scan.files.has(name))
  if (file !== undefined) return file
  const table = evidence.pyprojectTables?.find((keys) => tomlTable(scan.pyproject, ...keys))
  if (table !== undefined) return `[${table.join('.')}] in pyproject.toml`
  for (const [name, sections] of Object.entries(evidence.iniSections ?? {})) {
    const section = sections.find((item) => scan.ini[name]?.[item] !== undefined)
    if (section !== undefined) return `[${section}] in ${name}`
  }
  return undefined
}

function evidenceSources(scan: ProjectScan, surroundings: Surroundings): EvidenceSources {
  const pythonPackages = new Map<string, string>()
  const add = (name: string, where: string): void => {
    const lower = name.toLowerCase()
    if (!pythonPackages.has(lower)) pythonPackages.set(lower, where)
  }
  for (const [file, text] of Object.entries(scan.requirements)) {
    for (const line of text.split(/\r?\n/)) {
      const name = /^\s*([A-Za-z0-9_.-]+)/.exec(line.replace(/#.*/, ''))?.[1]
      if (name) add(name, `listed in ${file}`)
    }
  }
  const py = scan.pyproject
  const groups = [
    ...Object.entries(asRecord(py?.['dependency-groups'])).map(
      ([name, list]) => [`[dependency-groups] ${name}`, list] as const,
    ),
    ...Object.entries(asRecord(asRecord(py?.project)['optional-dependencies'])).map(
      ([name, list]) => [`[project.optional-dependencies] ${name}`, list] as const,
    ),
  ]
  for (const [where, list] of groups) {
    for (const item of asArray(list)) {
      const name = typeof item === 'string' ? /^\s*([A-Za-z0-9_.-]+)/.exec(item)?.[1] : undefined
      if (name) add(name, `listed in pyproject.toml ${where}`)
    }
  }
  const preCommit = readPreCommit(scan.preCommit)
  const pkg = scan.packageJson
  const deps = { ...asRecord(pkg?.dependencies), ...asRecord(pkg?.devDependencies) }
  return {
    scan,
    pythonPackages,
    npmPackages: new Set(surroundings.workspaceRoot ? [] : dependencyNames(deps)),
    preCommit,
    scripts: readPackageScripts(pkg),
    surroundings,
  }
}

/** Dependency keys and, for an alias (`"@typescript/native": "npm:typescript@^7"`), the package it installs. */
function dependencyNames(deps: Record<string, unknown>): string[] {
  return Object.entries(deps).flatMap(([key, spec]) => {
    const aliased = typeof spec === 'string' ? /^npm:(@?[^@\s]+)(?:@|$)/.exec(spec)?.[1] : undefined
    return aliased !== undefined && aliased !== key ? [key, aliased] : [key]
  })
}
