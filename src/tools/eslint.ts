// eslint `-f json`: per file, messages with 1-based positions; severity 2 error, 1 warning. A message with
// `fatal` is a parse error. Exit 0 clean, 1 problems, 2 configuration or internal error.
import { z } from 'zod'
import {
  crashed,
  finding,
  fromFindings,
  parseJson,
  runTrouble,
  unexpectedExit,
  warningLines,
  workspacePath,
} from './common.js'
import type { Tool } from './tool.js'

const report = z.array(
  z
    .object({
      filePath: z.string(),
      messages: z.array(
        z
          .object({
            ruleId: z.string().nullable().optional(),
            severity: z.number(),
            fatal: z.boolean().optional(),
            message: z.string(),
            line: z.number().optional(),
            column: z.number().optional(),
            endLine: z.number().nullable().optional(),
            endColumn: z.number().nullable().optional(),
          })
          .loose(),
      ),
    })
    .loose(),
)

/** Docs for core rules and typescript-eslint's; `-f json` carries no rule metadata for other plugins. */
function ruleUrl(ruleId: string | null | undefined): string | undefined {
  if (!ruleId) return undefined
  if (!ruleId.includes('/')) return `https://eslint.org/docs/latest/rules/${ruleId}`
  const typescriptRule = /^@typescript-eslint\/(.+)$/.exec(ruleId)
  return typescriptRule ? `https://typescript-eslint.io/rules/${typescriptRule[1]}` : undefined
}

export const eslint: Tool<'eslint'> = {
  id: 'eslint',
  docsUrl: 'https://eslint.org/',
  defaultPin: { package: 'eslint', registry: 'npm', version: '10.15.0' },
  kind: 'lint',
  ecosystem: 'node',
  language: 'javascript',
  evidence: {
    inParents: true,
    files: [
      'eslint.config.js',
      'eslint.config.mjs',
      'eslint.config.cjs',
      'eslint.config.ts',
      'eslint.config.mts',
      'eslint.config.cts',
    ],
    npmPackages: ['eslint'],
  },
  executable: 'eslint',
  commandLine: {
    ownedFlags: {
      '--fix': 0,
      '--fix-dry-run': 0,
      '--fix-type': 1,
      '-f': 1,
      '--format': 1,
      '-o': 1,
      '--output-file': 1,
      '--color': 0,
      '--no-color': 0,
    },
  },
  npmPackage: 'eslint',
  runsInProject: true,
  command: (ctx) => ({ argv: [...ctx.launcher, '-f', 'json', ...ctx.targets] }),
  // Its own process warnings, `(node:123) ESLintIgnoreWarning: The ".eslintignore" file is no longer supported…`.
  warnings: (run) => warningLines(run.stderr, /^\(node:\d+\) (ESLint\w*Warning: .+)$/),
  parse(run, ctx) {
    const problem = runTrouble(run)
    if (problem) return problem
    if (run.exitCode === 2) return crashed(run, 'eslint configuration or internal error')
    if (run.exitCode !== 0 && run.exitCode !== 1) return unexpectedExit(run)
    const parsed = parseJson(run.stdout, report, 'eslint JSON report')
    if (!parsed.ok) return parsed.result
    return fromFindings(
      parsed.value.flatMap((file) =>
        file.messages.map((message) =>
          finding({
            tool: 'eslint',
            severity: message.fatal || message.severity >= 2 ? 'error' : 'warning',
            rule: message.ruleId ?? (message.fatal ? 'parse-error' : undefined),
            message: message.message,
            file: workspacePath(file.filePath, ctx),
            line: message.line,
            column: message.column,
            endLine: message.endLine ?? undefined,
            endColumn: message.endColumn ?? undefined,
            url: ruleUrl(message.ruleId),
          }),
        ),
      ),
      run,
    )
  },
}
