// The registry: every tool the gate knows, by its public name. A total map, so each name has its module;
// everything else that lists tools (names, default pins, detection, caches, SARIF, docs) derives from it.
import { bandit } from './bandit.js'
import { basedpyright } from './basedpyright.js'
import { biome, biomeFormat } from './biome.js'
import { black } from './black.js'
import { eslint } from './eslint.js'
import { flake8 } from './flake8.js'
import { isort } from './isort.js'
import { jest } from './jest.js'
import { mypy } from './mypy.js'
import { prettier } from './prettier.js'
import { pylint } from './pylint.js'
import { pyright } from './pyright.js'
import { pytest } from './pytest.js'
import { ruff, ruffFormat } from './ruff.js'
import type { Tool } from './tool.js'
import { tsc } from './tsc.js'
import { vitest } from './vitest.js'

// The order is the order tools are detected and listed in: within a check, the first is preferred.
const REGISTRY = {
  ruff,
  'ruff-format': ruffFormat,
  black,
  isort,
  flake8,
  pylint,
  mypy,
  pyright,
  basedpyright,
  bandit,
  pytest,
  prettier,
  eslint,
  tsc,
  jest,
  vitest,
  biome,
  'biome-format': biomeFormat,
}

export type ToolId = keyof typeof REGISTRY
/** Each name maps to the module whose id it is: a tool filed under another's name does not compile. */
export const TOOLS: { readonly [Id in ToolId]: Tool<Id> } = REGISTRY
export const TOOL_IDS = Object.keys(TOOLS) as ToolId[]

export function isToolId(name: string): name is ToolId {
  return Object.hasOwn(TOOLS, name)
}

export function toolOf(id: ToolId): Tool {
  return TOOLS[id]
}
