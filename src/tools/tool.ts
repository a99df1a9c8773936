// Everything the gate knows about one tool, in one module per tool: what it checks, where it comes from,
// what shows a project uses it, how it is aimed, started and read. Tool modules are pure: they turn a
// context into an argv and a finished run into findings, and never touch the platform, the network or the
// file system.
import type { ProjectScan } from '../project.js'
import type { CheckKind, ParseResult, ToolRun } from '../types.js'
import type { ToolId } from './index.js'

export interface ToolContext {
  /** Absolute workspace root: finding paths are made relative to it. */
  workspace: string
  /** Absolute working directory: the tool runs here. */
  cwd: string
  /** How this tool is started, e.g. ['/usr/bin/python3', '-m', 'black'] or ['/usr/bin/flake8']. */
  launcher: readonly string[]
  /** The tool's version as detected, e.g. '23.1.0'. Adapters pick output formats from it. */
  version?: string
  /** The project's Python interpreter, when one was found. */
  python?: string
  /** Paths to check, relative to cwd; empty when the tool's own config names them. */
  targets: readonly string[]
  /** Extra arguments chosen from the project's config, e.g. ['-c', 'pyproject.toml'] for bandit. */
  extraArgs?: readonly string[]
  /** A scratch directory private to this tool run. */
  tempDir: string
  /** For test tools: also measure coverage in the same run. */
  withCoverage?: boolean
}

export interface ToolCommand {
  argv: string[]
  env?: Record<string, string>
  /** Commands run after the main one (e.g. `coverage json`); parse() gets their runs in `run.after`. */
  after?: string[][]
  /** Files the tool writes for parse() to read, by name → absolute path; handed over in `run.files`. */
  reads?: Record<string, string>
}

export interface PythonPackage {
  /** Module for `python -m`. */
  module: string
  /** Distribution name for its version. */
  distribution: string
}

/** A package at an exact version, from PyPI or npm. */
export interface Pin {
  /** The package that provides the tool. */
  package: string
  registry: 'pypi' | 'npm'
  version: string
}

/**
 * What shows that a project uses a tool, checked in this order; the first piece found is the reason the
 * summary gives ("[tool.black] in pyproject.toml"). Everything is looked for in the working directory.
 */
export interface Evidence {
  /** Config files, by exact name. */
  files?: readonly string[]
  /** Tables of pyproject.toml, as key paths: [['tool', 'black']]. */
  pyprojectTables?: readonly (readonly string[])[]
  /** Sections of INI-style files, by file: { 'setup.cfg': ['flake8'] }. */
  iniSections?: Readonly<Record<string, readonly string[]>>
  /** Top-level keys of package.json. */
  packageJsonKeys?: readonly string[]
  /** Packages in the project's dependency lists: requirements files and pyproject.toml groups. */
  pythonPackages?: readonly string[]
  /** Packages in package.json dependencies or devDependencies. */
  npmPackages?: readonly string[]
  /** Hook ids in .pre-commit-config.yaml. */
  preCommitHooks?: readonly string[]
  /** A tests/ or test/ directory in a Python project. */
  testsDirectory?: boolean
  /**
   * The tool looks for its config in parent directories too (prettier, eslint, biome, ruff, black): its
   * files and pyproject tables count there, up to the repository root.
   */
  inParents?: boolean
  /** Last: whatever shows another tool, unless one of `unless` was found (ruff formats where ruff lints). */
  follows?: { tool: ToolId; unless: readonly ToolId[] }
}

/** How a tool is aimed at the project, from its files. */
export interface ToolTargets {
  /** Paths to check; [] when the tool's own config or discovery names them. Default ['.']. */
  targets?: string[]
  extraArgs?: string[]
}

export interface ConfiguredThreshold {
  percent: number
  /** "fail_under in [tool.coverage.report] of pyproject.toml". */
  from: string
}

/** The package that measures a test tool's coverage in the same run (coverage.py for pytest). */
export interface CoverageCompanion {
  /** Its name in the report and its pin key: the coverage check's tool. */
  name: 'coverage'
  python: PythonPackage
  defaultPin: Pin
}

/** How the project's own commands (package.json scripts, pre-commit hooks) call the tool. */
export interface CommandLine {
  /** Subcommands that run the check the gate runs, dropped from the arguments: biome [lint|check|ci]. */
  modes?: readonly string[]
  /** Without a subcommand the tool runs that check too (vitest is vitest run). */
  bareIsMode?: boolean
  /** Subcommands that do something else: a command starting with one is not this check's (biome format). */
  otherModes?: readonly string[]
  /**
   * Flags the gate sets itself (output format), or that would change files (fix, write) or never end
   * (watch), by name → how many values follow. The project's other arguments are kept as they are.
   */
  ownedFlags: Readonly<Record<string, number>>
  /** The args its published pre-commit hook passes when the config gives none (mirrors-mypy's). */
  hookDefaultArgs?: readonly string[]
  /** The files its pre-commit hook sees, by extension, when not its language's source files. */
  fileExtensions?: readonly string[]
}

export interface Tool<Id extends ToolId = ToolId> {
  id: Id
  kind: CheckKind
  /** Where it is installed from and how it is started. */
  ecosystem: 'python' | 'node'
  /** The projects it checks: a JavaScript tool is only looked for where there is a package.json. */
  language: 'python' | 'javascript'
  /** The tool a project of its language gets for its kind when no evidence names one. */
  isDefault?: boolean
  evidence: Evidence
  /** Its arguments taken from the project's scripts and hooks; without it, they are not read. */
  commandLine?: CommandLine
  /** Targets and arguments from the tool's own config; without it, the working directory. */
  aim?(scan: ProjectScan): ToolTargets
  /** Caches it keeps in the working directory, kept between runs (e.g. .mypy_cache). */
  cacheDirs?: readonly string[]
  /** pre-commit hook repositories whose `rev` pins its package, as host/owner/name in lower case. */
  preCommitRepos?: readonly string[]
  coverage?: CoverageCompanion
  /**
   * The coverage threshold the project's config sets where the gate can read it (coverage.py's fail_under):
   * shown beside the figure whether or not it is met; the tool itself decides.
   */
  coverageThreshold?: (scan: ProjectScan) => ConfiguredThreshold | undefined
  /**
   * npm packages of which the project must install one for the tool to measure coverage (vitest's
   * providers); without one, the tests run unmeasured and the coverage check is skipped.
   */
  coveragePackages?: readonly string[]
  /** The tool's documentation (SARIF informationUri). */
  docsUrl: string
  /** The built-in default pin (README lists them), when the pinned toolchain can install it. */
  defaultPin?: Pin
  /** The executable looked up on PATH (or node_modules/.bin). */
  executable: string
  /** Set for tools that can run as a Python module. */
  python?: PythonPackage
  /** The npm package that provides it (node tools): its version is read from its package.json. */
  npmPackage?: string
  /**
   * Runs only from the project itself — its Python interpreter, or its node_modules (the tool needs the
   * project's own config and plugins) — never from PATH or the pinned toolchain.
   */
  runsInProject?: boolean
  command(ctx: ToolContext): ToolCommand
  parse(run: ToolRun, ctx: ToolContext): ParseResult
  /** What a non-zero exit status says, where the tool encodes more than "found something" (pylint's bits). */
  describeExit?: (code: number) => string | undefined
  /** The warnings the tool printed about itself or its configuration (CheckResult.warnings), in its own words. */
  warnings?: (run: ToolRun) => string[]
}
