// black: `--check --diff` prints a unified diff per file on stdout and `would reformat X` on stderr.
// Exit 0 unchanged, 1 would reformat, 123 internal error (including files it cannot parse).
import { parseUnifiedDiff } from '../parsers/unified-diff.js'
import type { Finding } from '../types.js'
import {
  crashed,
  finding,
  fromFindings,
  runTrouble,
  trouble,
  unexpectedExit,
  workspacePath,
} from './common.js'
import type { Tool } from './tool.js'

const WOULD_REFORMAT = /^would reformat (.+)$/gm

export const black: Tool = {
  id: 'black',
  kind: 'format',
  ecosystem: 'python',
  executable: 'black',
  python: { module: 'black', distribution: 'black' },
  command: (ctx) => ({ argv: [...ctx.launcher, '--check', '--diff', '--no-color', ...ctx.targets] }),
  parse(run, ctx) {
    const problem = runTrouble(run)
    if (problem) return problem
    if (run.exitCode === 0) return fromFindings([])
    if (run.exitCode === 123) return crashed(run, 'black could not format a file or failed internally')
    if (run.exitCode !== 1) return unexpectedExit(run)

    const firstLines = new Map<string, number>()
    for (const diff of parseUnifiedDiff(run.stdout)) {
      firstLines.set(workspacePath(diff.path, ctx), diff.firstChangedLine)
    }
    const files = [...run.stderr.matchAll(WOULD_REFORMAT)].map((match) => workspacePath(match[1] ?? '', ctx))
    if (files.length === 0) return trouble('exited with 1 but named no file that would be reformatted')
    const findings: Finding[] = files.map((file) =>
      finding({
        tool: 'black',
        severity: 'error',
        message: 'File would be reformatted by black',
        file,
        line: firstLines.get(file) ?? 1,
      }),
    )
    return fromFindings(findings)
  },
}
