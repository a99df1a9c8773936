// `tool-source: pinned`: install exact versions, each tool in its own unit, and reuse them. A Python linter
// gets its own venv with the plugins and stubs its pre-commit hook installs (as pre-commit does); pytest
// and coverage.py, which must run inside the project's interpreter, each get a `pip install --target`
// overlay put on PYTHONPATH when the project lacks them; a node tool gets its own npm prefix. Units install
// at once and stand alone: one that fails leaves the others working and says why in one line. Each unit is
// built aside and renamed into place, so two gates at once never see a half-built one, and it is verified
// before use, so a damaged one is rebuilt. On Actions the whole set is one cache entry, saved once per set.
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pythonModuleArgv } from '../python-launch.js'
import { runProcess, toolEnvironment } from '../exec.js'
import { tail } from '../text.js'
import type { Tool } from '../tools/tool.js'
import type { Report, ToolchainUnit } from '../types.js'
import type { CacheStore } from './cache.js'
import {
  notInNodeModules,
  probePython,
  projectPython,
  resolveFromNodeModules,
  type Resolution,
  type Toolchain,
  type ToolchainOptions,
} from './installed.js'
import { installerCause } from './installer-output.js'
import {
  fastFailureSettings,
  installCommands,
  pipDrivesOthers,
  pipSettingsForUv,
  UNIT_LAYOUT,
  unitPython,
  type PythonInstaller,
  type UnitKind,
} from './installers.js'
import { nodeLauncher, packageBin } from './node-launch.js'
import type { PinKey, ResolvedPin } from './pins.js'
import { which } from './which.js'

export type UnitState = ToolchainUnit['state']

export interface InstallReport {
  /** The key of the whole set: the Actions cache entry. */
  key: string
  /** hit: every unit was whole locally; restored: from the Actions cache; miss: something was installed (or failed); off: cache: false. */
  cache: 'hit' | 'restored' | 'miss' | 'off'
  durationMs: number
  /** The installer commands that ran (none on a hit). */
  installerCalls: string[][]
  /** The directory holding the units. */
  location: string
  installer: string
  units: ToolchainUnit[]
  /** What the failed installs printed, once (bounded): the reasons carry one line each. */
  log?: string
}

export interface PinnedOptions extends ToolchainOptions {
  /** false: build a throwaway toolchain, no reuse. */
  cache: boolean
  /** The Actions cache, when available. */
  store?: CacheStore
  /** Where toolchains live (the local cache directory). */
  root: string
}

interface Unit {
  kind: UnitKind
  pin: ResolvedPin
  /** The Python module whose version proves a venv whole. */
  module?: string
  /** What the installer is asked for: the pin, then its extras. */
  requirements: string[]
  key: string
  dir: string
}

