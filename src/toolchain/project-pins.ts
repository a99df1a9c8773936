// The versions a project pins for its own quality tools, and the plugins and stubs its pre-commit hooks
// install beside them. Sources, in order of precedence: requirements/constraints files, pyproject dependency
// groups, Python lockfiles (uv, poetry, pdm), pre-commit hook revs (a tag, or a SHA with pre-commit's
// `# frozen: <tag>` comment) and local hooks' additional_dependencies, package.json devDependencies and the
// node lockfiles. Pure.
import { parse as parseToml } from 'smol-toml'
import { parse as parseYaml } from 'yaml'
import { asArray, asRecord, type ProjectScan } from '../project.js'
import { TOOL_IDS, TOOLS } from '../tools/index.js'
import type { ProjectPin } from './pins.js'

/** What the project pins, and what its pre-commit hooks install with each tool. */
export interface ProjectPins {
  pins: ProjectPin[]
  /** Package (normalized) → the requirements its hook installs beside it, as the config writes them. */
  extras: ReadonlyMap<string, HookExtras>
  /** Revs that pin nothing the gate can read (a bare commit SHA): said, never fatal. */
  warnings: string[]
}

export interface HookExtras {
  requirements: string[]
  /** ".pre-commit-config.yaml (mypy hook additional_dependencies)". */
  source: string
}

/** pre-commit hook repositories the tool modules name → the package whose version their `rev` is. */
const HOOK_REPOSITORIES = new Map(
  TOOL_IDS.flatMap((id) =>
    (TOOLS[id].preCommitRepos ?? []).map((repo) => [repo, TOOLS[id].defaultPin?.package ?? id] as const),
  ),
)
/** Hook ids the tool modules name → the package they run; for local hooks and unknown mirrors. */
const HOOK_IDS = new Map(
  TOOL_IDS.flatMap((id) =>
    (TOOLS[id].evidence.preCommitHooks ?? []).flatMap((hook) => {
      const pin = TOOLS[id].defaultPin
      return pin?.registry === 'pypi' ? [[hook, pin.package] as const] : []
    }),
  ),
)

const DEV_GROUP = /dev|test|lint|type|check|qa|style|format|ci/i
const EXACT_VERSION = /^\d+(\.\d+)*([a-z]+\d*)?(\.post\d+)?$/i
const COMMIT_SHA = /^[0-9a-f]{7,40}$/i
const PRE_COMMIT = '.pre-commit-config.yaml'

export function projectPins(scan: ProjectScan): ProjectPins {
  const hooks = preCommitPins(scan)
  return {
    pins: [
      ...requirementPins(scan),
      ...pyprojectPins(scan),
      ...pythonLockPins(scan),
      ...hooks.pins,
      ...packageJsonPins(scan),
      ...nodeLockPins(scan),
    ],
    extras: hooks.extras,
    warnings: hooks.warnings,
  }
}

