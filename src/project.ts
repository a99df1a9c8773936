// Reads the handful of project files that detection and pin resolution look at, once, into plain data.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse as parseToml } from 'smol-toml'
import { parse as parseYaml } from 'yaml'
import { parseConfigparser, type ConfigSections } from './parsers/configparser.js'
import { splitCommands } from './scripts.js'

export type IniSections = ConfigSections

const PIN_FILES =
  /^(constraints.*\.txt|uv\.lock|poetry\.lock|pdm\.lock|package-lock\.json|pnpm-lock\.yaml|yarn\.lock)$/

export interface ProjectScan {
  /** Names of everything at the top of the working directory. */
  files: ReadonlySet<string>
  pyproject?: Record<string, unknown>
  /**
   * Every top-level INI file (setup.cfg, tox.ini, mypy.ini, .flake8, .pylintrc …) by name, as sections, read
   * the way Python's configparser reads them.
   */
  ini: Readonly<Record<string, IniSections>>
  /** requirements*.txt file name → contents. */
  requirements: Readonly<Record<string, string>>
  /**
   * Files read only for the versions they pin, as text: constraints*.txt, lockfiles (uv, poetry, pdm, npm,
   * pnpm, yarn) and .pre-commit-config.yaml (whose `# frozen:` comments YAML parsing drops).
   */
  pinFiles?: Readonly<Record<string, string>>
  preCommit?: unknown
  packageJson?: Record<string, unknown>
  hasPythonFiles: boolean
  /** A tests/ or test/ directory exists. */
  hasTestsDir: boolean
  /**
   * Commands the project runs here outside package.json and pre-commit: tox `commands`, and the `run`
   * steps of the repository's GitHub workflows whose working directory is this one.
   */
  runCommands: RunCommand[]
  /** Files that exist but could not be parsed, with why; detection carries on without them. */
  unreadable: string[]
}

export interface RunCommand {
  words: string[]
  /** "tox.ini [testenv:lint]", ".github/workflows/ci.yml". */
  where: string
}

/** A workflow `run` step's commands, with the directory they run in. */
export interface WorkflowCommand extends RunCommand {
  /** Absolute: the repository root, or the step's (or its job's default) `working-directory`. */
  dir: string
}

/**
 * Reads the project in `dir`. `workflows` are the repository's workflow commands (readWorkflows, read
 * once per gate); by default `dir` is taken for the repository root and its own are read.
 */
export function scanProject(
  dir: string,
  workflows: readonly WorkflowCommand[] = readWorkflows(dir).commands,
): ProjectScan {
  const entries = safeReaddir(dir)
  const files = new Set(entries.map((entry) => entry.name))
  const unreadable: string[] = []
  const read = <T>(name: string, parse: (text: string) => T): T | undefined => {
    if (!files.has(name)) return undefined
    try {
      return parse(readFileSync(path.join(dir, name), 'utf8'))
    } catch (error) {
      unreadable.push(`${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`)
      return undefined
    }
  }
  const requirements: Record<string, string> = {}
  const pinFiles: Record<string, string> = {}
  const ini: Record<string, IniSections> = {}
  for (const entry of entries) {
    if (!entry.isFile()) continue
    if (/^requirements.*\.(txt|in)$/.test(entry.name)) {
      requirements[entry.name] = readFileSync(path.join(dir, entry.name), 'utf8')
    } else if (PIN_FILES.test(entry.name)) {
      const text = read(entry.name, (content) => content)
      if (text !== undefined) pinFiles[entry.name] = text
    } else if (/\.(ini|cfg)$|^\.flake8$|^\.?pylintrc$|^\.coveragerc$/.test(entry.name)) {
      const sections = read(entry.name, readIni)
      if (sections !== undefined) ini[entry.name] = sections
    }
  }
  const scan: ProjectScan = {
    files,
    ini,
    requirements,
    pinFiles,
    hasPythonFiles: hasPython(dir, entries),
    hasTestsDir: entries.some(
      (entry) => entry.isDirectory() && (entry.name === 'tests' || entry.name === 'test'),
    ),
    runCommands: [
      ...toxCommands(ini['tox.ini']),
      ...workflows
        .filter((command) => path.resolve(command.dir) === path.resolve(dir))
        .map(({ words, where }) => ({ words, where })),
    ],
    unreadable,
  }
  const optional = {
    pyproject: read('pyproject.toml', (text) => parseToml(text) as Record<string, unknown>),
    preCommit: read('.pre-commit-config.yaml', (text) => {
      pinFiles['.pre-commit-config.yaml'] = text
      return parseYaml(text) as unknown
    }),
    packageJson: read('package.json', (text) => JSON.parse(text) as Record<string, unknown>),
  }
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (scan as unknown as Record<string, unknown>)[key] = value
  }
  return scan
}

