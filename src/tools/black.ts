// black: `--check --diff` prints a unified diff per file on stdout and `would reformat X` on stderr.
// Exit 0 unchanged, 1 would reformat, 123 internal error (including files it cannot parse).
import {
  crashed,
  formatterFindings,
  fromFindings,
  runTrouble,
  trouble,
  unexpectedExit,
  warningLines,
} from './common.js'
import type { Tool } from './tool.js'

const WOULD_REFORMAT = /^would reformat (.+)$/gm

export const black: Tool<'black'> = {
  id: 'black',
  docsUrl: 'https://black.readthedocs.io/',
  defaultPin: { package: 'black', registry: 'pypi', version: '26.10.1' },
  kind: 'format',
  ecosystem: 'python',
  language: 'python',
  evidence: {
    pyprojectTables: [['tool', 'black']],
    pythonPackages: ['black'],
    preCommitHooks: ['black'],
    inParents: true,
  },
  preCommitRepos: ['github.com/psf/black', 'github.com/psf/black-pre-commit-mirror'],
  executable: 'black',
  commandLine: {
    ownedFlags: { '--check': 0, '--diff': 0, '--color': 0, '--no-color': 0, '-q': 0, '--quiet': 0 },
  },
  python: { module: 'black', distribution: 'black' },
  // `Invalid config keys detected: 'line_lenght' (in …/pyproject.toml)`, and its `Warning: …` lines.
  warnings: (run) => warningLines(run.stderr, /^(Invalid config keys detected: .+|Warning: .+)$/),
  command: (ctx) => ({ argv: [...ctx.launcher, '--check', '--diff', '--no-color', ...ctx.targets] }),
  parse(run, ctx) {
    const problem = runTrouble(run)
    if (problem) return problem
    if (run.exitCode === 0) return fromFindings([], run)
    if (run.exitCode === 123) return crashed(run, 'black could not format a file or failed internally')
    if (run.exitCode !== 1) return unexpectedExit(run)

    const files = [...run.stderr.matchAll(WOULD_REFORMAT)].map((match) => match[1] ?? '')
    if (files.length === 0) return trouble('exited with 1 but named no file that would be reformatted')
    return fromFindings(
      formatterFindings('black', 'File would be reformatted by black', files, run.stdout, ctx),
      run,
    )
  },
}
