// The interface every tool adapter implements. Adapters are pure: they turn a context into an argv
// and a finished run into findings, and never touch the platform, the network or the file system.
import type { CheckKind, ParseResult, ToolRun } from '../types.js'
import type { ToolId } from './names.js'

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

export interface Tool {
  id: ToolId
  kind: CheckKind
  ecosystem: 'python' | 'node'
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
}
