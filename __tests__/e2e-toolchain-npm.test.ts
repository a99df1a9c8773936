// The pinned toolchain module on its own: real npm installs of pinned prettier and pyright, each into its
// own prefix, and two gates building the same toolchain at once.
import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { resolvePinnedTools } from '../src/toolchain/pinned.js'
import { resolvePins } from '../src/toolchain/pins.js'
import { NO_PROJECT_PINS } from '../src/toolchain/project-pins.js'
import { pyright } from '../src/tools/pyright.js'
import type { Tool } from '../src/tools/tool.js'
import { copyProject, DEBIAN_PYTHON, example, machineEnvironment, runAction } from './helpers/action.js'
import { prettier } from '../src/tools/prettier.js'
import { installedVersion, buildWheelhouse, FLAKE8 } from './helpers/wheelhouse.js'
// Debian's flake8 repackaged (helpers/wheelhouse.ts), whichever version the machine has.
const FLAKE8_VERSION = installedVersion('flake8')

/** The real prettier adapter: installing it needs its pin, name and executable. */
const prettierToInstall: Tool = prettier

describe('npm prefix', () => {
  it('installs prettier and pyright at their exact pins, then finds them whole', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'qg-npm-'))
    const cwd = copyProject(example('python-clean'))
    const { pins } = resolvePins(['prettier', 'pyright'], new Map([['prettier', '3.10.1']]), NO_PROJECT_PINS)
    const options = {
      cwd,
      workspace: cwd,
      env: machineEnvironment(),
      python: DEBIAN_PYTHON,
      cache: true,
      root,
    }
    const cold = await resolvePinnedTools([prettierToInstall, pyright], pins, [], options)
    expect(cold.install).toMatchObject({ cache: 'miss' })
    expect(cold.install.installerCalls.map((argv) => [argv[1], argv.at(-1)]).sort()).toEqual([
      ['install', 'prettier@3.10.1'],
      ['install', 'pyright@1.1.414'],
    ])
    expect(cold.install.units.map((unit) => `${unit.package}@${unit.version} ${unit.state}`)).toEqual([
      'prettier@3.10.1 installed',
      'pyright@1.1.414 installed',
    ])
    for (const [tool, version] of [
      [prettierToInstall, '3.10.1'],
      [pyright, '1.1.414'],
    ] as const) {
      const resolved = cold.resolutions.get(tool)
      if (resolved === undefined || 'missing' in resolved) throw new Error(`${tool.id} not resolved`)
      const [command, ...launcherArgs] = resolved.launcher
      const reported = spawnSync(command ?? '', [...launcherArgs, '--version'], { encoding: 'utf8' }).stdout
      expect(reported).toContain(version)
    }
    const warm = await resolvePinnedTools([prettierToInstall, pyright], pins, [], options)
    expect(warm.install).toMatchObject({ cache: 'hit', installerCalls: [] })
  }, 240_000)
})

describe('two gates at once', () => {
  it('build the same toolchain without corrupting the cache', async () => {
    const wheelhouse = buildWheelhouse(FLAKE8)
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'qg-cache-'))
    const gate = () =>
      runAction({
        workspace: copyProject(example('python-app')),
        inputs: {
          'tool-source': 'pinned',
          python: DEBIAN_PYTHON,
          checks: 'lint',
          tools: `flake8@${FLAKE8_VERSION}`,
        },
        env: { QUALITY_GATE_CACHE_DIR: cacheDir, PIP_NO_INDEX: '1', PIP_FIND_LINKS: wheelhouse },
      })
    const [first, second] = await Promise.all([gate(), gate()])
    for (const result of [first, second]) {
      expect(result.report?.checks[0]?.outcome).toBe('fail')
      expect(result.report?.checks[0]?.findings).toHaveLength(4)
    }
    const third = await gate()
    expect(third.report?.toolchain).toMatchObject({ cache: 'hit', installerCalls: 0 })
    expect(third.report?.checks[0]?.findings).toHaveLength(4)
  }, 240_000)
})
