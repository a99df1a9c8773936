// Reads the handful of project files that detection and pin resolution look at, once, into plain data.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse as parseIni } from 'ini'
import { parse as parseToml } from 'smol-toml'
import { parse as parseYaml } from 'yaml'

export type IniSections = Record<string, Record<string, unknown>>

export interface ProjectScan {
  /** Names of the known config files present in the working directory. */
  files: ReadonlySet<string>
  pyproject?: Record<string, unknown>
  setupCfg?: IniSections
  toxIni?: IniSections
  mypyIni?: IniSections
  /** requirements*.txt file name → contents. */
  requirements: Readonly<Record<string, string>>
  preCommit?: unknown
  packageJson?: Record<string, unknown>
  hasPythonFiles: boolean
  /** A tests/ or test/ directory exists. */
  hasTestsDir: boolean
  /** Files that exist but could not be parsed, with why; detection carries on without them. */
  unreadable: string[]
}

export const KNOWN_FILES = [
  'pyproject.toml',
  'setup.py',
  'setup.cfg',
  'tox.ini',
  '.flake8',
  '.pylintrc',
  'pylintrc',
  'mypy.ini',
  '.mypy.ini',
  'pyrightconfig.json',
  '.bandit',
  'ruff.toml',
  '.ruff.toml',
  '.isort.cfg',
  '.pre-commit-config.yaml',
  'package.json',
  'pytest.ini',
  'conftest.py',
  'tsconfig.json',
  'biome.json',
  'biome.jsonc',
  '.prettierrc',
  '.prettierrc.json',
  '.prettierrc.yaml',
  '.prettierrc.yml',
  '.prettierrc.json5',
  '.prettierrc.js',
  '.prettierrc.cjs',
  '.prettierrc.mjs',
  '.prettierrc.toml',
  'prettier.config.js',
  'prettier.config.cjs',
  'prettier.config.mjs',
  'prettier.config.ts',
  'eslint.config.js',
  'eslint.config.mjs',
  'eslint.config.cjs',
  'eslint.config.ts',
  'eslint.config.mts',
  'eslint.config.cts',
  'jest.config.js',
  'jest.config.cjs',
  'jest.config.mjs',
  'jest.config.ts',
  'jest.config.json',
  'vitest.config.js',
  'vitest.config.mjs',
  'vitest.config.ts',
  'vitest.config.mts',
  'vite.config.ts',
  'vite.config.js',
] as const

export function scanProject(dir: string): ProjectScan {
  const entries = safeReaddir(dir)
  const names = new Set(entries.map((entry) => entry.name))
  const files = new Set<string>(KNOWN_FILES.filter((name) => names.has(name)))
  const unreadable: string[] = []
  const read = <T>(name: string, parse: (text: string) => T): T | undefined => {
    if (!files.has(name)) return undefined
    try {
      return parse(readFileSync(path.join(dir, name), 'utf8'))
    } catch (error) {
      unreadable.push(`${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`)
      return undefined
    }
  }
  const requirements: Record<string, string> = {}
  for (const entry of entries) {
    if (entry.isFile() && /^requirements.*\.(txt|in)$/.test(entry.name)) {
      requirements[entry.name] = readFileSync(path.join(dir, entry.name), 'utf8')
    }
  }
  const scan: ProjectScan = {
    files,
    requirements,
    hasPythonFiles: hasPython(dir, entries),
    hasTestsDir: entries.some(
      (entry) => entry.isDirectory() && (entry.name === 'tests' || entry.name === 'test'),
    ),
    unreadable,
  }
  const optional = {
    pyproject: read('pyproject.toml', (text) => parseToml(text) as Record<string, unknown>),
    setupCfg: read('setup.cfg', (text) => parseIni(text) as IniSections),
    toxIni: read('tox.ini', (text) => parseIni(text) as IniSections),
    mypyIni:
      read('mypy.ini', (text) => parseIni(text) as IniSections) ??
      read('.mypy.ini', (text) => parseIni(text) as IniSections),
    preCommit: read('.pre-commit-config.yaml', (text) => parseYaml(text) as unknown),
    packageJson: read('package.json', (text) => JSON.parse(text) as Record<string, unknown>),
  }
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (scan as unknown as Record<string, unknown>)[key] = value
  }
  return scan
}

function safeReaddir(dir: string) {
  try {
    return readdirSync(dir, { withFileTypes: true })
  } catch {
    return []
  }
}

/** A Python file at the top, in src/ or in a package one level down. */
function hasPython(dir: string, entries: ReturnType<typeof safeReaddir>): boolean {
  if (entries.some((entry) => entry.isFile() && entry.name.endsWith('.py'))) return true
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const inner = safeReaddir(path.join(dir, entry.name))
    if (inner.some((child) => child.isFile() && child.name.endsWith('.py'))) return true
    if (
      entry.name === 'src' &&
      inner.some(
        (child) => child.isDirectory() && existsSync(path.join(dir, 'src', child.name, '__init__.py')),
      )
    ) {
      return true
    }
  }
  return false
}
