// Node tools start as `node <the package's bin script>`, never through node_modules/.bin: on Windows the
// .bin entries are .cmd shims, which Node refuses to spawn without a shell (CVE-2024-27980), and the gate
// never uses a shell. `node` is the one on PATH — the version the workflow set up for the project — else
// the gate's own.
import { readFileSync } from 'node:fs'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { which } from './which.js'

export interface PackageBin {
  /** The JavaScript file the package names for the command. */
  script: string
  version?: string
}

/** The bin script `executable` of package `name` installed in `nodeModules`, from its package.json. */
export function packageBin(nodeModules: string, name: string, executable: string): PackageBin | undefined {
  const dir = path.join(nodeModules, ...name.split('/'))
  let manifest: { bin?: unknown; version?: unknown }
  try {
    manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as typeof manifest
  } catch {
    return undefined
  }
  const bin =
    typeof manifest.bin === 'string'
      ? name.split('/').pop() === executable
        ? manifest.bin
        : undefined
      : (manifest.bin as Record<string, unknown> | undefined)?.[executable]
  if (typeof bin !== 'string') return undefined
  const found: PackageBin = { script: path.join(dir, bin) }
  if (typeof manifest.version === 'string') found.version = manifest.version
  return found
}

/** The nearest node_modules at or above `from` (up to `workspace`) whose package provides the command. */
export function findPackageBin(
  name: string,
  executable: string,
  from: string,
  workspace: string,
): PackageBin | undefined {
  let dir = from
  for (;;) {
    const found = packageBin(path.join(dir, 'node_modules'), name, executable)
    if (found !== undefined) return found
    if (dir === workspace || path.dirname(dir) === dir) return undefined
    dir = path.dirname(dir)
  }
}

/** Whether a package is installed in node_modules at `from` or above it, up to the workspace. */
export function hasNodePackage(name: string, from: string, workspace: string): boolean {
  let dir = from
  for (;;) {
    if (existsSync(path.join(dir, 'node_modules', name, 'package.json'))) return true
    if (dir === workspace || path.dirname(dir) === dir) return false
    dir = path.dirname(dir)
  }
}

/** argv that starts a node script with the Node.js on PATH, else the one running the gate. */
export function nodeLauncher(script: string, env: Readonly<Record<string, string | undefined>>): string[] {
  return [which('node', env) ?? process.execPath, script]
}

/**
 * npm itself: on POSIX its command on PATH (a link to npm-cli.js); on Windows npm.cmd is a shim, so
 * npm-cli.js beside it is started with node.
 */
export function npmLauncher(env: Readonly<Record<string, string | undefined>>): string[] {
  const npm = which('npm', env)
  if (npm === undefined) return ['npm']
  if (!/\.(cmd|bat)$/i.test(npm)) return [npm]
  return nodeLauncher(path.join(path.dirname(npm), 'node_modules', 'npm', 'bin', 'npm-cli.js'), env)
}
