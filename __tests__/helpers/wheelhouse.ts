// A wheelhouse the tests build themselves, offline: Debian's installed Python distributions repackaged as
// wheels (optionally under another version number), so real pip can install real tools with
// `--no-index --find-links`. PyPI is never contacted.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DEBIAN_PYTHON } from './action.js'

const SITE = '/usr/lib/python3/dist-packages'

export interface Distribution {
  name: string
  /** Top-level packages (directories) and modules (`name.py`) it consists of. */
  modules: string[]
  requires?: string[]
  /** Build it under this version instead of the installed one. */
  version?: string
  /** Its files, written here instead of copied from Debian's (a package made up for a test). */
  sources?: Record<string, string>
  /** Its entry points, for a package made up for a test (Debian's are read otherwise). */
  entryPoints?: Record<string, string[]>
}

export function installedVersion(name: string): string {
  const out = spawnSync(
    DEBIAN_PYTHON,
    ['-c', `import importlib.metadata as m; print(m.version(${JSON.stringify(name)}))`],
    {
      encoding: 'utf8',
    },
  )
  if (out.status !== 0) throw new Error(`${name} is not installed for ${DEBIAN_PYTHON}: ${out.stderr}`)
  return out.stdout.trim()
}

function entryPoints(name: string): string {
  const metadata = readdirSync(SITE).find(
    (entry) =>
      entry.toLowerCase().startsWith(`${name.toLowerCase().replace(/-/g, '_')}-`) &&
      /\.(dist|egg)-info$/.test(entry),
  )
  const file = metadata ? path.join(SITE, metadata, 'entry_points.txt') : undefined
  return file && existsSync(file) ? readFileSync(file, 'utf8') : ''
}

export function buildWheelhouse(distributions: Distribution[], into?: string): string {
  const wheelhouse = into ?? mkdtempSync(path.join(tmpdir(), 'qg-wheelhouse-'))
  mkdirSync(wheelhouse, { recursive: true })
  for (const dist of distributions) {
    const source = mkdtempSync(path.join(tmpdir(), `qg-dist-${dist.name}-`))
    const packages: string[] = []
    const pyModules: string[] = []
    for (const module of dist.modules) {
      const text = dist.sources?.[module]
      if (text !== undefined) writeFileSync(path.join(source, module), text)
      else
        cpSync(path.join(SITE, module), path.join(source, module), {
          recursive: true,
          filter: (file) => !file.includes('__pycache__'),
        })
      if (module.endsWith('.py')) pyModules.push(module.slice(0, -3))
      else packages.push(module)
    }
    const version = dist.version ?? (dist.sources ? '1.0.0' : installedVersion(dist.name))
    writeFileSync(
      path.join(source, 'setup.py'),
      [
        'from setuptools import setup, find_namespace_packages',
        'setup(',
        `    name=${JSON.stringify(dist.name)},`,
        `    version=${JSON.stringify(version)},`,
        `    packages=[p for top in ${JSON.stringify(packages)} for p in [top] + find_namespace_packages(include=[top + ".*"])],`,
        `    py_modules=${JSON.stringify(pyModules)},`,
        '    package_data={"": ["*"]},',
        `    install_requires=${JSON.stringify(dist.requires ?? [])},`,
        `    entry_points=${dist.entryPoints ? JSON.stringify(dist.entryPoints) : JSON.stringify(entryPoints(dist.name))},`,
        ')',
        '',
      ].join('\n'),
    )
    const built = spawnSync(
      DEBIAN_PYTHON,
      [
        '-m',
        'pip',
        'wheel',
        '--quiet',
        '--no-index',
        '--no-build-isolation',
        '--no-deps',
        '--wheel-dir',
        wheelhouse,
        source,
      ],
      { encoding: 'utf8' },
    )
    if (built.status !== 0)
      throw new Error(`building a wheel of ${dist.name} failed:\n${built.stdout}\n${built.stderr}`)
  }
  return wheelhouse
}

/** Debian's flake8, isort, pytest and coverage with their dependencies: real tools for real pip. */
export const FLAKE8: Distribution[] = [
  { name: 'flake8', modules: ['flake8'], requires: ['mccabe', 'pycodestyle', 'pyflakes'] },
  { name: 'pyflakes', modules: ['pyflakes'] },
  { name: 'pycodestyle', modules: ['pycodestyle.py'] },
  { name: 'mccabe', modules: ['mccabe.py'] },
]
// Debian's isort reads pyproject.toml with the separate `toml` package.
export const ISORT = (version?: string): Distribution[] => [
  { name: 'isort', modules: ['isort'], requires: ['toml'], ...(version ? { version } : {}) },
  { name: 'toml', modules: ['toml'] },
]
export const PYTEST: Distribution[] = [
  {
    name: 'pytest',
    modules: ['pytest', '_pytest', 'py.py'],
    requires: ['attrs', 'iniconfig', 'packaging', 'pluggy'],
  },
  { name: 'attrs', modules: ['attr', 'attrs'] },
  { name: 'iniconfig', modules: ['iniconfig'] },
  { name: 'packaging', modules: ['packaging'] },
  { name: 'pluggy', modules: ['pluggy'], version: '1.0.0' },
]
export const COVERAGE = (version?: string): Distribution[] => [
  { name: 'coverage', modules: ['coverage'], ...(version ? { version } : {}) },
]

/** A flake8 plugin made up for the tests: QGT001 where a line holds "TODO". It exists only when installed. */
export const FLAKE8_NO_TODO: Distribution = {
  name: 'flake8-no-todo',
  modules: ['flake8_no_todo.py'],
  version: '1.0.0',
  sources: {
    'flake8_no_todo.py': [
      'class NoTodo:',
      '    name = "flake8-no-todo"',
      '    version = "1.0.0"',
      '',
      '    def __init__(self, tree, lines):',
      '        self.lines = lines',
      '',
      '    def run(self):',
      '        for number, line in enumerate(self.lines, 1):',
      '            if "TODO" in line:',
      '                yield number, line.index("TODO"), "QGT001 TODO left in the code", type(self)',
      '',
    ].join('\n'),
  },
  entryPoints: { 'flake8.extension': ['QGT = flake8_no_todo:NoTodo'] },
}
