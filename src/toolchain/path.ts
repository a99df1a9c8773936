// `tool-source: path`: use the tools that are already installed. Python tools are preferred as modules of
// the project's interpreter (`python -m mypy`), then executables on PATH; node tools come from the
// project's node_modules/.bin, then PATH. One interpreter call probes every Python tool at once.
import { accessSync, constants, existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { runTool, toolEnvironment } from '../exec.js'
import type { Tool } from '../tools/tool.js'

export interface ResolvedTool {
  launcher: string[]
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

const PROBE = `
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

export interface PathToolchain {
  python?: PythonInfo
  resolutions: Map<Tool, Resolution>
  /** Versions of the Python modules found in the project's interpreter, by module name. */
  modules: Readonly<Record<string, string>>
}

/** Modules probed besides the tools' own: coverage.py measures the test run. */
const EXTRA_MODULES = ['coverage=coverage']

export interface PathToolchainOptions {
  cwd: string
  workspace: string
  /** The `python` input, if set. */
  python?: string
  env: Record<string, string | undefined>
}

/** The interpreter to use: the `python` input, else .venv in the working directory, else python3 on PATH. */
export function pythonCandidate(
  options: PathToolchainOptions,
): { command: string; explicit: boolean } | undefined {
  if (options.python !== undefined) {
    const given = options.python
    const command =
      given.includes('/') || given.includes('\\')
        ? path.resolve(options.cwd, given)
        : which(given, options.env)
    return { command: command ?? given, explicit: true }
  }
  const venv = path.join(options.cwd, '.venv', isWindows ? 'Scripts/python.exe' : 'bin/python')
  if (existsSync(venv)) return { command: venv, explicit: false }
  const onPath = which(isWindows ? 'python' : 'python3', options.env)
  return onPath === undefined ? undefined : { command: onPath, explicit: false }
}

export async function resolvePathTools(
  tools: readonly Tool[],
  options: PathToolchainOptions,
): Promise<PathToolchain> {
  const env = toolEnvironment(options.env)
  const candidate = pythonCandidate(options)
  const pythonTools = tools.filter((tool) => tool.python !== undefined)
  let python: PythonInfo | undefined
  let modules: Record<string, string> = {}
  if (candidate !== undefined) {
    const pairs = [
      ...pythonTools.map((tool) => `${tool.python?.module}=${tool.python?.distribution}`),
      ...EXTRA_MODULES,
    ]
    const run = await runTool([candidate.command, '-c', PROBE, ...new Set(pairs)], {
      cwd: options.cwd,
      env,
      timeoutMs: 60_000,
    })
    const parsed = run.exitCode === 0 ? parseProbe(run.stdout) : undefined
    if (parsed === undefined) {
      if (candidate.explicit) {
        const why = run.spawnError ?? (run.stderr.trim().split('\n').at(-1) || `exit code ${run.exitCode}`)
        throw new InterpreterError(`'${options.python}' could not be run as a Python interpreter: ${why}`)
      }
    } else {
      python = { executable: candidate.command, version: parsed.version }
      modules = parsed.modules
    }
  }

  const resolutions = new Map<Tool, Resolution>()
  await Promise.all(
    tools.map(async (tool) => {
      resolutions.set(tool, await resolveOne(tool, python, modules, options, env))
    }),
  )
  const result: PathToolchain = { resolutions, modules }
  if (python !== undefined) result.python = python
  return result
}

async function resolveOne(
  tool: Tool,
  python: PythonInfo | undefined,
  modules: Record<string, string>,
  options: PathToolchainOptions,
  env: Record<string, string>,
): Promise<Resolution> {
  if (tool.ecosystem === 'node') {
    const local = findInNodeModules(tool.executable, options.cwd, options.workspace)
    if (local !== undefined)
      return withVersion([local], `${path.relative(options.workspace, local)}`, options, env)
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
      launcher: [python.executable, '-m', tool.python.module],
      version: modules[tool.python.module],
      source: `python -m ${tool.python.module} (${python.executable})`,
    }
  }
  const onPath = which(tool.executable, options.env)
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
  options: PathToolchainOptions,
  env: Record<string, string>,
): Promise<ResolvedTool> {
  const run = await runTool([...launcher, '--version'], { cwd: options.cwd, env, timeoutMs: 60_000 })
  const version = /(\d+\.\d+(?:\.\d+)?(?:[a-z]+\d*)?)/.exec(`${run.stdout}\n${run.stderr}`)?.[1]
  return version === undefined ? { launcher, source } : { launcher, version, source }
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

function findInNodeModules(executable: string, from: string, workspace: string): string | undefined {
  let dir = from
  for (;;) {
    const candidate = path.join(dir, 'node_modules', '.bin', isWindows ? `${executable}.cmd` : executable)
    if (existsSync(candidate)) return candidate
    if (dir === workspace || path.dirname(dir) === dir) return undefined
    dir = path.dirname(dir)
  }
}

/** Looks a command up on PATH, as a shell would. */
export function which(command: string, env: Record<string, string | undefined>): string | undefined {
  const extensions = isWindows ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : ['']
  for (const dir of (env.PATH ?? env.Path ?? '').split(path.delimiter)) {
    if (dir === '') continue
    for (const extension of extensions) {
      const candidate = path.join(dir, command + extension)
      try {
        if (!statSync(candidate).isFile()) continue
        accessSync(candidate, constants.X_OK)
        return candidate
      } catch {
        // Not here.
      }
    }
  }
  return undefined
}
