// Stage 2, plan: what runs. The project's files are read once; detection picks the tools, and each gets
// its pin (from `tools`, the project's own files or the built-in table). Pure apart from reading the files.
import path from 'node:path'
import type { Config } from '../config.js'
import { planChecks, projectLanguage, PROJECT_MARKERS, type PlannedTool } from '../detect.js'
import { scanProject } from '../project.js'
import { resolvePins, type PinKey, type PinResolution } from '../toolchain/pins.js'
import { projectPins } from '../toolchain/project-pins.js'
import { TOOLS } from '../tools/index.js'
import type { Tool } from '../tools/tool.js'
import type { SkippedCheck } from '../types.js'

export interface ToolPlan {
  item: PlannedTool
  tool: Tool
}

export interface GatePlan {
  tools: readonly ToolPlan[]
  skipped: readonly SkippedCheck[]
  /** The tools whose coverage companion (coverage.py) measures their run. */
  measured: readonly Tool[]
  pins: PinResolution
  warnings: readonly string[]
}

/** A directory with nothing to gate: never a pass. */
export class NoProjectError extends Error {
  override name = 'NoProjectError'
}

export function planGate(config: Config): GatePlan {
  const scan = scanProject(config.workingDirectory)
  if (projectLanguage(scan) === undefined) {
    const where = path.relative(config.workspace, config.workingDirectory) || '.'
    throw new NoProjectError(
      `No Python or JavaScript/TypeScript project in ${where}: looked for ${PROJECT_MARKERS}.`,
    )
  }
  const plan = planChecks(config.checks, config.tools, scan, config.args)
  const tools = plan.tools.map((item): ToolPlan => ({ item, tool: TOOLS[item.id] }))
  const measured = tools.flatMap(({ item, tool }) => (item.withCoverage && tool.coverage ? [tool] : []))
  const keys: PinKey[] = [
    ...tools.map(({ tool }) => tool.id),
    ...new Set(measured.flatMap((tool) => (tool.coverage ? [tool.coverage.name] : []))),
  ]
  const asked = new Map<PinKey, string>(
    config.tools.flatMap((spec) => (spec.version !== undefined ? [[spec.id, spec.version] as const] : [])),
  )
  const pins = resolvePins(keys, asked, projectPins(scan))
  return {
    tools,
    skipped: plan.skipped,
    measured,
    pins,
    warnings: [
      ...plan.warnings,
      ...scan.unreadable.map((problem) => `Could not read ${problem}`),
      ...pins.drift,
    ],
  }
}
