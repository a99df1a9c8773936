// coverage.py's `coverage json` report: totals and per-file line (and branch) coverage. Validated first.
import { z } from 'zod'

const summary = z
  .object({
    covered_lines: z.number(),
    num_statements: z.number(),
    percent_covered: z.number(),
    missing_lines: z.number(),
    num_branches: z.number().optional(),
    covered_branches: z.number().optional(),
  })
  .loose()

export const coverageJsonSchema = z.object({
  meta: z.object({ version: z.string().optional(), branch_coverage: z.boolean().optional() }).loose(),
  files: z.record(
    z.string(),
    z
      .object({
        executed_lines: z.array(z.number()),
        missing_lines: z.array(z.number()),
        summary,
      })
      .loose(),
  ),
  totals: summary,
})

export type CoverageJson = z.infer<typeof coverageJsonSchema>

export interface CoverageFileData {
  file: string
  percent: number
  covered: number
  statements: number
  missingLines: number[]
  executedLines: number[]
}

export interface CoverageData {
  /** coverage.py's own total (`coverage report`'s TOTAL): lines and branches together when it measures branches. */
  percent: number
  /** Lines alone, when branches are measured too. */
  linePercent?: number
  /** Files the report measured outside the project, not counted. */
  leftOut?: number
  covered: number
  statements: number
  branchPercent?: number
  files: CoverageFileData[]
}

/** Line coverage in percent (covered lines / statements). */
export function linePercent(covered: number, statements: number): number {
  return statements === 0 ? 100 : (100 * covered) / statements
}

/**
 * The report's totals and files. Files `keep` rejects (outside the project: an interpreter's own packages
 * measured for want of a `source` setting) are left out, and the total is then recomputed the way
 * coverage.py computes it: (covered lines + covered branches) / (statements + branches).
 */
export function readCoverageJson(
  data: CoverageJson,
  keep: (file: string) => boolean = () => true,
): CoverageData {
  const entries = Object.entries(data.files)
  const kept = entries.filter(([file]) => keep(file))
  const totals = kept.length === entries.length ? data.totals : sumOf(kept.map(([, entry]) => entry.summary))
  const result: CoverageData = {
    percent: totals.percent_covered,
    covered: totals.covered_lines,
    statements: totals.num_statements,
    files: kept.map(([file, entry]) => ({
      file,
      percent: entry.summary.percent_covered,
      covered: entry.summary.covered_lines,
      statements: entry.summary.num_statements,
      missingLines: entry.missing_lines,
      executedLines: entry.executed_lines,
    })),
  }
  if (kept.length < entries.length) result.leftOut = entries.length - kept.length
  const { num_branches: branches, covered_branches: coveredBranches } = totals
  if (data.meta.branch_coverage && branches !== undefined && coveredBranches !== undefined) {
    result.branchPercent = branches === 0 ? 100 : (100 * coveredBranches) / branches
    result.linePercent = linePercent(totals.covered_lines, totals.num_statements)
  }
  return result
}

type Summary = CoverageJson['totals']

function sumOf(summaries: readonly Summary[]): Summary {
  const add = (pick: (item: Summary) => number | undefined): number =>
    summaries.reduce((total, item) => total + (pick(item) ?? 0), 0)
  const covered = add((item) => item.covered_lines)
  const statements = add((item) => item.num_statements)
  const branches = add((item) => item.num_branches)
  const coveredBranches = add((item) => item.covered_branches)
  const measured = statements + branches
  return {
    covered_lines: covered,
    num_statements: statements,
    missing_lines: add((item) => item.missing_lines),
    num_branches: branches,
    covered_branches: coveredBranches,
    percent_covered: measured === 0 ? 100 : (100 * (covered + coveredBranches)) / measured,
  }
}
