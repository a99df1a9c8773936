// Core types shared by every stage of the pipeline. Pure data: no behaviour, no platform imports.

export const CHECK_KINDS = ['format', 'lint', 'typecheck', 'test', 'coverage', 'security'] as const
export type CheckKind = (typeof CHECK_KINDS)[number]

export const SEVERITIES = ['error', 'warning', 'notice'] as const
export type Severity = (typeof SEVERITIES)[number]

/** One problem reported by a tool. Paths are workspace-relative posix; positions are 1-based. */
export interface Finding {
  tool: string
  severity: Severity
  message: string
  rule?: string
  file?: string
  line?: number
  column?: number
  endLine?: number
  endColumn?: number
  url?: string
  /** Set when a change set is known and this finding is on a line it changed: ranked first. */
  onChangedLines?: boolean
}

/** What happened when a process ran. */
export interface ToolRun {
  argv: string[]
  exitCode: number | null
  /** Set when the process could not be started (e.g. ENOENT) or was killed by a signal. */
  spawnError?: string
  signal?: string | null
  stdout: string
  stderr: string
  durationMs: number
  timedOut: boolean
  /** True when stdout or stderr was longer than the in-memory cap and was cut. */
  truncated: boolean
  /** The files the command declared in `reads`, as text; undefined when the tool did not write one. */
  files?: Record<string, string | undefined>
  /** Runs of the command's `after` commands, in order. */
  after?: ToolRun[]
}

/** `error` means tool trouble: crashed, timed out, missing or unparsable. It always fails the gate. */
export type Outcome = 'pass' | 'fail' | 'error' | 'skipped'

export interface TestCase {
  id: string
  outcome: 'passed' | 'failed' | 'error' | 'skipped'
  durationMs: number
  file?: string
  line?: number
  message?: string
}

export interface TestSummary {
  total: number
  passed: number
  failed: number
  errors: number
  skipped: number
  durationMs: number
  /** The 5 slowest tests. */
  slowest: TestCase[]
  /** Every failed or erroring test, with its traceback (capped). */
  failures: TestCase[]
}

export interface FileCoverage {
  file: string
  percent: number
  covered: number
  statements: number
  missingLines: number[]
  /** The lines the tests ran, for diff coverage; left out of the JSON report. */
  executedLines?: number[]
}

/** Coverage of the executable lines a change touched. */
export interface DiffCoverage {
  /** Covered changed executable lines in percent; absent when the change touched none. */
  percent?: number
  covered: number
  /** Changed lines the coverage tool counts as executable. */
  total: number
  threshold?: number
  /** Per file with changed executable lines: what the tests did not run. */
  files: { file: string; covered: number; total: number; uncoveredLines: number[] }[]
}

export interface CoverageSummary {
  /**
   * The coverage tool's own total in percent: coverage.py's `coverage report` TOTAL (lines and branches
   * together when it measures branches), istanbul's lines.
   */
  percent: number
  /** Line coverage alone (covered lines / statements), when the total mixes in branches. */
  linePercent?: number
  /** Files measured outside the project (another package's, the interpreter's), not counted. */
  leftOut?: number
  covered: number
  statements: number
  /** Branch coverage in percent, when the project measures branches. */
  branchPercent?: number
  /** The threshold it was gated against, if any. */
  threshold?: number
  /** Where the threshold was read, when it is the project's own config ("fail_under in … of pyproject.toml"). */
  thresholdFrom?: string
  files: FileCoverage[]
  /** Set when a change set is known. */
  diff?: DiffCoverage
}

/** What an adapter makes of one tool run. */
export interface ParseResult {
  /** The tool's own view: `pass` (no findings), `fail` (findings or failing tests) or `error` (trouble). */
  outcome: 'pass' | 'fail' | 'error'
  findings: Finding[]
  /** Why the outcome is `error` (or a `fail` without findings), in one line. */
  reason?: string
  tests?: TestSummary
  coverage?: CoverageSummary
  /** Why coverage could not be read, when the run was meant to measure it. */
  coverageTrouble?: string
  /**
   * The coverage tool failed the project's own threshold (coverage.py's fail_under, jest's
   * coverageThreshold, vitest's coverage.thresholds): its own words, and the line threshold when it says one.
   */
  coverageFailure?: { reason: string; threshold?: number }
}

