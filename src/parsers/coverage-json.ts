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
  percent: number
  covered: number
  statements: number
  branchPercent?: number
  files: CoverageFileData[]
}

/** Line coverage in percent; coverage.py's own `percent_covered` mixes in branches when they are on. */
export function linePercent(covered: number, statements: number): number {
  return statements === 0 ? 100 : (100 * covered) / statements
}

export function readCoverageJson(data: CoverageJson): CoverageData {
  const result: CoverageData = {
    percent: linePercent(data.totals.covered_lines, data.totals.num_statements),
    covered: data.totals.covered_lines,
    statements: data.totals.num_statements,
    files: Object.entries(data.files).map(([file, entry]) => ({
      file,
      percent: linePercent(entry.summary.covered_lines, entry.summary.num_statements),
      covered: entry.summary.covered_lines,
      statements: entry.summary.num_statements,
      missingLines: entry.missing_lines,
      executedLines: entry.executed_lines,
    })),
  }
  const { num_branches: branches, covered_branches: coveredBranches } = data.totals
  if (data.meta.branch_coverage && branches !== undefined && coveredBranches !== undefined) {
    result.branchPercent = branches === 0 ? 100 : (100 * coveredBranches) / branches
  }
  return result
}
