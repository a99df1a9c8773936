// The pinned toolchain through the built action, with the project's own pins and plugins and an index in
// trouble: a pre-commit config frozen to SHAs with a flake8 plugin in additional_dependencies (its rule
// appears only when the plugin is installed), one unavailable pin beside node tools that still run, an index
// that never answers (fails in seconds), and uv when it is on PATH (a stand-in that records its argv and
// does the work with pip, since uv cannot be installed here).
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer, type Server, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CheckResult, Report } from '../src/types.js'
import { copyProject, DEBIAN_PYTHON, example, runAction } from './helpers/action.js'
import { installedVersion, buildWheelhouse, FLAKE8, FLAKE8_NO_TODO, ISORT } from './helpers/wheelhouse.js'
// Debian's flake8 repackaged (helpers/wheelhouse.ts), whichever version the machine has.
const FLAKE8_VERSION = installedVersion('flake8')

const check = (report: Report | undefined, tool: string): CheckResult | undefined =>
  report?.checks.find((each) => each.tool === tool)
const rules = (result: CheckResult | undefined): string[] =>
  (result?.findings ?? [])
    .map((item) => `${item.file}${item.line === undefined ? '' : `:${item.line}`} ${item.rule ?? '-'}`)
    .sort()

/** Only the wheelhouse: this machine's pip configuration (extra indexes, find-links) is left out. */
const offline = (wheelhouse: string): Record<string, string> => ({
  PIP_CONFIG_FILE: '/dev/null',
  PIP_NO_INDEX: '1',
  PIP_FIND_LINKS: wheelhouse,
})

describe("the project's own pins and plugins", () => {
  const SHA = '0123456789abcdef0123456789abcdef01234567'
  let wheelhouse: string

  beforeAll(() => {
    wheelhouse = buildWheelhouse([...FLAKE8, FLAKE8_NO_TODO])
  }, 120_000)

  const project = (hook: string): string => {
    const workspace = copyProject(example('python-app'))
    writeFileSync(
      path.join(workspace, '.pre-commit-config.yaml'),
      `repos:\n  - repo: https://github.com/PyCQA/flake8\n    rev: ${SHA}  # frozen: ${FLAKE8_VERSION}\n    hooks:\n${hook}`,
    )
    writeFileSync(path.join(workspace, 'src', 'pyapp', 'later.py'), 'VALUE = 1  # TODO: remove\n')
    return workspace
  }

  it('a "# frozen:" rev pins the tool; additional_dependencies install beside it, so its rule is found', async () => {
    const gate = (hook: string) =>
      runAction({
        workspace: project(hook),
        inputs: { 'tool-source': 'pinned', python: DEBIAN_PYTHON, checks: 'lint' },
        env: {
          QUALITY_GATE_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'qg-cache-')),
          ...offline(wheelhouse),
        },
      })
    const withPlugin = await gate('      - id: flake8\n        additional_dependencies: [flake8-no-todo]\n')
    const flake8 = check(withPlugin.report, 'flake8')
    expect(flake8).toMatchObject({
      version: FLAKE8_VERSION,
      pin: {
        version: FLAKE8_VERSION,
        source: expect.stringContaining(`rev ${SHA.slice(0, 12)}… # frozen: ${FLAKE8_VERSION}`),
      },
    })
    expect(flake8?.source).toContain(
      'with flake8-no-todo from .pre-commit-config.yaml (flake8 hook additional_dependencies)',
    )
    expect(rules(flake8)).toContain('src/pyapp/later.py:1 QGT001')
    expect(withPlugin.report?.toolchain?.units).toEqual([
      expect.objectContaining({ package: 'flake8', extras: ['flake8-no-todo'], state: 'installed' }),
    ])

    // Without the plugin the rule does not exist: by hand with Debian's flake8, and through the gate.
    const byHand = spawnSync(DEBIAN_PYTHON, ['-m', 'flake8', 'src/pyapp/later.py'], {
      cwd: project('      - id: flake8\n'),
      encoding: 'utf8',
    })
    expect(byHand.stdout).not.toContain('QGT001')
    const without = await gate('      - id: flake8\n')
    expect(rules(check(without.report, 'flake8'))).toEqual(
      rules(flake8).filter((rule) => !rule.endsWith('QGT001')),
    )
  }, 240_000)
})

