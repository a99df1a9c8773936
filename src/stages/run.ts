// Stage 4, run: each planned tool once, as many at once as there are CPUs, each in a scratch directory of
// its own. A tool that cannot be started is not run; judging says why. Nothing here reads the results.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import path from 'node:path'
import type { Config } from '../config.js'
import { runProcess, toolEnvironment } from '../exec.js'
import type { Resolution } from '../toolchain/installed.js'
import type { ToolCommand, ToolContext } from '../tools/tool.js'
import type { ToolRun } from '../types.js'
import type { GatePlan, ToolPlan } from './plan.js'
import type { PreparedToolchain } from './toolchain.js'

export interface ToolExecution extends ToolPlan {
  resolution: Resolution | undefined
  /** Set when the tool ran: the context its command and parser see, and the run. */
  ran?: { ctx: ToolContext; run: ToolRun }
  /** The tool measured coverage in this run (false when its companion is missing). */
  measured: boolean
}

export async function runTools(
  config: Config,
  plan: GatePlan,
  { toolchain }: PreparedToolchain,
  env: Readonly<Record<string, string | undefined>>,
): Promise<ToolExecution[]> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'quality-gate-'))
  const toolEnv = toolEnvironment(env)
  try {
    return await mapConcurrently(plan.tools, availableParallelism(), async ({ item, tool }) => {
      const resolution = toolchain.resolutions.get(tool)
      const companion = item.withCoverage ? tool.coverage : undefined
      // Without its companion (coverage.py) the tests still run; only the coverage check reports it.
      const measured =
        item.withCoverage === true &&
        (companion === undefined || toolchain.modules[companion.python.module] !== undefined)
      const execution: ToolExecution = { item, tool, resolution, measured }
      if (resolution === undefined || 'missing' in resolution) return execution
      const ctx: ToolContext = {
        workspace: config.workspace,
        cwd: config.workingDirectory,
        launcher: resolution.launcher,
        targets: item.targets,
        extraArgs: item.extraArgs,
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
      return { ...execution, ran: { ctx, run } }
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