/** Whether a TOML document has the table at the key path, e.g. tomlTable(pyproject, 'tool', 'black'). */
export function tomlTable(root: Record<string, unknown> | undefined, ...keys: string[]): boolean {
  let node: unknown = root
  for (const key of keys) {
    node = asRecord(node)[key]
    if (node === undefined) return false
  }
  return typeof node === 'object' && node !== null
}

/** An object parsed from a project file, or {} when it is not one. */
export function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

function safeReaddir(dir: string) {
  try {
    return readdirSync(dir, { withFileTypes: true })
  } catch {
    return []
  }
}

/** A Python file at the top, in src/ or in a package one level down. */
function hasPython(dir: string, entries: ReturnType<typeof safeReaddir>): boolean {
  if (entries.some((entry) => entry.isFile() && entry.name.endsWith('.py'))) return true
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const inner = safeReaddir(path.join(dir, entry.name))
    if (inner.some((child) => child.isFile() && child.name.endsWith('.py'))) return true
    if (
      entry.name === 'src' &&
      inner.some(
        (child) => child.isDirectory() && existsSync(path.join(dir, 'src', child.name, '__init__.py')),
      )
    ) {
      return true
    }
  }
  return false
}

/** Each line of each testenv's `commands`, as words (tox substitutions left as written). */
function toxCommands(tox: IniSections | undefined): RunCommand[] {
  return Object.entries(tox ?? {}).flatMap(([section, values]) => {
    const commands = section.startsWith('testenv') ? values.commands : undefined
    if (commands === undefined) return []
    return commands.split('\n').flatMap((line) =>
      splitCommands(toxSubstituted(line.replace(/^-/, ''))).map((words) => ({
        words,
        where: `tox.ini [${section}]`,
      })),
    )
  })
}

/** tox's substitutions as a run by hand sees them: {posargs:x} is x, {posargs} nothing, {toxinidir} `.`. */
function toxSubstituted(line: string): string {
  return line
    .replace(/\{posargs:([^}]*)\}/g, '$1')
    .replace(/\{posargs\}/g, '')
    .replace(/\{toxinidir\}/g, '.')
}

/** Stands for a `${{ … }}` expression while a run step's line is split into commands. */
const GITHUB_EXPRESSION = '__github_expression__'

/**
 * The `run` steps of the repository's workflows, each line's commands as words, with the directory each
 * runs in. A step whose working directory is an expression (`${{ … }}`) cannot be placed and is left out.
 */
export function readWorkflows(root: string): { commands: WorkflowCommand[]; unreadable: string[] } {
  const dir = path.join(root, '.github', 'workflows')
  const commands: WorkflowCommand[] = []
  const unreadable: string[] = []
  for (const entry of safeReaddir(dir)) {
    if (!entry.isFile() || !/\.ya?ml$/.test(entry.name)) continue
    const where = `.github/workflows/${entry.name}`
    let workflow: unknown
    try {
      workflow = parseYaml(readFileSync(path.join(dir, entry.name), 'utf8'))
    } catch (error) {
      unreadable.push(`${where}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`)
      continue
    }
    for (const job of Object.values(asRecord(asRecord(workflow).jobs))) {
      const jobDir = asRecord(asRecord(asRecord(job).defaults).run)['working-directory']
      for (const step of asArray(asRecord(job).steps)) {
        const { run, 'working-directory': stepDir } = asRecord(step)
        const workingDirectory = stepDir ?? jobDir ?? '.'
        if (typeof run !== 'string' || typeof workingDirectory !== 'string') continue
        if (workingDirectory.includes('${{')) continue
        const runsIn = path.resolve(root, workingDirectory)
        for (const line of run.split('\n')) {
          // GitHub replaces `${{ … }}` before the shell runs: a command holding one has arguments unknown here.
          const words = splitCommands(line.replace(/\$\{\{[\s\S]*?\}\}/g, GITHUB_EXPRESSION))
          for (const command of words.filter(
            (list) => !list.some((word) => word.includes(GITHUB_EXPRESSION)),
          )) {
            commands.push({ words: command, where: `a run step in ${where}`, dir: runsIn })
          }
        }
      }
    }
  }
  return { commands, unreadable }
}

function readIni(text: string): IniSections {
  const parsed = parseConfigparser(text)
  if (!parsed.ok) throw new Error(parsed.error)
  return parsed.sections
}
