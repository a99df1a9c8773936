// bandit: `-r PATHS -f json`. Exit 0 no results, 1 results, 2 config error. Columns are 0-based.
// Files bandit could not parse are listed under `errors` and are findings too: nothing is lost.
import { z } from 'zod'
import { tomlTable } from '../project.js'
import type { Finding, Severity } from '../types.js'
import {
  crashed,
  finding,
  fromFindings,
  parseJson,
  position,
  runTrouble,
  unexpectedExit,
  warningLines,
  workspacePath,
} from './common.js'
import type { Tool } from './tool.js'

const report = z.object({
  errors: z.array(z.object({ filename: z.string(), reason: z.string() })),
  results: z.array(
    z.object({
      filename: z.string(),
      test_id: z.string(),
      test_name: z.string().optional(),
      issue_severity: z.string(),
      issue_confidence: z.string().optional(),
      issue_text: z.string(),
      line_number: z.number(),
      line_range: z.array(z.number()).optional(),
      col_offset: z.number().optional(),
      end_col_offset: z.number().optional(),
      more_info: z.string().optional(),
      issue_cwe: z.object({ id: z.number() }).loose().optional(),
    }),
  ),
})

const SEVERITY: Record<string, Severity> = {
  HIGH: 'error',
  MEDIUM: 'warning',
  LOW: 'notice',
  UNDEFINED: 'notice',
}

export const bandit: Tool<'bandit'> = {
  id: 'bandit',
  docsUrl: 'https://bandit.readthedocs.io/',
  defaultPin: { package: 'bandit', registry: 'pypi', version: '1.9.4' },
  kind: 'security',
  ecosystem: 'python',
  language: 'python',
  isDefault: true,
  evidence: {
    files: ['.bandit'],
    pyprojectTables: [['tool', 'bandit']],
    pythonPackages: ['bandit'],
    preCommitHooks: ['bandit'],
  },
  // bandit reads pyproject.toml only when told to; .bandit it finds alone.
  aim: (scan) =>
    !scan.files.has('.bandit') && tomlTable(scan.pyproject, 'tool', 'bandit')
      ? { extraArgs: ['-c', 'pyproject.toml'] }
      : {},
  preCommitRepos: ['github.com/pycqa/bandit'],
  executable: 'bandit',
  commandLine: {
    ownedFlags: {
      '-f': 1,
      '--format': 1,
      '-o': 1,
      '--output': 1,
      '-q': 0,
      '--quiet': 0,
      '-r': 0,
      '--recursive': 0,
    },
  },
  python: { module: 'bandit', distribution: 'bandit' },
  // Its log at WARNING level, `[main]\tWARNING\tUnable to …` (config it could not read, files it skipped).
  warnings: (run) => warningLines(run.stderr, /^\[\w+\]\s+WARNING\s+(.+)$/),
  command: (ctx) => ({
    argv: [...ctx.launcher, '-r', ...ctx.targets, '-f', 'json', '-q', ...(ctx.extraArgs ?? [])],
  }),
  parse(run, ctx) {
    const problem = runTrouble(run)
    if (problem) return problem
    if (run.exitCode === 2) return crashed(run, 'bandit configuration or usage error')
    if (run.exitCode !== 0 && run.exitCode !== 1) return unexpectedExit(run)
    const parsed = parseJson(run.stdout, report, 'bandit JSON report')
    if (!parsed.ok) return parsed.result

    const findings: Finding[] = parsed.value.results.map((item) =>
      finding({
        tool: 'bandit',
        severity: SEVERITY[item.issue_severity.toUpperCase()] ?? 'warning',
        rule: item.test_id,
        message: `${item.issue_text} (severity ${item.issue_severity.toLowerCase()}, confidence ${(item.issue_confidence ?? 'undefined').toLowerCase()}${item.issue_cwe ? `, CWE-${item.issue_cwe.id}` : ''})`,
        file: workspacePath(item.filename.replaceAll('\\', '/'), ctx),
        line: position(item.line_number),
        column: position(item.col_offset, 1),
        // bandit's line_range runs past the statement in old versions: the line alone is reliable.
        endColumn: position(item.end_col_offset, 1),
        url: item.more_info,
      }),
    )
    for (const error of parsed.value.errors) {
      findings.push(
        finding({
          tool: 'bandit',
          severity: 'error',
          rule: 'scan-error',
          message: `bandit could not scan this file: ${error.reason}`,
          file: workspacePath(error.filename.replaceAll('\\', '/'), ctx),
        }),
      )
    }
    return fromFindings(findings, run)
  },
}
