// The CLI as people install it: a tarball from `npm pack` (a release asset) and `npx github:<owner>/<repo>`
// (here its git+file:// equivalent). Everything is bundled in dist/, so neither installs a dependency.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import type { Report } from '../src/types.js'
import { DEBIAN_PYTHON, example, machineEnvironment, ROOT, RUNNER_NODE } from './helpers/action.js'

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  version: string
  dependencies?: object
}

/** npm as the test runner was started with it (npm test), else from PATH; its own cache, no audit. */
function npm(args: string[], cwd: string, cache: string): SpawnSyncReturns<string> {
  const npmCli = process.env.npm_execpath
  const [command, argv] =
    npmCli && npmCli.endsWith('.js') ? [process.execPath, [npmCli, ...args]] : ['npm', args]
  return spawnSync(command, argv, {
    cwd,
    encoding: 'utf8',
    env: {
      ...machineEnvironment(),
      npm_config_cache: cache,
      npm_config_audit: 'false',
      npm_config_fund: 'false',
    },
    timeout: 180_000,
  })
}

describe('the CLI package', () => {
  it('declares no runtime dependency: dist/ bundles everything', () => {
    expect(pkg.dependencies ?? {}).toEqual({})
  })

  it('npm pack → npm install --global installs nothing else, offline; the installed CLI runs and gates', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qg-pack-'))
    const cache = path.join(dir, 'npm-cache')
    const packed = npm(['pack', ROOT, '--pack-destination', dir, '--json'], dir, cache)
    expect(packed.status).toBe(0)
    const [info] = JSON.parse(packed.stdout) as {
      filename: string
      size: number
      files: { path: string }[]
    }[]
    expect(info?.files.map((file) => file.path).filter((file) => file.includes('node_modules'))).toEqual([])
    expect(info?.files.map((file) => file.path)).toEqual(
      expect.arrayContaining(['dist/cli/index.js', 'dist/index.js', 'action.yml', 'package.json']),
    )
    const prefix = path.join(dir, 'global')
    // --offline: a dependency to fetch would fail the install.
    const installed = npm(
      ['install', '--global', '--offline', '--prefix', prefix, path.join(dir, info?.filename ?? '')],
      dir,
      cache,
    )
    expect(installed.stderr).not.toMatch(/ERR!/)
    expect(installed.status).toBe(0)
    expect(installed.stdout).toMatch(/added 1 package/)
    const home = path.join(prefix, 'lib', 'node_modules', 'quality-gate')
    expect(existsSync(path.join(home, 'node_modules'))).toBe(false)
    expect(
      readdirSync(path.join(prefix, 'lib', 'node_modules')).filter((name) => !name.startsWith('.')),
    ).toEqual(['quality-gate'])

    // The bin link, as a shell finds it (its shebang picks `node` from PATH)…
    const bin = path.join(prefix, 'bin', 'quality-gate')
    const version = spawnSync(bin, ['--version'], { encoding: 'utf8' })
    expect(version.stdout.trim()).toBe(pkg.version)
    // …and the runner's Node.js 24, gating a project from the installed files alone.
    const cli = path.join(home, 'dist', 'cli', 'index.js')
    const help = spawnSync(RUNNER_NODE, [cli, '--help'], { encoding: 'utf8' })
    expect(help.status).toBe(0)
    expect(help.stdout).toMatch(/^ {2}--tool-source SOURCE +pinned .*\n.*Default: pinned\.$/m)
    // Only flake8 and the JSON report: enough to show the bundle runs a real tool end to end.
    const json = spawnSync(
      RUNNER_NODE,
      [
        cli,
        '--cwd',
        example('python-clean'),
        '--tool-source',
        'path',
        '--python',
        DEBIAN_PYTHON,
        '--checks',
        'lint',
        '--tools',
        'flake8',
        '--format',
        'json',
      ],
      { encoding: 'utf8', cwd: dir, env: machineEnvironment() },
    )
    expect(json.stderr).not.toMatch(/internal error/)
    const report = JSON.parse(json.stdout) as Report
    expect(report.gate.version).toBe(pkg.version)
    expect(report.checks.map((check) => [check.tool, check.outcome])).toEqual([['flake8', 'pass']])
    expect(json.status).toBe(0)
  }, 240_000)

  it('npx <git repository> runs the CLI from a clone of the committed tree, installing no dependency', () => {
    // What `npx github:<owner>/quality-gate` does, from this repository's committed HEAD instead of GitHub.
    const dir = mkdtempSync(path.join(tmpdir(), 'qg-npx-'))
    const cache = path.join(dir, 'npm-cache')
    const spec = `git+${pathToFileURL(ROOT).href}`
    const version = npm(['exec', '--yes', '--package', spec, '--', 'quality-gate', '--version'], dir, cache)
    expect(version.stderr).not.toMatch(/ERR!/)
    expect(version.stdout.trim()).toBe(pkg.version)
    // npx keeps what it installed under the cache's _npx: the package alone, nothing beside it.
    const npx = path.join(cache, '_npx')
    const installs = readdirSync(npx).map((hash) =>
      readdirSync(path.join(npx, hash, 'node_modules')).filter((name) => !name.startsWith('.')),
    )
    expect(installs).toEqual([['quality-gate']])
  }, 240_000)
})
