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
