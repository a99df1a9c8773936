// Node tools start as `node <the package's bin script>`, never by spawning node_modules/.bin: on Windows the
// .bin entries are .cmd shims, which Node refuses to spawn without a shell (CVE-2024-27980), and the gate
// never uses a shell. The .bin entry is still read, to learn which script it starts: that is the command a
// project script runs, and it can belong to another install of the package than node_modules/<name> (an
// npm alias: TypeScript 7 as @typescript/native beside TypeScript 6 as typescript). `node` is the one on
// PATH — the version the workflow set up for the project — else the gate's own.
import { existsSync, lstatSync, readFileSync, readlinkSync } from 'node:fs'
import path from 'node:path'
import readCmdShim from 'read-cmd-shim'
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

export interface LinkedBin extends PackageBin {
  /** The name in the manifest of the package that owns the script (an alias's real name). */
  packageName?: string
}

/**
 * The script that `nodeModules/.bin/<executable>` starts: a symlink (npm, yarn and bun on POSIX) or a
 * shim that names it (pnpm everywhere, npm on Windows), with the package that owns it.
 */
export function linkedBin(nodeModules: string, executable: string): LinkedBin | undefined {
  const bin = path.join(nodeModules, '.bin')
  const target = binTarget(path.join(bin, executable)) ?? binTarget(path.join(bin, `${executable}.cmd`))
  if (target === undefined) return undefined
  // Resolved as the link says, not to its real path: node_modules may itself be a link (pnpm's packages are).
  const script = path.resolve(bin, target)
  if (!existsSync(script)) return undefined
  const linked: LinkedBin = { script }
  const owner = owningManifest(script, nodeModules)
  if (owner !== undefined) linked.packageName = owner.name
  if (typeof owner?.version === 'string') linked.version = owner.version
  return linked
}

function binTarget(entry: string): string | undefined {
  try {
    if (lstatSync(entry).isSymbolicLink()) return readlinkSync(entry)
    return readCmdShim.sync(entry).replace(/\\/g, '/')
  } catch {
    return undefined
  }
}

/**
 * The nearest package.json above a package's file that names a package (dist/package.json may only set
 * type), looked for below `nodeModules` only: never the project's own manifest.
 */
function owningManifest(file: string, nodeModules: string): { name: string; version?: unknown } | undefined {
  for (let dir = path.dirname(file); dir.startsWith(nodeModules + path.sep); dir = path.dirname(dir)) {
    let manifest: { name?: unknown; version?: unknown }
    try {
      manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as typeof manifest
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue
      return undefined
    }
    if (typeof manifest.name === 'string') return { ...manifest, name: manifest.name }
  }
  return undefined
}

/**
 * The nearest node_modules at or above `from` (up to `workspace`) that provides the command: what its .bin
 * links, when that is the package `name` under any alias, else node_modules/<name>'s own bin.
 */
export function findPackageBin(
  name: string,
  executable: string,
  from: string,
  workspace: string,
): PackageBin | undefined {
  let dir = from
  for (;;) {
    const nodeModules = path.join(dir, 'node_modules')
    const linked = linkedBin(nodeModules, executable)
    if (linked?.packageName === name)
      return { script: linked.script, ...(linked.version ? { version: linked.version } : {}) }
    const found = packageBin(nodeModules, name, executable)
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
