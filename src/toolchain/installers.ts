// The installer commands that put one unit of the pinned toolchain in place, as argv arrays, and the
// settings that make an unreachable index fail in seconds. Which installer: uv when it is on PATH; else the
// project interpreter's pip driving a pip-less venv (`pip --python`, pip ≥ 22.3); else a venv with its own
// pip. Pure: nothing here runs.
import path from 'node:path'
import { venvInterpreter } from '../python-launch.js'
import { npmLauncher } from './node-launch.js'

export type UnitKind = 'venv' | 'overlay' | 'node'

/** How Python packages get installed in this run. */
export type PythonInstaller =
  | { name: 'uv'; uv: string; python: string }
  | {
      name: 'pip'
      python: string
      /** The interpreter's pip can drive other environments. */ drives: boolean
    }

/** Where a unit keeps what it installed, below its own directory. */
export const UNIT_LAYOUT = { venv: 'python', overlay: 'site', node: 'node' } as const

export const unitPython = (unitDir: string): string => venvInterpreter(path.join(unitDir, UNIT_LAYOUT.venv))

/** The commands that install `requirements` into the unit at `dir`, in order. */
export function installCommands(
  kind: UnitKind,
  dir: string,
  requirements: readonly string[],
  installer: PythonInstaller | undefined,
  env: Readonly<Record<string, string | undefined>>,
): string[][] {
  if (kind === 'node') {
    return [
      [
        ...npmLauncher(env),
        'install',
        '--prefix',
        path.join(dir, UNIT_LAYOUT.node),
        '--no-audit',
        '--no-fund',
        '--no-package-lock',
        '--loglevel=error',
        ...requirements,
      ],
    ]
  }
  if (installer === undefined) return []
  const venv = path.join(dir, UNIT_LAYOUT.venv)
  const site = path.join(dir, UNIT_LAYOUT.overlay)
  const pipArgs = ['install', '--disable-pip-version-check', '--no-input']
  if (installer.name === 'uv') {
    const { uv, python } = installer
    return kind === 'venv'
      ? [
          [uv, 'venv', '--quiet', '--python', python, venv],
          [uv, 'pip', 'install', '--python', unitPython(dir), ...requirements],
        ]
      : [[uv, 'pip', 'install', '--python', python, '--target', site, ...requirements]]
  }
  const { python, drives } = installer
  if (kind === 'overlay') {
    // --target needs only a pip that runs on this interpreter: its own, or one in a helper venv.
    if (drives) return [[python, '-m', 'pip', ...pipArgs, '--target', site, ...requirements]]
    const helper = path.join(dir, 'pip')
    return [
      [python, '-m', 'venv', helper],
      [venvInterpreter(helper), '-m', 'pip', ...pipArgs, '--target', site, ...requirements],
    ]
  }
  return drives
    ? [
        [python, '-m', 'venv', '--without-pip', venv],
        [python, '-m', 'pip', '--python', unitPython(dir), ...pipArgs, ...requirements],
      ]
    : [
        [python, '-m', 'venv', venv],
        [unitPython(dir), '-m', 'pip', ...pipArgs, ...requirements],
      ]
}

/** pip ≥ 22.3 runs as `pip --python <other interpreter>`: no pip copied into every venv. */
export function pipDrivesOthers(pipVersion: string | undefined): boolean {
  const [major = 0, minor = 0] = (pipVersion ?? '').split('.').map(Number)
  return major > 22 || (major === 22 && minor >= 3)
}

/**
 * An index that does not answer fails in seconds, not minutes: a short socket timeout and one retry for
 * pip and uv, fewer and shorter retries for npm. A setting the user made wins.
 */
export function fastFailureSettings(
  env: Readonly<Record<string, string | undefined>>,
): Record<string, string> {
  const defaults: [string[], string][] = [
    [['PIP_DEFAULT_TIMEOUT', 'PIP_TIMEOUT'], '6'],
    [['PIP_RETRIES'], '1'],
    [['UV_HTTP_TIMEOUT', 'UV_REQUEST_TIMEOUT'], '10'],
    [['UV_HTTP_RETRIES'], '1'],
    [['npm_config_fetch_retries', 'NPM_CONFIG_FETCH_RETRIES'], '1'],
    [['npm_config_fetch_retry_mintimeout', 'NPM_CONFIG_FETCH_RETRY_MINTIMEOUT'], '2000'],
    [['npm_config_fetch_retry_maxtimeout', 'NPM_CONFIG_FETCH_RETRY_MAXTIMEOUT'], '10000'],
    // npm's own default waits 5 minutes per attempt on a registry that does not answer; a tarball still
    // has a minute.
    [['npm_config_fetch_timeout', 'NPM_CONFIG_FETCH_TIMEOUT'], '60000'],
  ]
  const settings: Record<string, string> = {}
  for (const [names, value] of defaults) {
    const [name] = names
    if (name !== undefined && names.every((each) => env[each] === undefined)) settings[name] = value
  }
  return settings
}

/** uv does not read pip's settings: carry private indexes and find-links over, unless uv's own are set. */
export function pipSettingsForUv(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const mapping: [string, string][] = [
    ['PIP_INDEX_URL', 'UV_INDEX_URL'],
    ['PIP_EXTRA_INDEX_URL', 'UV_EXTRA_INDEX_URL'],
    ['PIP_FIND_LINKS', 'UV_FIND_LINKS'],
    ['PIP_NO_INDEX', 'UV_NO_INDEX'],
  ]
  const carried: Record<string, string> = {}
  for (const [pip, uv] of mapping) {
    const value = env[pip]
    if (value !== undefined && env[uv] === undefined) carried[uv] = value
  }
  return carried
}
