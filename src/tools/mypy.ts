// mypy: JSON Lines with `--output=json` (≥1.11), text before. Exit 0 clean, 1 errors, 2 blocking error or crash.
// In JSON, columns are 0-based and end columns exclusive; in text (with --show-column-numbers) 1-based.
import { z } from 'zod'
import { asRecord, tomlTable, type ProjectScan } from '../project.js'
import type { Finding, ParseResult, Severity } from '../types.js'
import {
  atLeast,
  crashed,
  finding,
  fromFindings,
  position,
  runTrouble,
  trouble,
  warningLines,
  workspacePath,
} from './common.js'
import type { Tool, ToolContext } from './tool.js'

const jsonLine = z.object({
  file: z.string(),
  line: z.number(),
  column: z.number().nullable().optional(),
  end_line: z.number().nullable().optional(),
  end_column: z.number().nullable().optional(),
  message: z.string(),
  hint: z.string().nullable().optional(),
  code: z.string().nullable().optional(),
  severity: z.string(),
})

// path:line[:col[:end_line:end_col]]: severity: message  [code]
const TEXT_LINE =
  /^(.+?):(\d+)(?::(\d+))?(?::(\d+):(\d+))?: (error|note|warning): (.*?)(?: {2}\[([\w-]+)\])?$/

const usesJson = (ctx: ToolContext): boolean => atLeast(ctx.version, '1.11')

export const mypy: Tool<'mypy'> = {
  id: 'mypy',
  docsUrl: 'https://mypy.readthedocs.io/',
  defaultPin: { package: 'mypy', registry: 'pypi', version: '2.4.1' },
  kind: 'typecheck',
  ecosystem: 'python',
  language: 'python',
  isDefault: true,
  evidence: {
    files: ['mypy.ini', '.mypy.ini'],
    pyprojectTables: [['tool', 'mypy']],
    iniSections: { 'setup.cfg': ['mypy'] },
    pythonPackages: ['mypy'],
    preCommitHooks: ['mypy'],
  },
  // With `files` in its config, mypy checks those; otherwise the working directory.
  aim: (scan) => ({ targets: configNamesFiles(scan) ? [] : ['.'] }),
  cacheDirs: ['.mypy_cache'],
  preCommitRepos: ['github.com/pre-commit/mirrors-mypy'],
  executable: 'mypy',
  commandLine: {
    // mirrors-mypy's .pre-commit-hooks.yaml
    hookDefaultArgs: ['--ignore-missing-imports', '--scroll-output'],
    ownedFlags: {
      '--output': 1,
      '-O': 1,
      '--pretty': 0,
      '--no-pretty': 0,
      '--color-output': 0,
      '--no-color-output': 0,
      '--error-summary': 0,
      '--no-error-summary': 0,
      '--scroll-output': 0,
      '--show-column-numbers': 0,
      '--show-error-end': 0,
      '--show-error-codes': 0,
    },
  },
  python: { module: 'mypy', distribution: 'mypy' },
  // Complaints about its config file, `pyproject.toml: [mypy]: Unrecognized option: …`, and `Warning: …`.
  warnings: (run) => warningLines(run.stderr, /^(.+?: \[mypy[^\]]*\]: .+|Warning: .+)$/),
  command: (ctx) => ({
    argv: [
      ...ctx.launcher,
      ...(usesJson(ctx)
        ? ['--output=json']
        : [
            '--show-column-numbers',
            '--show-error-end',
            '--show-error-codes',
            '--no-pretty',
            '--no-color-output',
          ]),
      '--no-error-summary',
      // An isolated mypy resolves the project's imports through the project's interpreter.
      ...(ctx.python !== undefined && ctx.launcher[0] !== ctx.python
        ? ['--python-executable', ctx.python]
        : []),
      ...ctx.targets,
    ],
  }),
  parse(run, ctx) {
    const problem = runTrouble(run)
    if (problem) return problem
    if (run.exitCode !== 0 && run.exitCode !== 1 && run.exitCode !== 2) {
      return crashed(run, 'not a mypy status')
    }
    const parsed = usesJson(ctx) ? parseJsonLines(run.stdout, ctx) : parseText(run.stdout, ctx)
    if ('outcome' in parsed) return parsed
    const findings = foldNotes(parsed)
    if (run.exitCode === 2) {
      return { ...crashed(run, 'blocking error: mypy could not check the project'), findings }
    }
    if (run.exitCode === 1 && !findings.some((item) => item.severity === 'error')) {
      return crashed(run, 'mypy failed without reporting an error')
    }
    return fromFindings(findings, run)
  },
}

