// The registry: one adapter per tool, all behind the same interface.
import { bandit } from './bandit.js'
import { biome, biomeFormat } from './biome.js'
import { black } from './black.js'
import { eslint } from './eslint.js'
import { flake8 } from './flake8.js'
import { isort } from './isort.js'
import { jest } from './jest.js'
import { mypy } from './mypy.js'
import type { ToolId } from './names.js'
import { prettier } from './prettier.js'
import { pylint } from './pylint.js'
import { pyright } from './pyright.js'
import { pytest } from './pytest.js'
import { ruff, ruffFormat } from './ruff.js'
import type { Tool } from './tool.js'
import { tsc } from './tsc.js'
import { vitest } from './vitest.js'

export const ADAPTERS: Partial<Record<ToolId, Tool>> = {
  ruff,
  'ruff-format': ruffFormat,
  black,
  isort,
  flake8,
  pylint,
  mypy,
  pyright,
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

export function adapterFor(id: ToolId): Tool | undefined {
  return ADAPTERS[id]
}