const INSTALL_TIMEOUT_MS = 20 * 60_000
const CONCURRENT_INSTALLS = 4
const LOG_LINES_PER_UNIT = 40
const LOG_MAX_CHARS = 12_000

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

  const uv = which('uv', options.env)
  // Python units are made from the project's interpreter: without one there is nothing to install into.
  const installer: PythonInstaller | undefined =
    python === undefined
      ? undefined
      : uv
        ? { name: 'uv', uv, python: python.executable }
        : { name: 'pip', python: python.executable, drives: pipDrivesOthers(modules.pip) }
  const root = options.cache
    ? path.join(options.root, 'toolchains')
    : path.join(tmpdir(), `quality-gate-toolchain-${randomBytes(6).toString('hex')}`)

  // Which unit serves each tool; node tools in the project's node_modules run from there instead.
  const units: Unit[] = []
  const unitOf = new Map<Tool, Unit>()
  const fromProject = new Map<Tool, Resolution>()
  const addUnit = (kind: UnitKind, pin: ResolvedPin | undefined, module?: string): Unit | undefined => {
    if (pin === undefined) return undefined
    const existing = units.find((unit) => unit.kind === kind && unit.pin.package === pin.package)
    if (existing) return existing
    const requirements =
      pin.registry === 'npm'
        ? [`${pin.package}@${pin.version}`]
        : [`${pin.package}==${pin.version}`, ...pin.extras]
    const key = unitKey(kind, pin.package, requirements, uv ? 'uv' : 'pip', python?.version)
    const unit: Unit = { kind, pin, requirements, key, dir: path.join(root, key) }
    if (module !== undefined) unit.module = module
    units.push(unit)
    return unit
  }
  for (const tool of tools) {
    if (tool.ecosystem === 'node') {
      // Formatters like prettier come from the project only when its package.json declares them.
      const local =
        tool.runsInProject || declares(options.cwd, tool.npmPackage)
          ? resolveFromNodeModules(tool, options)
          : undefined
      if (local) fromProject.set(tool, local)
      else if (tool.runsInProject) fromProject.set(tool, { missing: notInNodeModules(tool, options) })
      else setIf(unitOf, tool, addUnit('node', pinOf(tool.id)))
    } else if (tool.runsInProject) {
      if (tool.python && modules[tool.python.module] === undefined)
        setIf(unitOf, tool, addUnit('overlay', pinOf(tool.id)))
    } else setIf(unitOf, tool, addUnit('venv', pinOf(tool.id), tool.python?.module))
  }
  const companions = measured.flatMap((tool) => (tool.coverage ? [tool.coverage] : []))
  const companionUnits = new Map<string, Unit>()
  for (const companion of companions) {
    if (modules[companion.python.module] !== undefined) continue
    const unit = addUnit('overlay', pinOf(companion.name))
    if (unit) companionUnits.set(companion.python.module, unit)
  }

  const key = setKey(units)
  const report: InstallReport = {
    key,
    cache: options.cache ? 'hit' : 'off',
    durationMs: 0,
    installerCalls: [],
    location: root,
    installer: uv ? 'uv' : 'pip',
    units: [],
  }
  const states = new Map<Unit, { state: UnitState; cause?: string; log?: string }>()
  const whole = async (unit: Unit): Promise<boolean> => verify(unit, options.cwd, env)
  // Every unit is checked at once: one interpreter start each, in parallel.
  const wholeNow = options.cache ? await Promise.all(units.map(whole)) : units.map(() => false)
  let pending = units.filter((unit, index) => {
    if (wholeNow[index]) states.set(unit, { state: 'cached' })
    return !wholeNow[index]
  })
  let restoredKey: string | undefined
  if (pending.length > 0 && options.cache && options.store) {
    restoredKey = await options.store.restore(
      units.map((unit) => unit.dir),
      key,
    )
    if (restoredKey !== undefined) {
      const restored = await Promise.all(pending.map(whole))
      pending = pending.filter((unit, index) => {
        if (restored[index]) states.set(unit, { state: 'restored' })
        return !restored[index]
      })
    }
  }
  // The installer's version is for the report: asked only when it installs something.
  if (uv && pending.length > 0)
    report.installer = `uv ${await versionOf([uv, '--version'], options.cwd, env)}`
  const settings = {
    ...fastFailureSettings(options.env),
    ...(uv ? pipSettingsForUv(options.env) : {}),
  }
  await eachConcurrently(pending, CONCURRENT_INSTALLS, async (unit) => {
    const needsPython = unit.kind !== 'node'
    if (needsPython && installer === undefined) {
      states.set(unit, {
        state: 'failed',
        cause: 'no Python interpreter to install into was found (set the python input)',
      })
      return
    }
    const outcome = await buildAside(unit, whole, (dir) =>
      runInstall(installCommands(unit.kind, dir, unit.requirements, installer, options.env), {
        cwd: dir,
        env: { ...env, ...settings },
        calls: report.installerCalls,
      }),
    )
    states.set(unit, outcome === undefined ? { state: 'installed' } : { state: 'failed', ...outcome })
  })
  const built = pending.length > 0
  if (options.cache && options.store && built && restoredKey === undefined) {
    const failed = units.some((unit) => states.get(unit)?.state === 'failed')
    if (!failed)
      await options.store.save(
        units.map((unit) => unit.dir),
        key,
      )
  }
  if (options.cache) {
    report.cache = built
      ? 'miss'
      : units.some((unit) => states.get(unit)?.state === 'restored')
        ? 'restored'
        : 'hit'
  }
  report.units = units.map((unit) => {
    const { state, cause } = states.get(unit) ?? { state: 'failed' as const }
    const shown: ToolchainUnit = {
      package: unit.pin.package,
      version: unit.pin.version,
      extras: unit.pin.extras,
      kind: unit.kind,
      state,
      location: unit.dir,
    }
    if (cause !== undefined) shown.cause = cause
    return shown
  })
  const log = failureLog(units, states)
  if (log !== undefined) report.log = log
  report.durationMs = Math.round(performance.now() - started)

  // How each tool starts, from its unit's state.
  const usable = (unit: Unit | undefined): boolean =>
    unit !== undefined && states.get(unit)?.state !== 'failed'
  const failure = (unit: Unit): string => {
    const { pin } = unit
    const what = pin.registry === 'npm' ? `${pin.package}@${pin.version}` : `${pin.package}==${pin.version}`
    const beside = pin.extras.length > 0 ? ` (with ${pin.extras.join(', ')})` : ''
    return `${what}${beside} could not be installed: ${states.get(unit)?.cause ?? 'unknown cause'}`
  }
  const overlaySites = units
    .filter((unit) => unit.kind === 'overlay' && usable(unit))
    .map((unit) => path.join(unit.dir, UNIT_LAYOUT.overlay))
  const versions: Record<string, string> = { ...modules }
  const missingModules: Record<string, string> = {}
  for (const [module, unit] of companionUnits) {
    if (usable(unit)) versions[module] = unit.pin.version
    else missingModules[module] = failure(unit)
  }
  const resolutions = new Map<Tool, Resolution>()
  for (const tool of tools) {
    const local = fromProject.get(tool)
    if (local !== undefined) {
      resolutions.set(tool, local)
      continue
    }
    const unit = unitOf.get(tool)
    if (unit !== undefined && !usable(unit)) {
      resolutions.set(tool, { missing: failure(unit) })
      continue
    }
    resolutions.set(tool, resolveTool(tool, unit, { python, versions, overlaySites, options }))
  }
  const result: Toolchain & { install: InstallReport } = { resolutions, modules: versions, install: report }
  if (Object.keys(missingModules).length > 0) result.missingModules = missingModules
  if (python !== undefined) result.python = python
  return result
}

