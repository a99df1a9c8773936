// Which tools serve which checks for this project: from the `tools` input first, then from the project's
// own config files and dependency lists, then sensible defaults. Pure: works on a ProjectScan.
import type { ToolSpec } from './config.js'
import type { IniSections, ProjectScan } from './project.js'
import { TOOL_KINDS, type ToolId } from './tools/names.js'
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

export interface Plan {
  tools: PlannedTool[]
  skipped: SkippedCheck[]
  warnings: string[]
}

/** A JavaScript/TypeScript project without any formatter configured still gets prettier's defaults. */
const NODE_DEFAULTS: Partial<Record<CheckKind, ToolId>> = { format: 'prettier' }

/** The tool a Python project gets for a check when its files name none. */
const PYTHON_DEFAULTS: Partial<Record<CheckKind, ToolId>> = {
  format: 'ruff-format',
  lint: 'ruff',
  typecheck: 'mypy',
  test: 'pytest',
  security: 'bandit',
}

export function planChecks(
  checks: readonly CheckKind[],
  named: readonly ToolSpec[],
  scan: ProjectScan,
): Plan {
  const plan: Plan = { tools: [], skipped: [], warnings: [] }
  const evidence = new Map([...detectPythonTools(scan), ...detectNodeTools(scan)])
  const python = isPythonProject(scan)
  const node = scan.packageJson !== undefined

  for (const spec of named) {
    const kind = TOOL_KINDS[spec.id]
    if (!checks.includes(kind)) {
      plan.warnings.push(
        `'${spec.id}' is named in tools but serves '${kind}', which is not in checks; it does not run.`,
      )
    }
  }

  for (const kind of checks) {
    if (kind === 'coverage') continue // measured by the test tool's run, below
    const chosen = named.filter((spec) => TOOL_KINDS[spec.id] === kind)
    if (chosen.length > 0) {
      for (const spec of chosen) plan.tools.push(planned(spec.id, 'named in tools', scan, spec.version))
      continue
    }
    const detected = [...evidence.entries()].filter(([id]) => TOOL_KINDS[id] === kind)
    if (detected.length > 0) {
      for (const [id, reason] of detected) plan.tools.push(planned(id, reason, scan))
      continue
    }
    const fallback = python ? PYTHON_DEFAULTS[kind] : node ? NODE_DEFAULTS[kind] : undefined
    if (fallback !== undefined) {
      plan.tools.push(planned(fallback, `default ${kind} tool for Python projects`, scan))
    } else {
      plan.skipped.push({
        kind,
        reason: python
          ? `no ${kind} tool is supported for this project yet`
          : `no ${kind} tool detected in ${scan.files.size > 0 ? 'this project' : 'this directory'}; name one in tools`,
      })
    }
  }
  if (checks.includes('coverage')) planCoverage(plan, checks, named, scan, evidence, python)
  return plan
}

/** Coverage comes from the test run: the same pytest run happens under coverage.py. Tests run once. */
function planCoverage(
  plan: Plan,
  checks: readonly CheckKind[],
  named: readonly ToolSpec[],
  scan: ProjectScan,
  evidence: Map<ToolId, string>,
  python: boolean,
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
  const spec = named.find((item) => item.id === 'pytest')
  if (spec !== undefined || evidence.has('pytest') || python) {
    const reason = spec
      ? 'named in tools'
      : (evidence.get('pytest') ?? 'default test tool for Python projects')
    plan.tools.push({
      ...planned('pytest', reason, scan, spec?.version),
      reportsTests: false,
      withCoverage: true,
    })
  } else {
    plan.skipped.push({ kind: 'coverage', reason: 'no test tool detected; name one in tools' })
  }
}

