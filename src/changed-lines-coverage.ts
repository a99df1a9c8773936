// Diff coverage: of the lines a change touched that the coverage tool counts as executable, the share the
// tests ran. Files the coverage tool does not know (never imported, not measured) have no executable lines
// to count. Pure.
import type { ChangeSet } from './scope.js'
import { normalizePath } from './scope.js'
import type { CoverageSummary, DiffCoverage } from './types.js'

export function coverageOfChangedLines(coverage: CoverageSummary, changes: ChangeSet): DiffCoverage {
  const result: DiffCoverage = { covered: 0, total: 0, files: [] }
  for (const file of coverage.files) {
    const changed = changes.files.get(normalizePath(file.file))
    if (changed === undefined) continue
    const touched = (line: number): boolean => changed === 'all' || changed.has(line)
    const covered = (file.executedLines ?? []).filter(touched)
    const uncovered = file.missingLines.filter(touched).sort((a, b) => a - b)
    const total = covered.length + uncovered.length
    if (total === 0) continue
    result.files.push({ file: file.file, covered: covered.length, total, uncoveredLines: uncovered })
    result.covered += covered.length
    result.total += total
  }
  if (result.total > 0) result.percent = (100 * result.covered) / result.total
  result.files.sort((a, b) => a.file.localeCompare(b.file))
  return result
}