function resolveTool(
  tool: Tool,
  unit: Unit | undefined,
  context: {
    python: Toolchain['python']
    versions: Record<string, string>
    overlaySites: string[]
    options: PinnedOptions
  },
): Resolution {
  const { python, versions, overlaySites, options } = context
  const pin = unit?.pin
  if (tool.runsInProject && tool.python) {
    if (python === undefined) {
      return {
        missing: `${tool.id} runs in the project's Python interpreter, and none was found; set the python input`,
      }
    }
    const viaOverlay = overlaySites.length > 0
    const resolved: Resolution = {
      launcher: pythonModuleArgv(python.executable, tool.python.module, {
        projectOnPath: tool.kind === 'test',
      }),
      version: versions[tool.python.module] ?? pin?.version ?? '?',
      source: viaOverlay
        ? `project interpreter + pinned overlay (${overlaySites.join(path.delimiter)})`
        : `project interpreter ${python.executable}`,
    }
    if (viaOverlay) {
      resolved.env = {
        PYTHONPATH: [...overlaySites, options.env.PYTHONPATH].filter(Boolean).join(path.delimiter),
      }
    }
    return resolved
  }
  if (unit === undefined || pin === undefined) return { missing: `${tool.id} has no pinned version` }
  const from = `${pin.source}${pin.extras.length > 0 ? `; with ${pin.extras.join(', ')} from ${pin.extrasSource ?? 'the project'}` : ''}`
  if (tool.ecosystem === 'node') {
    const bin = packageBin(
      path.join(unit.dir, UNIT_LAYOUT.node, 'node_modules'),
      pin.package,
      tool.executable,
    )
    return bin
      ? {
          launcher: nodeLauncher(bin.script, options.env),
          version: bin.version ?? pin.version,
          source: `pinned ${pin.package}@${pin.version} (${from})`,
        }
      : { missing: `${tool.id}: the pinned ${pin.package} has no '${tool.executable}' command` }
  }
  if (!tool.python) return { missing: `${tool.id} cannot be installed from a Python package` }
  return {
    launcher: pythonModuleArgv(unitPython(unit.dir), tool.python.module),
    version: pin.version,
    source: `pinned ${pin.package}==${pin.version} (${from})`,
  }
}

