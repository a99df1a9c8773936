// tsc `--noEmit --pretty false`: `path(line,col): error TS2322: message`, 1-based and relative to the working
// directory; indented lines continue the message above. Exit non-zero with diagnostics means findings
// (2 up to TypeScript 6, 1 from 7); non-zero with none parsed is a crash.
import type { Finding } from '../types.js'
import { crashed, finding, fromFindings, runTrouble, trouble, workspacePath } from './common.js'
import type { Tool } from './tool.js'

const LOCATED = /^(.+?)\((\d+),(\d+)\): (error|warning|message) TS(\d+): (.*)$/
const GLOBAL = /^(error|warning|message) TS(\d+): (.*)$/

/** TS5xxx: compiler options and tsconfig.json; TS18003: the config matches no input file. */
function isConfigDiagnostic(rule: string | undefined): boolean {
  const code = Number(rule?.slice(2))
  return (code >= 5000 && code < 6000) || code === 18003
}

export const tsc: Tool<'tsc'> = {
  id: 'tsc',
  docsUrl: 'https://www.typescriptlang.org/',
  kind: 'typecheck',
  ecosystem: 'node',
  language: 'javascript',
  evidence: { files: ['tsconfig.json'], npmPackages: ['typescript'] },
  aim: () => ({ targets: [] }),
  executable: 'tsc',
  commandLine: {
    ownedFlags: {
      '--noEmit': 0,
      '--pretty': 0,
      '--watch': 0,
      '-w': 0,
      '--emitDeclarationOnly': 0,
      '--listFiles': 0,
      '--listEmittedFiles': 0,
    },
  },
  npmPackage: 'typescript',
  runsInProject: true,
  command: (ctx) => ({ argv: [...ctx.launcher, '--noEmit', '--pretty', 'false', ...ctx.targets] }),
  parse(run, ctx) {
    const problem = runTrouble(run)
    if (problem) return problem
    const findings: Finding[] = []
    for (const line of run.stdout.split(/\r?\n/)) {
      const located = LOCATED.exec(line)
      const global = located ? undefined : GLOBAL.exec(line)
      if (located) {
        const [, file, row, col, level, code, message] = located
        findings.push(
          finding({
            tool: 'tsc',
            severity: level === 'error' ? 'error' : level === 'warning' ? 'warning' : 'notice',
            rule: `TS${code}`,
            message: message ?? '',
            file: workspacePath(file ?? '', ctx),
            line: Number(row),
            column: Number(col),
          }),
        )
      } else if (global) {
        const [, level, code, message] = global
        findings.push(
          finding({
            tool: 'tsc',
            severity: level === 'error' ? 'error' : 'warning',
            rule: `TS${code}`,
            message: message ?? '',
          }),
        )
      } else if (/^\s+\S/.test(line) && findings.length > 0) {
        const last = findings[findings.length - 1] as Finding
        last.message += `\n${line.trimEnd()}`
      }
    }
    if (run.exitCode !== 0 && findings.length === 0)
      return crashed(run, 'tsc failed without reporting a diagnostic')
    // A broken tsconfig means the project was not checked at all: trouble, not a verdict on the code.
    const config = findings.find((item) => isConfigDiagnostic(item.rule))
    if (config) return { ...trouble(`tsc configuration error: ${config.message}`), findings }
    return fromFindings(findings, run)
  },
}
