// pyright: `--outputjson`; positions are 0-based, ends exclusive. Exit 0 ok, 1 errors, 2 fatal,
// 3 config unreadable, 4 bad command line.
import { z } from 'zod'
import type { ParseResult, Severity, ToolRun } from '../types.js'
import {
  crashed,
  finding,
  fromFindings,
  parseJson,
  runTrouble,
  warningLines,
  workspacePath,
} from './common.js'
import type { Tool, ToolContext } from './tool.js'

const point = z.object({ line: z.number(), character: z.number() })
const report = z.object({
  version: z.string().optional(),
  generalDiagnostics: z.array(
    z.object({
      file: z.string(),
      severity: z.enum(['error', 'warning', 'information']),
      message: z.string(),
      rule: z.string().optional(),
      range: z.object({ start: point, end: point }).optional(),
    }),
  ),
  summary: z.object({ errorCount: z.number(), warningCount: z.number() }).loose(),
})

const SEVERITY: Record<string, Severity> = { error: 'error', warning: 'warning', information: 'notice' }
const EXIT_MEANING: Record<number, string> = {
  2: 'fatal error',
  3: 'config file could not be read',
  4: 'invalid command line',
}

export const pyright: Tool<'pyright'> = {
  id: 'pyright',
  docsUrl: 'https://microsoft.github.io/pyright/',
  defaultPin: { package: 'pyright', registry: 'npm', version: '1.1.414' },
  kind: 'typecheck',
  ecosystem: 'node',
  language: 'python',
  evidence: {
    files: ['pyrightconfig.json'],
    pyprojectTables: [['tool', 'pyright']],
    pythonPackages: ['pyright'],
    preCommitHooks: ['pyright'],
  },
  aim: () => ({ targets: [] }),
  preCommitRepos: ['github.com/robertcraigie/pyright-python'],
  executable: 'pyright',
  commandLine: { ownedFlags: { '--outputjson': 0, '--watch': 0, '-w': 0 } },
  npmPackage: 'pyright',
  python: { module: 'pyright', distribution: 'pyright' },
  command: (ctx) => ({ argv: pyrightArgv(ctx) }),
  warnings: pyrightWarnings,
  parse: (run, ctx) =>
    parsePyrightJson(
      run,
      ctx,
      'pyright',
      (rule) => `https://microsoft.github.io/pyright/#/configuration?id=${rule.toLowerCase()}`,
    ),
}

/**
 * With --outputjson, everything it says besides the report goes to stderr, and it says only what went wrong
 * with its setup: `Config contains unrecognized setting "typeCheckingModez".`
 */
export function pyrightWarnings(run: ToolRun): string[] {
  if (run.exitCode !== 0 && run.exitCode !== 1) return []
  return warningLines(run.stderr, /^\S.*$/)
}

/** The JSON report, checked against the project's interpreter: for pyright and its forks. */
export function pyrightArgv(ctx: ToolContext): string[] {
  return [
    ...ctx.launcher,
    '--outputjson',
    ...(ctx.python !== undefined ? ['--pythonpath', ctx.python] : []),
    ...ctx.targets,
  ]
}

/** pyright's `--outputjson` report and exit codes, which its forks keep. */
export function parsePyrightJson(
  run: ToolRun,
  ctx: ToolContext,
  tool: string,
  ruleUrl: (rule: string) => string,
): ParseResult {
  const problem = runTrouble(run)
  if (problem) return problem
  if (run.exitCode !== 0 && run.exitCode !== 1) {
    return crashed(run, EXIT_MEANING[run.exitCode ?? -1] ?? `not a ${tool} status`)
  }
  const parsed = parseJson(run.stdout, report, `${tool} JSON report`)
  if (!parsed.ok) return parsed.result
  return fromFindings(
    parsed.value.generalDiagnostics.map((item) =>
      finding({
        tool,
        severity: SEVERITY[item.severity] ?? 'warning',
        rule: item.rule,
        message: item.message,
        file: workspacePath(item.file, ctx),
        line: item.range ? item.range.start.line + 1 : undefined,
        column: item.range ? item.range.start.character + 1 : undefined,
        endLine: item.range ? item.range.end.line + 1 : undefined,
        endColumn: item.range ? item.range.end.character + 1 : undefined,
        url: item.rule ? ruleUrl(item.rule) : undefined,
      }),
    ),
    run,
  )
}
