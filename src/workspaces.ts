// The packages of a workspace: npm and yarn `workspaces` in package.json, pnpm-workspace.yaml `packages`,
// uv's `[tool.uv.workspace] members`. Each is gated on its own; their globs are expanded the way the
// package managers do (directories only, node_modules never).
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { globSync } from 'tinyglobby'
import { parse as parseYaml } from 'yaml'
import { asArray, asRecord, type ProjectScan } from './project.js'

export interface Workspace {
  /** Package directories, absolute, sorted; the root itself is never one. */
  packages: string[]
}

/** The workspace whose root is `dir`, or undefined when `dir` is not one. */
export function findWorkspace(dir: string, scan: ProjectScan): Workspace | undefined {
  const declared = declaredPatterns(dir, scan)
  if (declared === undefined) return undefined
  const { patterns, marker } = declared
  const include = patterns.filter((pattern) => !pattern.startsWith('!'))
  const exclude = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1))
  const found = globSync(
    include.map((pattern) => pattern.replace(/\/+$/, '')),
    {
      cwd: dir,
      onlyDirectories: true,
      expandDirectories: false,
      ignore: [...exclude, '**/node_modules/**', '**/.git/**'],
    },
  )
  const packages = [...new Set(found.map((relative) => path.resolve(dir, relative)))]
    .filter((packageDir) => packageDir !== path.resolve(dir) && existsSync(path.join(packageDir, marker)))
    .sort()
  return packages.length > 0 ? { packages } : undefined
}

function declaredPatterns(
  dir: string,
  scan: ProjectScan,
): { patterns: string[]; marker: string } | undefined {
  const strings = (value: unknown): string[] =>
    asArray(value).filter((item): item is string => typeof item === 'string')
  if (scan.files.has('pnpm-workspace.yaml')) {
    try {
      const text = readFileSync(path.join(dir, 'pnpm-workspace.yaml'), 'utf8')
      const patterns = strings(asRecord(parseYaml(text)).packages)
      if (patterns.length > 0) return { patterns, marker: 'package.json' }
    } catch {
      // An unreadable workspace file: the root is gated alone, as pnpm would fail anyway.
    }
  }
  const workspaces = scan.packageJson?.workspaces
  const npm = Array.isArray(workspaces) ? strings(workspaces) : strings(asRecord(workspaces).packages)
  if (npm.length > 0) return { patterns: npm, marker: 'package.json' }
  const uv = asRecord(asRecord(asRecord(scan.pyproject?.tool).uv).workspace)
  const members = strings(uv.members)
  if (members.length > 0) {
    const exclude = strings(uv.exclude).map((pattern) => `!${pattern}`)
    return { patterns: [...members, ...exclude], marker: 'pyproject.toml' }
  }
  return undefined
}

/**
 * The directories above `dir` up to the repository root (inclusive), nearest first: where tools that look
 * upwards for their config (prettier, eslint, biome, ruff, black) find it.
 */
export function parentDirectories(dir: string, root: string): string[] {
  const parents: string[] = []
  const top = path.resolve(root)
  let current = path.resolve(dir)
  while (current !== top && current.startsWith(top)) {
    const parent = path.dirname(current)
    if (parent === current) break
    parents.push(parent)
    current = parent
  }
  return parents
}
