// Loads captured tool runs (__tests__/fixtures/<tool>/<case>/) and the upstream fixtures (fixtures/upstream/).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect } from '@jest/globals'
import { toolOf } from '../../src/tools/index.js'
import type { ToolId } from '../../src/tools/index.js'
import type { ToolContext } from '../../src/tools/tool.js'
import type { Finding, ParseResult, ToolRun } from '../../src/types.js'
import { ROOT } from './action.js'

export interface Captured {
  argv: string[]
  ctx: ToolContext
  run: ToolRun
}

export function captured(tool: string, name: string): Captured {
  const dir = path.join(ROOT, '__tests__', 'fixtures', tool, name)
  const meta = JSON.parse(readFileSync(path.join(dir, 'run.json'), 'utf8')) as {
    argv: string[]
    exitCode: number | null
    context: ToolContext
    reads?: Record<string, string>
    after?: { argv: string[]; exitCode: number | null; stdout: string; stderr: string }[]
  }
  const run: ToolRun = {
    argv: meta.argv,
    exitCode: meta.exitCode,
    stdout: readFileSync(path.join(dir, 'stdout.txt'), 'utf8'),
    stderr: readFileSync(path.join(dir, 'stderr.txt'), 'utf8'),
    durationMs: 1,
    timedOut: false,
    truncated: false,
  }
  if (meta.reads !== undefined) {
    run.files = Object.fromEntries(
      Object.entries(meta.reads).map(([name, file]) => [name, readFileSync(path.join(dir, file), 'utf8')]),
    )
  }
  if (meta.after !== undefined) {
    run.after = meta.after.map((done) => ({ ...done, durationMs: 1, timedOut: false, truncated: false }))
  }
  return { argv: meta.argv, ctx: meta.context, run }
}

/** A captured run through its adapter, after checking the adapter still builds the argv that produced it. */
export function parseCaptured(tool: ToolId, name: string): ParseResult {
  const fixture = captured(tool, name)
  const adapter = toolOf(tool)
  if (!adapter) throw new Error(`no adapter for ${tool}`)
  expect(adapter.command(fixture.ctx).argv).toEqual(fixture.argv)
  return adapter.parse(fixture.run, fixture.ctx)
}

/** "error src/a.py:3:5 F401": findings in one comparable line each. */
export const brief = (findings: Finding[]): string[] =>
  findings.map(
    (item) =>
      `${item.severity} ${item.file}:${item.line ?? '-'}${item.column ? `:${item.column}` : ''} ${item.rule ?? '-'}`,
  )

/**
 * Outputs of tools that cannot run here, from their public test snapshots: copied into
 * __tests__/fixtures/upstream/ with their provenance (its README).
 */
export const UPSTREAM_FIXTURES = path.join(ROOT, '__tests__', 'fixtures', 'upstream')

export function upstream(file: string): string {
  return readFileSync(path.join(UPSTREAM_FIXTURES, file), 'utf8')
}

/** A finished run with the given output, for fixtures that are only an output. */
export function runOf(stdout: string, exitCode: number | null, stderr = ''): ToolRun {
  return { argv: ['tool'], exitCode, stdout, stderr, durationMs: 1, timedOut: false, truncated: false }
}

export function contextAt(dir: string, version?: string, launcher: string[] = ['tool']): ToolContext {
  return {
    workspace: dir,
    cwd: dir,
    launcher,
    targets: ['.'],
    tempDir: '/tmp/unused',
    ...(version ? { version } : {}),
  }
}
