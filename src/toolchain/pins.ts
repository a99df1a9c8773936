// The built-in default pins: the last word when neither `tools` nor the project's own files pin a tool.
// One table, listed in README; bump deliberately, never float.
import type { ToolId } from '../tools/names.js'

export interface Pin {
  /** The package that provides the tool, on PyPI or npm. */
  package: string
  registry: 'pypi' | 'npm'
  version: string
}

export const DEFAULT_PINS: Readonly<Partial<Record<ToolId | 'coverage', Pin>>> = {
  ruff: { package: 'ruff', registry: 'pypi', version: '0.17.5' },
  'ruff-format': { package: 'ruff', registry: 'pypi', version: '0.17.5' },
  black: { package: 'black', registry: 'pypi', version: '26.10.1' },
  isort: { package: 'isort', registry: 'pypi', version: '9.0.2' },
  flake8: { package: 'flake8', registry: 'pypi', version: '7.5.0' },
  pylint: { package: 'pylint', registry: 'pypi', version: '4.1.4' },
  mypy: { package: 'mypy', registry: 'pypi', version: '2.4.1' },
  pyright: { package: 'pyright', registry: 'npm', version: '1.1.414' },
  bandit: { package: 'bandit', registry: 'pypi', version: '1.9.4' },
  pytest: { package: 'pytest', registry: 'pypi', version: '9.2.0' },
  coverage: { package: 'coverage', registry: 'pypi', version: '7.17.3' },
  prettier: { package: 'prettier', registry: 'npm', version: '3.10.1' },
  eslint: { package: 'eslint', registry: 'npm', version: '10.15.0' },
  biome: { package: '@biomejs/biome', registry: 'npm', version: '2.6.8' },
  'biome-format': { package: '@biomejs/biome', registry: 'npm', version: '2.6.8' },
}

export type PinKey = ToolId | 'coverage'

export interface ResolvedPin {
  /** The tool (or coverage.py) this pin is for. */
  key: PinKey
  package: string
  registry: Pin['registry']
  version: string
  /** Where the version came from, for the summary: "requirements-dev.txt", "built-in default", … */
  source: string
}

export interface PinResolution {
  pins: ResolvedPin[]
  /** Project files that disagree about a version: shown as warnings, never fatal. */
  drift: string[]
}

/** A version a project file pins for a package, in the order the files take precedence. */
export interface ProjectPin {
  package: string
  version: string
  source: string
}

/**
 * Precedence: the `tools` input, then the project's own files (in the order given), then the table.
 * `asked` holds the versions named in `tools`.
 */
export function resolvePins(
  keys: readonly PinKey[],
  asked: ReadonlyMap<PinKey, string>,
  projectPins: readonly ProjectPin[],
): PinResolution {
  const drift: string[] = []
  const pins: ResolvedPin[] = []
  const reported = new Set<string>()
  for (const key of keys) {
    const base = DEFAULT_PINS[key]
    if (base === undefined) continue
    const fromProject = projectPins.filter((pin) => pin.package.toLowerCase() === base.package.toLowerCase())
    const versions = new Set(fromProject.map((pin) => pin.version))
    if (versions.size > 1 && !reported.has(base.package)) {
      reported.add(base.package)
      const [first] = fromProject
      drift.push(
        `${base.package} is pinned differently in the project: ${fromProject.map((pin) => `${pin.version} in ${pin.source}`).join(', ')}; using ${first?.version} from ${first?.source}.`,
      )
    }
    const input = asked.get(key)
    const chosen =
      input !== undefined
        ? { version: input, source: 'tools input' }
        : (fromProject[0] ?? { version: base.version, source: 'built-in default' })
    pins.push({
      key,
      package: base.package,
      registry: base.registry,
      version: chosen.version,
      source: chosen.source,
    })
  }
  return { pins, drift }
}
