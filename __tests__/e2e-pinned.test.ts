// tool-source: pinned, end to end through the built action: real pip and venv installing real tools
// (Debian's, repackaged into a wheelhouse the test builds, offline), real npm installing pyright from the
// registry, a toolchain reused from the cache, a damaged one rebuilt, and a cache service that is down.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Report } from '../src/types.js'
import { copyProject, DEBIAN_PYTHON, example, runAction, type ActionResult } from './helpers/action.js'
import { venvWithout } from './helpers/python.js'
import { installedVersion, buildWheelhouse, COVERAGE, FLAKE8, ISORT, PYTEST } from './helpers/wheelhouse.js'
// Debian's flake8 repackaged (helpers/wheelhouse.ts), whichever version the machine has.
const FLAKE8_VERSION = installedVersion('flake8')
const PYTEST_VERSION = installedVersion('pytest')
const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const brief = (report: Report | undefined): string[] =>
  (report?.checks ?? [])
    .flatMap((check) => [
      `${check.tool}: ${check.outcome}`,
      ...check.findings.map((item) => `${check.tool} ${item.file}:${item.line} ${item.rule ?? '-'}`),
    ])
    .sort()

function installedIn(python: string, distribution: string): string {
  return spawnSync(
    python,
    ['-c', `import importlib.metadata as m; print(m.version(${JSON.stringify(distribution)}))`],
    {
      encoding: 'utf8',
    },
  ).stdout.trim()
}

