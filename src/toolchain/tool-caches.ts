// .mypy_cache and .ruff_cache between runs, in one Actions cache entry per branch and fingerprint (the tools'
// versions and the project's config and lock files), falling back to the same branch's older fingerprints
// and then the base branch's, so warm type checks are incremental. Entries are immutable and count against
// the repository's 10 GB and its upload rate: an entry is saved only when the key was not matched exactly
// and the directories' content changed since the restore, so re-running a branch saves nothing.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { TOOLS, type ToolId } from '../tools/index.js'
import type { CacheStore } from './cache.js'

export interface ToolCacheKeys {
  key: string
  restoreKeys: string[]
}

/** Files whose change makes an old tool cache worth less: the tools' config and the project's pins. */
const FINGERPRINT_FILES =
  /^(pyproject\.toml|setup\.cfg|tox\.ini|mypy\.ini|\.mypy\.ini|ruff\.toml|\.ruff\.toml|uv\.lock|poetry\.lock|pdm\.lock|requirements.*\.txt|constraints.*\.txt)$/

/** What the tools' caches depend on: tool versions and the config and lock files at the top of `cwd`. */
export function toolCacheFingerprint(versions: readonly string[], cwd: string): string {
  const hash = createHash('sha256').update(JSON.stringify([...versions].sort()))
  const names = safeList(cwd)
    .filter((name) => FINGERPRINT_FILES.test(name))
    .sort()
  for (const name of names) {
    try {
      hash.update(`\0${name}\0`).update(readFileSync(path.join(cwd, name)))
    } catch {
      // Unreadable now: left out, as it would be for the tools.
    }
  }
  return hash.digest('hex').slice(0, 16)
}

/** Cache keys may not contain commas and stay short: branch names are made safe. */
export function toolCacheKeys(
  env: Readonly<Record<string, string | undefined>>,
  workingDirectory: string,
  fingerprint: string,
): ToolCacheKeys {
  const safe = (text: string): string => text.replace(/[^A-Za-z0-9._/-]+/g, '-').slice(0, 100)
  const where = safe(workingDirectory || '.')
  const prefix = (branch: string): string =>
    `quality-gate-toolcache-${process.platform}-${process.arch}-${where}-${safe(branch)}-`
  const branch = env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || 'local'
  const restoreKeys = [prefix(branch)]
  const base = env.GITHUB_BASE_REF
  if (base && base !== branch) restoreKeys.push(prefix(base))
  return { key: `${prefix(branch)}${fingerprint}`, restoreKeys }
}

export function toolCacheDirs(tools: readonly ToolId[], cwd: string): string[] {
  return [...new Set(tools.flatMap((id) => (TOOLS[id].cacheDirs ?? []).map((dir) => path.join(cwd, dir))))]
}

/** What a restore found, to decide after the run whether saving is worth an upload. */
export interface RestoredToolCaches {
  matchedKey?: string
  /** The directories' content right after the restore. */
  digest: string
}

export async function restoreToolCaches(
  store: CacheStore,
  dirs: string[],
  keys: ToolCacheKeys,
): Promise<RestoredToolCaches> {
  const matchedKey = dirs.length > 0 ? await store.restore(dirs, keys.key, keys.restoreKeys) : undefined
  const restored: RestoredToolCaches = { digest: contentDigest(dirs) }
  if (matchedKey !== undefined) restored.matchedKey = matchedKey
  return restored
}

/** Saves unless the exact key exists already or nothing changed; says whether it uploaded. */
export async function saveToolCaches(
  store: CacheStore,
  dirs: string[],
  keys: ToolCacheKeys,
  restored: RestoredToolCaches,
): Promise<boolean> {
  const present = dirs.filter((dir) => existsSync(dir))
  if (present.length === 0 || restored.matchedKey === keys.key) return false
  if (contentDigest(dirs) === restored.digest) return false
  await store.save(present, keys.key)
  return true
}

/** Names, sizes and modification times of every file below the directories: cheap, and changes when a tool writes. */
export function contentDigest(dirs: readonly string[]): string {
  const hash = createHash('sha256')
  const walk = (dir: string, relative: string): void => {
    for (const name of safeList(dir).sort()) {
      const full = path.join(dir, name)
      let stat
      try {
        stat = statSync(full)
      } catch {
        continue
      }
      const here = `${relative}/${name}`
      if (stat.isDirectory()) walk(full, here)
      else hash.update(`${here}\0${stat.size}\0${Math.trunc(stat.mtimeMs)}\n`)
    }
  }
  for (const dir of dirs) {
    hash.update(`#${dir}\n`)
    walk(dir, '')
  }
  return hash.digest('hex')
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}
