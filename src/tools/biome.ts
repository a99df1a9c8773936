// biome `lint` and `format` with the JSON reporter (experimental upstream; it says so on stderr) and
// --max-diagnostics=none, so nothing is left out. 1-based positions; a formatter diagnostic points at
// 0:0, i.e. the whole file. Exit 0 clean, 1 findings — or a configuration error, which prints no report.
// Before 2.4 the shape differed (description, markup message, location.path.file) and a position was a
// byte span into the file's text (location.span + location.sourceCode): both are read, spans converted.
import { z } from 'zod'
import type { Finding, ParseResult, Severity, ToolRun } from '../types.js'
import {
  crashed,
  finding,
  fromFindings,
  parseJson,
  position,
  runTrouble,
  unexpectedExit,
  workspacePath,
} from './common.js'
import type { Pin, Tool, ToolContext } from './tool.js'

const point = z.object({ line: z.number(), column: z.number() }).nullable().optional()
const report = z
  .object({
    diagnostics: z.array(
      z
        .object({
          severity: z.string(),
          category: z.string().nullable().optional(),
          message: z.unknown().optional(),
          description: z.string().optional(),
          location: z
            .object({
              path: z
                .union([z.string(), z.object({ file: z.string() }).loose()])
                .nullable()
                .optional(),
              start: point,
              end: point,
              span: z.tuple([z.number(), z.number()]).nullable().optional(),
              sourceCode: z.string().nullable().optional(),
            })
            .loose()
            .nullable()
            .optional(),
        })
        .loose(),
    ),
  })
  .loose()
type Diagnostic = z.infer<typeof report>['diagnostics'][number]

const SEVERITY: Record<string, Severity> = {
  fatal: 'error',
  error: 'error',
  warning: 'warning',
  information: 'notice',
  info: 'notice',
  hint: 'notice',
}

function text(item: Diagnostic): string {
  if (typeof item.message === 'string') return item.message
  if (Array.isArray(item.message)) {
    return item.message
      .map((part) =>
        typeof part === 'object' && part !== null && 'content' in part ? String(part.content) : '',
      )
      .join('')
  }
  return item.description ?? ''
}

function pathOf(item: Diagnostic, ctx: ToolContext): string | undefined {
  const raw = item.location?.path
  const file = typeof raw === 'string' ? raw : raw?.file
  return file ? workspacePath(file.replaceAll('\\', '/'), ctx) : undefined
}

function parseBiome(tool: 'biome' | 'biome-format', run: ToolRun, ctx: ToolContext): ParseResult {
  const problem = runTrouble(run)
  if (problem) return problem
  if (run.exitCode !== 0 && run.exitCode !== 1) return unexpectedExit(run)
  if (run.stdout.trim() === '') {
    // Configuration errors go to stderr with no report at all.
    return run.exitCode === 0
      ? fromFindings([], run)
      : crashed(run, 'biome printed no report; its configuration is likely invalid')
  }
  const parsed = parseJson(run.stdout, report, 'biome JSON report')
  if (!parsed.ok) return parsed.result
  const findings: Finding[] = []
  for (const item of parsed.value.diagnostics) {
    const category = item.category ?? ''
    const file = pathOf(item, ctx)
    if (category === 'format') {
      findings.push(finding({ tool, severity: 'error', message: 'File is not formatted with biome', file }))
      continue
    }
    const { start, end } = positionsOf(item)
    findings.push(
      finding({
        tool,
        severity: SEVERITY[item.severity] ?? 'warning',
        rule: category.replace(/^lint\//, '') || undefined,
        message: text(item),
        file,
        line: position(start?.line),
        column: position(start?.column),
        endLine: position(end?.line),
        endColumn: position(end?.column),
      }),
    )
  }
  if (run.exitCode === 1 && findings.length === 0) return crashed(run, 'biome failed without a diagnostic')
  return fromFindings(findings, run)
}

type Point = { line: number; column: number } | null | undefined

/** 1-based positions: given (2.4+), or from a byte span into the file's text (before 2.4). */
function positionsOf(item: Diagnostic): { start: Point; end: Point } {
  const location = item.location
  if (location?.start || !location?.span || typeof location.sourceCode !== 'string') {
    return { start: location?.start, end: location?.end }
  }
  const bytes = Buffer.from(location.sourceCode, 'utf8')
  const [from, to] = location.span
  if (from === 0 && to === 0) return { start: undefined, end: undefined }
  return { start: pointAt(bytes, from), end: pointAt(bytes, to) }
}

/** The line and column (in characters, both 1-based) of a UTF-8 byte offset; past the end, none. */
function pointAt(bytes: Buffer, offset: number): Point {
  if (offset < 0 || offset > bytes.length) return undefined
  const before = bytes.subarray(0, offset).toString('utf8')
  const lineStart = before.lastIndexOf('\n') + 1
  const line = before.slice(0, lineStart).split('\n').length
  return { line, column: [...before.slice(lineStart)].length + 1 }
}

const args = (command: 'lint' | 'format', ctx: ToolContext): string[] => [
  ...ctx.launcher,
  command,
  '--reporter=json',
  '--max-diagnostics=none',
  ...ctx.targets,
]

/** Flags of `biome check/lint/format/ci` that write files or choose the report. */
const BIOME_OWNED_FLAGS = {
  '--write': 0,
  '--fix': 0,
  '--apply': 0,
  '--apply-unsafe': 0,
  '--unsafe': 0,
  '--reporter': 1,
  '--max-diagnostics': 1,
  '--colors': 1,
}

/** One package serves both commands: one pin. */
const BIOME_PIN: Pin = { package: '@biomejs/biome', registry: 'npm', version: '2.6.8' }

export const biome: Tool<'biome'> = {
  id: 'biome',
  docsUrl: 'https://biomejs.dev/',
  defaultPin: BIOME_PIN,
  kind: 'lint',
  ecosystem: 'node',
  language: 'javascript',
  evidence: { files: ['biome.json', 'biome.jsonc'], npmPackages: ['@biomejs/biome'], inParents: true },
  executable: 'biome',
  // check and ci lint and format: each check takes their arguments.
  commandLine: { modes: ['lint', 'check', 'ci'], ownedFlags: BIOME_OWNED_FLAGS },
  npmPackage: '@biomejs/biome',
  command: (ctx) => ({ argv: args('lint', ctx) }),
  parse: (run, ctx) => parseBiome('biome', run, ctx),
}

export const biomeFormat: Tool<'biome-format'> = {
  id: 'biome-format',
  docsUrl: 'https://biomejs.dev/formatter/',
  defaultPin: BIOME_PIN,
  kind: 'format',
  ecosystem: 'node',
  language: 'javascript',
  // biome formats where it lints, unless prettier does.
  evidence: { follows: { tool: 'biome', unless: ['prettier'] } },
  executable: 'biome',
  commandLine: { modes: ['format', 'check', 'ci'], ownedFlags: BIOME_OWNED_FLAGS },
  npmPackage: '@biomejs/biome',
  command: (ctx) => ({ argv: args('format', ctx) }),
  parse: (run, ctx) => parseBiome('biome-format', run, ctx),
}
