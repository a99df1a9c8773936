// The public tool names (DESIGN §2) and the check each one serves. Shared by config validation and the registry.
import type { CheckKind } from '../types.js'

export const TOOL_KINDS = {
  ruff: 'lint',
  'ruff-format': 'format',
  black: 'format',
  isort: 'format',
  flake8: 'lint',
  pylint: 'lint',
  mypy: 'typecheck',
  pyright: 'typecheck',
  bandit: 'security',
  pytest: 'test',
  prettier: 'format',
  eslint: 'lint',
  biome: 'lint',
  'biome-format': 'format',
  tsc: 'typecheck',
  jest: 'test',
  vitest: 'test',
} as const satisfies Record<string, CheckKind>

export type ToolId = keyof typeof TOOL_KINDS
export const TOOL_IDS = Object.keys(TOOL_KINDS) as ToolId[]

export function isToolId(name: string): name is ToolId {
  return Object.hasOwn(TOOL_KINDS, name)
}
