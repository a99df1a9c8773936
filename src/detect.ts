// Which tools serve which checks for this project: from the `tools` input first, then from the evidence
// each tool's module declares (config files, config sections, dependencies, hooks, scripts), then the
// default tool of the project's language. Pure: works on a ProjectScan.
import type { ToolArgs, ToolSpec } from './config.js'
import { asArray, asRecord, tomlTable, type ProjectScan } from './project.js'
import { TOOL_IDS, TOOLS, type ToolId } from './tools/index.js'
import type { Evidence, Tool } from './tools/tool.js'
import type { CheckKind, SkippedCheck } from './types.js'

export interface PlannedTool {
  id: ToolId
  kind: CheckKind
  /** Why this tool runs, for the summary: "[tool.black] in pyproject.toml". */
  reason: string
  /** A version asked for in `tools`. */
  version?: string
  targets: string[]
  extraArgs: string[]
  /** Test tools: whether the test check is reported (it may run only to measure coverage). */
  reportsTests?: boolean
  /** Test tools: measure coverage in the same run. */
  withCoverage?: boolean
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
const LANGUAGE_NAMES: Record<Language, string> = { python: 'Python', javascript: 'JavaScript/TypeScript' }

export function planChecks(
  checks: readonly CheckKind[],
  named: readonly ToolSpec[],
  scan: ProjectScan,
  args: ToolArgs = {},
): Plan {
  const plan: Plan = { tools: [], skipped: [], warnings: [] }
  const evidence = detectTools(scan)
  const language = projectLanguage(scan)
  // A project that configures its tools gets those and no others; defaults only where nothing is named.
  const zeroConfig = ![...evidence.values()].some((reason) => reason !== TESTS_DIRECTORY)

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
      for (const spec of chosen) plan.tools.push(planned(spec.id, 'named in tools', scan, spec.version))
      continue
    }
    const detected = [...evidence.entries()].filter(([id]) => TOOLS[id].kind === kind)
    if (detected.length > 0) {
      for (const [id, reason] of detected) plan.tools.push(planned(id, reason, scan))
      continue
    }
    const fallback = language === undefined ? undefined : defaultTool(kind, language)
    if (fallback !== undefined && language !== undefined && zeroConfig) {
      plan.tools.push(planned(fallback, zeroConfigReason(kind, language), scan))
    } else {
      plan.skipped.push({ kind, reason: notConfigured(kind, fallback, language) })
    }
  }
  if (checks.includes('coverage')) planCoverage(plan, checks, named, scan, evidence, language, zeroConfig)
  // The maintainers' own arguments replace the gate's default targets and extra arguments.
  plan.tools = plan.tools.map((tool) => {
    const given = args[tool.id]
    return given === undefined ? tool : { ...tool, targets: [...given], extraArgs: [] }
  })
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
  scan: ProjectScan,
  evidence: ReadonlyMap<ToolId, string>,
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
  const reason = spec ? 'named in tools' : (evidence.get(id) ?? zeroConfigReason('test', language))
  plan.tools.push({ ...planned(id, reason, scan, spec?.version), reportsTests: false, withCoverage: true })
}

function planned(id: ToolId, reason: string, scan: ProjectScan, version?: string): PlannedTool {
  const tool = TOOLS[id]
  const aim = tool.aim?.(scan) ?? {}
  const item: PlannedTool = {
    id,
    kind: tool.kind,
    reason,
    targets: aim.targets ?? ['.'],
    extraArgs: aim.extraArgs ?? [],
  }
  if (version !== undefined) item.version = version
  if (tool.kind === 'test') item.reportsTests = true
  return item
}