/** Node tools from package.json (dependencies, scripts, config keys) and the tools' own config files. */
export function detectNodeTools(scan: ProjectScan): Map<ToolId, string> {
  const found = new Map<ToolId, string>()
  const pkg = scan.packageJson
  if (pkg === undefined) return found
  const deps = { ...asRecord(pkg.dependencies), ...asRecord(pkg.devDependencies) }
  const scripts = Object.values(asRecord(pkg.scripts)).filter(
    (value): value is string => typeof value === 'string',
  )
  const file = (...names: string[]): string | undefined => names.find((name) => scan.files.has(name))
  const configFile = (prefix: string): string | undefined =>
    [...scan.files].find((name) => name.startsWith(prefix))
  const note = (id: ToolId, reason: string | undefined): void => {
    if (reason !== undefined && !found.has(id)) found.set(id, reason)
  }
  const dependency = (name: string): string | undefined =>
    name in deps ? `${name} in package.json dependencies` : undefined
  const script = (word: string): string | undefined =>
    scripts.some((command) => new RegExp(`(^|[\\s/])${word}(\\s|$)`).test(command))
      ? `${word} in package.json scripts`
      : undefined

  note(
    'prettier',
    configFile('.prettierrc') ??
      configFile('prettier.config.') ??
      ('prettier' in pkg ? '"prettier" in package.json' : undefined) ??
      dependency('prettier'),
  )
  note('eslint', configFile('eslint.config.') ?? dependency('eslint'))
  const biome = file('biome.json', 'biome.jsonc') ?? dependency('@biomejs/biome')
  note('biome', biome)
  note('biome-format', found.has('prettier') ? undefined : biome)
  note('tsc', file('tsconfig.json') ?? dependency('typescript'))
  note(
    'jest',
    configFile('jest.config.') ??
      ('jest' in pkg ? '"jest" in package.json' : undefined) ??
      dependency('jest') ??
      script('jest'),
  )
  note('vitest', configFile('vitest.config.') ?? dependency('vitest') ?? script('vitest'))
  return found
}

function planned(id: ToolId, reason: string, scan: ProjectScan, version?: string): PlannedTool {
  const tool: PlannedTool = { id, kind: TOOL_KINDS[id], reason, targets: ['.'], extraArgs: [] }
  if (version !== undefined) tool.version = version
  if (id === 'mypy' && mypyNamesFiles(scan)) tool.targets = []
  // These find their files from their own config (or, for test runners, their test discovery).
  if (['pyright', 'pytest', 'tsc', 'jest', 'vitest'].includes(id)) tool.targets = []
  if (['pytest', 'jest', 'vitest'].includes(id)) tool.reportsTests = true
  if (id === 'bandit' && !scan.files.has('.bandit') && tomlTable(scan.pyproject, 'tool', 'bandit')) {
    tool.extraArgs = ['-c', 'pyproject.toml']
  }
  return tool
}

export function isPythonProject(scan: ProjectScan): boolean {
  return (
    scan.files.has('pyproject.toml') ||
    scan.files.has('setup.py') ||
    scan.files.has('setup.cfg') ||
    Object.keys(scan.requirements).length > 0 ||
    scan.hasPythonFiles
  )
}

