// `tool-source: pinned`: install exact versions into a toolchain directory keyed by what it holds, and
// reuse it. Python linters go into one isolated venv; pytest and coverage.py, which must run inside the
// project's interpreter, go into a `pip install --target` overlay put on PYTHONPATH when the project lacks
// them; node tools go into an npm prefix. A toolchain is built aside and renamed into place, so two gates at
// once never see a half-built one, and it is verified before use, so a damaged one is rebuilt.
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pythonModuleArgv, venvInterpreter } from '../python-launch.js'
import { runProcess, toolEnvironment } from '../exec.js'
import { tail } from '../text.js'
import type { Tool } from '../tools/tool.js'
import type { CacheStore } from './cache.js'
import {
  notInNodeModules,
  probePython,
  projectPython,
  resolveFromNodeModules,
  type Toolchain,
  type ToolchainOptions,
  type Resolution,
} from './installed.js'
import { nodeLauncher, npmLauncher, packageBin } from './node-launch.js'
import type { PinKey, ResolvedPin } from './pins.js'
import { which } from './which.js'

export interface InstallReport {
  key: string
  /** hit: the local toolchain was whole; restored: from the Actions cache; miss: installed now; off: cache: false. */
  cache: 'hit' | 'restored' | 'miss' | 'off'
  durationMs: number
  /** The installer commands that ran (none on a hit). */
  installerCalls: string[][]
  location: string
  installer: string
}

export interface PinnedOptions extends ToolchainOptions {
  /** false: build a throwaway toolchain, no reuse. */
  cache: boolean
  /** The Actions cache, when available. */
  store?: CacheStore
  /** Where toolchains live (the local cache directory). */
  root: string
}

interface Component {
  pins: ResolvedPin[]
}

interface Layout {
  venv: Component
  overlay: Component
  node: Component
}

const venvPython = (dir: string): string => venvInterpreter(path.join(dir, 'python'))

