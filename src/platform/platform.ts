// What the pipeline needs from where it runs: GitHub Actions or a terminal.
import type { ConfigSource } from '../config.js'
import type { CacheStore } from '../toolchain/cache.js'
import type { Annotation } from '../report/annotations.js'
import type { Report } from '../types.js'

export interface Platform {
  source: ConfigSource
  /** The runner's Actions cache service (toolchains, tool caches); absent on a laptop. */
  actionsCache?: (warn: (message: string) => void) => CacheStore | undefined
  /** Whether the PR comment, check run and PR files API are used: only in a workflow run. */
  publishesToGitHub: boolean
  /**
   * Whether changed lines include the working tree (uncommitted and untracked files); then there is no
   * event to take a base from, so `scope: changed` needs an explicit base-ref.
   */
  changesIncludeWorkingTree: boolean
  info(message: string): void
  /** Where the JSON report went: a terminal is told (its path is new each run); a runner has the output. */
  reportWritten?(file: string): void
  warning(message: string): void
  /** One line for a configuration error; no stack trace. */
  error(message: string): void
  setSecret(secret: string): void
  /** Whether this run emits annotations and a job summary at all. */
  wantsAnnotations: boolean
  wantsSummary: boolean
  annotate(annotations: readonly Annotation[]): void
  writeSummary(markdown: string): Promise<void>
  setOutputs(outputs: Readonly<Record<string, string>>): void
  /** Shows the result to a person: the log on Actions, the terminal locally. */
  present(report: Report, markdown: () => string): void
  /** Marks the run as failed with the verdict's reasons (the exit code is main's to return). */
  fail(message: string): void
}
