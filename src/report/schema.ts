// Reading a JSON report back: publish mode posts reports that other jobs wrote, and on a fork's pull
// request those jobs ran the fork's code, so a report is untrusted input. It is size-bounded, parsed and
// checked against the report's shape (schema version 1) before anything renders it; unknown keys are
// dropped. Renderers escape its text as they escape any tool's.
import { z } from 'zod'
import { CHECK_KINDS, SEVERITIES, type Report } from '../types.js'

/** A report file larger than this is refused unread (a real one with 100,000 findings is ~25 MB). */
export const MAX_REPORT_BYTES = 64 * 1024 * 1024
/** The bound in words, for the one line that refuses a report. */
export const MAX_REPORT_SIZE = `${MAX_REPORT_BYTES / 1024 / 1024} MiB`

const text = (max = 100_000) => z.string().max(max)
const count = z.number().int().nonnegative()
const position = z.number().int().positive()
const list = <T extends z.ZodType>(item: T, max = 1_000_000) => z.array(item).max(max)

const finding = z.object({
  tool: text(200),
  severity: z.enum(SEVERITIES),
  message: text(),
  rule: text(500).optional(),
  file: text(4096).optional(),
  line: position.optional(),
  column: position.optional(),
  endLine: position.optional(),
  endColumn: position.optional(),
  url: text(4096).optional(),
  onChangedLines: z.boolean().optional(),
})

const testCase = z.object({
  id: text(4096),
  outcome: z.enum(['passed', 'failed', 'error', 'skipped']),
  durationMs: z.number().nonnegative(),
  file: text(4096).optional(),
  line: position.optional(),
  message: text().optional(),
})

const tests = z.object({
  total: count,
  passed: count,
  failed: count,
  errors: count,
  skipped: count,
  durationMs: z.number().nonnegative(),
  slowest: list(testCase, 1000),
  failures: list(testCase, 100_000),
})

const percent = z.number().min(0).max(100)
const lines = list(position)

const coverage = z.object({
  percent,
  linePercent: percent.optional(),
  leftOut: count.optional(),
  covered: count,
  statements: count,
  branchPercent: percent.optional(),
  threshold: percent.optional(),
  thresholdFrom: text(1000).optional(),
  files: list(
    z.object({
      file: text(4096),
      percent,
      covered: count,
      statements: count,
      missingLines: lines,
      executedLines: lines.optional(),
    }),
    100_000,
  ),
  diff: z
    .object({
      percent: percent.optional(),
      covered: count,
      total: count,
      threshold: percent.optional(),
      files: list(
        z.object({ file: text(4096), covered: count, total: count, uncoveredLines: lines }),
        100_000,
      ),
    })
    .optional(),
})

const check = z.object({
  tool: text(200),
  kind: z.enum(CHECK_KINDS),
  package: text(4096).optional(),
  version: text(200).optional(),
  outcome: z.enum(['pass', 'fail', 'error', 'skipped']),
  findings: list(finding),
  blocking: count,
  durationMs: z.number().nonnegative(),
  reason: text().optional(),
  runs: list(
    z.object({
      argv: list(text(100_000), 10_000),
      exitCode: z.number().int().nullable(),
      durationMs: z.number().nonnegative(),
      from: text(1000),
    }),
    1000,
  ).optional(),
  stderrTail: text().optional(),
  warnings: list(text(), 1000).optional(),
  source: text(4096).optional(),
  chosenBecause: text(4096).optional(),
  decidedBy: text(4096).optional(),
  pin: z.object({ version: text(200), source: text(4096) }).optional(),
  tests: tests.optional(),
  coverage: coverage.optional(),
  notOnChangedLines: list(finding).optional(),
})

const unit = z.object({
  package: text(500),
  version: text(200),
  extras: list(text(500), 1000),
  kind: z.enum(['venv', 'overlay', 'node']),
  state: z.enum(['cached', 'restored', 'installed', 'failed']),
  cause: text().optional(),
  location: text(4096),
})

export const reportSchema = z.object({
  schemaVersion: z.literal(1),
  gate: z.object({ name: z.literal('quality-gate'), version: text(100) }),
  verdict: z.object({
    passed: z.boolean(),
    failedChecks: list(text(100), 100),
    reasons: list(text(), 10_000),
  }),
  counts: z.object({ findings: count, errors: count, warnings: count, notices: count }),
  checks: list(check, 10_000),
  skipped: list(z.object({ kind: z.enum(CHECK_KINDS), tool: text(200).optional(), reason: text() }), 10_000),
  warnings: list(text(), 10_000),
  workingDirectory: text(4096),
  failOn: z.enum(['tool', 'error', 'warning', 'never']),
  python: z.object({ executable: text(4096), version: text(200) }).optional(),
  toolchain: z
    .object({
      key: text(500),
      cache: z.enum(['hit', 'restored', 'miss', 'off']),
      durationMs: z.number().nonnegative(),
      installerCalls: count,
      location: text(4096),
      installer: text(500),
      units: list(unit, 1000),
      log: text(1_000_000).optional(),
    })
    .optional(),
  job: z.object({ name: text(200), commentKey: text(200).optional() }).optional(),
  reports: list(
    z.object({
      key: text(1000),
      passed: z.boolean(),
      failedChecks: list(text(100), 100),
      counts: z.object({ findings: count, errors: count, warnings: count, notices: count }),
      refused: text().optional(),
    }),
    10_000,
  ).optional(),
  scope: z.enum(['all', 'changed']),
  changes: z.object({ source: text(1000), files: count, lines: count }).optional(),
  startedAt: text(100),
  durationMs: z.number().nonnegative(),
})

// The schema describes the Report type exactly: a change to one without the other does not compile.
type Parsed = z.infer<typeof reportSchema>
const _sameShape: [(report: Parsed) => Report, (report: Report) => Parsed] = [(r) => r, (r) => r]
void _sameShape

export class ReportError extends Error {
  override name = 'ReportError'
}

/** A report from its file's text: parsed, bounded and checked; a ReportError says in one line why not. */
export function parseReport(raw: string): Report {
  if (Buffer.byteLength(raw, 'utf8') > MAX_REPORT_BYTES) {
    throw new ReportError(`it is larger than ${MAX_REPORT_SIZE}`)
  }
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch (error) {
    throw new ReportError(`it is not JSON (${error instanceof Error ? error.message : String(error)})`)
  }
  const parsed = reportSchema.safeParse(json)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    const where = first?.path.length ? first.path.join('.') : 'the top level'
    throw new ReportError(
      `it is not a quality-gate report (schema version 1): at ${where}, ${first?.message ?? 'invalid'}`,
    )
  }
  return parsed.data
}