export async function resolvePinnedTools(
  tools: readonly Tool[],
  pins: readonly ResolvedPin[],
  /** Test tools whose coverage companion (coverage.py) measures their run: it goes beside them. */
  measured: readonly Tool[],
  options: PinnedOptions,
): Promise<Toolchain & { install: InstallReport }> {
  const started = performance.now()
  const env = toolEnvironment(options.env)
  const { python, modules } = await projectPython(tools, options)
  const pinOf = (key: PinKey): ResolvedPin | undefined => pins.find((pin) => pin.key === key)

  const layout: Layout = { venv: { pins: [] }, overlay: { pins: [] }, node: { pins: [] } }
  const addOnce = (component: Component, pin: ResolvedPin | undefined): void => {
    if (pin && !component.pins.some((other) => other.package === pin.package)) component.pins.push(pin)
  }
  // Node tools the project has in its node_modules run from there (its own version, its own plugins).
  const fromProject = new Map<Tool, Resolution>()
  for (const tool of tools) {
    if (tool.ecosystem === 'node') {
      // Formatters like prettier come from the project only when its package.json declares them.
      const local =
        tool.runsInProject || declares(options.cwd, tool.npmPackage)
          ? resolveFromNodeModules(tool, options)
          : undefined
      if (local) fromProject.set(tool, local)
      else if (tool.runsInProject) fromProject.set(tool, { missing: notInNodeModules(tool, options) })
      else addOnce(layout.node, pinOf(tool.id))
    } else if (tool.runsInProject) {
      if (tool.python && modules[tool.python.module] === undefined) addOnce(layout.overlay, pinOf(tool.id))
    } else addOnce(layout.venv, pinOf(tool.id))
  }
  for (const companion of measured.flatMap((tool) => (tool.coverage ? [tool.coverage] : []))) {
    if (modules[companion.python.module] === undefined) addOnce(layout.overlay, pinOf(companion.name))
  }

  const uv = which('uv', options.env)
  const installer = uv ? `uv ${await versionOf([uv, '--version'], options.cwd, env)}` : 'pip'
  const needsPython = layout.venv.pins.length + layout.overlay.pins.length > 0
  const key = toolchainKey(layout, installer, python?.version)
  const report: InstallReport = {
    key,
    cache: 'hit',
    durationMs: 0,
    installerCalls: [],
    location: '',
    installer,
  }

  let dir = path.join(options.root, 'toolchains', key)
  const job: Build = { layout, python: python?.executable, uv, report, options, env }
  let problem: string | undefined
  if (needsPython && python === undefined) {
    problem =
      'pinned Python tools need a Python interpreter to install into; none was found (set the python input)'
  } else if (!options.cache) {
    report.cache = 'off'
    dir = path.join(tmpdir(), `quality-gate-toolchain-${randomBytes(6).toString('hex')}`)
    problem = await build(dir, job)
  } else if (!(await verify(dir, layout, key, tools, options, env))) {
    const restored = options.store ? await options.store.restore([dir], key) : undefined
    if (restored !== undefined && (await verify(dir, layout, key, tools, options, env))) {
      report.cache = 'restored'
    } else {
      report.cache = 'miss'
      const whole = (): Promise<boolean> => verify(dir, layout, key, tools, options, env)
      problem = await buildAside(dir, job, whole)
      if (problem === undefined && (await verify(dir, layout, key, tools, options, env)) && options.store) {
        await options.store.save([dir], key)
      }
    }
  }
  report.location = dir
  report.durationMs = Math.round(performance.now() - started)

  const resolutions = new Map<Tool, Resolution>()
  const overlay = path.join(dir, 'overlay')
  const versions: Record<string, string> = { ...modules }
  for (const pin of layout.overlay.pins)
    versions[pin.key === 'coverage' ? 'coverage' : pin.package] = pin.version
  for (const tool of tools) {
    const local = fromProject.get(tool)
    if (local !== undefined) {
      resolutions.set(tool, local)
      continue
    }
    const pin = pinOf(tool.id)
    const inLayout = [layout.venv, layout.overlay, layout.node].some((part) =>
      part.pins.some((item) => item === pin),
    )
    if (problem !== undefined && inLayout) {
      resolutions.set(tool, {
        missing: `${tool.id}${pin ? `==${pin.version}` : ''} could not be installed: ${problem}`,
      })
      continue
    }
    if (tool.runsInProject && tool.python) {
      const viaOverlay = layout.overlay.pins.length > 0
      const resolved: Resolution = python
        ? {
            launcher: pythonModuleArgv(python.executable, tool.python.module, {
              projectOnPath: tool.kind === 'test',
            }),
            version: versions[tool.python.module] ?? pin?.version ?? '?',
            source: viaOverlay
              ? `project interpreter + pinned overlay (${overlay})`
              : `project interpreter ${python.executable}`,
          }
        : {
            missing: `${tool.id} runs in the project's Python interpreter, and none was found; set the python input`,
          }
      if ('launcher' in resolved && viaOverlay) {
        resolved.env = { PYTHONPATH: [overlay, options.env.PYTHONPATH].filter(Boolean).join(path.delimiter) }
      }
      resolutions.set(tool, resolved)
    } else if (tool.ecosystem === 'node') {
      const bin = pin
        ? packageBin(path.join(dir, 'node', 'node_modules'), pin.package, tool.executable)
        : undefined
      resolutions.set(
        tool,
        bin
          ? {
              launcher: nodeLauncher(bin.script, options.env),
              version: bin.version ?? pin?.version ?? '?',
              source: `pinned ${pin?.package}@${pin?.version} (${pin?.source})`,
            }
          : {
              missing: `${tool.id}: the pinned ${pin?.package ?? 'package'} has no '${tool.executable}' command`,
            },
      )
    } else if (tool.python) {
      resolutions.set(tool, {
        launcher: pythonModuleArgv(venvPython(dir), tool.python.module),
        version: pin?.version ?? '?',
        source: `pinned ${pin?.package}==${pin?.version} (${pin?.source})`,
      })
    }
  }
  const result: Toolchain & { install: InstallReport } = {
    resolutions,
    modules: versions,
    install: report,
  }
  if (python !== undefined) result.python = python
  return result
}