function setIf<K, V>(map: Map<K, V>, key: K, value: V | undefined): void {
  if (value !== undefined) map.set(key, value)
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

const hash = (value: unknown, length: number): string =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, length)

/** `<package>-<version>-<hash of what it holds and how it was installed>`: a directory name. */
export function unitKey(
  kind: UnitKind,
  name: string,
  requirements: readonly string[],
  installer: 'uv' | 'pip',
  pythonVersion: string | undefined,
): string {
  const runtime =
    kind === 'node' ? `node${process.versions.node.split('.')[0]}` : `py${pythonVersion ?? 'none'}`
  const digest = hash(
    { kind, requirements, installer, runtime, os: process.platform, arch: process.arch },
    16,
  )
  return `${name.replace(/[^A-Za-z0-9._-]+/g, '_')}-${kind}-${digest}`
}

/** quality-gate-toolchain-<os>-<arch>-<hash of the units>: one Actions cache entry per pin set. */
function setKey(units: readonly Unit[]): string {
  const keys = units.map((unit) => unit.key).sort()
  return `quality-gate-toolchain-${process.platform}-${process.arch}-${hash(keys, 20)}`
}

/** A unit is usable when its manifest is complete and its pinned version is really there. */
async function verify(unit: Unit, cwd: string, env: Record<string, string>): Promise<boolean> {
  try {
    const manifest = JSON.parse(readFileSync(path.join(unit.dir, 'manifest.json'), 'utf8')) as {
      key?: string
      complete?: boolean
    }
    if (manifest.key !== unit.key || manifest.complete !== true) return false
  } catch {
    return false
  }
  const { pin } = unit
  if (unit.kind === 'venv') {
    const module = unit.module ?? pin.package
    const probe = await probePython(unitPython(unit.dir), [`${module}=${pin.package}`], cwd, env)
    return !('error' in probe) && probe.modules[module] === pin.version
  }
  if (unit.kind === 'overlay') {
    const site = path.join(unit.dir, UNIT_LAYOUT.overlay)
    const wanted = `${pin.package.replace(/-/g, '_')}-${pin.version}.dist-info`.toLowerCase()
    return existsSync(site) && readdirSync(site).some((entry) => entry.toLowerCase() === wanted)
  }
  try {
    const manifest = JSON.parse(
      readFileSync(
        path.join(unit.dir, UNIT_LAYOUT.node, 'node_modules', ...pin.package.split('/'), 'package.json'),
        'utf8',
      ),
    ) as { version?: string }
    return manifest.version === pin.version
  } catch {
    return false
  }
}

interface InstallFailure {
  cause: string
  log: string
}