describe('an install that fails stays with its tool', () => {
  it('an unavailable pin beside pyright and prettier: the node tools run; the reason names only its tool', async () => {
    const wheelhouse = buildWheelhouse([...FLAKE8, ...ISORT('9.0.2')])
    const workspace = copyProject(example('python-app'))
    writeFileSync(path.join(workspace, 'data.json'), '{"a":1,\n  "b":    [1,2]}\n')
    const result = await runAction({
      workspace,
      inputs: {
        'tool-source': 'pinned',
        python: DEBIAN_PYTHON,
        checks: 'format,lint,typecheck',
        tools: 'isort,flake8@99.0.0,pyright,prettier',
      },
      env: { QUALITY_GATE_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'qg-cache-')), ...offline(wheelhouse) },
      timeoutMs: 300_000,
    })
    expect(check(result.report, 'flake8')).toMatchObject({
      outcome: 'error',
      reason:
        'flake8==99.0.0 could not be installed: pip install: No matching distribution found for flake8==99.0.0',
    })
    expect(check(result.report, 'flake8')?.version).toBeUndefined()
    expect(check(result.report, 'isort')).toMatchObject({ outcome: 'fail', version: '9.0.2' })
    expect(rules(check(result.report, 'pyright'))).toEqual([
      'src/pyapp/inventory.py:21 reportAssignmentType',
      'src/pyapp/inventory.py:27 reportCallIssue',
    ])
    expect(check(result.report, 'prettier')).toMatchObject({ outcome: 'fail' })
    expect(rules(check(result.report, 'prettier'))).toContain('data.json -')
    expect(result.report?.toolchain?.units.map((unit) => `${unit.package} ${unit.state}`).sort()).toEqual([
      'flake8 failed',
      'isort installed',
      'prettier installed',
      'pyright installed',
    ])
    // The way out, said once; the installer's output once, collapsed, in the summary.
    const warnings = result.commands.filter((command) => command.command === 'warning').map((c) => c.message)
    expect(warnings.filter((message) => message.includes('Could not install flake8 99.0.0'))).toEqual([
      expect.stringContaining('set tool-source: path, or point PIP_INDEX_URL'),
    ])
    expect(result.summary).toContain('<details><summary>Installer log of what failed</summary>')
    expect(
      result.summary.match(/No matching distribution found for flake8==99\.0\.0/g)?.length,
    ).toBeGreaterThan(1)
    expect(result.summary).toContain('Pinned toolchain: installed')
    expect(result.summary).toMatch(/failed flake8 99\.0\.0/)
  }, 300_000)
})

describe('an index that does not answer', () => {
  let server: Server
  let port = 0
  const sockets = new Set<Socket>()
  beforeAll(async () => {
    // Accepts connections and never says a word: the worst kind of unreachable.
    server = createServer((socket) => void sockets.add(socket))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    port = typeof address === 'object' && address !== null ? address.port : 0
  })
  afterAll(async () => {
    for (const socket of sockets) socket.destroy()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })

  it('fails fast (a 6 s read timeout, no retries), with the cause in one line and no retry log in the reason', async () => {
    const result = await runAction({
      workspace: copyProject(example('python-app')),
      inputs: { 'tool-source': 'pinned', python: DEBIAN_PYTHON, checks: 'lint', tools: 'flake8@5.0.4' },
      env: {
        QUALITY_GATE_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'qg-cache-')),
        PIP_CONFIG_FILE: '/dev/null',
        PIP_INDEX_URL: `http://127.0.0.1:${port}/simple`,
      },
      // This machine's own pip settings (a 180 s timeout, local wheels) would hide the gate's defaults.
      unsetEnv: ['PIP_DEFAULT_TIMEOUT', 'PIP_TIMEOUT', 'PIP_RETRIES', 'PIP_FIND_LINKS'],
      timeoutMs: 120_000,
    })
    const reason = check(result.report, 'flake8')?.reason ?? ''
    expect(reason).toMatch(
      /^flake8==5\.0\.4 could not be installed: pip install: No matching distribution found for flake8==5\.0\.4 \(the index did not answer: ReadTimeoutError: Read timed out\. \(read timeout=6(\.0)?\) \(\/simple\/flake8\/\)\)$/,
    )
    expect(reason).not.toContain('Retrying')
    expect(result.exitCode).toBe(1)
    expect(result.outputs.passed).toBe('false')
  }, 120_000)
})

