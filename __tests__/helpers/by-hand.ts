// Runs a tool the way a developer would by hand (its default, human-readable output) and reads the
// locations from that text with its own patterns, independently of the adapters under test.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { DEBIAN_PYTHON, NODE_BIN } from './action.js'

export interface Located {
  file: string
  line?: number
  rule?: string
}

export interface ByHand {
  exitCode: number | null
  located: Located[]
}

function run(argv: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const [command, ...args] = argv
  const result = spawnSync(command ?? '', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${NODE_BIN}${path.delimiter}${process.env.PATH ?? ''}`, NO_COLOR: '1' },
    maxBuffer: 256 * 1024 * 1024,
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

const relative = (cwd: string, file: string): string =>
  path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/')

function collect(
  text: string,
  pattern: RegExp,
  cwd: string,
  shape: (match: RegExpMatchArray) => Located,
): Located[] {
  return [...text.matchAll(pattern)].map((match) => {
    const located = shape(match)
    return { ...located, file: relative(cwd, located.file) }
  })
}

/** `tool` → how to run it by hand in `cwd` and read what it printed. `targets` as the user would pass them. */
export function byHand(tool: string, cwd: string, targets: string[] = ['.']): ByHand {
  const python = (module: string, ...args: string[]) => run([DEBIAN_PYTHON, '-m', module, ...args], cwd)
  switch (tool) {
    case 'black': {
      const out = python('black', '--check', ...targets)
      return {
        exitCode: out.status,
        located: collect(out.stderr, /^would reformat (.+)$/gm, cwd, (m) => ({ file: m[1] ?? '' })),
      }
    }
    case 'isort': {
      const out = python('isort', '--check-only', ...targets)
      return {
        exitCode: out.status,
        located: collect(out.stderr, /^ERROR: (.+?) Imports are incorrectly sorted/gm, cwd, (m) => ({
          file: m[1] ?? '',
        })),
      }
    }
    case 'flake8': {
      const out = python('flake8', ...targets)
      return {
        exitCode: out.status,
        located: collect(out.stdout, /^(.+?):(\d+):\d+: ([A-Z]+\d+) /gm, cwd, (m) => ({
          file: m[1] ?? '',
          line: Number(m[2]),
          rule: m[3],
        })),
      }
    }
    case 'pylint': {
      const out = python('pylint', '--recursive=y', ...targets)
      return {
        exitCode: out.status,
        // Every message starts `path:line:col: C0114: `; some (duplicate-code) run over several lines.
        located: collect(out.stdout, /^(.+?):(\d+):\d+: ([A-Z]\d{4}): /gm, cwd, (m) => ({
          file: m[1] ?? '',
          line: Number(m[2]),
          rule: m[3],
        })),
      }
    }
    case 'mypy': {
      const out = python('mypy', ...targets)
      return {
        exitCode: out.status,
        located: collect(out.stdout, /^(.+?):(\d+): error: .*?(?: {2}\[([a-z-]+)\])?$/gm, cwd, (m) => ({
          file: m[1] ?? '',
          line: Number(m[2]),
          rule: m[3],
        })),
      }
    }
    case 'pyright': {
      const out = run(['pyright', '--pythonpath', DEBIAN_PYTHON], cwd)
      return {
        exitCode: out.status,
        located: collect(
          out.stdout,
          /^ {2}(\/.+?):(\d+):\d+ - (?:error|warning|information): [^\n]*?(?:\((\w+)\))?$/gm,
          cwd,
          (m) => ({
            file: m[1] ?? '',
            line: Number(m[2]),
            rule: m[3],
          }),
        ),
      }
    }
    case 'bandit': {
      const out = python('bandit', '-r', ...targets)
      return {
        exitCode: out.status,
        located: collect(
          out.stdout,
          />> Issue: \[(B\d+):[^\]]*\][^\n]*\n(?:[^\n]*\n)*?\s+Location: (.+?):(\d+)(?::\d+)?\s*$/gm,
          cwd,
          (m) => ({ file: m[2] ?? '', line: Number(m[3]), rule: m[1] }),
        ),
      }
    }
    default:
      throw new Error(`no by-hand recipe for ${tool}`)
  }
}
