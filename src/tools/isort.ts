// isort: `--check-only --diff` prints `ERROR: <path> Imports are incorrectly sorted…` on stderr and a
// unified diff on stdout. Exit 1 when a file would change, and also when files were broken.
import {
  crashed,
  formatterFindings,
  fromFindings,
  pythonWarnings,
  runTrouble,
  unexpectedExit,
} from './common.js'
import type { Tool } from './tool.js'

const UNSORTED = /^ERROR: (.+?) Imports are incorrectly sorted/gm

export const isort: Tool<'isort'> = {
  id: 'isort',
  docsUrl: 'https://pycqa.github.io/isort/',
  defaultPin: { package: 'isort', registry: 'pypi', version: '9.0.2' },
  kind: 'format',
  ecosystem: 'python',
  language: 'python',
  evidence: {
    files: ['.isort.cfg'],
    pyprojectTables: [['tool', 'isort']],
    iniSections: { 'setup.cfg': ['isort', 'tool:isort'] },
    pythonPackages: ['isort'],
    preCommitHooks: ['isort'],
  },
  preCommitRepos: ['github.com/pycqa/isort'],
  executable: 'isort',
  commandLine: {
    ownedFlags: { '--check-only': 0, '--check': 0, '-c': 0, '--diff': 0, '-q': 0, '--quiet': 0 },
  },
  python: { module: 'isort', distribution: 'isort' },
  // It says so with a UserWarning when it cannot read a config file, then sorts by its defaults.
  warnings: (run) => pythonWarnings(run.stderr),
  command: (ctx) => ({ argv: [...ctx.launcher, '--check-only', '--diff', ...ctx.targets] }),
  parse(run, ctx) {
    const problem = runTrouble(run)
    if (problem) return problem
    if (run.exitCode === 0) return fromFindings([], run)
    if (run.exitCode !== 1) return unexpectedExit(run)

    const files = [...run.stderr.matchAll(UNSORTED)].map((match) => match[1] ?? '')
    if (files.length === 0) return crashed(run, 'isort failed without naming a file with unsorted imports')
    return fromFindings(
      formatterFindings(
        'isort',
        'Imports are incorrectly sorted and/or formatted (isort)',
        files,
        run.stdout,
        ctx,
      ),
      run,
    )
  },
}
