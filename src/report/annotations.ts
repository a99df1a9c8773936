// Which findings become inline annotations. GitHub keeps 10 errors, 10 warnings and 10 notices per step
// and silently drops the rest, so we choose: within each severity, findings on changed lines first, and
// tools in turn so one noisy tool cannot hide another; one notice says how many more are only in the summary.
// The tools' own warnings (config complaints) come first among the warnings: they explain the findings.
import type { CheckResult, Finding, Severity } from '../types.js'

export interface Annotation {
  level: Severity
  message: string
  title: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

export const STEP_LIMITS: Readonly<Record<Severity, number>> = { error: 10, warning: 10, notice: 10 }

/**
 * What the step's findings may use: a failing gate's own error annotation (the step's failure message)
 * counts against GitHub's 10 errors too, so it keeps one error slot for it, or the runner would drop it.
 */
export function stepLimits(passed: boolean): Readonly<Record<Severity, number>> {
  return passed ? STEP_LIMITS : { ...STEP_LIMITS, error: STEP_LIMITS.error - 1 }
}

/** At most this many annotations go into a check run: 20 requests of 50, about 20 s at one write a second. */
export const CHECK_RUN_ANNOTATION_CAP = 1000

export interface CheckRunPlan {
  /** The findings to annotate, best first, at most CHECK_RUN_ANNOTATION_CAP. */
  findings: Finding[]
  /** Findings with a file and line: the ones a check run could annotate. */
  located: number
}

/**
 * The check run's annotations: errors, then warnings, then notices; within each, findings on changed lines
 * first and tools in turn, so the cap never leaves a whole tool out before another's long tail.
 */
export function planCheckRun(checks: readonly CheckResult[], cap = CHECK_RUN_ANNOTATION_CAP): CheckRunPlan {
  const ranked: Finding[] = []
  for (const severity of ['error', 'warning', 'notice'] as const) {
    const perTool = checks.map((check) =>
      check.findings.filter(
        (finding) =>
          finding.severity === severity && finding.file !== undefined && finding.line !== undefined,
      ),
    )
    ranked.push(...changedFirst(perTool, (finding) => finding))
  }
  return { findings: ranked.slice(0, cap), located: ranked.length }
}

export interface AnnotationPlan {
  annotations: Annotation[]
  /** Findings that became annotations. */
  shown: number
  /** The tools' own warnings among them (they need no file, so they stay with the step beside a check run). */
  toolWarnings: Annotation[]
  total: number
}

export function planAnnotations(
  checks: readonly CheckResult[],
  limits: Readonly<Record<Severity, number>> = STEP_LIMITS,
): AnnotationPlan {
  const bySeverity: Record<Severity, Finding[][]> = { error: [], warning: [], notice: [] }
  let total = 0
  for (const check of checks) {
    for (const severity of ['error', 'warning', 'notice'] as const) {
      const ofTool = check.findings.filter((finding) => finding.severity === severity)
      if (ofTool.length > 0) bySeverity[severity].push(ofTool)
      total += ofTool.length
    }
  }
  const warned = toolWarningAnnotations(checks).slice(0, limits.warning)
  const count = (severity: Severity): number =>
    bySeverity[severity].reduce((sum, list) => sum + list.length, 0)
  const overflow = (['error', 'warning', 'notice'] as const).some(
    (severity) => count(severity) > limits[severity] - (severity === 'warning' ? warned.length : 0),
  )
  const room: Record<Severity, number> = {
    error: limits.error,
    warning: limits.warning - warned.length,
    notice: overflow ? Math.max(0, limits.notice - 1) : limits.notice,
  }

  const annotations: Annotation[] = [...warned]
  for (const severity of ['error', 'warning', 'notice'] as const) {
    for (const finding of changedFirst(bySeverity[severity], (item) => item).slice(0, room[severity])) {
      annotations.push(toAnnotation(finding))
    }
  }
  const shown = annotations.length - warned.length
  if (overflow && limits.notice > 0) {
    annotations.push({
      level: 'notice',
      title: 'quality-gate',
      message: `${total - shown} more findings are not annotated here (GitHub shows at most ${limits.error} errors, ${limits.warning} warnings and ${limits.notice} notices per step). Every finding is listed in the job summary.`,
    })
  }
  return { annotations, shown, total, toolWarnings: warned }
}

/** Each check's tool warnings, without a file: GitHub shows them on the run's page. */
function toolWarningAnnotations(checks: readonly CheckResult[]): Annotation[] {
  return checks.flatMap((check) =>
    (check.warnings ?? []).map((message) => ({
      level: 'warning' as const,
      title: `${check.tool}${check.package !== undefined ? ` in ${check.package}` : ''} warned`,
      message,
    })),
  )
}

/**
 * Findings on changed lines first (tools in turn), then the rest (tools in turn). Lists are per tool; the
 * items are findings, or anything that carries one.
 */
export function changedFirst<T>(lists: T[][], findingOf: (item: T) => Finding): T[] {
  const onChanged = (item: T): boolean => findingOf(item).onChangedLines === true
  return [
    ...roundRobin(lists.map((list) => list.filter(onChanged))),
    ...roundRobin(lists.map((list) => list.filter((item) => !onChanged(item)))),
  ]
}

/** One from each tool in turn, each tool's own findings in order. */
function roundRobin<T>(lists: T[][]): T[] {
  const order: T[] = []
  for (let index = 0; order.length < lists.reduce((sum, list) => sum + list.length, 0); index++) {
    for (const list of lists) {
      const item = list[index]
      if (item !== undefined) order.push(item)
    }
  }
  return order
}

function toAnnotation(finding: Finding): Annotation {
  const annotation: Annotation = {
    level: finding.severity,
    title: finding.rule ? `${finding.tool} ${finding.rule}` : finding.tool,
    message: finding.message,
  }
  if (finding.file === undefined) return annotation
  annotation.file = finding.file
  if (finding.line === undefined) return annotation
  annotation.startLine = finding.line
  const endLine = finding.endLine ?? finding.line
  if (endLine !== finding.line) {
    annotation.endLine = endLine
    return annotation
  }
  // GitHub uses columns only on single-line annotations.
  if (finding.column !== undefined) annotation.startColumn = finding.column
  if (finding.endColumn !== undefined) annotation.endColumn = finding.endColumn
  return annotation
}
