// Stage 2, plan: what runs. The project's files are read once; detection picks the tools, and each gets
// its pin (from `tools`, the project's own files or the built-in table). Pure apart from reading the files.
import path from 'node:path'
import type { Config } from '../config.js'
import {
  configuresTools,
  planChecks,
  projectLanguage,
  PROJECT_MARKERS,
  type PlannedTool,
  type Surroundings,
} from '../detect.js'
import { runProcess, toolEnvironment } from '../exec.js'
import { readPreCommit } from '../precommit.js'
import { readWorkflows, scanProject, type ProjectScan } from '../project.js'
import { resolvePins, type PinKey, type PinResolution } from '../toolchain/pins.js'
import { projectPins } from '../toolchain/project-pins.js'
import { isToolId, TOOLS, type ToolId } from '../tools/index.js'
import type { Tool } from '../tools/tool.js'
import type { SkippedCheck } from '../types.js'
import { findWorkspace, parentDirectories } from '../workspaces.js'

export interface ToolPlan {
  item: PlannedTool
  tool: Tool
  /** Where it runs: the working directory, or a workspace package in it. */
  cwd: string
  /** The workspace package (its directory relative to the workspace), when the working directory has several. */
  package?: string
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

export async function planGate(
  config: Config,
  env: Readonly<Record<string, string | undefined>>,
): Promise<GatePlan> {
  const root = config.workingDirectory
  // The repository's workflows are read once; each directory takes the steps that run in it.
  const workflows = readWorkflows(config.workspace)
  const scan = scanProject(root, workflows.commands)
  const workspace = findWorkspace(root, scan)
  const language = projectLanguage(scan) ?? (workspace ? 'javascript' : undefined)
  if (language === undefined) {
    const where = path.relative(config.workspace, root) || '.'
    throw new NoProjectError(
      `No Python or JavaScript/TypeScript project in ${where}: looked for ${PROJECT_MARKERS}.`,
    )
  }
  const parents = parentScans(parentDirectories(root, config.workspace), config.workspace)
  const tracked = narrowsFiles(scan) ? await trackedFiles(root, env) : undefined
  const packages = (workspace?.packages ?? []).map((dir) => {
    const packageScan = scanProject(dir, workflows.commands)
    const surroundings: Surroundings = {
      parents: parentScans(
        parentDirectories(dir, root).filter((parent) => parent !== root),
        config.workspace,
      ),
      member: true,
    }
    return { dir, scan: packageScan, surroundings }
  })
  const rootPlan = planChecks(config.checks, config.tools, scan, config.args, {
    parents,
    workspaceRoot: workspace !== undefined,
    // Packages that name their tools make the repository a configured one: the root gets no defaults.
    packagesConfigure: packages.some((item) => configuresTools(item.scan, item.surroundings)),
    ...(tracked?.files ? { trackedFiles: tracked.files } : {}),
  })
  const tools = rootPlan.tools.map((item): ToolPlan => ({ item, tool: TOOLS[item.id], cwd: root }))
  const warnings = [
    ...rootPlan.warnings,
    ...[...workflows.unreadable, ...scan.unreadable].map((problem) => `Could not read ${problem}`),
    ...(tracked?.problem ? [tracked.problem] : []),
  ]
  let skipped = [...rootPlan.skipped]
  if (workspace !== undefined) {
    // Each package runs what it names; the root's own tools already cover it for inherited config.
    // The root decided about the tools it has config for (ran them, or left them to another tool):
    // its packages do not revisit them; they inherit only from directories between them and the root.
    const runAtRoot = new Set<ToolId>([
      ...rootPlan.tools.map((item) => item.id),
      ...rootPlan.skipped.flatMap((skip) =>
        skip.tool !== undefined && isToolId(skip.tool) ? [skip.tool] : [],
      ),
    ])
    for (const { dir, scan: packageScan, surroundings } of packages) {
      const plan = planChecks(config.checks, [], packageScan, {}, { ...surroundings, runAtRoot })
      const name = toPosix(path.relative(config.workspace, dir))
      tools.push(
        ...plan.tools.map((item): ToolPlan => ({ item, tool: TOOLS[item.id], cwd: dir, package: name })),
      )
      warnings.push(...packageScan.unreadable.map((problem) => `Could not read ${name}/${problem}`))
    }
    // A check some package runs is not skipped at the root.
    skipped = skipped.filter(
      (skip) =>
        skip.tool !== undefined ||
        !tools.some(({ item }) =>
          skip.kind === 'coverage' ? item.withCoverage === true : item.kind === skip.kind,
        ),
    )
  }
  const measured = tools.flatMap(({ item, tool }) => (item.withCoverage && tool.coverage ? [tool] : []))
  const keys: PinKey[] = [
    ...new Set(tools.map(({ tool }) => tool.id)),
    ...new Set(measured.flatMap((tool) => (tool.coverage ? [tool.coverage.name] : []))),
  ]
  const asked = new Map<PinKey, string>(
    config.tools.flatMap((spec) => (spec.version !== undefined ? [[spec.id, spec.version] as const] : [])),
  )
  const pins = resolvePins(keys, asked, projectPins(scan))
  return {
    tools,
    skipped,
    measured: [...new Set(measured)],
    pins,
    warnings: [...new Set([...warnings, ...pins.drift])],
  }
}

/** Whether pre-commit's files/exclude narrow any hook: only then are the tracked files listed. */
function narrowsFiles(scan: ProjectScan): boolean {
  return readPreCommit(scan.preCommit).hooks.some((hook) => hook.selects !== undefined)
}

/** The files git tracks in `dir`, as pre-commit sees them; a problem instead when git cannot say. */
async function trackedFiles(
  dir: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<{ files?: string[]; problem?: string }> {
  const run = await runProcess(['git', '-c', 'core.quotePath=false', 'ls-files', '-z'], {
    cwd: dir,
    env: { ...toolEnvironment(env), GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
    timeoutMs: 60_000,
  })
  if (run.exitCode !== 0) {
    const why = run.spawnError ?? (run.stderr.trim().split('\n').pop() || `exit ${run.exitCode}`)
    return {
      problem: `pre-commit's files/exclude were not applied: git could not list the tracked files (${why})`,
    }
  }
  return { files: run.stdout.split('\0').filter(Boolean) }
}

/** Directories above the one gated, read for the config of tools that look upwards for it. */
function parentScans(dirs: readonly string[], workspaceRoot: string): { scan: ProjectScan; label: string }[] {
  return dirs.map((dir) => {
    const relative = toPosix(path.relative(workspaceRoot, dir))
    return {
      scan: scanProject(dir, []),
      label: relative === '' ? 'the repository root' : `${relative}/`,
    }
  })
}

function toPosix(relative: string): string {
  return relative.split(path.sep).join('/')
}
