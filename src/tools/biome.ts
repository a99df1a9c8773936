// biome `lint` and `format` with the JSON reporter (experimental upstream; it says so on stderr) and
// --max-diagnostics=none, so nothing is left out. 1-based positions; a formatter diagnostic points at
// 0:0, i.e. the whole file. Exit 0 clean, 1 findings — or a configuration error, which prints no report.
// Before 2.4 the shape differed (description, markup message, location.path.file): both are read.
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
      ? fromFindings([])
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
    findings.push(
      finding({
        tool,
        severity: SEVERITY[item.severity] ?? 'warning',
        rule: category.replace(/^lint\//, '') || undefined,
        message: text(item),
        file,
        line: position(item.location?.start?.line),
        column: position(item.location?.start?.column),
        endLine: position(item.location?.end?.line),
        endColumn: position(item.location?.end?.column),
      }),
    )
  }
  if (run.exitCode === 1 && findings.length === 0) return crashed(run, 'biome failed without a diagnostic')
  return fromFindings(findings)
}

const args = (command: 'lint' | 'format', ctx: ToolContext): string[] => [
  ...ctx.launcher,
  command,
  '--reporter=json',
  '--max-diagnostics=none',
  ...ctx.targets,
]

/** One package serves both commands: one pin. */
const BIOME_PIN: Pin = { package: '@biomejs/biome', registry: 'npm', version: '2.6.8' }

export const biome: Tool<'biome'> = {
  id: 'biome',
  docsUrl: 'https://biomejs.dev/',
  defaultPin: BIOME_PIN,
  kind: 'lint',
  ecosystem: 'node',
  language: 'javascript',
  evidence: { files: ['biome.json', 'biome.jsonc'], npmPackages: ['@biomejs/biome'] },
  executable: 'biome',
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
  npmPackage: '@biomejs/biome',
  command: (ctx) => ({ argv: args('format', ctx) }),
  parse: (run, ctx) => parseBiome('biome-format', run, ctx),
}
