// Where toolchains and tool caches persist between runs. On GitHub Actions: the Actions cache service,
// restored to and saved from fixed paths. Elsewhere the local directory itself is the cache.
// Cache trouble never fails the gate: it is a warning and a fresh install. Only a ValidationError
// (bad arguments: our bug) is thrown.
import { homedir } from 'node:os'
import path from 'node:path'
import * as actionsCache from '@actions/cache'
import { errorMessage } from '../text.js'

export interface CacheStore {
  name: 'actions' | 'local'
  /** Restores `paths` under `key` (or the newest entry matching a restore key); returns the matched key. */
  restore(paths: string[], key: string, restoreKeys?: string[]): Promise<string | undefined>
  save(paths: string[], key: string): Promise<void>
}

export type Warn = (message: string) => void

/** The per-user cache directory: $XDG_CACHE_HOME (or ~/.cache, %LOCALAPPDATA%) / quality-gate. */
export function cacheRoot(env: Readonly<Record<string, string | undefined>>): string {
  if (env.QUALITY_GATE_CACHE_DIR) return env.QUALITY_GATE_CACHE_DIR
  const base =
    env.XDG_CACHE_HOME ||
    (process.platform === 'win32'
      ? env.LOCALAPPDATA || path.join(homedir(), 'AppData', 'Local')
      : path.join(homedir(), '.cache'))
  return path.join(base, 'quality-gate')
}

/** The Actions cache, when this run can reach it; undefined elsewhere. */
export function actionsCacheStore(warn: Warn): CacheStore | undefined {
  if (!actionsCache.isFeatureAvailable()) return undefined
  return {
    name: 'actions',
    async restore(paths, key, restoreKeys) {
      try {
        return await actionsCache.restoreCache(paths, key, restoreKeys)
      } catch (error) {
        if (isValidationError(error)) throw error
        warn(`Could not restore the cache ${key}: ${errorMessage(error)}. Installing afresh instead.`)
        return undefined
      }
    },
    async save(paths, key) {
      try {
        await routineAsInfo(() => actionsCache.saveCache(paths, key))
      } catch (error) {
        if (isValidationError(error)) throw error
        // Another job saving the same key at once is normal in matrices.
        if (error instanceof Error && error.name === 'ReserveCacheError') return
        warn(`Could not save the cache ${key}: ${errorMessage(error)}. The next run installs again.`)
      }
    },
  }
}

function isValidationError(error: unknown): boolean {
  return error instanceof Error && error.name === 'ValidationError'
}

/**
 * @actions/cache prints its own `::warning::` when the service declines a save for its rate limit or
 * because another job holds the key. Both are routine for a cache shared by a matrix and change nothing:
 * while a save runs, those lines (and only those) are printed as plain log lines instead.
 */
const ROUTINE_WARNING = /^::warning::(You've hit a rate limit|Cache reservation failed)/

async function routineAsInfo<T>(work: () => Promise<T>): Promise<T> {
  const stdout = process.stdout
  const write = stdout.write
  stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
    const line =
      typeof chunk === 'string' && ROUTINE_WARNING.test(chunk) ? chunk.replace(/^::warning::/, '') : chunk
    return (write as (...args: unknown[]) => boolean).call(stdout, line, ...rest)
  }) as typeof stdout.write
  try {
    return await work()
  } finally {
    stdout.write = write
  }
}