interface RawDiagnostic extends Finding {
  kind: 'error' | 'note' | 'warning'
}

function parseJsonLines(stdout: string, ctx: ToolContext): RawDiagnostic[] | ParseResult {
  const diagnostics: RawDiagnostic[] = []
  for (const line of stdout.split(/\r?\n/)) {
    if (!line.startsWith('{')) continue
    let data: unknown
    try {
      data = JSON.parse(line)
    } catch {
      return trouble(`printed a line that is not JSON: ${line.slice(0, 200)}`)
    }
    const checked = jsonLine.safeParse(data)
    if (!checked.success) return trouble(`printed a JSON line of an unexpected shape: ${line.slice(0, 200)}`)
    const item = checked.data
    const kind = item.severity === 'note' ? 'note' : item.severity === 'warning' ? 'warning' : 'error'
    diagnostics.push({
      ...finding({
        tool: 'mypy',
        severity: severityOf(kind),
        rule: item.code ?? undefined,
        message: item.hint ? `${item.message}\n${item.hint}` : item.message,
        file: workspacePath(item.file, ctx),
        line: position(item.line),
        column: position(item.column, 1),
        endLine: position(item.end_line),
        endColumn: position(item.end_column, 1),
        url: item.code ? `https://mypy.readthedocs.io/en/stable/_refs.html#code-${item.code}` : undefined,
      }),
      kind,
    })
  }
  return diagnostics
}

function parseText(stdout: string, ctx: ToolContext): RawDiagnostic[] | ParseResult {
  const diagnostics: RawDiagnostic[] = []
  for (const line of stdout.split(/\r?\n/)) {
    if (line.trim() === '') continue
    const match = TEXT_LINE.exec(line)
    if (!match) {
      // Blocking errors and crashes print free text; they are judged by the exit code.
      continue
    }
    const [, file, row, col, endRow, endCol, kind, message, code] = match
    diagnostics.push({
      ...finding({
        tool: 'mypy',
        severity: severityOf(kind as RawDiagnostic['kind']),
        rule: code,
        message: message ?? '',
        file: workspacePath(file ?? '', ctx),
        line: position(Number(row)),
        column: col === undefined ? undefined : position(Number(col)),
        endLine: endRow === undefined ? undefined : position(Number(endRow)),
        // Printed end columns are 0-based exclusive offsets; ours are 1-based exclusive.
        endColumn: endCol === undefined ? undefined : position(Number(endCol), 1),
        url: code ? `https://mypy.readthedocs.io/en/stable/_refs.html#code-${code}` : undefined,
      }),
      kind: kind as RawDiagnostic['kind'],
    })
  }
  return diagnostics
}

function severityOf(kind: RawDiagnostic['kind']): Severity {
  return kind === 'note' ? 'notice' : kind === 'warning' ? 'warning' : 'error'
}

/** A note right after an error on the same line explains that error: fold it in. Other notes stand alone. */
function foldNotes(diagnostics: RawDiagnostic[]): Finding[] {
  const findings: Finding[] = []
  let previous: { finding: Finding; kind: RawDiagnostic['kind'] } | undefined
  for (const { kind, ...item } of diagnostics) {
    if (
      kind === 'note' &&
      previous !== undefined &&
      previous.kind !== 'note' &&
      previous.finding.file === item.file &&
      previous.finding.line === item.line
    ) {
      previous.finding.message += `\n${item.message}`
      continue
    }
    findings.push(item)
    previous = { finding: item, kind }
  }
  return findings
}

/** Whether mypy's own config — the first of mypy.ini, .mypy.ini, pyproject.toml, setup.cfg it reads — names `files`. */
function configNamesFiles(scan: ProjectScan): boolean {
  const named = (value: unknown): boolean =>
    typeof value === 'string' ? value.trim() !== '' : Array.isArray(value) && value.length > 0
  for (const file of ['mypy.ini', '.mypy.ini']) {
    const sections = scan.ini[file]
    if (sections !== undefined) return named(sections.mypy?.files)
  }
  if (tomlTable(scan.pyproject, 'tool', 'mypy'))
    return named(asRecord(asRecord(scan.pyproject?.tool).mypy).files)
  return named(scan.ini['setup.cfg']?.mypy?.files)
}
