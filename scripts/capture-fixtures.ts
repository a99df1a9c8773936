// Regenerates __tests__/fixtures/<tool>/<case>/ by running real tools with the argv the adapters build:
// Debian's Python tools, and the node tools installed from npm at exact versions into one scratch prefix
// that every node case links as its node_modules. Run with `npm run capture`. Outputs are kept exactly as
// the tools print them.
import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { runProcess, toolEnvironment } from '../src/exec.js'
import { findInstalledTools, type ResolvedTool } from '../src/toolchain/installed.js'
import { toolOf } from '../src/tools/index.js'
import type { ToolId } from '../src/tools/index.js'
import type { ToolContext } from '../src/tools/tool.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const FIXTURES = path.join(ROOT, '__tests__', 'fixtures')
/** A fixed place, so the absolute paths some tools print are the same on every capture. */
const WORK = '/tmp/quality-gate-capture'
const PYTHON = '/usr/bin/python3'
/** The npm prefix the node cases share; its node_modules is linked into each case. */
const NPM_PREFIX = path.join(WORK, 'npm')

interface Case {
  tool: ToolId
  name: string
  /** A directory relative to the repository, or the files to write. */
  project: string | Record<string, string>
  targets?: string[]
  extraArgs?: string[]
  withCoverage?: boolean
  /** Older versions than the shared prefix has: installed into a prefix of their own for this case. */
  packages?: Record<string, string>
  /** Runs the Python tool from a venv of the machine's local wheel index (modern versions), not Debian's. */
  modern?: boolean
}

const BROKEN = { 'broken.py': 'def broken(:\n    return 1\n', 'fine.py': 'VALUE = 1\n' }

const MIXED = {
  'test_mixed.py': [
    'import pytest',
    '',
    '',
    '@pytest.fixture',
    'def broken():',
    '    raise RuntimeError("fixture exploded")',
    '',
    '',
    'def test_uses_broken(broken):',
    '    pass',
    '',
    '',
    'class TestGroup:',
    '    @pytest.mark.parametrize("value", [1, "ünï", "a b"])',
    '    def test_param(self, value):',
    '        assert value != "ünï", "unicode <b>message</b> & @user #1"',
    '',
    '',
    'def test_long_message():',
    '    assert "x" * 5000 == "y", "line\\n" * 300',
    '',
    '',
    '@pytest.mark.skip(reason="not today")',
    'def test_skipped():',
    '    pass',
    '',
    '',
    'def test_passes():',
    '    assert True',
    '',
  ].join('\n'),
}
const COLLECTION_ERROR = {
  'test_fine.py': 'def test_fine():\n    assert True\n',
  'test_broken.py': 'import nosuchmodule\n\n\ndef test_never():\n    pass\n',
}
const BRANCHES = {
  '.coveragerc': '[run]\nbranch = True\nsource = .\n',
  'decide.py':
    'def sign(value):\n    if value < 0:\n        return -1\n    if value == 0:\n        return 0\n    return 1\n',
  'test_decide.py':
    'from decide import sign\n\n\ndef test_negative():\n    assert sign(-5) == -1\n\n\ndef test_positive():\n    assert sign(5) == 1\n',
}

