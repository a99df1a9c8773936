// isort: `--check-only --diff` prints `ERROR: <path> Imports are incorrectly sorted…` on stderr and a
// unified diff on stdout. Exit 1 when a file would change, and also when files were broken.
import { parseUnifiedDiff } from '../parsers/unified-diff.js'
import { crashed, finding, fromFindings, runTrouble, unexpectedExit, workspacePath } from './common.js'
import type { Tool } from './tool.js'

const UNSORTED = /^ERROR: (.+?) Imports are incorrectly sorted/gm

export const isort: Tool = {
  id: 'isort',
  kind: 'format',
  ecosystem: 'python',
  executable: 'isort',
  python: { module: 'isort', distribution: 'isort' },
  command: (ctx) => ({ argv: [...ctx.launcher, '--check-only', '--diff', ...ctx.targets] }),
  parse(run, ctx) {
    const problem = runTrouble(run)
    if (problem) return problem
    if (run.exitCode === 0) return fromFindings([])
    if (run.exitCode !== 1) return unexpectedExit(run)

    const firstLines = new Map<string, number>()
    for (const diff of parseUnifiedDiff(run.stdout)) {
      firstLines.set(workspacePath(diff.path, ctx), diff.firstChangedLine)
    }
    const files = [...run.stderr.matchAll(UNSORTED)].map((match) => workspacePath(match[1] ?? '', ctx))
    if (files.length === 0) return crashed(run, 'isort failed without naming a file with unsorted imports')
    return fromFindings(
      files.map((file) =>
        finding({
          tool: 'isort',
          severity: 'error',
          message: 'Imports are incorrectly sorted and/or formatted (isort)',
          file,
          line: firstLines.get(file) ?? 1,
        }),
      ),
    )
  },
}
