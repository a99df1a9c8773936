// SARIF 2.1.0 for github/codeql-action/upload-sarif: one run per tool that ran (a clean run closes its old
// alerts), rules with help URIs where the tool gives them, repo-relative URIs, stable rule ids. Every
// finding goes in, including those a `scope: changed` gate did not count: code scanning does its own
// diffing. Pure.
import { isToolId, TOOLS } from '../tools/index.js'
import type { CheckResult, Finding, Report, Severity } from '../types.js'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
/** GitHub's ingestion limit per run. */
export const SARIF_RESULTS_PER_RUN = 25_000

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  notice: 'note',
}

interface SarifRule {
  id: string
  shortDescription: { text: string }
  helpUri?: string
}

export interface SarifLog {
  version: '2.1.0'
  $schema: string
  runs: unknown[]
}

export function renderSarif(report: Report): SarifLog {
  const runs = report.checks
    .filter((check) => check.kind !== 'coverage' && check.outcome !== 'skipped')
    .map((check) => toRun(check))
  return { version: '2.1.0', $schema: SARIF_SCHEMA, runs }
}

function toRun(check: CheckResult): unknown {
  const all = [...check.findings, ...(check.notOnChangedLines ?? [])]
  const kept = all.slice(0, SARIF_RESULTS_PER_RUN)
  const rules: SarifRule[] = []
  const ruleIndex = new Map<string, number>()
  const results = kept.map((finding) => {
    const id = ruleId(finding, check)
    let index = ruleIndex.get(id)
    if (index === undefined) {
      index = rules.length
      ruleIndex.set(id, index)
      rules.push({ id, shortDescription: { text: id }, ...(finding.url ? { helpUri: finding.url } : {}) })
    }
    // A failing test's "rule" is its name: kept in the message, so the rule id stays one stable id.
    const shown =
      check.kind === 'test' && finding.rule
        ? { ...finding, message: `${finding.rule}: ${finding.message}` }
        : finding
    return toResult(shown, id, index)
  })
  const notifications: { level: 'error' | 'warning'; message: { text: string } }[] = []
  if (check.outcome === 'error') {
    notifications.push({
      level: 'error',
      message: { text: `${check.tool} could not run: ${check.reason ?? 'tool error'}` },
    })
  }
  if (all.length > kept.length) {
    notifications.push({
      level: 'warning',
      message: {
        text: `${all.length - kept.length} more results were left out (the limit is ${SARIF_RESULTS_PER_RUN} per run).`,
      },
    })
  }
  const driver = {
    name: check.tool,
    ...(check.version ? { version: check.version } : {}),
    informationUri: docsUrlOf(check.tool),
    rules,
  }
  return {
    tool: { driver },
    invocations: [
      {
        executionSuccessful: check.outcome !== 'error',
        ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
      },
    ],
    results,
    // Two packages' runs of one tool are told apart by category (code scanning refuses duplicates).
    ...(check.package !== undefined ? { automationDetails: { id: `${check.tool}/${check.package}/` } } : {}),
    properties: { checkKind: check.kind, ...(check.package !== undefined ? { package: check.package } : {}) },
  }
}

/** The tool's own rule id; failing tests and a formatter's "not formatted" get one fixed id each. */
function ruleId(finding: Finding, check: CheckResult): string {
  if (check.kind === 'test') return 'failed-test'
  if (check.kind === 'format') return finding.rule ?? 'unformatted'
  return finding.rule ?? check.tool
}

function toResult(finding: Finding, id: string, index: number): unknown {
  const result: Record<string, unknown> = {
    ruleId: id,
    ruleIndex: index,
    level: LEVEL[finding.severity],
    message: { text: finding.message || id },
  }
  if (finding.file !== undefined) {
    const region: Record<string, number> = {}
    if (finding.line !== undefined) {
      region.startLine = finding.line
      if (finding.column !== undefined) region.startColumn = finding.column
      if (finding.endLine !== undefined && finding.endLine >= finding.line) region.endLine = finding.endLine
      if (finding.endColumn !== undefined && finding.column !== undefined) {
        const sameLine = (finding.endLine ?? finding.line) === finding.line
        if (!sameLine || finding.endColumn > finding.column) region.endColumn = finding.endColumn
      }
    }
    result.locations = [
      {
        physicalLocation: {
          artifactLocation: { uri: toUri(finding.file) },
          ...(region.startLine !== undefined ? { region } : {}),
        },
      },
    ]
  }
  return result
}

/** Repo-relative URI references: each path segment percent-encoded, separators kept. */
function toUri(file: string): string {
  return file
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/')
}

/** The tool's documentation; "vitest coverage" is vitest's, "coverage" is coverage.py's. */
function docsUrlOf(name: string): string {
  if (name === 'coverage') return 'https://coverage.readthedocs.io/'
  const id = name.replace(/ coverage$/, '')
  return (isToolId(id) ? TOOLS[id].docsUrl : undefined) ?? 'https://github.com/'
}
