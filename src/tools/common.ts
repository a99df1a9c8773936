// Helpers shared by the adapters: tool trouble, JSON validation, paths and versions. Pure.
import path from 'node:path'
import type { z } from 'zod'
import { parseUnifiedDiff } from '../parsers/unified-diff.js'
import { stripAnsi, tellingLine } from '../text.js'
import type { Finding, ParseResult, ToolRun } from '../types.js'
import type { ToolContext } from './tool.js'

/** Trouble any tool can have before its output is even looked at: not started, timed out, killed. */
export function runTrouble(run: ToolRun): ParseResult | undefined {
  if (run.spawnError !== undefined) return trouble(run.spawnError)
  if (run.timedOut)
    return trouble(`timed out after ${formatSeconds(run.durationMs)}; the process tree was killed`)
  if (run.exitCode === null) return trouble(`killed by signal ${run.signal ?? 'unknown'}`)
  if (run.truncated) return trouble('printed more output than the gate keeps in memory (64 MiB per stream)')
  return undefined
}

export function trouble(reason: string): ParseResult {
  return { outcome: 'error', findings: [], reason }
}

/** An exit code the tool documents as its own failure. */
export function crashed(run: ToolRun, meaning: string): ParseResult {
  const line = tellingLine(run.stderr || run.stdout)
  return trouble(`exited with ${run.exitCode} (${meaning})${line ? `: ${line}` : ''}`)
}

export function unexpectedExit(run: ToolRun): ParseResult {
  return crashed(run, 'not an exit code this tool uses for findings')
}

/**
 * The findings of a run the adapter has already cleared of trouble, with the tool's own verdict: it failed
 * exactly when it exited non-zero (eslint's warnings under --max-warnings, pylint above fail-under and
 * pyright's or biome's warnings leave it at 0).
 */
export function fromFindings(findings: Finding[], run: Pick<ToolRun, 'exitCode'>): ParseResult {
  return { outcome: run.exitCode === 0 ? 'pass' : 'fail', findings }
}

/**
 * The lines of a tool's output that match `pattern` (its first group, or the whole match); with `continued`,
 * each with the indented lines under it (ruff lists the options to rename under its warning).
 */
export function warningLines(text: string, pattern: RegExp, { continued = false } = {}): string[] {
  const lines = stripAnsi(text).split(/\r?\n/)
  const found: string[] = []
  lines.forEach((line, index) => {
    const match = pattern.exec(line)
    if (!match) return
    const parts = [(match[1] ?? match[0]).trim()]
    for (const next of continued ? lines.slice(index + 1) : []) {
      if (!/^\s+\S/.test(next) || pattern.test(next)) break
      parts.push(next.trim())
    }
    found.push(parts.join(' '))
  })
  return found
}

/**
 * Python's warnings.warn output, `file.py:619: UserWarning: Failed to pull configuration …`, as
 * `UserWarning: …`; only the categories given, when given.
 */
export function pythonWarnings(text: string, categories?: RegExp): string[] {
  return warningLines(text, /^\S.*?:\d+: (\w*Warning: .+)$/).filter(
    (line) => categories === undefined || categories.test(line),
  )
}

/** Parses and validates JSON; a mismatch is tool trouble, never a pass. */
export function parseJson<T>(
  text: string,
  schema: z.ZodType<T>,
  what: string,
): { ok: true; value: T } | { ok: false; result: ParseResult } {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    const sample = text.trim().slice(0, 120).replace(/\s+/g, ' ')
    return { ok: false, result: trouble(`output is not the expected ${what}: ${sample || '(empty)'}`) }
  }
  const checked = schema.safeParse(data)
  if (!checked.success) {
    const issue = checked.error.issues[0]
    const where = issue ? issue.path.join('.') || '(root)' : '(root)'
    return {
      ok: false,
      result: trouble(`output does not match the expected ${what} at ${where}: ${issue?.message ?? ''}`),
    }
  }
  return { ok: true, value: checked.data }
}

/** A tool's path (absolute, or relative to where it ran) as a workspace-relative posix path. */
export function workspacePath(
  file: string,
  ctx: Pick<ToolContext, 'cwd' | 'workspace'>,
  paths: path.PlatformPath = path,
): string {
  const absolute = paths.resolve(ctx.cwd, file)
  const relative = paths.relative(ctx.workspace, absolute)
  return relative.split(paths.sep).join('/')
}

/** Compares dotted versions numerically: atLeast('2.16.2', '3.0') is false. */
export function atLeast(version: string | undefined, minimum: string): boolean {
  if (version === undefined) return true
  const parts = (text: string): number[] => text.split(/[.+-]/).map((part) => Number.parseInt(part, 10) || 0)
  const have = parts(version)
  const want = parts(minimum)
  for (let index = 0; index < Math.max(have.length, want.length); index++) {
    const a = have[index] ?? 0
    const b = want[index] ?? 0
    if (a !== b) return a > b
  }
  return true
}

function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}

/** Drops undefined and null fields so findings compare and serialise cleanly. */
export function finding(fields: Finding): Finding {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined && value !== null),
  ) as unknown as Finding
}

/** A positive integer or undefined: tools use 0 or null for "no position". */
export function position(value: number | null | undefined, offset = 0): number | undefined {
  if (value === null || value === undefined) return undefined
  const shifted = value + offset
  return shifted >= 1 ? shifted : undefined
}

/**
 * Formatter findings: one error per file the tool named, at the first line its diff changes
 * (line 1 when the tool printed no diff for that file).
 */
export function formatterFindings(
  tool: string,
  message: string,
  files: readonly string[],
  diffText: string,
  ctx: Pick<ToolContext, 'cwd' | 'workspace'>,
): Finding[] {
  const firstLines = new Map<string, number>()
  for (const diff of parseUnifiedDiff(diffText))
    firstLines.set(workspacePath(diff.path, ctx), diff.firstChangedLine)
  return files.map((named) => {
    const file = workspacePath(named, ctx)
    return finding({ tool, severity: 'error', message, file, line: firstLines.get(file) ?? 1 })
  })
}