/** Whether the project's package.json lists the package among its dependencies. */
function declares(cwd: string, npmPackage: string | undefined): boolean {
  if (npmPackage === undefined) return false
  try {
    const pkg = JSON.parse(readFileSync(path.join(cwd, 'package.json'), 'utf8')) as Record<
      string,
      Record<string, unknown> | undefined
    >
    return [pkg.dependencies, pkg.devDependencies].some((deps) => deps !== undefined && npmPackage in deps)
  } catch {
    return false
  }
}

/** quality-gate-<os>-<arch>-py<version>-<hash of the sorted pins and the installer>. */
export function toolchainKey(layout: Layout, installer: string, pythonVersion: string | undefined): string {
  const entries = (Object.entries(layout) as [keyof Layout, Component][])
    .flatMap(([where, part]) =>
      part.pins.map((pin) => `${where}:${pin.registry}:${pin.package}==${pin.version}`),
    )
    .sort()
  const node = layout.node.pins.length > 0 ? `node${process.versions.node.split('.')[0]}` : ''
  const hash = createHash('sha256')
    .update(JSON.stringify({ entries, installer, node }))
    .digest('hex')
    .slice(0, 20)
  return `quality-gate-${process.platform}-${process.arch}-py${pythonVersion ?? 'none'}-${hash}`
}

/** A toolchain is usable when its manifest is complete and every pinned version is really there. */
async function verify(
  dir: string,
  layout: Layout,
  key: string,
  tools: readonly Tool[],
  options: ToolchainOptions,
  env: Record<string, string>,
): Promise<boolean> {
  try {
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
      key?: string
      complete?: boolean
    }
    if (manifest.key !== key || manifest.complete !== true) return false
  } catch {
    return false
  }
  if (layout.venv.pins.length > 0) {
    const pairs = layout.venv.pins.map((pin) => {
      const tool = tools.find((item) => item.python?.distribution.toLowerCase() === pin.package.toLowerCase())
      return `${tool?.python?.module ?? pin.package}=${pin.package}`
    })
    const probe = await probePython(venvPython(dir), pairs, options.cwd, env)
    if ('error' in probe) return false
    for (const pin of layout.venv.pins) {
      const module = pairs.find((pair) => pair.endsWith(`=${pin.package}`))?.split('=')[0] ?? pin.package
      if (probe.modules[module] !== pin.version) return false
    }
  }
  for (const pin of layout.overlay.pins) {
    const wanted = `${pin.package.replace(/-/g, '_')}-${pin.version}.dist-info`.toLowerCase()
    const present = existsSync(path.join(dir, 'overlay')) ? readdirSync(path.join(dir, 'overlay')) : []
    if (!present.some((entry) => entry.toLowerCase() === wanted)) return false
  }
  for (const pin of layout.node.pins) {
    try {
      const pkg = JSON.parse(
        readFileSync(path.join(dir, 'node', 'node_modules', pin.package, 'package.json'), 'utf8'),
      ) as {
        version?: string
      }
      if (pkg.version !== pin.version) return false
    } catch {
      return false
    }
  }
  return true
}

/** What building a toolchain needs, whichever directory it is built in. */
interface Build {
  layout: Layout
  python: string | undefined
  uv: string | undefined
  report: InstallReport
  options: PinnedOptions
  env: Record<string, string>
}

/** Builds in a sibling directory, then renames it into place; if another run got there first, uses theirs. */
async function buildAside(
  dir: string,
  job: Build,
  whole: () => Promise<boolean>,
): Promise<string | undefined> {
  const staging = path.join(
    path.dirname(dir),
    `.build-${path.basename(dir)}-${process.pid}-${randomBytes(4).toString('hex')}`,
  )
  const problem = await build(staging, job)
  if (problem !== undefined) {
    await rm(staging, { recursive: true, force: true })
    return problem
  }
  // A whole toolchain that a concurrent run finished meanwhile is kept (it may be in use); a damaged one goes.
  if (existsSync(dir)) {
    if (await whole()) {
      await rm(staging, { recursive: true, force: true })
      return undefined
    }
    await rm(dir, { recursive: true, force: true })
  }
  try {
    await rename(staging, dir)
  } catch (error) {
    await rm(staging, { recursive: true, force: true })
    if (!existsSync(path.join(dir, 'manifest.json'))) throw error
  }
  return undefined
}