describe('pinned Python toolchain from a wheelhouse', () => {
  let wheelhouse: string
  let cacheDir: string
  const emptyWheelhouse = mkdtempSync(path.join(tmpdir(), 'qg-empty-wheelhouse-'))
  const run = (links: string, extra: Record<string, string> = {}): Promise<ActionResult> =>
    runAction({
      workspace: copyProject(example('python-app')),
      inputs: {
        'tool-source': 'pinned',
        python: DEBIAN_PYTHON,
        checks: 'format,lint',
        tools: `isort,flake8@${FLAKE8_VERSION}`,
        ...extra,
      },
      env: {
        QUALITY_GATE_CACHE_DIR: cacheDir,
        PIP_NO_INDEX: '1',
        PIP_FIND_LINKS: links,
        PIP_DISABLE_PIP_VERSION_CHECK: '1',
      },
    })
  let cold: ActionResult
  let warm: ActionResult

  beforeAll(async () => {
    // isort is built as 9.0.2, the built-in default pin, so that the table's pin can be installed offline.
    wheelhouse = buildWheelhouse([...FLAKE8, ...ISORT('9.0.2')])
    cacheDir = mkdtempSync(path.join(tmpdir(), 'qg-cache-'))
    cold = await run(wheelhouse)
    warm = await run(emptyWheelhouse)
  }, 300_000)

  it('installs each pinned version into its own venv', () => {
    const toolchain = cold.report?.toolchain
    expect(toolchain).toMatchObject({ cache: 'miss', installer: 'pip' })
    expect(toolchain?.installerCalls).toBe(4) // per tool: python -m venv --without-pip, pip --python … install
    const python = (name: string): string =>
      path.join(
        toolchain?.units.find((unit) => unit.package === name)?.location ?? '',
        'python',
        'bin',
        'python',
      )
    expect(installedIn(python('flake8'), 'flake8')).toBe(FLAKE8_VERSION)
    expect(installedIn(python('isort'), 'isort')).toBe('9.0.2')
    expect(installedIn(python('isort'), 'flake8')).toBe('') // isolated: one tool's packages only
    expect(toolchain?.units.map((unit) => `${unit.package} ${unit.version} ${unit.state}`)).toEqual([
      'isort 9.0.2 installed',
      `flake8 ${FLAKE8_VERSION} installed`,
    ])
    expect(toolchain?.key).toMatch(/^quality-gate-toolchain-linux-x64-[0-9a-f]{20}$/)
  })

  it('shows each version and where its pin came from', () => {
    const pins = Object.fromEntries(
      cold.report?.checks.map((check) => [check.tool, [check.version, check.pin?.source]]) ?? [],
    )
    expect(pins).toEqual({ isort: ['9.0.2', 'built-in default'], flake8: [FLAKE8_VERSION, 'tools input'] })
    expect(cold.summary).toContain(
      `Pinned toolchain: installed isort 9.0.2, flake8 ${FLAKE8_VERSION} \\(4 installer calls\\)`,
    )
    expect(cold.summary).toContain(
      `| flake8 | ${FLAKE8_VERSION} | ${FLAKE8_VERSION} from tools input | pinned flake8==${FLAKE8_VERSION}`,
    )
    expect(cold.summary).toMatch(/\| isort \| 9\.0\.2 \| 9\.0\.2 from built-in default \|/)
    expect(cold.stdout).toMatch(
      new RegExp(
        `Pinned toolchain: installed isort 9\\.0\\.2, flake8 ${escaped(FLAKE8_VERSION)} \\(4 installer calls\\) in [\\d.]+ s; key quality-gate-`,
      ),
    )
  })

  it('gates with the installed tools: the same findings as the tools on PATH', async () => {
    const onPath = await runAction({
      workspace: copyProject(example('python-app')),
      inputs: { 'tool-source': 'path', python: DEBIAN_PYTHON, checks: 'format,lint', tools: 'isort,flake8' },
    })
    expect(brief(cold.report)).toEqual(brief(onPath.report))
    expect(brief(cold.report)).toHaveLength(7) // 2 outcomes, 5 findings
    expect(cold.report?.checks.map((check) => check.outcome)).toEqual(['fail', 'fail'])
    expect(cold.exitCode).toBe(1)
  })

  it('a second run restores the toolchain without calling an installer (the wheelhouse is gone)', () => {
    expect(warm.report?.toolchain).toMatchObject({
      cache: 'hit',
      installerCalls: 0,
      key: cold.report?.toolchain?.key,
    })
    expect(brief(warm.report)).toEqual(brief(cold.report))
    expect(warm.stdout).toMatch(/Pinned toolchain: restored from the local cache in [\d.]+ s/)
  })

  it('a damaged cached toolchain is detected and reinstalled', async () => {
    const location = cold.report?.toolchain?.units.find((unit) => unit.package === 'flake8')?.location ?? ''
    const site = path.join(location, 'python', 'lib')
    const [pythonDir] = readdirSync(site)
    rmSync(path.join(site, pythonDir ?? '', 'site-packages', 'flake8'), { recursive: true, force: true })
    const repaired = await run(wheelhouse)
    expect(repaired.report?.toolchain).toMatchObject({ cache: 'miss', key: cold.report?.toolchain?.key })
    expect(repaired.report?.toolchain?.installerCalls).toBe(2) // flake8 alone
    expect(repaired.report?.toolchain?.units.map((unit) => unit.state)).toEqual(['cached', 'installed'])
    expect(brief(repaired.report)).toEqual(brief(cold.report))
    const again = await run(emptyWheelhouse)
    expect(again.report?.toolchain).toMatchObject({ cache: 'hit', installerCalls: 0 })
  }, 120_000)

  it('a pin the index does not have is tool trouble for that tool, never a pass', async () => {
    const result = await run(wheelhouse, { tools: 'isort,flake8@99.0.0' })
    expect(result.exitCode).toBe(1)
    const flake8 = result.report?.checks.find((check) => check.tool === 'flake8')
    expect(flake8?.outcome).toBe('error')
    expect(flake8?.reason).toBe(
      'flake8==99.0.0 could not be installed: pip install: No matching distribution found for flake8==99.0.0',
    )
    expect(flake8?.version).toBeUndefined()
    // isort installed and ran: one tool's failure is its own.
    expect(result.report?.checks.find((check) => check.tool === 'isort')).toMatchObject({
      outcome: 'fail',
      version: '9.0.2',
    })
  })
})