/** `name==1.2.3` (extras and markers allowed); ranges are not pins. */
export function requirementPin(line: string): { package: string; version: string } | undefined {
  const text = line.replace(/\s+#.*$/, '').trim()
  const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*===?\s*([^\s;,]+)\s*(?:;.*)?$/.exec(text)
  if (!match || !EXACT_VERSION.test(match[2] ?? '')) return undefined
  return { package: normalizePackage(match[1] ?? ''), version: match[2] ?? '' }
}

/** A requirement's package name, normalized: `flake8-bugbear[extra]>=24` → flake8-bugbear. */
export function requirementName(requirement: string): string | undefined {
  const match = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(requirement)
  return match ? normalizePackage(match[1] ?? '') : undefined
}

function requirementPins(scan: ProjectScan): ProjectPin[] {
  const pins: ProjectPin[] = []
  const constraints = Object.entries(scan.pinFiles ?? {}).filter(([file]) => file.startsWith('constraints'))
  const files = { ...scan.requirements, ...Object.fromEntries(constraints) }
  for (const file of Object.keys(files).sort()) {
    for (const line of (files[file] ?? '').split(/\r?\n/)) {
      const pin = requirementPin(line)
      if (pin) pins.push({ ...pin, source: file })
    }
  }
  return pins
}

function pyprojectPins(scan: ProjectScan): ProjectPin[] {
  const pins: ProjectPin[] = []
  const add = (list: unknown, source: string): void => {
    if (!Array.isArray(list)) return
    for (const item of list) {
      const pin = typeof item === 'string' ? requirementPin(item) : undefined
      if (pin) pins.push({ ...pin, source })
    }
  }
  const py = scan.pyproject ?? {}
  for (const [group, list] of Object.entries(asRecord(py['dependency-groups']))) {
    add(list, `pyproject.toml [dependency-groups] ${group}`)
  }
  for (const [group, list] of Object.entries(asRecord(asRecord(py.project)['optional-dependencies']))) {
    if (DEV_GROUP.test(group)) add(list, `pyproject.toml [project.optional-dependencies] ${group}`)
  }
  return pins
}

/** uv.lock, poetry.lock and pdm.lock all list `[[package]]` tables with a name and the version resolved. */
function pythonLockPins(scan: ProjectScan): ProjectPin[] {
  const pins: ProjectPin[] = []
  for (const file of ['uv.lock', 'poetry.lock', 'pdm.lock']) {
    const text = scan.pinFiles?.[file]
    if (text === undefined) continue
    let lock: Record<string, unknown>
    try {
      lock = parseToml(text) as Record<string, unknown>
    } catch {
      continue
    }
    for (const entry of asArray(lock.package)) {
      const { name, version } = asRecord(entry)
      if (typeof name === 'string' && typeof version === 'string' && EXACT_VERSION.test(version)) {
        pins.push({ package: normalizePackage(name), version, source: file })
      }
    }
  }
  return pins
}

function preCommitPins(scan: ProjectScan): Omit<ProjectPins, 'pins'> & { pins: ProjectPin[] } {
  const pins: ProjectPin[] = []
  const extras = new Map<string, HookExtras>()
  const warnings: string[] = []
  const frozen = frozenTags(scan.pinFiles?.[PRE_COMMIT])
  for (const entry of asArray(asRecord(scan.preCommit).repos)) {
    const { repo: url, rev, hooks } = asRecord(entry)
    if (typeof url !== 'string') continue
    const fromRepository = HOOK_REPOSITORIES.get(repositoryPath(url))
    if (fromRepository !== undefined && (typeof rev === 'string' || typeof rev === 'number')) {
      const written = String(rev)
      const tag = COMMIT_SHA.test(written) ? frozen.get(written) : written
      const version = tag?.replace(/^v/, '')
      if (version !== undefined && EXACT_VERSION.test(version)) {
        const how = tag === written ? `rev ${written}` : `rev ${written.slice(0, 12)}… # frozen: ${tag}`
        pins.push({ package: fromRepository, version, source: `${PRE_COMMIT} (${url} ${how})` })
      } else if (COMMIT_SHA.test(written)) {
        warnings.push(
          `The ${fromRepository} hook (${url}) is pinned to the commit ${written} without a "# frozen: <tag>" comment, so its version is unknown; the gate uses its own pin. Run \`pre-commit autoupdate --freeze\` to write the tag beside it.`,
        )
      }
    }
    for (const hookEntry of asArray(hooks)) {
      const hook = asRecord(hookEntry)
      const id = typeof hook.id === 'string' ? hook.id : ''
      // pre-commit installs additional_dependencies only for hooks it builds an environment for: a local
      // hook must say `language: python` (a `system` hook runs what is installed).
      const local = url === 'local'
      if (local && hook.language !== 'python') continue
      const tool = fromRepository ?? HOOK_IDS.get(id)
      const dependencies = asArray(hook.additional_dependencies).flatMap((item) =>
        typeof item === 'string' || typeof item === 'number' ? [String(item)] : [],
      )
      if (tool === undefined || dependencies.length === 0) continue
      const source = `${PRE_COMMIT} (${id} hook additional_dependencies)`
      // A local hook lists the tool itself among its dependencies: that is its pin; the rest go beside it.
      const own = dependencies.filter((requirement) => requirementName(requirement) === tool)
      for (const requirement of own) {
        const pin = requirementPin(requirement)
        if (pin) pins.push({ ...pin, source })
      }
      const beside = dependencies.filter((requirement) => requirementName(requirement) !== tool)
      if (beside.length > 0 && !extras.has(tool)) extras.set(tool, { requirements: beside, source })
    }
  }
  return { pins, extras, warnings }
}

/** pre-commit's `autoupdate --freeze` writes `rev: <sha>  # frozen: v1.2.3`; YAML drops comments, so read lines. */
export function frozenTags(text: string | undefined): Map<string, string> {
  const tags = new Map<string, string>()
  for (const line of (text ?? '').split(/\r?\n/)) {
    const match = /^\s*(?:-\s*)?rev:\s*['"]?([0-9a-f]{7,40})['"]?\s*#\s*frozen:\s*(\S+)/i.exec(line)
    if (match?.[1] && match[2]) tags.set(match[1], match[2])
  }
  return tags
}

function repositoryPath(url: string): string {
  return url
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^git@([^:]+):/, '$1/')
    .replace(/\.git$/, '')
    .replace(/\/$/, '')
}

function packageJsonPins(scan: ProjectScan): ProjectPin[] {
  const pins: ProjectPin[] = []
  for (const [name, spec] of Object.entries(asRecord(scan.packageJson?.devDependencies))) {
    if (typeof spec === 'string' && /^\d+\.\d+\.\d+([-+][\w.]+)?$/.test(spec)) {
      pins.push({ package: name, version: spec, source: 'package.json devDependencies' })
    }
  }
  return pins
}

/**
 * The version each of the project's own (top-level) devDependencies resolved to: package-lock.json,
 * pnpm-lock.yaml (importer `.`), yarn.lock (classic and berry). Only packages package.json names.
 */
function nodeLockPins(scan: ProjectScan): ProjectPin[] {
  const declared = Object.keys(asRecord(scan.packageJson?.devDependencies))
  if (declared.length === 0) return []
  const pins: ProjectPin[] = []
  const add = (name: string, version: unknown, source: string): void => {
    const exact = typeof version === 'string' ? /^\d+\.\d+\.\d+(-[\w.]+)?/.exec(version)?.[0] : undefined
    if (exact !== undefined) pins.push({ package: name, version: exact, source })
  }
  const npmLock = parsed(scan.pinFiles?.['package-lock.json'], JSON.parse)
  if (npmLock !== undefined) {
    const packages = asRecord(asRecord(npmLock).packages)
    const dependencies = asRecord(asRecord(npmLock).dependencies)
    for (const name of declared) {
      add(
        name,
        asRecord(packages[`node_modules/${name}`]).version ?? asRecord(dependencies[name]).version,
        'package-lock.json',
      )
    }
  }
  const pnpmLock = asRecord(parsed(scan.pinFiles?.['pnpm-lock.yaml'], parseYaml))
  const importer = asRecord(asRecord(pnpmLock.importers)['.'])
  const devDependencies = asRecord(importer.devDependencies ?? pnpmLock.devDependencies)
  for (const name of declared) {
    const entry = devDependencies[name]
    add(name, typeof entry === 'string' ? entry : asRecord(entry).version, 'pnpm-lock.yaml')
  }
  const yarnLock = scan.pinFiles?.['yarn.lock']
  if (yarnLock !== undefined) {
    for (const name of declared) add(name, yarnVersion(yarnLock, name), 'yarn.lock')
  }
  return pins
}

/** The version of a package's entry in yarn.lock: `"name@^1", name@^1.2:` (or `"name@npm:^1":`) then `version`. */
function yarnVersion(text: string, name: string): string | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
  const entry = new RegExp(
    `^"?${escaped}@[^\\n]*:\\s*\\n(?:[ \\t]+[^\\n]*\\n)*?[ \\t]+version:?\\s+"?([^"\\s]+)"?`,
    'm',
  ).exec(text)
  return entry?.[1]
}

/** PEP 503: names compare case-insensitively with runs of -, _ and . alike. */
export function normalizePackage(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-')
}

function parsed(text: string | undefined, parse: (text: string) => unknown): unknown {
  if (text === undefined) return undefined
  try {
    return parse(text)
  } catch {
    return undefined
  }
}

/** A project that pins nothing. */
export const NO_PROJECT_PINS: ProjectPins = { pins: [], extras: new Map(), warnings: [] }
