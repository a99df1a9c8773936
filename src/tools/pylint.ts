// pylint: `json2` (≥3.0) or the flat `json` (before). Columns are 0-based. The exit code is a bit mask:
// 1 fatal, 2 error, 4 warning, 8 refactor, 16 convention, 32 usage error.
import { z } from 'zod'
import type { Finding, Severity } from '../types.js'
import {
  atLeast,
  crashed,
  finding,
  fromFindings,
  parseJson,
  position,
  runTrouble,
  workspacePath,
} from './common.js'
import type { Tool, ToolContext } from './tool.js'

const message = z.object({
  type: z.string(),
  symbol: z.string(),
  message: z.string(),
  line: z.number().nullable().optional(),
  column: z.number().nullable().optional(),
  endLine: z.number().nullable().optional(),
  endColumn: z.number().nullable().optional(),
  path: z.string(),
  messageId: z.string().optional(),
  'message-id': z.string().optional(),
})
const jsonReport = z.array(message)
const json2Report = z.object({ messages: z.array(message) })
type PylintMessage = z.infer<typeof message>

const SEVERITY: Record<string, Severity> = {
  fatal: 'error',
  error: 'error',
  warning: 'warning',
  refactor: 'notice',
  convention: 'notice',
  info: 'notice',
}

const usesJson2 = (ctx: ToolContext): boolean => atLeast(ctx.version, '3.0')

/** pylint's exit status is a bit mask of the message categories it emitted (32 is a usage error). */
const PYLINT_EXIT_BITS: readonly (readonly [number, string])[] = [
  [1, 'fatal'],
  [2, 'error'],
  [4, 'warning'],
  [8, 'refactor'],
  [16, 'convention'],
]

export const pylint: Tool<'pylint'> = {
  id: 'pylint',
  docsUrl: 'https://pylint.readthedocs.io/',
  defaultPin: { package: 'pylint', registry: 'pypi', version: '4.1.4' },
  kind: 'lint',
  ecosystem: 'python',
  language: 'python',
  evidence: {
    files: ['.pylintrc', 'pylintrc'],
    pyprojectTables: [['tool', 'pylint']],
    pythonPackages: ['pylint'],
    preCommitHooks: ['pylint'],
  },
  preCommitRepos: ['github.com/pycqa/pylint', 'github.com/pylint-dev/pylint'],
  executable: 'pylint',
  commandLine: { ownedFlags: { '--output-format': 1, '-f': 1, '--output': 1, '--msg-template': 1 } },
  python: { module: 'pylint', distribution: 'pylint' },
  command: (ctx) => ({
    argv: [
      ...ctx.launcher,
      `--output-format=${usesJson2(ctx) ? 'json2' : 'json'}`,
      ...(ctx.targets.length > 0 ? ['--recursive=y'] : []),
      ...ctx.targets,
    ],
  }),
  describeExit: (code) => {
    const kinds = PYLINT_EXIT_BITS.filter(([bit]) => code & bit).map(([, kind]) => kind)
    return kinds.length > 0 ? `${kinds.join(', ')} messages` : undefined
  },
  parse(run, ctx) {
    const problem = runTrouble(run)
    if (problem) return problem
    const code = run.exitCode ?? 0
    if (code & 32) return crashed(run, 'pylint usage error')
    if (code > 63) return crashed(run, 'not a pylint status')

    const parsed = usesJson2(ctx)
      ? parseJson(run.stdout, json2Report, 'pylint json2 report')
      : parseJson(run.stdout, jsonReport, 'pylint json report')
    if (!parsed.ok) return parsed.result
    const messages: PylintMessage[] = Array.isArray(parsed.value) ? parsed.value : parsed.value.messages
    if (code & 1 && messages.length === 0) return crashed(run, 'pylint reported a fatal error')

    const findings: Finding[] = messages.map((item) =>
      finding({
        tool: 'pylint',
        severity: SEVERITY[item.type] ?? 'warning',
        rule: item.symbol,
        message: item.message,
        file: workspacePath(item.path, ctx),
        line: position(item.line),
        column: position(item.column, 1),
        endLine: position(item.endLine),
        endColumn: position(item.endColumn, 1),
        url: `https://pylint.readthedocs.io/en/stable/user_guide/messages/${item.type}/${item.symbol}.html`,
      }),
    )
    return fromFindings(findings, run)
  },
}
