// Regenerates __tests__/fixtures/<tool>/<case>/ by running Debian's real tools (and pyright from npm) with
// the argv the adapters build. Run with `npm run capture`. Outputs are kept exactly as the tools print them.
import { copyFileSync, cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { runTool, toolEnvironment } from '../src/exec.js'
import { resolvePathTools, type ResolvedTool } from '../src/toolchain/path.js'
import { adapterFor } from '../src/tools/index.js'
import type { ToolId } from '../src/tools/names.js'
import type { ToolContext } from '../src/tools/tool.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const FIXTURES = path.join(ROOT, '__tests__', 'fixtures')
/** A fixed place, so the absolute paths some tools print are the same on every capture. */
const WORK = '/tmp/quality-gate-capture'
const PYTHON = '/usr/bin/python3'

interface Case {
  tool: ToolId
  name: string
  project: 'python-app' | 'python-clean' | Record<string, string>
  targets?: string[]
  extraArgs?: string[]
  withCoverage?: boolean
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

const CASES: Case[] = [
  { tool: 'black', name: 'python-app', project: 'python-app' },
  { tool: 'black', name: 'python-clean', project: 'python-clean' },
  { tool: 'black', name: 'syntax-error-123', project: BROKEN },
  { tool: 'isort', name: 'python-app', project: 'python-app' },
  { tool: 'isort', name: 'python-clean', project: 'python-clean' },
  { tool: 'flake8', name: 'python-app', project: 'python-app' },
  { tool: 'flake8', name: 'python-clean', project: 'python-clean' },
  { tool: 'flake8', name: 'syntax-error', project: BROKEN },
  { tool: 'pylint', name: 'python-app', project: 'python-app' },
  { tool: 'pylint', name: 'python-clean', project: 'python-clean' },
  { tool: 'pylint', name: 'syntax-error', project: BROKEN },
  { tool: 'mypy', name: 'python-app', project: 'python-app', targets: [] },
  { tool: 'mypy', name: 'python-clean', project: 'python-clean', targets: [] },
  { tool: 'mypy', name: 'syntax-error-blocking', project: BROKEN },
  { tool: 'pyright', name: 'python-app', project: 'python-app', targets: [] },
  { tool: 'pyright', name: 'python-clean', project: 'python-clean', targets: [] },
  { tool: 'bandit', name: 'python-app', project: 'python-app' },
  { tool: 'bandit', name: 'python-clean', project: 'python-clean' },
  { tool: 'pytest', name: 'python-app-coverage', project: 'python-app', targets: [], withCoverage: true },
  { tool: 'pytest', name: 'python-clean', project: 'python-clean', targets: [] },
  { tool: 'pytest', name: 'mixed-outcomes', project: MIXED, targets: [] },
  { tool: 'pytest', name: 'collection-error', project: COLLECTION_ERROR, targets: [] },
  { tool: 'pytest', name: 'no-tests', project: { 'app.py': 'VALUE = 1\n' }, targets: [] },
  { tool: 'pytest', name: 'branch-coverage', project: BRANCHES, targets: [], withCoverage: true },
]

async function capture(item: Case): Promise<void> {
  const tool = adapterFor(item.tool)
  if (!tool) throw new Error(`no adapter for ${item.tool}`)
  const cwd = path.join(WORK, item.tool, item.name)
  rmSync(cwd, { recursive: true, force: true })
  mkdirSync(cwd, { recursive: true })
  if (typeof item.project === 'string') {
    cpSync(path.join(ROOT, 'examples', item.project), cwd, { recursive: true })
  } else {
    for (const [name, text] of Object.entries(item.project)) writeFileSync(path.join(cwd, name), text)
  }
  const env = { ...process.env, PATH: `${path.join(ROOT, 'node_modules', '.bin')}:${process.env.PATH ?? ''}` }
  const { resolutions } = await resolvePathTools([tool], { cwd, workspace: cwd, python: PYTHON, env })
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
    python: PYTHON,
    ...(item.withCoverage ? { withCoverage: true } : {}),
    ...(version ? { version } : {}),
  }
  rmSync(ctx.tempDir, { recursive: true, force: true })
  mkdirSync(ctx.tempDir, { recursive: true })
  const command = tool.command(ctx)
  const options = { cwd, env: toolEnvironment(env, command.env), timeoutMs: 120_000 }
  const run = await runTool(command.argv, options)
  const after = []
  for (const argv of command.after ?? []) after.push(await runTool(argv, options))
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

for (const item of CASES) await capture(item)