/** What the node cases install into NPM_PREFIX: ts-app's own pins, plus the tools it does not declare. */
const TS_APP = path.join(ROOT, 'examples', 'ts-app')
const NODE_PACKAGES: Record<string, string> = {
  ...(
    JSON.parse(readFileSync(path.join(TS_APP, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>
    }
  ).devDependencies,
  prettier: '3.10.1',
  '@biomejs/biome': '2.6.8',
  jest: '29.7.0',
  basedpyright: '1.40.1',
}

/** A package.json as formatters write it: prettier indents with spaces, biome with tabs. */
const manifest = (fields: Record<string, unknown>, indent: string | number = 2): string =>
  `${JSON.stringify({ private: true, ...fields }, null, indent)}\n`

const TS_CLEAN = {
  'package.json': manifest({ name: 'ts-clean', type: 'module' }),
  '.prettierrc.json': readFileSync(path.join(TS_APP, '.prettierrc.json'), 'utf8'),
  'eslint.config.js': readFileSync(path.join(TS_APP, 'eslint.config.js'), 'utf8'),
  'tsconfig.json': readFileSync(path.join(TS_APP, 'tsconfig.json'), 'utf8'),
  'src/add.ts': 'export function add(a: number, b: number): number {\n  return a + b\n}\n',
  'tests/add.test.ts': [
    "import { describe, expect, it } from 'vitest'",
    "import { add } from '../src/add.js'",
    '',
    "describe('add', () => {",
    "  it('adds', () => {",
    '    expect(add(1, 2)).toBe(3)',
    '  })',
    '})',
    '',
  ].join('\n'),
}
const PRETTIER_SYNTAX_ERROR = {
  'package.json': manifest({ name: 'broken' }),
  'src/ok.ts': 'export const ok = 1;\n',
  'src/broken.ts': 'export const broken = (;\n',
}
const ESLINT_CONFIG_ERROR = {
  'package.json': manifest({ name: 'bad-config', type: 'module' }),
  'eslint.config.js':
    "import missing from 'eslint-plugin-not-installed'\n\nexport default [missing.configs.recommended]\n",
  'src/ok.js': 'export const ok = 1\n',
}
const TSC_CONFIG_ERROR = {
  'package.json': manifest({ name: 'bad-tsconfig' }),
  'tsconfig.json': '{ "compilerOptions": { "strict": true, "noSuchOption": true }, "include": ["src"] }\n',
  'src/ok.ts': 'export const ok: number = 1\n',
}
const TS_SIDE_BY_SIDE = {
  '@typescript/native': 'npm:typescript@7.0.2',
  typescript: 'npm:@typescript/typescript6@6.0.2',
}
const VITEST_IMPORT_ERROR = {
  'package.json': manifest({ name: 'vitest-broken', type: 'module' }),
  'tests/fine.test.ts':
    'import { expect, it } from "vitest";\n\nit("passes", () => {\n  expect(1).toBe(1);\n});\n',
  'tests/broken.test.ts':
    'import { expect, it } from "vitest";\nimport { gone } from "./does-not-exist.js";\n\nit("never runs", () => {\n  expect(gone).toBe(1);\n});\n',
}
/** A passing test, for the cases where pytest stops before running it. */
const PYTEST_PASSING = { 'tests/test_fine.py': 'def test_fine():\n    assert True\n' }
/** Start-up failures whose reasons must quote the cause (issue: reasons that tell). */
const PYTEST_STARTUP = {
  // The ModuleNotFoundError, not coverage.py's "No data was collected" warning printed after it.
  'conftest-import-error': {
    ...PYTEST_PASSING,
    'conftest.py': 'import not_installed_helper\n',
    'src/app.py': 'def app():\n    return 1\n',
    'pyproject.toml': '[tool.coverage.run]\nsource = ["src"]\n',
  },
  'conftest-syntax-error': { ...PYTEST_PASSING, 'conftest.py': 'def broken(:\n    pass\n' },
  // pytest-cov named in addopts, not installed: argparse's "error:" line, not its usage line.
  'missing-cov-plugin': { ...PYTEST_PASSING, 'pytest.ini': '[pytest]\naddopts = --cov=src -q\n' },
  // A plugin loaded with -p that is not installed: pytest exits 1 with a traceback and no JUnit report.
  'missing-plugin': { ...PYTEST_PASSING, 'pytest.ini': '[pytest]\naddopts = -p xdist -n 2\n' },
  'required-plugins': { ...PYTEST_PASSING, 'pytest.ini': '[pytest]\nrequired_plugins = pytest-django>=4\n' },
}
const VITEST_STARTUP = {
  'config-import-error': {
    'package.json': manifest({ name: 'vitest-config-error', type: 'module' }),
    'vitest.config.js':
      "import plugin from 'not-installed-plugin'\n\nexport default { plugins: [plugin()] }\n",
    'test/fine.test.js':
      "import { expect, it } from 'vitest'\n\nit('fine', () => {\n  expect(1).toBe(1)\n})\n",
  },
}
const JEST_STARTUP = {
  'missing-preset': {
    'package.json': manifest({ name: 'jest-preset', jest: { preset: 'ts-jest' } }),
    'sum.test.js': "test('sums', () => {\n  expect(1 + 2).toBe(3)\n})\n",
  },
}
/** Config complaints each tool prints about itself (issue: tool warnings visible), with a finding or two. */
const WARNED = {
  ruff: {
    'app.py': 'import os\nvalue = 1  # noqa: E50x1\n',
    'pyproject.toml': '[tool.ruff]\nselect = ["E", "F"]\nline-length = 100\n',
  },
  mypy: {
    'app.py': 'def double(value: int) -> int:\n    return value * 2\n',
    'pyproject.toml': '[tool.mypy]\nstrict_optional_typo = true\n',
  },
  black: { 'app.py': 'x  =  1\n', 'pyproject.toml': '[tool.black]\nline_lenght = 100\n' },
  // Debian's isort 5.6 reads TOML with the old toml library, which rejects a mixed array (valid TOML 1.0):
  // it says so, and sorts by its defaults.
  isort: {
    'app.py': 'import sys\nimport os\n',
    'pyproject.toml': '[tool.isort]\nprofile = "black"\n\n[tool.other]\nvalue = [1, "mixed"]\n',
  },
  pytest: {
    ...PYTEST_PASSING,
    'src/app.py': 'def app():\n    return 1\n',
    'pyproject.toml':
      '[tool.pytest.ini_options]\nunknown_option_here = 1\n\n[tool.coverage.run]\nsource = ["src", "nowhere"]\n',
  },
  pyright: {
    'app.py': 'value: int = "text"\n',
    'pyrightconfig.json': '{ "typeCheckingModez": "strict" }\n',
  },
  eslint: {
    'package.json': manifest({ name: 'eslint-warned', type: 'module' }),
    'eslint.config.js': 'export default [{ rules: { "no-unused-vars": "error" } }]\n',
    '.eslintignore': 'dist\n',
    'app.js': 'const unused = 1\nexport const used = 2\n',
  },
  prettier: {
    'package.json': manifest({ name: 'prettier-warned' }),
    '.prettierrc': '{ "semi": false, "semicolonz": true }\n',
    'app.js': 'export const value = 1;\n',
  },
  jest: {
    'package.json': manifest({ name: 'jest-warned', jest: { testEnviroment: 'node' } }),
    'sum.test.js': "test('sums', () => {\n  expect(1 + 2).toBe(3)\n})\n",
  },
  vitest: {
    'package.json': manifest({ name: 'vitest-warned', type: 'module' }),
    'vitest.config.js': 'export default { test: { poolOptions: { threads: { singleThread: true } } } }\n',
    'test/fine.test.js':
      "import { expect, it } from 'vitest'\n\nit('fine', () => {\n  expect(1).toBe(1)\n})\n",
  },
} as const

const JEST_CLEAN = {
  'package.json': manifest({ name: 'jest-clean' }),
  'sum.js': 'module.exports = (a, b) => a + b\n',
  'sum.test.js': "const sum = require('./sum')\n\ntest('sums', () => {\n  expect(sum(1, 2)).toBe(3)\n})\n",
}
const BIOME_APP = {
  'package.json': manifest({ name: 'biome-app' }, '\t'),
  'src/app.ts': 'var count = 1\nif (count == 2) {\n  debugger\n}\nexport const value = count\n',
  'src/tidy.ts': 'export const tidy = 1;\n',
}
const BIOME_CLEAN = {
  'package.json': manifest({ name: 'biome-clean' }, '\t'),
  'src/tidy.ts': 'export const tidy = 1;\n',
}
const BIOME_CONFIG_ERROR = {
  'package.json': manifest({ name: 'biome-bad' }, '\t'),
  'biome.json': '{ "bogus": true }\n',
  'src/tidy.ts': 'export const tidy = 1;\n',
}

const CASES: Case[] = [
  { tool: 'black', name: 'python-app', project: 'examples/python-app' },
  { tool: 'black', name: 'python-clean', project: 'examples/python-clean' },
  { tool: 'black', name: 'syntax-error-123', project: BROKEN },
  { tool: 'isort', name: 'python-app', project: 'examples/python-app' },
  { tool: 'isort', name: 'python-clean', project: 'examples/python-clean' },
  { tool: 'flake8', name: 'python-app', project: 'examples/python-app' },
  { tool: 'flake8', name: 'python-clean', project: 'examples/python-clean' },
  { tool: 'flake8', name: 'syntax-error', project: BROKEN },
  { tool: 'pylint', name: 'python-app', project: 'examples/python-app' },
  { tool: 'pylint', name: 'python-clean', project: 'examples/python-clean' },
  { tool: 'pylint', name: 'syntax-error', project: BROKEN },
  { tool: 'mypy', name: 'python-app', project: 'examples/python-app', targets: [] },
  { tool: 'mypy', name: 'python-clean', project: 'examples/python-clean', targets: [] },
  { tool: 'mypy', name: 'syntax-error-blocking', project: BROKEN },
  { tool: 'pyright', name: 'python-app', project: 'examples/python-app', targets: [] },
  { tool: 'pyright', name: 'python-clean', project: 'examples/python-clean', targets: [] },
  { tool: 'basedpyright', name: 'python-app', project: 'examples/python-app', targets: [] },
  { tool: 'basedpyright', name: 'python-clean', project: 'examples/python-clean', targets: [] },
  // No config: basedpyright's own default, "recommended", turns many checks into warnings.
  {
    tool: 'basedpyright',
    name: 'recommended',
    project: {
      'app.py': [
        'import os',
        'from typing import Any',
        '',
        '',
        'def greet(name) -> str:',
        '    return "hi " + name',
        '',
        '',
        'count: int = len("abc") + "1"',
        'anything: Any = 3',
        '',
      ].join('\n'),
    },
    targets: [],
  },
  { tool: 'bandit', name: 'python-app', project: 'examples/python-app' },
  { tool: 'bandit', name: 'python-clean', project: 'examples/python-clean' },
  {
    tool: 'pytest',
    name: 'python-app-coverage',
    project: 'examples/python-app',
    targets: [],
    withCoverage: true,
  },
  { tool: 'pytest', name: 'python-clean', project: 'examples/python-clean', targets: [] },
  { tool: 'pytest', name: 'mixed-outcomes', project: MIXED, targets: [] },
  { tool: 'pytest', name: 'collection-error', project: COLLECTION_ERROR, targets: [] },
  { tool: 'pytest', name: 'no-tests', project: { 'app.py': 'VALUE = 1\n' }, targets: [] },
  { tool: 'pytest', name: 'branch-coverage', project: BRANCHES, targets: [], withCoverage: true },
  { tool: 'prettier', name: 'ts-app', project: 'examples/ts-app' },
  { tool: 'prettier', name: 'ts-clean', project: TS_CLEAN },
  { tool: 'prettier', name: 'syntax-error', project: PRETTIER_SYNTAX_ERROR },
  { tool: 'eslint', name: 'ts-app', project: 'examples/ts-app' },
  { tool: 'eslint', name: 'ts-clean', project: TS_CLEAN },
  { tool: 'eslint', name: 'config-error', project: ESLINT_CONFIG_ERROR },
  { tool: 'tsc', name: 'ts-app', project: 'examples/ts-app', targets: [] },
  { tool: 'tsc', name: 'ts-clean', project: TS_CLEAN, targets: [] },
  { tool: 'tsc', name: 'config-error', project: TSC_CONFIG_ERROR, targets: [] },
  // TypeScript 7 (native, exit 1 on errors) installed beside 6 the way its release notes say: `tsc` is 7's.
  {
    tool: 'tsc',
    name: 'ts7-side-by-side',
    project: 'examples/ts-app',
    targets: [],
    packages: { ...TS_SIDE_BY_SIDE, vitest: NODE_PACKAGES.vitest ?? '' },
  },
  {
    tool: 'tsc',
    name: 'ts7-config-error',
    project: TSC_CONFIG_ERROR,
    targets: [],
    packages: TS_SIDE_BY_SIDE,
  },
  { tool: 'vitest', name: 'ts-app-coverage', project: 'examples/ts-app', targets: [], withCoverage: true },
  { tool: 'vitest', name: 'ts-clean', project: TS_CLEAN, targets: [] },
  // vitest before 1.4 has no --includeTaskLocation: the gate must not pass it.
  {
    tool: 'vitest',
    name: 'vitest-1.3',
    project: {
      'package.json': manifest({ name: 'vitest-old', type: 'module' }),
      'tests/math.test.js': [
        "import { describe, expect, it } from 'vitest'",
        '',
        "describe('math', () => {",
        "  it('adds', () => {",
        '    expect(1 + 1).toBe(2)',
        '  })',
        '',
        "  it('subtracts', () => {",
        '    expect(3 - 1).toBe(1)',
        '  })',
        '})',
        '',
      ].join('\n'),
    },
    targets: [],
    packages: { vitest: '1.3.1' },
  },
  { tool: 'vitest', name: 'import-error', project: VITEST_IMPORT_ERROR, targets: [] },
  {
    tool: 'vitest',
    name: 'no-tests',
    project: { 'package.json': manifest({ name: 'empty', type: 'module' }), 'app.js': 'export default 1\n' },
    targets: [],
  },
  {
    tool: 'jest',
    name: 'jest-app-coverage',
    project: '__tests__/projects/jest-app',
    targets: [],
    withCoverage: true,
  },
  { tool: 'jest', name: 'jest-clean', project: JEST_CLEAN, targets: [] },
  {
    tool: 'jest',
    name: 'no-tests',
    project: { 'package.json': manifest({ name: 'empty' }), 'app.js': '1\n' },
    targets: [],
  },
  ...Object.entries(PYTEST_STARTUP).map(([name, project]) => ({
    tool: 'pytest' as const,
    name,
    project,
    targets: [],
    withCoverage: name === 'conftest-import-error',
  })),
  {
    tool: 'vitest',
    name: 'config-import-error',
    project: VITEST_STARTUP['config-import-error'],
    targets: [],
  },
  // An option vitest does not know, as a project's script may pass it: CACError, not its stack frames.
  { tool: 'vitest', name: 'unknown-option', project: VITEST_IMPORT_ERROR, targets: ['--frobnicate'] },
  { tool: 'jest', name: 'missing-preset', project: JEST_STARTUP['missing-preset'], targets: [] },
  { tool: 'jest', name: 'unknown-option', project: JEST_CLEAN, targets: ['--frobnicate'] },
  { tool: 'ruff', name: 'config-warnings', project: WARNED.ruff, modern: true },
  { tool: 'mypy', name: 'config-warnings', project: WARNED.mypy, modern: true },
  { tool: 'black', name: 'config-warnings', project: WARNED.black, modern: true },
  { tool: 'isort', name: 'config-warnings', project: WARNED.isort },
  {
    tool: 'pytest',
    name: 'config-warnings',
    project: WARNED.pytest,
    targets: [],
    withCoverage: true,
    modern: true,
  },
  { tool: 'pyright', name: 'config-warnings', project: WARNED.pyright, targets: [] },
  { tool: 'eslint', name: 'config-warnings', project: WARNED.eslint },
  { tool: 'prettier', name: 'config-warnings', project: WARNED.prettier },
  { tool: 'jest', name: 'config-warnings', project: WARNED.jest, targets: [] },
  { tool: 'vitest', name: 'config-warnings', project: WARNED.vitest, targets: [] },
  { tool: 'biome', name: 'biome-app', project: BIOME_APP },
  { tool: 'biome', name: 'biome-clean', project: BIOME_CLEAN },
  { tool: 'biome', name: 'config-error', project: BIOME_CONFIG_ERROR },
  { tool: 'biome-format', name: 'biome-app', project: BIOME_APP },
  { tool: 'biome-format', name: 'biome-clean', project: BIOME_CLEAN },
  // Before 2.4, positions were byte spans into the file's text: non-ASCII text before a finding tests that.
  {
    tool: 'biome',
    name: 'biome-2.3',
    project: {
      'package.json': manifest({ name: 'biome-old' }, '\t'),
      'src/app.ts':
        'const name = "ünïcode"; var count = 1\nif (count == 2) {\n  debugger\n}\nexport const value = count + name\n',
    },
    packages: { '@biomejs/biome': '2.3.15' },
  },
]

/** Installs node tools at exact versions from the npm registry into a prefix (once for the shared one). */
function installNodeTools(prefix = NPM_PREFIX, packages = NODE_PACKAGES): void {
  mkdirSync(prefix, { recursive: true })
  writeFileSync(
    path.join(prefix, 'package.json'),
    `${JSON.stringify({ name: 'capture-tools', private: true, devDependencies: packages }, null, 2)}\n`,
  )
  const done = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--save-exact'], {
    cwd: prefix,
    stdio: 'inherit',
  })
  if (done.status !== 0) throw new Error(`npm install in ${prefix} failed (${done.status})`)
}

