// flake8 has no JSON reporter: a tab-separated --format gives one parsable line per violation.
// Exit 1 means violations *or* a crash; a crash shows up as no parsable line (or unparsable lines).
import type { Finding } from '../types.js'
import {
  crashed,
  finding,
  fromFindings,
  pythonWarnings,
  runTrouble,
  trouble,
  unexpectedExit,
  workspacePath,
} from './common.js'
import type { Tool } from './tool.js'

export const FLAKE8_FORMAT = '%(path)s\t%(row)d\t%(col)d\t%(code)s\t%(text)s'

/** The docs of flake8's built-in plugins: pyflakes (F) and mccabe (C90) on flake8's page, pycodestyle (E, W). */
function ruleUrl(code: string): string | undefined {
  if (/^(F|C90)\d+$/.test(code)) return 'https://flake8.pycqa.org/en/latest/user/error-codes.html'
  if (/^[EW]\d+$/.test(code)) return 'https://pycodestyle.pycqa.org/en/latest/intro.html#error-codes'
  return undefined
}

export const flake8: Tool<'flake8'> = {
  id: 'flake8',
  docsUrl: 'https://flake8.pycqa.org/',
  defaultPin: { package: 'flake8', registry: 'pypi', version: '7.5.0' },
  kind: 'lint',
  ecosystem: 'python',
  language: 'python',
  evidence: {
    files: ['.flake8'],
    iniSections: { 'setup.cfg': ['flake8'], 'tox.ini': ['flake8'] },
    pythonPackages: ['flake8'],
    preCommitHooks: ['flake8'],
  },
  preCommitRepos: ['github.com/pycqa/flake8'],
  executable: 'flake8',
  commandLine: { ownedFlags: { '--format': 1, '--output-file': 1, '--tee': 0, '-q': 0, '--quiet': 0 } },
  python: { module: 'flake8', distribution: 'flake8' },
  warnings: (run) => pythonWarnings(run.stderr),
  command: (ctx) => ({ argv: [...ctx.launcher, `--format=${FLAKE8_FORMAT}`, ...ctx.targets] }),
  parse(run, ctx) {
    const problem = runTrouble(run)
    if (problem) return problem
    if (run.exitCode !== 0 && run.exitCode !== 1) return unexpectedExit(run)

    const findings: Finding[] = []
    for (const line of run.stdout.split(/\r?\n/)) {
      if (line.trim() === '') continue
      const [file, row, col, code, ...text] = line.split('\t')
      if (
        file === undefined ||
        !/^\d+$/.test(row ?? '') ||
        !/^\d+$/.test(col ?? '') ||
        !code ||
        text.length === 0
      ) {
        return trouble(`printed a line that is not a violation: ${line.slice(0, 200)}`)
      }
      findings.push(
        finding({
          tool: 'flake8',
          severity: 'error',
          rule: code,
          message: text.join('\t'),
          file: workspacePath(file, ctx),
          line: Math.max(1, Number(row)),
          column: Math.max(1, Number(col)),
          url: ruleUrl(code),
        }),
      )
    }
    if (run.exitCode === 1 && findings.length === 0)
      return crashed(run, 'flake8 failed without reporting a violation')
    // Violations with exit 0: the project passes --exit-zero, so flake8 itself passes.
    return fromFindings(findings, run)
  },
}