async function build(
  dir: string,
  { layout, python, uv, report, options, env }: Build,
): Promise<string | undefined> {
  await mkdir(dir, { recursive: true })
  const step = async (argv: string[], extraEnv: Record<string, string> = {}): Promise<string | undefined> => {
    report.installerCalls.push(argv)
    const run = await runProcess(argv, { cwd: dir, env: { ...env, ...extraEnv }, timeoutMs: 20 * 60_000 })
    if (run.exitCode === 0) return undefined
    const why = run.spawnError ?? (run.timedOut ? 'timed out' : tail(run.stderr || run.stdout, 6))
    return `${installerStep(argv)} failed: ${why}`
  }
  const specs = (part: Component): string[] => part.pins.map((pin) => `${pin.package}==${pin.version}`)
  const uvEnv = uv ? pipSettingsForUv(options.env) : {}
  const pythonDir = path.join(dir, 'python')
  const pipInstall = (...args: string[]): string[] => [
    venvPython(dir),
    '-m',
    'pip',
    'install',
    '--disable-pip-version-check',
    '--no-input',
    ...args,
  ]

  if (python !== undefined && layout.venv.pins.length + layout.overlay.pins.length > 0) {
    const made = uv
      ? await step([uv, 'venv', '--quiet', '--seed', '--python', python, pythonDir], uvEnv)
      : await step([python, '-m', 'venv', pythonDir])
    if (made) return made
    if (layout.venv.pins.length > 0) {
      const installed = uv
        ? await step([uv, 'pip', 'install', '--python', venvPython(dir), ...specs(layout.venv)], uvEnv)
        : await step(pipInstall(...specs(layout.venv)))
      if (installed) return installed
    }
    if (layout.overlay.pins.length > 0) {
      const target = path.join(dir, 'overlay')
      const installed = uv
        ? await step(
            [uv, 'pip', 'install', '--python', python, '--target', target, ...specs(layout.overlay)],
            uvEnv,
          )
        : await step(pipInstall('--target', target, ...specs(layout.overlay)))
      if (installed) return installed
    }
  }
  if (layout.node.pins.length > 0) {
    const installed = await step([
      ...npmLauncher(options.env),
      'install',
      '--prefix',
      path.join(dir, 'node'),
      '--no-audit',
      '--no-fund',
      '--no-package-lock',
      '--loglevel=error',
      ...layout.node.pins.map((pin) => `${pin.package}@${pin.version}`),
    ])
    if (installed) return installed
  }
  await writeFile(
    path.join(dir, 'manifest.json'),
    `${JSON.stringify({ key: report.key, installer: report.installer, layout, complete: true }, null, 2)}\n`,
  )
  return undefined
}

/** "pip install", "uv venv", "npm install", "python -m venv": what an installer command was doing. */
function installerStep(argv: readonly string[]): string {
  const words = argv.map((word) => path.basename(word))
  const module = words.indexOf('-m')
  if (module !== -1)
    return words
      .slice(module + 1, module + 3)
      .join(' ')
      .replace(/^venv .*/, 'python -m venv')
  return words.slice(0, words[1] === 'pip' ? 3 : 2).join(' ')
}

/** uv does not read pip's settings: carry private indexes and find-links over, unless uv's own are set. */
export function pipSettingsForUv(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const mapping: [string, string][] = [
    ['PIP_INDEX_URL', 'UV_INDEX_URL'],
    ['PIP_EXTRA_INDEX_URL', 'UV_EXTRA_INDEX_URL'],
    ['PIP_FIND_LINKS', 'UV_FIND_LINKS'],
    ['PIP_NO_INDEX', 'UV_NO_INDEX'],
  ]
  const carried: Record<string, string> = {}
  for (const [pip, uv] of mapping) {
    const value = env[pip]
    if (value !== undefined && env[uv] === undefined) carried[uv] = value
  }
  return carried
}

async function versionOf(argv: string[], cwd: string, env: Record<string, string>): Promise<string> {
  const run = await runProcess(argv, { cwd, env, timeoutMs: 30_000 })
  return /(\d+\.\d+(?:\.\d+)?)/.exec(run.stdout)?.[1] ?? 'unknown'
}