/** Tool → the first piece of evidence that the project uses it, in a stable order. */
export function detectPythonTools(scan: ProjectScan): Map<ToolId, string> {
  const found = new Map<ToolId, string>()
  const note = (id: ToolId, reason: string | undefined): void => {
    if (reason !== undefined && !found.has(id)) found.set(id, reason)
  }
  const py = scan.pyproject
  const inFile = (file: string): string | undefined => (scan.files.has(file) ? file : undefined)
  const tomlSection = (...keys: string[]): string | undefined =>
    tomlTable(py, ...keys) ? `[${keys.join('.')}] in pyproject.toml` : undefined
  const iniSection = (
    sections: IniSections | undefined,
    file: string,
    ...names: string[]
  ): string | undefined =>
    names.find((name) => sections?.[name] !== undefined) !== undefined
      ? `[${names.find((name) => sections?.[name] !== undefined)}] in ${file}`
      : undefined
  const mentioned = dependencyMentions(scan)

  const ruffConfig = inFile('ruff.toml') ?? inFile('.ruff.toml') ?? tomlSection('tool', 'ruff')
  note('ruff', ruffConfig ?? mentioned.get('ruff'))
  note(
    'flake8',
    inFile('.flake8') ??
      iniSection(scan.setupCfg, 'setup.cfg', 'flake8') ??
      iniSection(scan.toxIni, 'tox.ini', 'flake8') ??
      mentioned.get('flake8'),
  )
  note(
    'pylint',
    inFile('.pylintrc') ?? inFile('pylintrc') ?? tomlSection('tool', 'pylint') ?? mentioned.get('pylint'),
  )
  note('black', tomlSection('tool', 'black') ?? mentioned.get('black'))
  note(
    'isort',
    inFile('.isort.cfg') ??
      tomlSection('tool', 'isort') ??
      iniSection(scan.setupCfg, 'setup.cfg', 'isort', 'tool:isort') ??
      mentioned.get('isort'),
  )
  note(
    'mypy',
    inFile('mypy.ini') ??
      inFile('.mypy.ini') ??
      tomlSection('tool', 'mypy') ??
      iniSection(scan.setupCfg, 'setup.cfg', 'mypy') ??
      mentioned.get('mypy'),
  )
  note('pyright', inFile('pyrightconfig.json') ?? tomlSection('tool', 'pyright') ?? mentioned.get('pyright'))
  note('bandit', inFile('.bandit') ?? tomlSection('tool', 'bandit') ?? mentioned.get('bandit'))
  note(
    'pytest',
    inFile('pytest.ini') ??
      inFile('conftest.py') ??
      tomlSection('tool', 'pytest') ??
      iniSection(scan.setupCfg, 'setup.cfg', 'tool:pytest') ??
      iniSection(scan.toxIni, 'tox.ini', 'pytest') ??
      mentioned.get('pytest') ??
      (scan.hasTestsDir && isPythonProject(scan) ? 'a tests/ directory' : undefined),
  )

  // ruff formats too when the project configures its formatter, or uses ruff and no other formatter.
  const ruffFormat =
    tomlSection('tool', 'ruff', 'format') ??
    mentioned.get('ruff-format') ??
    (found.has('black') ? undefined : found.get('ruff'))
  note('ruff-format', ruffFormat)
  return found
}

/** Tools named in requirements files, pyproject dependency lists and pre-commit hooks. */
function dependencyMentions(scan: ProjectScan): Map<string, string> {
  const mentions = new Map<string, string>()
  const python = ['ruff', 'black', 'isort', 'flake8', 'pylint', 'mypy', 'pyright', 'bandit', 'pytest']
  const add = (name: string, where: string): void => {
    const lower = name.toLowerCase()
    if (python.includes(lower) && !mentions.has(lower)) mentions.set(lower, where)
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
    if (!Array.isArray(list)) continue
    for (const item of list) {
      const name = typeof item === 'string' ? /^\s*([A-Za-z0-9_.-]+)/.exec(item)?.[1] : undefined
      if (name) add(name, `listed in pyproject.toml ${where}`)
    }
  }
  for (const repo of asArray(asRecord(scan.preCommit).repos)) {
    for (const hook of asArray(asRecord(repo).hooks)) {
      const id = asRecord(hook).id
      if (typeof id !== 'string') continue
      if (id === 'ruff-format') mentions.set('ruff-format', 'hook ruff-format in .pre-commit-config.yaml')
      add(id === 'ruff-check' ? 'ruff' : id, `hook ${id} in .pre-commit-config.yaml`)
    }
  }
  return mentions
}

function mypyNamesFiles(scan: ProjectScan): boolean {
  const fromToml = asRecord(asRecord(scan.pyproject?.tool).mypy).files
  const fromIni = scan.mypyIni?.mypy?.files ?? scan.setupCfg?.mypy?.files
  return (fromToml !== undefined && fromToml !== '') || (typeof fromIni === 'string' && fromIni.trim() !== '')
}

export function tomlTable(root: Record<string, unknown> | undefined, ...keys: string[]): boolean {
  let node: unknown = root
  for (const key of keys) {
    node = asRecord(node)[key]
    if (node === undefined) return false
  }
  return typeof node === 'object' && node !== null
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}
