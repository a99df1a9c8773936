// `tool-source: path`: use the tools that are already installed. Python tools are preferred as modules of
// the project's interpreter (`python -m mypy`), then executables on PATH; node tools come from the
// project's node_modules/.bin, then PATH. One interpreter call probes every Python tool at once.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { DROP_WORKING_DIRECTORY, pythonModuleArgv, venvInterpreter } from '../python-launch.js'
import { runProcess, toolEnvironment } from '../exec.js'
import type { Tool } from '../tools/tool.js'
import { findPackageBin, nodeLauncher, packageBin } from './node-launch.js'
import { which } from './which.js'

export interface ResolvedTool {
  launcher: string[]
  /** Environment the tool needs, e.g. PYTHONPATH for an overlay of test packages. */
  env?: Record<string, string>
  version?: string
  /** Where it came from, for the summary: "python -m black (/usr/bin/python3)". */
  source: string
}

export type Resolution = ResolvedTool | { missing: string }

export interface PythonInfo {
  executable: string
  version: string
}

export class InterpreterError extends Error {}

const isWindows = process.platform === 'win32'

// First of all the working directory leaves sys.path: a project's json.py must not stand in for json.
const PROBE = `
${DROP_WORKING_DIRECTORY}
import importlib.metadata as md, importlib.util as iu, json, sys
found = {}
for pair in sys.argv[1:]:
    module, dist = pair.split("=")
    try:
        if iu.find_spec(module) is None:
            continue
        found[module] = md.version(dist)
    except Exception:
        pass
print(json.dumps({"executable": sys.executable, "version": "%d.%d.%d" % sys.version_info[:3], "modules": found}))
`

/** The tools found (or installed) for this run and how to start each: what both tool sources produce. */
export interface Toolchain {
  python?: PythonInfo
  resolutions: Map<Tool, Resolution>
  /** Versions of the Python modules found in the project's interpreter, by module name. */
  modules: Readonly<Record<string, string>>
  /** Why a module the run needs beside a tool (coverage) is absent: its install failed. */
  missingModules?: Readonly<Record<string, string>>
}

/** Modules probed besides the tools' own: pip, to install into the interpreter. */
export const EXTRA_MODULES = ['pip=pip']

export interface ToolchainOptions {
  cwd: string
  workspace: string
  /** The `python` input, if set. */
  python?: string
  env: Record<string, string | undefined>
}

/** The interpreter to use: the `python` input, else .venv in the working directory, else python3 on PATH. */
export function pythonCandidate(
  options: ToolchainOptions,
): { command: string; explicit: boolean } | undefined {
  if (options.python !== undefined) {
    const given = options.python
    const command =
      given.includes('/') || given.includes('\\')
        ? path.resolve(options.cwd, given)
        : which(given, options.env)
    return { command: command ?? given, explicit: true }
  }
  const venv = venvInterpreter(path.join(options.cwd, '.venv'))
  if (existsSync(venv)) return { command: venv, explicit: false }
  const onPath = which(isWindows ? 'python' : 'python3', options.env)
  return onPath === undefined ? undefined : { command: onPath, explicit: false }
}

export async function findInstalledTools(
  tools: readonly Tool[],
  options: ToolchainOptions,
): Promise<Toolchain> {
  const env = toolEnvironment(options.env)
  const { python, modules } = await projectPython(tools, options)
  const resolutions = new Map<Tool, Resolution>()
  await Promise.all(
    tools.map(async (tool) => {
      resolutions.set(tool, await resolveOne(tool, python, modules, options, env))
    }),
  )
  const result: Toolchain = { resolutions, modules }
  if (python !== undefined) result.python = python
  return result
}

/** The project's interpreter and which of the tools' modules (and coverage, pip) it has, in one call. */
export async function projectPython(
  tools: readonly Tool[],
  options: ToolchainOptions,
): Promise<{ python?: PythonInfo; modules: Record<string, string> }> {
  // A project gated only by JavaScript tools needs no interpreter: do not start one.
  const candidate = tools.some((tool) => tool.language === 'python') ? pythonCandidate(options) : undefined
  if (candidate === undefined) return { modules: {} }
  const pairs = [
    ...tools.flatMap((tool) =>
      [tool.python, tool.coverage?.python].flatMap((pkg) =>
        pkg ? [`${pkg.module}=${pkg.distribution}`] : [],
      ),
    ),
    ...EXTRA_MODULES,
  ]
  const parsed = await probePython(candidate.command, pairs, options.cwd, toolEnvironment(options.env))
  if ('error' in parsed) {
    if (candidate.explicit) {
      throw new InterpreterError(
        `'${options.python}' could not be run as a Python interpreter: ${parsed.error}`,
      )
    }
    return { modules: {} }
  }
  return { python: { executable: candidate.command, version: parsed.version }, modules: parsed.modules }
}

