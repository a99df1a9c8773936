// prettier `--list-different`: the paths that would change, one per line on stdout. It gives no diff, so a
// finding is the whole file. Exit 0 formatted, 1 unformatted, 2 error (a syntax error is tool trouble).
import path from 'node:path'
import { stripAnsi } from '../text.js'
import {
  crashed,
  finding,
  fromFindings,
  runTrouble,
  unexpectedExit,
  warningLines,
  workspacePath,
} from './common.js'
import type { Tool, ToolContext } from './tool.js'

const IGNORE_FILES = ['.gitignore', '.prettierignore']

/**
 * Below the repository root (a workspace package), prettier reads .gitignore and .prettierignore from
 * where it runs only: the root's are added, with the package's own kept (missing ones are no error).
 * The project's own --ignore-path wins.
 */
function ignorePaths(ctx: ToolContext): string[] {
  const below = path.relative(ctx.workspace, ctx.cwd)
  if (below === '' || below.startsWith('..') || ctx.targets.some((arg) => arg.startsWith('--ignore-path'))) {
    return []
  }
  const files = [
    ...IGNORE_FILES,
    ...IGNORE_FILES.map((name) => path.join(path.relative(ctx.cwd, ctx.workspace), name)),
  ]
  return files.flatMap((file) => ['--ignore-path', file.split(path.sep).join('/')])
}

export const prettier: Tool<'prettier'> = {
  id: 'prettier',
  docsUrl: 'https://prettier.io/',
  defaultPin: { package: 'prettier', registry: 'npm', version: '3.10.1' },
  kind: 'format',
  ecosystem: 'node',
  language: 'javascript',
  isDefault: true,
  evidence: {
    inParents: true,
    files: [
      '.prettierrc',
      '.prettierrc.json',
      '.prettierrc.yaml',
      '.prettierrc.yml',
      '.prettierrc.json5',
      '.prettierrc.js',
      '.prettierrc.cjs',
      '.prettierrc.mjs',
      '.prettierrc.toml',
      'prettier.config.js',
      'prettier.config.cjs',
      'prettier.config.mjs',
      'prettier.config.ts',
    ],
    packageJsonKeys: ['prettier'],
    npmPackages: ['prettier'],
  },
  executable: 'prettier',
  commandLine: {
    ownedFlags: {
      '--check': 0,
      '-c': 0,
      '--write': 0,
      '-w': 0,
      '--list-different': 0,
      '-l': 0,
      '--log-level': 1,
      '--loglevel': 1,
      '--color': 0,
      '--no-color': 0,
    },
    fileExtensions: [
      '.js',
      '.jsx',
      '.mjs',
      '.cjs',
      '.ts',
      '.tsx',
      '.mts',
      '.cts',
      '.json',
      '.md',
      '.css',
      '.scss',
      '.less',
      '.html',
      '.vue',
      '.yaml',
      '.yml',
      '.graphql',
    ],
  },
  npmPackage: 'prettier',
  command: (ctx) => ({
    argv: [...ctx.launcher, '--list-different', ...ignorePaths(ctx), ...ctx.targets],
  }),
  // With --list-different the files go to stdout; stderr's `[warn] …` lines are about its config
  // (`Ignored unknown option { semi2: false }.`), once per file it formats: shown once.
  warnings: (run) => warningLines(run.stderr, /^\[warn\] (.+)$/),
  parse(run, ctx) {
    const problem = runTrouble(run)
    if (problem) return problem
    if (run.exitCode === 2) return crashed(run, 'prettier could not parse a file, or its config is invalid')
    if (run.exitCode !== 0 && run.exitCode !== 1) return unexpectedExit(run)
    const files = stripAnsi(run.stdout)
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
    if (run.exitCode === 1 && files.length === 0) return crashed(run, 'prettier failed without naming a file')
    return fromFindings(
      files.map((file) =>
        finding({
          tool: 'prettier',
          severity: 'error',
          message: 'File is not formatted with prettier',
          file: workspacePath(file, ctx),
        }),
      ),
      run,
    )
  },
}
