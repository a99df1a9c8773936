// Stage 3, toolchain: where each planned tool comes from — the pinned toolchain (installed once, cached)
// or what is installed already — and the tools' own caches (.mypy_cache …) restored from the last run.
import path from 'node:path'
import type { Config, ToolSource } from '../config.js'
import type { Platform } from '../platform/platform.js'
import { cacheRoot } from '../toolchain/cache.js'
import {
  findInstalledTools,
  notInNodeModules,
  resolveFromNodeModules,
  type Resolution,
  type Toolchain,
} from '../toolchain/installed.js'
import { installSummary, resolvePinnedTools, type InstallReport } from '../toolchain/pinned.js'
import {
  restoreToolCaches,
  saveToolCaches,
  toolCacheDirs,
  toolCacheFingerprint,
  toolCacheKeys,
} from '../toolchain/tool-caches.js'
import { describeToolchain } from '../report/describe.js'
import type { Tool } from '../tools/tool.js'
import type { GatePlan } from './plan.js'

export interface PreparedToolchain {
  toolchain: Toolchain & { install?: InstallReport }
  /**
   * How a tool is started in a directory: a workspace package's own node_modules come first for the
   * tools that run from the project (pnpm keeps them there); otherwise the toolchain's one resolution.
   */
  resolutionIn(tool: Tool, cwd: string): Resolution | undefined
  /** Saves the tools' caches after the run; a no-op without a cache store. */
  saveCaches(): Promise<void>
  warnings: readonly string[]
}

export async function prepareToolchain(
  config: Config,
  plan: GatePlan,
  platform: Platform,
): Promise<PreparedToolchain> {
  const warnings: string[] = []
  const store = config.cache ? platform.actionsCache?.((message) => void warnings.push(message)) : undefined
  const tools = plan.tools.map(({ tool }) => tool)
  const options = {
    cwd: config.workingDirectory,
    workspace: config.workspace,
    env: platform.source.env,
    ...(config.python !== undefined ? { python: config.python } : {}),
  }
  const toolchain: PreparedToolchain['toolchain'] =
    config.toolSource === 'pinned'
      ? await resolvePinnedTools(tools, plan.pins.pins, plan.measured, {
          ...options,
          cache: config.cache,
          root: cacheRoot(platform.source.env),
          ...(store ? { store } : {}),
        })
      : await findInstalledTools(tools, options)
  if (toolchain.install) {
    platform.info(describeInstall(toolchain.install))
    warnings.push(...installTrouble(toolchain.install))
  }
  warnings.push(...versionMismatches(plan, toolchain, config.toolSource))

  const dirs = toolCacheDirs(
    tools.map((tool) => tool.id),
    config.workingDirectory,
  )
  const cached = tools.filter((tool) => (tool.cacheDirs ?? []).length > 0)
  const fingerprint = toolCacheFingerprint(
    cached.map((tool) => {
      const resolution = toolchain.resolutions.get(tool)
      return `${tool.id}@${resolution && 'version' in resolution ? (resolution.version ?? '?') : '?'}`
    }),
    config.workingDirectory,
  )
  const keys = toolCacheKeys(
    platform.source.env,
    path.relative(config.workspace, config.workingDirectory),
    fingerprint,
  )
  const restored = store && dirs.length > 0 ? await restoreToolCaches(store, dirs, keys) : undefined
  const resolutionIn = (tool: Tool, cwd: string): Resolution | undefined => {
    if (cwd === config.workingDirectory || !tool.runsInProject || tool.ecosystem !== 'node') {
      return toolchain.resolutions.get(tool)
    }
    return resolveFromNodeModules(tool, { ...options, cwd }) ?? { missing: notInNodeModules(tool, { cwd }) }
  }
  const saveCaches = async (): Promise<void> => {
    if (store && restored) await saveToolCaches(store, dirs, keys, restored)
  }
  return { toolchain, warnings, resolutionIn, saveCaches }
}

/**
 * What runs against what was asked for and what the project pins: `tool-source: path` runs what is
 * installed, a `tools` version overrides the project's pin. Each difference is said once, naming both.
 */
function versionMismatches(plan: GatePlan, toolchain: Toolchain, toolSource: ToolSource): string[] {
  const messages = plan.tools.flatMap(({ item, tool }) => {
    const resolution = toolchain.resolutions.get(tool)
    if (resolution === undefined || !('launcher' in resolution) || !resolution.version) return []
    const running = resolution.version
    const pin = plan.pins.pins.find((each) => each.key === tool.id)
    if (item.version && item.version !== running) {
      return [
        `${tool.id}@${item.version} was asked for, but ${running} is installed (${
          toolSource === 'path'
            ? 'tool-source: path uses what is installed'
            : "it runs in the project's environment, which has its own"
        }).`,
      ]
    }
    if (pin?.project && pin.project.version !== running) {
      return [
        `${pin.package} ${running} runs, but the project pins ${pin.project.version} in ${pin.project.source}.`,
      ]
    }
    return []
  })
  // ruff and ruff-format, or one tool in several workspace packages, say it once.
  return [...new Set(messages)]
}

/** The way out when pinned tools could not be installed, said once (each tool's reason names its cause). */
function installTrouble(install: InstallReport): string[] {
  const failed = install.units.filter((unit) => unit.state === 'failed')
  if (failed.length === 0) return []
  const names = failed.map((unit) => `${unit.package} ${unit.version}`).join(', ')
  const python = failed.some((unit) => unit.kind !== 'node')
  const node = failed.some((unit) => unit.kind === 'node')
  const mirrors = [
    ...(python ? ['PIP_INDEX_URL (UV_INDEX_URL when uv is on PATH) at a reachable package index'] : []),
    ...(node ? ['npm_config_registry at a reachable npm registry'] : []),
  ].join(', or ')
  return [
    `Could not install ${names}; the other tools ran. To go on: install the tools in an earlier step and set tool-source: path, or point ${mirrors}.`,
  ]
}

function describeInstall(install: InstallReport): string {
  return `Pinned toolchain: ${describeToolchain(installSummary(install))} in ${(install.durationMs / 1000).toFixed(1)} s; key ${install.key}`
}
