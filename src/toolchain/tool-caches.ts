// .mypy_cache and .ruff_cache between runs, in their own Actions cache entry keyed by branch, falling back
// to the base branch, so warm type checks are incremental. Entries are immutable, hence the run id in the
// key and the prefixes as restore keys.
import path from 'node:path'
import { TOOLS, type ToolId } from '../tools/index.js'
import type { CacheStore } from './cache.js'

export interface ToolCacheKeys {
  key: string
  restoreKeys: string[]
}

/** Cache keys may not contain commas and stay short: branch names are made safe. */
export function toolCacheKeys(
  env: Readonly<Record<string, string | undefined>>,
  workingDirectory: string,
): ToolCacheKeys {
  const safe = (text: string): string => text.replace(/[^A-Za-z0-9._/-]+/g, '-').slice(0, 100)
  const where = safe(workingDirectory || '.')
  const prefix = (branch: string): string =>
    `quality-gate-toolcache-${process.platform}-${process.arch}-${where}-${safe(branch)}-`
  const branch = env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || 'local'
  const restoreKeys = [prefix(branch)]
  const base = env.GITHUB_BASE_REF
  if (base && base !== branch) restoreKeys.push(prefix(base))
  return {
    key: `${prefix(branch)}${env.GITHUB_RUN_ID ?? 'run'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`,
    restoreKeys,
  }
}

export function toolCacheDirs(tools: readonly ToolId[], cwd: string): string[] {
  return [...new Set(tools.flatMap((id) => (TOOLS[id].cacheDirs ?? []).map((dir) => path.join(cwd, dir))))]
}

export async function restoreToolCaches(
  store: CacheStore,
  dirs: string[],
  keys: ToolCacheKeys,
): Promise<void> {
  if (dirs.length > 0) await store.restore(dirs, keys.key, keys.restoreKeys)
}

export async function saveToolCaches(
  store: CacheStore,
  dirs: string[],
  keys: ToolCacheKeys,
  exists: (dir: string) => boolean,
): Promise<void> {
  const present = dirs.filter(exists)
  if (present.length > 0) await store.save(present, keys.key)
}