/** The wheel index this machine image carries (files, not a registry): modern Python tools. */
const WHEEL_INDEX = '/opt/pypi/simple'
const MODERN_VENV = path.join(WORK, 'venv-modern')
const MODERN_TOOLS = ['ruff', 'mypy', 'black', 'isort', 'flake8', 'pylint', 'pytest', 'coverage']

/** A venv with the modern tools from the local wheel index, made once; its interpreter. */
function modernPython(): string {
  const python = path.join(MODERN_VENV, 'bin', 'python')
  if (existsSync(python)) return python
  if (!existsSync(WHEEL_INDEX)) throw new Error(`modern cases need the local wheel index at ${WHEEL_INDEX}`)
  const steps = [
    [PYTHON, '-m', 'venv', MODERN_VENV],
    [python, '-m', 'pip', 'install', '-q', '--index-url', `file://${WHEEL_INDEX}`, ...MODERN_TOOLS],
  ]
  for (const [command = '', ...args] of steps) {
    const done = spawnSync(command, args, { stdio: 'inherit' })
    if (done.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${done.status})`)
  }
  return python
}

async function capture(item: Case): Promise<void> {
  const tool = toolOf(item.tool)
  if (!tool) throw new Error(`no adapter for ${item.tool}`)
  const cwd = path.join(WORK, item.tool, item.name)
  rmSync(cwd, { recursive: true, force: true })
  mkdirSync(cwd, { recursive: true })
  if (typeof item.project === 'string') {
    cpSync(path.join(ROOT, item.project), cwd, {
      recursive: true,
      filter: (source) => !/[\\/](node_modules|coverage)$/.test(source),
    })
  } else {
    for (const [name, text] of Object.entries(item.project)) {
      mkdirSync(path.dirname(path.join(cwd, name)), { recursive: true })
      writeFileSync(path.join(cwd, name), text)
    }
  }
  if (tool.ecosystem === 'node') {
    const prefix = item.packages ? `${NPM_PREFIX}-${item.tool}-${item.name}` : NPM_PREFIX
    if (item.packages) installNodeTools(prefix, item.packages)
    symlinkSync(path.join(prefix, 'node_modules'), path.join(cwd, 'node_modules'))
  }
  const env = { ...process.env, PATH: `${path.join(ROOT, 'node_modules', '.bin')}:${process.env.PATH ?? ''}` }
  const python = item.modern ? modernPython() : PYTHON
  const { resolutions } = await findInstalledTools([tool], { cwd, workspace: cwd, python, env })
  const resolved = resolutions.get(tool)
  if (!resolved || 'missing' in resolved) throw new Error(`${item.tool} is not installed`)
  const { launcher, version } = resolved as ResolvedTool
  const ctx: ToolContext = {
    workspace: cwd,
    cwd,
    launcher,
    targets: item.targets ?? ['.'],
    extraArgs: item.extraArgs ?? [],
    tempDir: `${cwd}.tmp`,
    python,
    ...(item.withCoverage ? { withCoverage: true } : {}),
    ...(version ? { version } : {}),
  }
  rmSync(ctx.tempDir, { recursive: true, force: true })
  mkdirSync(ctx.tempDir, { recursive: true })
  const command = tool.command(ctx)
  const options = { cwd, env: toolEnvironment(env, command.env), timeoutMs: 120_000 }
  const run = await runProcess(command.argv, options)
  const after = []
  for (const argv of command.after ?? []) after.push(await runProcess(argv, options))
  const out = path.join(FIXTURES, item.tool, item.name)
  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  const reads: Record<string, string> = {}
  for (const [name, file] of Object.entries(command.reads ?? {})) {
    if (!existsSync(file)) continue
    reads[name] = path.basename(file)
    copyFileSync(file, path.join(out, path.basename(file)))
  }
  const afterRuns = after.map((done) => ({
    argv: done.argv,
    exitCode: done.exitCode,
    stdout: done.stdout,
    stderr: done.stderr,
  }))
  writeFileSync(
    path.join(out, 'run.json'),
    `${JSON.stringify({ tool: item.tool, version, context: ctx, argv: run.argv, exitCode: run.exitCode, reads, after: afterRuns }, null, 2)}\n`,
  )
  writeFileSync(path.join(out, 'stdout.txt'), run.stdout)
  writeFileSync(path.join(out, 'stderr.txt'), run.stderr)
  console.log(
    `${item.tool}/${item.name}: exit ${run.exitCode}, ${run.stdout.length} bytes of stdout (${version})`,
  )
}

const only = process.argv.slice(2)
// `npm run capture -- biome` recaptures a tool's cases; `biome/biome-2.3` one case.
const chosen = CASES.filter(
  (item) => only.length === 0 || only.includes(item.tool) || only.includes(`${item.tool}/${item.name}`),
)
if (chosen.some((item) => toolOf(item.tool).ecosystem === 'node' && !item.packages)) installNodeTools()
for (const item of chosen) await capture(item)