/** Runs a unit's installer commands in order; the first that fails stops it, with its cause. */
async function runInstall(
  commands: string[][],
  // The unit's own directory as cwd: a project's .npmrc or pip.conf beside its code is not read.
  context: { cwd: string; env: Record<string, string>; calls: string[][] },
): Promise<InstallFailure | undefined> {
  for (const argv of commands) {
    context.calls.push(argv)
    const run = await runProcess(argv, {
      cwd: context.cwd,
      env: context.env,
      timeoutMs: INSTALL_TIMEOUT_MS,
    })
    if (run.exitCode === 0) continue
    const output = [run.stdout, run.stderr].filter(Boolean).join('\n')
    const step = installerStep(argv)
    const cause =
      run.spawnError ??
      (run.timedOut
        ? `${step} did not finish within ${INSTALL_TIMEOUT_MS / 60_000} minutes`
        : `${step}: ${installerCause(output)}`)
    return { cause, log: `$ ${argv.join(' ')}\n${tail(output, LOG_LINES_PER_UNIT)}` }
  }
  return undefined
}

/** Builds a unit in a sibling directory, then renames it into place; a whole one a concurrent run made is kept. */
async function buildAside(
  unit: Unit,
  whole: (unit: Unit) => Promise<boolean>,
  install: (dir: string) => Promise<InstallFailure | undefined>,
): Promise<InstallFailure | undefined> {
  const staging = path.join(
    path.dirname(unit.dir),
    `.build-${path.basename(unit.dir)}-${process.pid}-${randomBytes(4).toString('hex')}`,
  )
  await mkdir(staging, { recursive: true })
  const failed = await install(staging)
  if (failed !== undefined) {
    await rm(staging, { recursive: true, force: true })
    return failed
  }
  await writeFile(
    path.join(staging, 'manifest.json'),
    `${JSON.stringify({ key: unit.key, requirements: unit.requirements, complete: true }, null, 2)}\n`,
  )
  if (existsSync(unit.dir)) {
    if (await whole(unit)) {
      await rm(staging, { recursive: true, force: true })
      return undefined
    }
    await rm(unit.dir, { recursive: true, force: true })
  }
  try {
    await rename(staging, unit.dir)
  } catch (error) {
    await rm(staging, { recursive: true, force: true })
    if (!existsSync(path.join(unit.dir, 'manifest.json'))) throw error
  }
  return undefined
}

/** The failed installs' output, each under its command, bounded as a whole. */
function failureLog(
  units: readonly Unit[],
  states: ReadonlyMap<Unit, { state: UnitState; log?: string }>,
): string | undefined {
  const parts = units.flatMap((unit) => {
    const log = states.get(unit)?.log
    return log ? [log] : []
  })
  if (parts.length === 0) return undefined
  const text = parts.join('\n\n')
  return text.length > LOG_MAX_CHARS ? `…\n${text.slice(-LOG_MAX_CHARS)}` : text
}

/** "pip install", "uv venv", "npm install", "python -m venv": what an installer command was doing. */
function installerStep(argv: readonly string[]): string {
  const words = argv.map((word) => path.basename(word))
  const module = words.indexOf('-m')
  if (module !== -1) {
    const rest = words.slice(module + 1)
    if (rest[0] === 'venv') return 'python -m venv'
    return `${rest[0]} ${rest.find((word) => word === 'install') ?? rest[1] ?? ''}`.trim()
  }
  return words.slice(0, words[1] === 'pip' ? 3 : 2).join(' ')
}

async function eachConcurrently<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T
      await work(item)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}

async function versionOf(argv: string[], cwd: string, env: Record<string, string>): Promise<string> {
  const run = await runProcess(argv, { cwd, env, timeoutMs: 30_000 })
  return /(\d+\.\d+(?:\.\d+)?)/.exec(run.stdout)?.[1] ?? 'unknown'
}

/** The install as the report holds it: the installer commands counted, not listed. */
export function installSummary(install: InstallReport): NonNullable<Report['toolchain']> {
  const { installerCalls, ...rest } = install
  return { ...rest, installerCalls: installerCalls.length }
}