describe('uv on PATH', () => {
  it('installs with uv (a stand-in recording its argv) and says so', async () => {
    const wheelhouse = buildWheelhouse(FLAKE8)
    const bin = mkdtempSync(path.join(tmpdir(), 'qg-fake-uv-'))
    const record = path.join(bin, 'argv.jsonl')
    // uv's commands, done with the interpreter's pip; UV_* settings are what the gate passes on.
    writeFileSync(
      path.join(bin, 'uv'),
      [
        `#!${DEBIAN_PYTHON}`,
        'import json, os, subprocess, sys',
        'args = sys.argv[1:]',
        `open(${JSON.stringify(record)}, "a").write(json.dumps(args) + "\\n")`,
        'if args == ["--version"]:',
        '    print("uv 0.9.9 (stand-in)"); sys.exit(0)',
        'def value(flag):',
        '    return args[args.index(flag) + 1] if flag in args else None',
        'python = value("--python")',
        'if args[0] == "venv":',
        '    sys.exit(subprocess.call([python, "-m", "venv", "--without-pip", args[-1]]))',
        'if args[:2] == ["pip", "install"]:',
        '    specs = [a for a in args[2:] if not a.startswith("-") and a not in (python, value("--target"))]',
        '    index = ["--no-index"] if os.environ.get("UV_NO_INDEX") else []',
        '    links = ["--find-links", os.environ["UV_FIND_LINKS"]] if os.environ.get("UV_FIND_LINKS") else []',
        `    pip = [${JSON.stringify(DEBIAN_PYTHON)}, "-m", "pip"]`,
        '    where = ["install", "--target", value("--target")] if value("--target") else ["--python", python, "install"]',
        '    sys.exit(subprocess.call(pip + where + index + links + specs))',
        'sys.exit(2)',
        '',
      ].join('\n'),
    )
    chmodSync(path.join(bin, 'uv'), 0o755)
    const result = await runAction({
      workspace: copyProject(example('python-app')),
      inputs: {
        'tool-source': 'pinned',
        python: DEBIAN_PYTHON,
        checks: 'lint',
        tools: `flake8@${FLAKE8_VERSION}`,
      },
      env: {
        QUALITY_GATE_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'qg-cache-')),
        PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
        PIP_CONFIG_FILE: '/dev/null',
        PIP_NO_INDEX: '1',
        PIP_FIND_LINKS: wheelhouse,
      },
    })
    const calls = readFileSync(record, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as string[])
    const unit = result.report?.toolchain?.units[0]?.location ?? ''
    expect(calls).toEqual([
      ['--version'],
      [
        'venv',
        '--quiet',
        '--python',
        DEBIAN_PYTHON,
        expect.stringMatching(/\.build-flake8-venv-.*\/python$/),
      ],
      [
        'pip',
        'install',
        '--python',
        expect.stringMatching(/\/python\/bin\/python$/),
        `flake8==${FLAKE8_VERSION}`,
      ],
    ])
    expect(result.report?.toolchain).toMatchObject({
      installer: 'uv 0.9.9',
      cache: 'miss',
      installerCalls: 2,
    })
    expect(check(result.report, 'flake8')).toMatchObject({ outcome: 'fail', version: FLAKE8_VERSION })
    expect(check(result.report, 'flake8')?.runs?.[0]?.argv[0]).toBe(
      path.join(unit, 'python', 'bin', 'python'),
    )
    expect(check(result.report, 'flake8')?.findings.length).toBe(4)
  }, 180_000)
})