function zeroConfigReason(kind: CheckKind, language: Language): string {
  return `zero-config default ${kind} tool for ${LANGUAGE_NAMES[language]} projects (the project configures none of its tools)`
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

/**
 * Tool → the first piece of evidence that the project uses it, in registry order. Tools that follow
 * another's evidence are decided last, once the tools they yield to are known.
 */
function detectTools(scan: ProjectScan): Map<ToolId, string> {
  const found = new Map<ToolId, string>()
  const sources = evidenceSources(scan)
  const ordered = [
    ...TOOL_IDS.filter((id) => TOOLS[id].evidence.follows === undefined),
    ...TOOL_IDS.filter((id) => TOOLS[id].evidence.follows !== undefined),
  ]
  for (const id of ordered) {
    const tool = TOOLS[id]
    // A JavaScript tool needs a package.json to run from; its config files alone do not make a project.
    if (tool.language === 'javascript' && scan.packageJson === undefined) continue
    const reason = firstEvidence(tool.evidence, sources, found)
    if (reason !== undefined) found.set(id, reason)
  }
  return new Map(TOOL_IDS.flatMap((id) => (found.has(id) ? [[id, found.get(id) ?? '']] : [])))
}

/** The project's lists, read once: where each package or hook is first named. */
interface EvidenceSources {
  scan: ProjectScan
  /** Python package (lower case) → where it is first listed. */
  pythonPackages: Map<string, string>
  /** npm packages in package.json dependencies and devDependencies. */
  npmPackages: ReadonlySet<string>
  /** pre-commit hook ids, in file order. */
  hooks: string[]
  scripts: string[]
}

function firstEvidence(
  evidence: Evidence,
  sources: EvidenceSources,
  found: ReadonlyMap<string, string>,
): string | undefined {
  const { scan } = sources
  const file = evidence.files?.find((name) => scan.files.has(name))
  if (file !== undefined) return file
  const table = evidence.pyprojectTables?.find((keys) => tomlTable(scan.pyproject, ...keys))
  if (table !== undefined) return `[${table.join('.')}] in pyproject.toml`
  for (const [name, sections] of Object.entries(evidence.iniSections ?? {})) {
    const section = sections.find((item) => scan.ini[name]?.[item] !== undefined)
    if (section !== undefined) return `[${section}] in ${name}`
  }
  const key = evidence.packageJsonKeys?.find(
    (item) => scan.packageJson !== undefined && item in scan.packageJson,
  )
  if (key !== undefined) return `"${key}" in package.json`
  const listed = (evidence.pythonPackages ?? []).flatMap((name) => sources.pythonPackages.get(name) ?? [])
  const hook = sources.hooks.find((id) => evidence.preCommitHooks?.includes(id))
  // Requirements and pyproject lists come before hooks, as the mentions are read in that order.
  if (listed.length > 0) return listed[0]
  if (hook !== undefined) return `hook ${hook} in .pre-commit-config.yaml`
  const dependency = evidence.npmPackages?.find((name) => sources.npmPackages.has(name))
  if (dependency !== undefined) return `${dependency} in package.json dependencies`
  const script = evidence.scripts?.find((word) =>
    sources.scripts.some((command) => new RegExp(`(^|[\\s/])${escapeRegExp(word)}(\\s|$)`).test(command)),
  )
  if (script !== undefined) return `${script} in package.json scripts`
  if (evidence.testsDirectory && scan.hasTestsDir && isPythonProject(scan)) return TESTS_DIRECTORY
  const follows = evidence.follows
  if (follows !== undefined && !follows.unless.some((id) => found.has(id))) return found.get(follows.tool)
  return undefined
}

function evidenceSources(scan: ProjectScan): EvidenceSources {
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
  const hooks = asArray(asRecord(scan.preCommit).repos).flatMap((repo) =>
    asArray(asRecord(repo).hooks).flatMap((hook) => {
      const id = asRecord(hook).id
      return typeof id === 'string' ? [id] : []
    }),
  )
  const pkg = scan.packageJson
  const deps = { ...asRecord(pkg?.dependencies), ...asRecord(pkg?.devDependencies) }
  const scripts = Object.values(asRecord(pkg?.scripts)).filter(
    (value): value is string => typeof value === 'string',
  )
  return {
    scan,
    pythonPackages,
    npmPackages: new Set(Object.keys(deps)),
    hooks,
    scripts,
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