/** The result of one check (one tool) after the gate applied its policy. */
export interface CheckResult {
  tool: string
  kind: CheckKind
  /** The workspace package it ran in (its directory relative to the workspace); absent at the root. */
  package?: string
  version?: string
  outcome: Outcome
  findings: Finding[]
  /** Findings at or above `fail-on`. */
  blocking: number
  durationMs: number
  reason?: string
  /** Every run of the tool behind this check, in order (several `tsc -p` projects are several runs). */
  runs?: CheckRun[]
  /** The last lines of the tool's stderr, kept when the tool was in trouble. */
  stderrTail?: string
  /**
   * The tool's own warnings, whatever the outcome: complaints about its configuration ("Unrecognized
   * option", "deprecated"), which explain findings that would otherwise surprise.
   */
  warnings?: string[]
  /** Where the tool came from: "python -m black (/usr/bin/python3)", "pinned black==26.10.1 (…)". */
  source?: string
  /**
   * Why the gate runs this tool: what in the project named it ("[tool.black] in pyproject.toml"),
   * "named in tools", or a zero-config default.
   */
  chosenBecause?: string
  /** What decided the outcome of a static check: the tool's exit status (fail-on: tool) or the severity rule. */
  decidedBy?: string
  /** The version the pins asked for, and where that pin came from. */
  pin?: { version: string; source: string }
  tests?: TestSummary
  coverage?: CoverageSummary
  /** With `scope: changed`, the findings not on changed lines: reported, never counted. */
  notOnChangedLines?: Finding[]
}

/** One run of a tool: its exact argv, its exit status, and where its arguments came from. */
export interface CheckRun {
  argv: string[]
  exitCode: number | null
  durationMs: number
  /** "package.json script \"lint\"", "args for tsc in the config file", "the gate's default (.)". */
  from: string
}

export interface Verdict {
  passed: boolean
  failedChecks: string[]
  reasons: string[]
}

export interface SkippedCheck {
  kind: CheckKind
  /** Set when one tool the project configures is left out (another runs for the check). */
  tool?: string
  reason: string
}

/** Everything one gate run found: what the JSON report holds and every renderer reads. */
/** One package of the pinned toolchain, in its own environment. */
export interface ToolchainUnit {
  package: string
  version: string
  /** Plugins and stubs installed beside it. */
  extras: string[]
  kind: 'venv' | 'overlay' | 'node'
  /** cached: whole in the local cache; restored: from the Actions cache; installed now; failed. */
  state: 'cached' | 'restored' | 'installed' | 'failed'
  cause?: string
  location: string
}

/** One report among those publish mode combined: its label (job / comment-key) and its verdict. */
export interface CombinedRow {
  key: string
  passed: boolean
  failedChecks: string[]
  counts: { findings: number; errors: number; warnings: number; notices: number }
  /** Why the report could not be used, when it could not (then it fails the combined verdict). */
  refused?: string
}

export interface Report {
  schemaVersion: 1
  gate: { name: 'quality-gate'; version: string }
  verdict: Verdict
  counts: { findings: number; errors: number; warnings: number; notices: number }
  checks: CheckResult[]
  skipped: SkippedCheck[]
  /** Infrastructure and configuration warnings: they never change the verdict. */
  warnings: string[]
  workingDirectory: string
  failOn: 'tool' | 'error' | 'warning' | 'never'
  python?: { executable: string; version: string }
  /** The pinned toolchain: its cache key, whether the cache had it, and how long installing took. */
  toolchain?: {
    key: string
    cache: 'hit' | 'restored' | 'miss' | 'off'
    durationMs: number
    installerCalls: number
    location: string
    installer: string
    /** Each package installed on its own, with what happened to it. */
    units: ToolchainUnit[]
    /** What the failed installs printed (bounded); their reasons carry one line each. */
    log?: string
  }
  /**
   * The job that wrote it (GITHUB_JOB) and its comment-key: what tells a matrix's reports apart when
   * publish mode combines them. Absent off a runner without a comment-key.
   */
  job?: { name: string; commentKey?: string }
  /**
   * Publish mode: the reports combined into this one, a row each, in order (each one's checks carry its key
   * as their package). Absent from a gate's own report.
   */
  reports?: CombinedRow[]
  /** Which findings count: all, or only those on the lines this change touched. */
  scope: 'all' | 'changed'
  /** The change the gate compared against, when it knew one. */
  changes?: { source: string; files: number; lines: number }
  startedAt: string
  durationMs: number
}
