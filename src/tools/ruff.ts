// ruff: `check --output-format json` (1-based, end exclusive) and `format --check --output-format json`
// (≥0.16; older versions print a diff with `--diff`). Exit 0 clean, 1 findings, 2 config/CLI/internal error.
// Since 0.16 filename and locations may be null, and a syntax error's code may be null.
import { z } from 'zod'
import { parseUnifiedDiff } from '../parsers/unified-diff.js'
import type { Finding, ToolRun } from '../types.js'
import {
  atLeast,
  crashed,
  finding,
  formatterFindings,
  fromFindings,
  parseJson,
  runTrouble,
  trouble,
  unexpectedExit,
  warningLines,
  workspacePath,
} from './common.js'
import type { Pin, Tool, ToolContext } from './tool.js'

const location = z.object({ row: z.number(), column: z.number() }).nullable().optional()
const diagnostics = z.array(
  z.object({
    code: z.string().nullable().optional(),
    name: z.string().optional(),
    message: z.string(),
    filename: z.string().nullable().optional(),
    location,
    end_location: location,
    url: z.string().nullable().optional(),
    fix: z
      .object({ edits: z.array(z.object({ location })).optional() })
      .loose()
      .nullable()
      .optional(),
  }),
)
type Diagnostic = z.infer<typeof diagnostics>[number]

function toFinding(tool: 'ruff' | 'ruff-format', item: Diagnostic, ctx: ToolContext): Finding {
  const rule = item.code ?? item.name ?? (tool === 'ruff' ? 'invalid-syntax' : undefined)
  return finding({
    tool,
    severity: 'error',
    rule: tool === 'ruff-format' ? undefined : rule,
    message: tool === 'ruff-format' ? 'File would be reformatted by ruff format' : item.message,
    file: item.filename ? workspacePath(item.filename, ctx) : undefined,
    // For the formatter, the first edit is where the first change starts.
    line: (tool === 'ruff-format' ? item.fix?.edits?.[0]?.location?.row : undefined) ?? item.location?.row,
    column: tool === 'ruff-format' ? undefined : item.location?.column,
    endLine: tool === 'ruff-format' ? undefined : item.end_location?.row,
    endColumn: tool === 'ruff-format' ? undefined : item.end_location?.column,
    url: item.url ?? undefined,
  })
}

function parseDiagnostics(tool: 'ruff' | 'ruff-format', run: ToolRun, ctx: ToolContext) {
  const parsed = parseJson(run.stdout, diagnostics, 'ruff JSON report')
  if (!parsed.ok) return parsed.result
  return fromFindings(
    parsed.value.map((item) => toFinding(tool, item, ctx)),
    run,
  )
}

/** ruff's `warning: …` lines (deprecated settings, invalid `# noqa`), with the options it lists under them. */
const ruffWarnings = (run: ToolRun): string[] =>
  warningLines(run.stderr, /^warning: (.+)$/, { continued: true })

/** One package serves both commands: one pin. */
const RUFF_PIN: Pin = { package: 'ruff', registry: 'pypi', version: '0.17.5' }

export const ruff: Tool<'ruff'> = {
  id: 'ruff',
  docsUrl: 'https://docs.astral.sh/ruff/',
  defaultPin: RUFF_PIN,
  kind: 'lint',
  ecosystem: 'python',
  language: 'python',
  isDefault: true,
  evidence: {
    inParents: true,
    files: ['ruff.toml', '.ruff.toml'],
    pyprojectTables: [['tool', 'ruff']],
    pythonPackages: ['ruff'],
    preCommitHooks: ['ruff', 'ruff-check'],
  },
  cacheDirs: ['.ruff_cache'],
  preCommitRepos: ['github.com/astral-sh/ruff-pre-commit', 'github.com/charliermarsh/ruff-pre-commit'],
  commandLine: {
    modes: ['check'],
    bareIsMode: true,
    otherModes: ['format', 'rule', 'config', 'linter', 'clean', 'server', 'version', 'analyze', 'help'],
    ownedFlags: {
      '--fix': 0,
      '--no-fix': 0,
      '--unsafe-fixes': 0,
      '--exit-non-zero-on-fix': 0,
      '--show-fixes': 0,
      '--output-format': 1,
      '--format': 1,
      '-o': 1,
      '--output-file': 1,
      '--watch': 0,
      '-w': 0,
    },
  },
  executable: 'ruff',
  python: { module: 'ruff', distribution: 'ruff' },
  warnings: ruffWarnings,
  command: (ctx) => ({
    argv: [...ctx.launcher, 'check', '--no-fix', '--output-format', 'json', ...ctx.targets],
  }),
  parse(run, ctx) {
    const problem = runTrouble(run)
    if (problem) return problem
    if (run.exitCode === 2) return crashed(run, 'ruff configuration, usage or internal error')
    if (run.exitCode !== 0 && run.exitCode !== 1) return unexpectedExit(run)
    return parseDiagnostics('ruff', run, ctx)
  },
}

const formatUsesJson = (ctx: ToolContext): boolean => atLeast(ctx.version, '0.16')

export const ruffFormat: Tool<'ruff-format'> = {
  id: 'ruff-format',
  docsUrl: 'https://docs.astral.sh/ruff/formatter/',
  defaultPin: RUFF_PIN,
  kind: 'format',
  ecosystem: 'python',
  language: 'python',
  isDefault: true,
  // ruff formats too when the project configures its formatter, or uses ruff and no other formatter.
  evidence: {
    inParents: true,
    pyprojectTables: [['tool', 'ruff', 'format']],
    preCommitHooks: ['ruff-format'],
    follows: { tool: 'ruff', unless: ['black'] },
  },
  cacheDirs: ['.ruff_cache'],
  commandLine: { modes: ['format'], ownedFlags: { '--check': 0, '--diff': 0, '--output-format': 1 } },
  executable: 'ruff',
  python: { module: 'ruff', distribution: 'ruff' },
  warnings: ruffWarnings,
  command: (ctx) => ({
    argv: [
      ...ctx.launcher,
      'format',
      ...(formatUsesJson(ctx) ? ['--check', '--output-format', 'json'] : ['--diff']),
      ...ctx.targets,
    ],
  }),
  parse(run, ctx) {
    const problem = runTrouble(run)
    if (problem) return problem
    if (run.exitCode === 2) return crashed(run, 'ruff configuration, usage or internal error')
    if (run.exitCode !== 0 && run.exitCode !== 1) return unexpectedExit(run)
    if (formatUsesJson(ctx)) {
      return parseDiagnostics('ruff-format', run, ctx)
    }
    if (run.exitCode === 0) return fromFindings([], run)
    const files = parseUnifiedDiff(run.stdout).map((diff) => diff.path)
    if (files.length === 0) return trouble('exited with 1 but printed no diff')
    return fromFindings(
      formatterFindings('ruff-format', 'File would be reformatted by ruff format', files, run.stdout, ctx),
      run,
    )
  },
}
