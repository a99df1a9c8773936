// Which findings a change touched. Pure: the change set comes from src/changes.ts.
import path from 'node:path'
import type { CheckKind, Finding } from './types.js'

/** The files a pull request or branch changed, by workspace-relative posix path. */
export interface ChangeSet {
  /** Changed new-side lines per file; `all` when the whole file counts (renamed, binary, no patch). */
  files: ReadonlyMap<string, ReadonlySet<number> | 'all'>
  /** Where the lines came from, for the summary: "git diff 1a2b3c4...5d6e7f8", "pull request files API". */
  source: string
}

/** Paths as the tools and git may spell them (`./a.py`, `a\\b.py`, `a//b.py`) compared in one form. */
export function normalizePath(file: string): string {
  const posix = path.posix.normalize(file.replace(/\\/g, '/'))
  return posix.startsWith('./') ? posix.slice(2) : posix
}

export function changeSetOf(
  files: Iterable<{ path: string; lines: readonly number[] | 'all' }>,
  source: string,
): ChangeSet {
  const map = new Map<string, ReadonlySet<number> | 'all'>()
  for (const file of files) {
    const key = normalizePath(file.path)
    const known = map.get(key)
    if (file.lines === 'all' || known === 'all') map.set(key, 'all')
    else map.set(key, new Set([...(known ?? []), ...file.lines]))
  }
  return { files: map, source }
}

/**
 * Whether a finding is on a changed line. A formatter's finding is about the whole file, so a changed file
 * counts; so does any finding with a file but no line. A finding with no file at all (a config error) cannot
 * be placed and always counts. A multi-line finding counts when any of its lines changed.
 */
export function isOnChangedLines(finding: Finding, kind: CheckKind, changes: ChangeSet): boolean {
  if (finding.file === undefined) return true
  const lines = changes.files.get(normalizePath(finding.file))
  if (lines === undefined) return false
  if (lines === 'all' || kind === 'format' || finding.line === undefined) return true
  const last = Math.max(finding.line, finding.endLine ?? finding.line)
  for (let line = finding.line; line <= last; line++) if (lines.has(line)) return true
  return false
}

export interface ScopedFindings {
  /** The findings that count: all of them, or with `scope: changed` those on changed lines. */
  counted: Finding[]
  /** With `scope: changed`, the findings left out: not on changed lines. */
  outside: Finding[]
}

/**
 * Applies the scope, and marks findings on changed lines so the annotation budget and the comment rank
 * them first. Failing tests always count: a change can break a test anywhere.
 */
export function scopeFindings(
  findings: readonly Finding[],
  kind: CheckKind,
  scope: 'all' | 'changed',
  changes: ChangeSet | undefined,
): ScopedFindings {
  if (changes === undefined) return { counted: [...findings], outside: [] }
  const counted: Finding[] = []
  const outside: Finding[] = []
  for (const finding of findings) {
    const changed = isOnChangedLines(finding, kind, changes)
    const marked: Finding = changed ? { ...finding, onChangedLines: true } : finding
    if (scope === 'all' || changed || kind === 'test') counted.push(marked)
    else outside.push(marked)
  }
  return { counted, outside }
}
