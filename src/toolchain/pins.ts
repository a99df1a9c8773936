// Pin resolution. The built-in default pins (each tool module's own, listed in README) are the last word
// when neither `tools` nor the project's own files pin a tool; bump deliberately, never float.
import { TOOL_IDS, TOOLS, type ToolId } from '../tools/index.js'
import type { Pin } from '../tools/tool.js'
import { normalizePackage, type ProjectPins } from './project-pins.js'

export type { Pin } from '../tools/tool.js'

/** A tool, or the package that measures a test tool's coverage (coverage.py). */
export type PinKey = ToolId | 'coverage'

/** Each tool module's default pin, and those of the coverage packages they name. The table README lists. */
export const DEFAULT_PINS: Readonly<Partial<Record<PinKey, Pin>>> = Object.fromEntries(
  TOOL_IDS.flatMap((id) => {
    const { defaultPin, coverage } = TOOLS[id]
    return [
      ...(defaultPin ? [[id, defaultPin] as const] : []),
      ...(coverage ? [[coverage.name, coverage.defaultPin] as const] : []),
    ]
  }),
)

export interface ResolvedPin {
  /** The tool (or coverage.py) this pin is for. */
  key: PinKey
  package: string
  registry: Pin['registry']
  version: string
  /** Where the version came from, for the summary: "requirements-dev.txt", "built-in default", … */
  source: string
  /** Plugins and stubs installed beside it, as its pre-commit hook does (additional_dependencies). */
  extras: string[]
  /** Where the extras came from. */
  extrasSource?: string
  /** The project's own pin for the package, even when another version was asked for: drift is said. */
  project?: { version: string; source: string }
}

export interface PinResolution {
  pins: ResolvedPin[]
  /** Project files that disagree about a version, revs that pin nothing: shown as warnings, never fatal. */
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
  project: ProjectPins,
): PinResolution {
  const projectPins = project.pins
  const drift: string[] = [...project.warnings]
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
    const pin: ResolvedPin = {
      key,
      package: base.package,
      registry: base.registry,
      version: chosen.version,
      source: chosen.source,
      extras: [],
    }
    const [own] = fromProject
    if (own) pin.project = { version: own.version, source: own.source }
    // Plugins go into a Python tool's own environment; a node tool's hook dependencies are not its plugins.
    const extras = base.registry === 'pypi' ? project.extras.get(normalizePackage(base.package)) : undefined
    if (extras) {
      pin.extras = extras.requirements.map((requirement) => pinnedByProject(requirement, projectPins))
      pin.extrasSource = extras.source
    }
    pins.push(pin)
  }
  return { pins, drift }
}

/** A bare requirement (`flake8-bugbear`) takes the project's exact pin when it has one; a range stays a range. */
function pinnedByProject(requirement: string, projectPins: readonly ProjectPin[]): string {
  const bare = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*$/.exec(requirement)
  if (bare === null) return requirement.trim()
  const name = normalizePackage(bare[1] ?? '')
  const pinned = projectPins.find((pin) => normalizePackage(pin.package) === name)
  return pinned ? `${bare[1]}${bare[2] ?? ''}==${pinned.version}` : requirement.trim()
}
