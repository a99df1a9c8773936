// Stage 4, run: each planned tool once, as many at once as there are CPUs, each in a scratch directory of
// its own. A tool that cannot be started is not run; judging says why. Nothing here reads the results.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import path from 'node:path'
import type { Config } from '../config.js'
import { runProcess, toolEnvironment } from '../exec.js'
import type { Resolution } from '../toolchain/installed.js'
import { hasNodePackage } from '../toolchain/node-launch.js'
import type { ToolCommand, ToolContext } from '../tools/tool.js'
import type { ToolRun } from '../types.js'
import type { GatePlan, ToolPlan } from './plan.js'
import type { PreparedToolchain } from './toolchain.js'

/** One run of a tool: the context its command and parser saw, the run, and where its arguments came from. */
export interface ToolRunRecord {
  ctx: ToolContext
  run: ToolRun
  from: string
}

export interface ToolExecution extends ToolPlan {
  resolution: Resolution | undefined
  /** Set when the tool ran: each of its runs (several `tsc -p` projects are several runs), in order. */
  ran?: ToolRunRecord[]
  /** The tool measured coverage in this run (false when its companion or coverage package is missing). */
  measured: boolean
}

export async function runTools(
  config: Config,
  plan: GatePlan,
  { toolchain, resolutionIn }: PreparedToolchain,
  env: Readonly<Record<string, string | undefined>>,
): Promise<ToolExecution[]> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'quality-gate-'))
  const toolEnv = toolEnvironment(env)
  try {
    return await mapConcurrently(plan.tools, availableParallelism(), async (toolPlan) => {
      const { item, tool, cwd } = toolPlan
      const resolution = resolutionIn(tool, cwd)
      const companion = item.withCoverage ? tool.coverage : undefined
      // Without its companion (coverage.py) the tests still run; only the coverage check reports it.
      const measured =
        item.withCoverage === true &&
        (companion === undefined || toolchain.modules[companion.python.module] !== undefined) &&
        (tool.coveragePackages === undefined ||
          tool.coveragePackages.some((name) => hasNodePackage(name, cwd, config.workspace)))
      const execution: ToolExecution = { ...toolPlan, resolution, measured }
      if (resolution === undefined || 'missing' in resolution) return execution
      // One check, several runs (e.g. one per `tsc -p` project in the scripts): one after another, as
      // they may share the tool's caches in the working directory.
      const ran: ToolRunRecord[] = []
      for (const planned of item.runs) {
        const ctx: ToolContext = {
          workspace: config.workspace,
          cwd,
          launcher: resolution.launcher,
          targets: planned.targets,
          extraArgs: planned.extraArgs,
          tempDir: await mkdtemp(path.join(scratch, `${tool.id}-`)),
          ...(resolution.version !== undefined ? { version: resolution.version } : {}),
          ...(toolchain.python ? { python: toolchain.python.executable } : {}),
          ...(measured ? { withCoverage: true } : {}),
        }
        const command = tool.command(ctx)
        const run = await runCommand(
          { ...command, env: { ...resolution.env, ...command.env } },
          { cwd: ctx.cwd, env: toolEnv, timeoutMs: config.toolTimeoutMs },
        )
        ran.push({ ctx, run, from: planned.from })
      }
      return { ...execution, ran }
    })
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

/** The command, its follow-up commands (only after a run that finished), and the files it wrote. */
async function runCommand(
  command: ToolCommand,
  options: { cwd: string; env: Record<string, string>; timeoutMs: number },
): Promise<ToolRun> {
  const started = performance.now()
  const spawn = { cwd: options.cwd, env: { ...options.env, ...command.env } }
  const deadline = Date.now() + options.timeoutMs
  const toolRun = await runProcess(command.argv, { ...spawn, timeoutMs: options.timeoutMs })
  const finished = !toolRun.timedOut && toolRun.spawnError === undefined && toolRun.exitCode !== null
  if (command.after && finished) {
    toolRun.after = []
    for (const argv of command.after) {
      toolRun.after.push(
        await runProcess(argv, { ...spawn, timeoutMs: Math.max(1000, deadline - Date.now()) }),
      )
    }
  }
  if (command.reads) {
    toolRun.files = {}
    for (const [name, file] of Object.entries(command.reads)) {
      toolRun.files[name] = await readFile(file, 'utf8').catch(() => undefined)
    }
  }
  toolRun.durationMs = Math.round(performance.now() - started)
  return toolRun
}

async function mapConcurrently<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index] as T)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  return results
}
