// Python environments for tests: a venv that sees Debian's packages except some, to make a project
// interpreter that lacks pytest or coverage.py.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DEBIAN_PYTHON } from './action.js'

const minor = (): string =>
  spawnSync(DEBIAN_PYTHON, ['-c', 'import sys; print(sys.version_info[1])'], {
    encoding: 'utf8',
  }).stdout.trim()

/**
 * Distributions that cannot be imported without another: hiding the one hides them too, as a project
 * without it would not have them (pytest-cov's plugin, autoloaded by pytest, imports coverage.py).
 */
const NEEDS: Record<string, string[]> = { coverage: ['pytest_cov', 'pytest-cov'] }

/** A venv that sees Debian's packages, except those whose name starts with one of `hidden`; its python. */
export function venvWithout(requested: string[]): string {
  const hidden = requested.flatMap((name) => [name, ...(NEEDS[name] ?? [])])
  const dir = mkdtempSync(path.join(tmpdir(), 'qg-venv-'))
  const made = spawnSync(DEBIAN_PYTHON, ['-m', 'venv', '--without-pip', dir], { encoding: 'utf8' })
  if (made.status !== 0) throw new Error(`python3 -m venv failed: ${made.stderr}`)
  const site = path.join(dir, 'lib', `python3.${minor()}`, 'site-packages')
  for (const entry of readdirSync('/usr/lib/python3/dist-packages')) {
    if (hidden.some((prefix) => entry.toLowerCase().startsWith(prefix))) continue
    symlinkSync(path.join('/usr/lib/python3/dist-packages', entry), path.join(site, entry))
  }
  return path.join(dir, 'bin', 'python')
}