describe('pytest and coverage.py into an overlay on the project interpreter', () => {
  it('installs them with pip --target when the project lacks them, and runs the tests once', async () => {
    const wheelhouse = buildWheelhouse([...PYTEST, ...COVERAGE('7.17.3')])
    const python = venvWithout(['pytest', '_pytest', 'coverage'])
    const result = await runAction({
      workspace: copyProject(example('python-app')),
      inputs: { 'tool-source': 'pinned', python, checks: 'test,coverage', tools: `pytest@${PYTEST_VERSION}` },
      env: {
        QUALITY_GATE_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'qg-cache-')),
        PIP_NO_INDEX: '1',
        PIP_FIND_LINKS: wheelhouse,
      },
    })
    const site = (name: string): string =>
      path.join(result.report?.toolchain?.units.find((unit) => unit.package === name)?.location ?? '', 'site')
    expect(existsSync(path.join(site('pytest'), `pytest-${PYTEST_VERSION}.dist-info`))).toBe(true)
    expect(existsSync(path.join(site('coverage'), 'coverage-7.17.3.dist-info'))).toBe(true)
    expect(result.report?.checks.map((check) => `${check.tool}@${check.version}:${check.outcome}`)).toEqual([
      `pytest@${PYTEST_VERSION}:fail`,
      'coverage@7.17.3:pass',
    ])
    expect(result.report?.checks[0]?.tests).toMatchObject({ passed: 1, failed: 1, skipped: 1 })
    expect(result.report?.checks[0]?.source).toMatch(/^project interpreter \+ pinned overlay/)
    expect(Number(result.outputs.coverage)).toBeGreaterThan(40)
  }, 180_000)

  it("runs the project's own pytest when it has one, and says so when another version was asked for", async () => {
    const result = await runAction({
      workspace: copyProject(example('python-clean')),
      inputs: { 'tool-source': 'pinned', python: DEBIAN_PYTHON, checks: 'test', tools: 'pytest@99.0.0' },
      env: { QUALITY_GATE_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'qg-cache-')), PIP_NO_INDEX: '1' },
    })
    expect(result.report?.checks.map((check) => `${check.tool}@${check.version}:${check.outcome}`)).toEqual([
      `pytest@${PYTEST_VERSION}:pass`,
    ])
    expect(result.report?.warnings).toContain(
      `pytest@99.0.0 was asked for, but ${PYTEST_VERSION} is installed (it runs in the project's environment, which has its own).`,
    )
  })
})

describe('pinned node tools from the npm registry', () => {
  it('installs pyright at its pin into an npm prefix, gates with it, then reuses it', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'qg-cache-'))
    const gate = () =>
      runAction({
        workspace: copyProject(example('python-app')),
        inputs: { 'tool-source': 'pinned', python: DEBIAN_PYTHON, checks: 'typecheck', tools: 'pyright' },
        env: { QUALITY_GATE_CACHE_DIR: cacheDir },
      })
    const cold = await gate()
    const pyright = cold.report?.checks[0]
    expect(pyright).toMatchObject({
      tool: 'pyright',
      version: '1.1.414',
      pin: { version: '1.1.414', source: 'built-in default' },
    })
    expect(pyright?.source).toMatch(/^pinned pyright@1\.1\.414/)
    // `node <the package's bin script>`: no .bin shim (Windows cannot spawn .cmd shims without a shell).
    expect(pyright?.runs?.[0]?.argv[1]).toBe(
      path.join(
        cold.report?.toolchain?.units[0]?.location ?? '',
        'node',
        'node_modules',
        'pyright',
        'index.js',
      ),
    )
    expect(pyright?.findings.map((item) => `${item.file}:${item.line} ${item.rule}`)).toEqual([
      'src/pyapp/inventory.py:21 reportAssignmentType',
      'src/pyapp/inventory.py:27 reportCallIssue',
    ])
    const warm = await gate()
    expect(warm.report?.toolchain).toMatchObject({ cache: 'hit', installerCalls: 0 })
    expect(warm.report?.checks[0]?.findings).toEqual(pyright?.findings)
  }, 300_000)
})

describe('cache service trouble', () => {
  it('an unreachable Actions cache is a warning; the toolchain is installed and the verdict is unchanged', async () => {
    const wheelhouse = buildWheelhouse(FLAKE8)
    const gate = (env: Record<string, string>) =>
      runAction({
        workspace: copyProject(example('python-app')),
        inputs: {
          'tool-source': 'pinned',
          python: DEBIAN_PYTHON,
          checks: 'lint',
          tools: `flake8@${FLAKE8_VERSION}`,
        },
        env: {
          QUALITY_GATE_CACHE_DIR: mkdtempSync(path.join(tmpdir(), 'qg-cache-')),
          PIP_NO_INDEX: '1',
          PIP_FIND_LINKS: wheelhouse,
          ...env,
        },
      })
    const baseline = await gate({})
    const faulty = await gate({
      ACTIONS_CACHE_SERVICE_V2: 'true',
      ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/',
      ACTIONS_RUNTIME_TOKEN: 'not-a-real-token',
    })
    expect(faulty.exitCode).toBe(baseline.exitCode)
    expect(faulty.outputs.passed).toBe(baseline.outputs.passed)
    expect(faulty.outputs['failed-checks']).toBe(baseline.outputs['failed-checks'])
    expect(brief(faulty.report)).toEqual(brief(baseline.report))
    expect(faulty.report?.toolchain?.cache).toBe('miss')
    const warnings = faulty.commands
      .filter((command) => command.command === 'warning')
      .map((command) => command.message)
    expect(warnings.some((message) => /cache/i.test(message))).toBe(true)
  }, 180_000)
})
