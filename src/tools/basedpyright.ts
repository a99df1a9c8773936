// basedpyright: a fork of pyright with stricter defaults and more rules. Same command line, same
// `--outputjson` report (0-based positions, ends exclusive) and exit codes: 0 ok, 1 errors, 2 fatal,
// 3 config unreadable, 4 bad command line. Its npm package runs as `node <bin script>`.
import { parsePyrightJson, pyrightArgv, pyrightWarnings } from './pyright.js'
import type { Tool } from './tool.js'

export const basedpyright: Tool<'basedpyright'> = {
  id: 'basedpyright',
  docsUrl: 'https://docs.basedpyright.com/',
  defaultPin: { package: 'basedpyright', registry: 'npm', version: '1.40.1' },
  kind: 'typecheck',
  ecosystem: 'node',
  language: 'python',
  // It reads pyrightconfig.json too, but that file alone says pyright.
  evidence: {
    pyprojectTables: [['tool', 'basedpyright']],
    pythonPackages: ['basedpyright'],
    preCommitHooks: ['basedpyright'],
  },
  aim: () => ({ targets: [] }),
  executable: 'basedpyright',
  commandLine: { ownedFlags: { '--outputjson': 0, '--watch': 0, '-w': 0 } },
  npmPackage: 'basedpyright',
  command: (ctx) => ({ argv: pyrightArgv(ctx) }),
  warnings: pyrightWarnings,
  parse: (run, ctx) =>
    parsePyrightJson(
      run,
      ctx,
      'basedpyright',
      (rule) => `https://docs.basedpyright.com/latest/configuration/config-files/#${rule}`,
    ),
}