async function resolveOne(
  tool: Tool,
  python: PythonInfo | undefined,
  modules: Record<string, string>,
  options: ToolchainOptions,
  env: Record<string, string>,
): Promise<Resolution> {
  if (tool.ecosystem === 'node') {
    const local = resolveFromNodeModules(tool, options)
    if (local !== undefined) return local
  }
  if (tool.runsInProject && tool.python !== undefined && modules[tool.python.module] === undefined) {
    return {
      missing:
        python === undefined
          ? `${tool.id} runs in the project's Python interpreter, and none was found; set the python input`
          : `${tool.python.module} is not installed in the project's interpreter ${python.executable} (No module named '${tool.python.module}')`,
    }
  }
  if (python !== undefined && tool.python !== undefined && modules[tool.python.module] !== undefined) {
    return {
      launcher: pythonModuleArgv(python.executable, tool.python.module, {
        projectOnPath: tool.kind === 'test',
      }),
      version: modules[tool.python.module],
      source: `python -m ${tool.python.module} (${python.executable})`,
    }
  }
  const onPath = which(tool.executable, options.env)
  if (onPath !== undefined && tool.ecosystem === 'node' && /\.(cmd|bat)$/i.test(onPath)) {
    // A global npm install on Windows: the shim's package sits in node_modules beside it.
    const global = tool.npmPackage
      ? packageBin(path.join(path.dirname(onPath), 'node_modules'), tool.npmPackage, tool.executable)
      : undefined
    if (global === undefined)
      return { missing: `${tool.id} was found only as a shim (${onPath}) without its package` }
    return {
      launcher: nodeLauncher(global.script, options.env),
      source: `${onPath} on PATH`,
      ...(global.version !== undefined ? { version: global.version } : {}),
    }
  }
  if (onPath !== undefined) return withVersion([onPath], `${onPath} on PATH`, options, env)
  const places = [
    ...(tool.ecosystem === 'node' ? ['node_modules/.bin'] : []),
    ...(tool.python !== undefined && python !== undefined ? [`the interpreter ${python.executable}`] : []),
    'PATH',
  ]
  return { missing: `${tool.id} is not installed: not found in ${places.join(', ')}` }
}

async function withVersion(
  launcher: string[],
  source: string,
  options: ToolchainOptions,
  env: Record<string, string>,
): Promise<ResolvedTool> {
  const run = await runProcess([...launcher, '--version'], { cwd: options.cwd, env, timeoutMs: 60_000 })
  const version = /(\d+\.\d+(?:\.\d+)?(?:[a-z]+\d*)?)/.exec(`${run.stdout}\n${run.stderr}`)?.[1]
  return version === undefined ? { launcher, source } : { launcher, version, source }
}

/** Runs the probe script in an interpreter: its version and the versions of the given module=dist pairs. */
export async function probePython(
  python: string,
  pairs: readonly string[],
  cwd: string,
  env: Record<string, string>,
): Promise<{ version: string; modules: Record<string, string> } | { error: string }> {
  const run = await runProcess([python, '-c', PROBE, ...new Set(pairs)], { cwd, env, timeoutMs: 60_000 })
  const parsed = run.exitCode === 0 ? parseProbe(run.stdout) : undefined
  if (parsed !== undefined) return parsed
  return { error: run.spawnError ?? (run.stderr.trim().split('\n').at(-1) || `exit code ${run.exitCode}`) }
}

function parseProbe(stdout: string): { version: string; modules: Record<string, string> } | undefined {
  try {
    const data = JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as {
      version?: unknown
      modules?: unknown
    }
    if (typeof data.version !== 'string' || typeof data.modules !== 'object' || data.modules === null)
      return undefined
    return { version: data.version, modules: data.modules as Record<string, string> }
  } catch {
    return undefined
  }
}

/** A node tool from the project's own node_modules (nearest first), with the version its package.json states. */
export function resolveFromNodeModules(tool: Tool, options: ToolchainOptions): ResolvedTool | undefined {
  if (!tool.npmPackage) return undefined
  const found = findPackageBin(tool.npmPackage, tool.executable, options.cwd, options.workspace)
  if (found === undefined) return undefined
  const resolved: ResolvedTool = {
    launcher: nodeLauncher(found.script, options.env),
    source: path.relative(options.workspace, found.script) || found.script,
  }
  if (found.version !== undefined) resolved.version = found.version
  return resolved
}

/** What to tell a user whose node_modules lacks a tool that must come from it. */
export function notInNodeModules(tool: Tool, options: Pick<ToolchainOptions, 'cwd'>): string {
  const has = (file: string): boolean => existsSync(path.join(options.cwd, file))
  const install = has('pnpm-lock.yaml')
    ? 'pnpm install'
    : has('yarn.lock')
      ? 'yarn install'
      : has('bun.lockb') || has('bun.lock')
        ? 'bun install'
        : 'npm ci'
  const where = existsSync(path.join(options.cwd, 'node_modules'))
    ? `is not in node_modules`
    : 'needs node_modules, which is missing'
  return `${tool.id} runs from the project's own node_modules (it needs the project's config and plugins) and ${where}: run \`${install}\` before the gate`
}
